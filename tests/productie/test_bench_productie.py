"""scripts/bench.py --productie: its options and report (the measurement itself: make bench-productie)."""

import pytest

from scripts import bench


@pytest.fixture
def model(tmp_path):
    """A model file must exist for the options to be accepted; its content is never read here."""
    pad = tmp_path / "wlz-assistent.tar.gz"
    pad.write_bytes(b"")
    return f"wlz={pad}"


def meting(naam, factor):
    belasting = bench.Belasting(latenties_ms=[10.0 * factor, 20.0 * factor], duur_s=1.0)
    return bench.Meting(
        naam, "models/wlz-assistent.tar.gz", 20.0, 900.0, 760.0 * factor, belasting, belasting
    )


def test_aantallen_replicas_oplopend(model):
    args = bench.lees_args(["--model", model, "--productie", "2,1"])
    assert args.productie == [1, 2]
    assert bench.lees_args(["--model", model]).productie is None


@pytest.mark.parametrize("waarde", ["0", "een,twee", ","])
def test_onjuiste_aantallen(waarde, model, capsys):
    with pytest.raises(SystemExit):
        bench.lees_args(["--model", model, "--productie", waarde])
    assert "--productie" in capsys.readouterr().err


def test_rapport_zet_de_aantallen_naast_elkaar(model):
    args = bench.lees_args(["--model", model, "--productie", "1,2"])
    tweede = meting("2 replica's", 2)
    tweede.gelijktijdig = bench.Belasting([20.0], ["HTTP 502 op 'hallo'"], 1.0)
    tekst = bench.rapport([meting("1 replica", 1), tweede], args, {"PostgreSQL": 40.0, "nginx": 8.0})
    assert tekst.startswith("# Benchmark Wlz-assistent in productie\n")
    assert "|  | 1 replica | 2 replica's | 2 replica's t.o.v. 1 replica |" in tekst
    assert "| 16 gebruikers: doorvoer | 2.0 berichten/s | 2.0 berichten/s | 1.00× |" in tekst
    assert "| piek-RSS van de replica's samen | 760 MB | 1520 MB | 2.00× |" in tekst
    assert "| fouten | 0 | 1 |  |" in tekst
    assert "PostgreSQL 40 MB, nginx 8 MB" in tekst
    assert "Fouten bij 2 replica's (eerste tien):\n\n- HTTP 502 op 'hallo'" in tekst
    # No targets (they are for one server) and no models list (there is one model).
    assert "gehaald" not in tekst and "Modellen:" not in tekst
