"""How the offline checks in this folder report: one line per error, then one summary line."""

from __future__ import annotations


def meld(fouten: list[str], waarin: str, in_orde: str) -> int:
    """Prints each error as `FOUT …`, then `<n> fout(en) in <waarin>.` or, without errors,
    `in_orde`; returns the exit code (1 with errors, 0 without)."""
    for fout in fouten:
        print(f"FOUT {fout}")
    if fouten:
        print(f"{len(fouten)} fout(en) in {waarin}.")
        return 1
    print(in_orde)
    return 0
