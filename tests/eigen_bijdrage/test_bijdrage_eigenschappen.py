"""Property tests: bounds of each kind of contribution and monotonicity."""

from dataclasses import replace
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from actions.eigen_bijdrage import PARTNERSITUATIES, ZORGVORMEN, Situatie, bereken, ondersteunde_jaren
from actions.eigen_bijdrage.parameters import parameters_voor

VOORBEELDEN = settings(max_examples=150, deadline=None)


def bedragen(maximum: int) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=0, max_value=maximum * 100).map(lambda centen: Decimal(centen) / 100)


@st.composite
def situaties(draw: st.DrawFn) -> Situatie:
    zorgvorm = draw(st.sampled_from(ZORGVORMEN))
    partner = draw(st.sampled_from(PARTNERSITUATIES))
    return Situatie(
        jaar=draw(st.sampled_from(ondersteunde_jaren())),
        zorgvorm=zorgvorm,
        inkomen=draw(bedragen(250_000)),
        vermogen=draw(bedragen(2_000_000)),
        aow=draw(st.booleans()),
        leeftijd=draw(st.none() | st.integers(min_value=0, max_value=110)),
        partner=partner,
        partner_aow=draw(st.booleans()) if partner != "geen" else None,
        maanden=draw(st.integers(min_value=0, max_value=60)),
        mpt_max_20_uur=zorgvorm == "mpt" and draw(st.booleans()),
        kinderen=draw(st.booleans()),
        terugkeer=draw(st.booleans()),
        belasting=draw(st.none() | bedragen(100_000)),
    )


def _kent_compensatie(s: Situatie) -> bool:
    return parameters_voor(s.jaar).heeft_compensatie and any(s.aow_per_persoon)


@VOORBEELDEN
@given(situaties())
def test_nooit_buiten_minimum_en_maximum(s):
    uitkomst = bereken(s)
    p = parameters_voor(s.jaar)
    assert uitkomst.maandbedrag_min <= uitkomst.maandbedrag_max
    if uitkomst.soort == "geen":
        assert uitkomst.maandbedrag == 0
    elif uitkomst.soort == "hoog":
        assert 0 <= uitkomst.maandbedrag_min <= uitkomst.maandbedrag_max <= p.heb_max
        assert uitkomst.maandbedrag in (None, uitkomst.maandbedrag_min)
        assert (uitkomst.maandbedrag is None) == (uitkomst.maandbedrag_min != uitkomst.maandbedrag_max)
    elif s.zorgvorm in ("mpt", "pgb"):
        assert 0 <= uitkomst.maandbedrag <= p.leb_max - p.korting_mpt_pgb
    else:
        assert p.leb_min <= uitkomst.maandbedrag <= p.leb_max
    if uitkomst.soort == "laag":
        assert uitkomst.maandbedrag == uitkomst.maandbedrag_min == uitkomst.maandbedrag_max
    assert uitkomst.maandbedrag_min == uitkomst.maandbedrag_min.quantize(Decimal("0.01"))
    assert uitkomst.stappen


def _niet_lager(eerst, daarna):
    assert daarna.soort == eerst.soort
    assert daarna.maandbedrag_min >= eerst.maandbedrag_min
    assert daarna.maandbedrag_max >= eerst.maandbedrag_max
    if eerst.maandbedrag is not None and daarna.maandbedrag is not None:
        assert daarna.maandbedrag >= eerst.maandbedrag


@VOORBEELDEN
@given(situaties(), bedragen(100_000))
def test_meer_inkomen_nooit_lagere_bijdrage(s, erbij):
    _niet_lager(bereken(s), bereken(replace(s, inkomen=s.inkomen + erbij)))


@VOORBEELDEN
@given(situaties(), bedragen(1_000_000))
def test_meer_vermogen_nooit_lagere_bijdrage(s, erbij):
    # The compensatie vervallen ouderentoeslag (2024/2025, AOW) breaks this on purpose;
    # see test_compensatie_maakt_de_bijdrage_niet_monotoon_in_vermogen.
    assume(not _kent_compensatie(s))
    _niet_lager(bereken(s), bereken(replace(s, vermogen=s.vermogen + erbij)))


@VOORBEELDEN
@given(situaties(), bedragen(50_000))
def test_opgegeven_belasting_ligt_binnen_het_bereik_zonder_belasting(s, belasting):
    # Any real tax is at most the first-bracket rate (about 37%) of the income.
    realistisch = min(belasting, (Decimal("0.35") * s.inkomen).quantize(Decimal("0.01")))
    zonder = bereken(replace(s, belasting=None))
    met = bereken(replace(s, belasting=realistisch))
    assert zonder.maandbedrag_min <= met.maandbedrag_min <= met.maandbedrag_max <= zonder.maandbedrag_max
