"""Where the tracker store of an endpoints file is: its SQLAlchemy URL, read as Rasa reads it.

For the commands that read or clean the stored conversations next to the running bot
(`python -m review`, `python -m server.bewaartermijn`). The URL can hold a password: never print it.
"""

from __future__ import annotations

import os

from server.instellingen import InstellingFout, zet_endpoint_standaarden


def database_url(endpoints: str) -> object:
    """The SQLAlchemy URL (a string or URL object) of the SQL tracker store in `endpoints`."""
    # Rasa would quietly read endpoints.yml instead of a file that does not exist.
    if not os.path.isfile(endpoints):
        raise InstellingFout(f"{endpoints} bestaat niet.")
    zet_endpoint_standaarden(os.environ)

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.core.utils import read_endpoints_from_path
    from rasa.shared.exceptions import RasaException

    try:
        store = read_endpoints_from_path(endpoints).tracker_store
    except (OSError, RasaException) as fout:  # a missing file or an unset ${VARIABLE}
        raise InstellingFout(f"{endpoints} is niet te lezen: {fout}") from fout
    if store is None or str(store.type).lower() != "sql":
        raise InstellingFout(f"{endpoints} heeft geen SQL-tracker store.")
    instellingen = dict(store.kwargs)
    return SQLTrackerStore.get_db_url(
        dialect=instellingen.get("dialect", "sqlite"),
        host=store.url,
        port=instellingen.get("port"),
        db=instellingen.get("db", "rasa.db"),
        username=instellingen.get("username"),
        password=instellingen.get("password"),
        query=instellingen.get("query"),
    )
