"""Grouping messages by similar wording (review/formulering.py)."""

from review.formulering import gelijkenis, groepeer, woorden


def test_woorden_zonder_stopwoorden_en_leestekens() -> None:
    assert woorden("Hoe vraag ik een PGB aan?") == {"vraag", "pgb"}
    assert woorden("mijn bsn is [BSN]") == {"bsn", "[bsn]"}
    assert woorden("wat is dat") == {"wat", "is", "dat"}, "alleen stopwoorden: dan toch de woorden"


def test_gelijkenis() -> None:
    assert gelijkenis(frozenset({"a", "b"}), frozenset({"a", "b"})) == 1.0
    assert gelijkenis(frozenset({"a", "b"}), frozenset({"b", "c"})) == 1 / 3


def test_groepen_grootste_eerst_met_het_vaakste_voorbeeld() -> None:
    teksten = [
        "wat kost een verpleeghuis",
        "kost verpleeghuis?",
        "wat is een pgb",
        "pgb",
        "wat kost een verpleeghuis",
        "eigen bijdrage",
    ]
    groepen = groepeer(teksten)
    assert [(g.voorbeeld, g.aantal) for g in groepen] == [
        ("wat kost een verpleeghuis", 3),
        ("wat is een pgb", 2),
        ("eigen bijdrage", 1),
    ]
    assert sorted(groepen[0].teksten) == [
        "kost verpleeghuis?",
        "wat kost een verpleeghuis",
        "wat kost een verpleeghuis",
    ]


def test_verschillende_vragen_blijven_apart() -> None:
    assert len(groepeer(["pgb aanvragen", "pgb stopzetten", "verpleeghuis kosten"], drempel=0.5)) == 3
