"""Writes the review: one HTML page with charts (PNG inside the page) and CSV files.

The CSV files are for a Dutch spreadsheet: separated by semicolons, decimal commas, UTF-8 with a
byte order mark (Excel then reads the accents). A cell that starts like a formula (= + - @) gets a
leading apostrophe: the messages come from the public and must not run as a formula.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

from review.cijfers import Overzicht

KENMERKEN = (
    ("antwoord", "kreeg een antwoord"),
    ("terugval", "bot begreep een bericht niet"),
    ("medewerker", "vroeg om een medewerker"),
    ("rekenhulp_niet_af", "rekenhulp begonnen, niet afgemaakt"),
)
MAX_RIJEN = 25
KLEUR_JA, KLEUR_NEE, KLEUR = "#2e7d32", "#c62828", "#1f5f99"


def schrijf(overzicht: Overzicht, map_: Path) -> Path:
    """Writes rapport.html and the CSV files to `map_`; returns the path of the page."""
    map_.mkdir(parents=True, exist_ok=True)
    for naam, kop, rijen in _tabellen(overzicht):
        _schrijf_csv(map_ / naam, kop, rijen)
    pagina = map_ / "rapport.html"
    pagina.write_text(_html(overzicht), encoding="utf-8")
    return pagina


def _procent(deel: float) -> str:
    return f"{deel * 100:.1f}".replace(".", ",")


def _getal(waarde: float) -> str:
    return f"{waarde:.2f}".replace(".", ",")


def _ja_nee(waarde: bool) -> str:
    return "ja" if waarde else "nee"


def _tabellen(o: Overzicht) -> list[tuple]:
    samenvatting = [
        ["periode", f"{o.van:%d-%m-%Y} t/m {o.tot:%d-%m-%Y}", ""],
        ["gesprekken", o.aantal_gesprekken, ""],
        ["berichten", o.berichten, ""],
    ]
    samenvatting += [[label, o.aantal(kenmerk), _procent(o.aandeel(kenmerk))] for kenmerk, label in KENMERKEN]
    return [
        ("samenvatting.csv", ["maat", "aantal", "procent van de gesprekken"], samenvatting),
        (
            "gesprekken.csv",
            [
                "gesprek",
                "begin",
                "berichten",
                "antwoord",
                "niet begrepen",
                "medewerker",
                "rekenhulp niet af",
                "feedback ja",
                "feedback nee",
            ],
            [
                [
                    g.referentie,
                    f"{g.begin:%d-%m-%Y %H:%M}",
                    g.berichten,
                    _ja_nee(g.antwoord),
                    _ja_nee(g.terugval),
                    _ja_nee(g.medewerker),
                    _ja_nee(g.rekenhulp_niet_af),
                    g.feedback_ja,
                    g.feedback_nee,
                ]
                for g in o.gesprekken
            ],
        ),
        (
            "twijfel.csv",
            [
                "gesprek",
                "tijd",
                "bericht",
                "herkend als",
                "waarschijnlijkste onderwerp",
                "zekerheid",
                "niet begrepen",
            ],
            [
                [
                    t.referentie,
                    f"{t.tijd:%d-%m-%Y %H:%M}",
                    t.tekst,
                    t.herkend or "",
                    t.onderwerp or "",
                    _getal(t.zekerheid),
                    _ja_nee(t.terugval),
                ]
                for t in o.twijfel
            ],
        ),
        (
            "twijfel_per_onderwerp.csv",
            ["waarschijnlijkste onderwerp", "berichten", "voorbeelden"],
            [[g.onderwerp, g.aantal, " | ".join(g.voorbeelden)] for g in o.per_onderwerp],
        ),
        (
            "twijfel_per_formulering.csv",
            ["voorbeeld", "berichten", "onderwerpen", "formuleringen"],
            [
                [g.voorbeeld, g.aantal, " | ".join(g.onderwerpen), " | ".join(g.formuleringen)]
                for g in o.per_formulering
            ],
        ),
        (
            "feedback.csv",
            ["antwoord", "onderwerp", "ja", "nee"],
            [[r.antwoord, r.onderwerp or "", r.ja, r.nee] for r in o.feedback],
        ),
        (
            "uren.csv",
            ["uur", "berichten"],
            [[f"{uur:02d}:00", aantal] for uur, aantal in enumerate(o.per_uur)],
        ),
    ]


def _veilig(waarde: object) -> object:
    if isinstance(waarde, str) and waarde[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + waarde
    return waarde


def _schrijf_csv(pad: Path, kop: Sequence[str], rijen: Iterable[Sequence[object]]) -> None:
    with pad.open("w", encoding="utf-8-sig", newline="") as bestand:
        schrijver = csv.writer(bestand, delimiter=";")
        schrijver.writerow(kop)
        schrijver.writerows([_veilig(w) for w in rij] for rij in rijen)


# ---- HTML ----


def _png(figuur) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    figuur.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(figuur)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _grafieken(o: Overzicht) -> dict:
    import matplotlib

    matplotlib.use("Agg")
    with warnings.catch_warnings():
        # matplotlib 3.5 reads its style files with pyparsing's old method names, collects the
        # deprecation warnings itself and logs them ("In …/classic.mplstyle: 'parseString'
        # deprecated"); server/waarschuwingen.py cannot see those.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="matplotlib")
        import matplotlib.pyplot as plt

    grafieken = {}
    figuur, as_ = plt.subplots(figsize=(7, 2.6))
    labels = [label for _, label in KENMERKEN][::-1]
    waarden = [o.aandeel(k) * 100 for k, _ in KENMERKEN][::-1]
    as_.barh(labels, waarden, color=KLEUR)
    as_.set_xlim(0, 100)
    as_.set_xlabel("% van de gesprekken")
    for y, waarde in enumerate(waarden):
        as_.text(min(waarde + 1, 90), y, f"{waarde:.0f}%", va="center")
    grafieken["aandelen"] = _png(figuur)

    figuur, as_ = plt.subplots(figsize=(7, 2.6))
    as_.bar(range(24), o.per_uur, color=KLEUR)
    as_.set_xticks(range(0, 24, 2))
    as_.set_xlabel("uur van de dag")
    as_.set_ylabel("berichten")
    grafieken["uren"] = _png(figuur)

    if o.feedback:
        rijen = o.feedback[:12][::-1]
        figuur, as_ = plt.subplots(figsize=(7, 0.9 + 0.35 * len(rijen)))
        namen = [r.antwoord for r in rijen]
        as_.barh(namen, [r.ja for r in rijen], color=KLEUR_JA, label="Ja")
        as_.barh(namen, [r.nee for r in rijen], left=[r.ja for r in rijen], color=KLEUR_NEE, label="Nee")
        as_.set_xlabel("antwoorden op 'Had u hier iets aan?'")
        as_.legend(loc="lower right")
        grafieken["feedback"] = _png(figuur)

    if o.per_onderwerp:
        groepen = o.per_onderwerp[:12][::-1]
        figuur, as_ = plt.subplots(figsize=(7, 0.9 + 0.35 * len(groepen)))
        as_.barh([g.onderwerp for g in groepen], [g.aantal for g in groepen], color=KLEUR_NEE)
        as_.set_xlabel("berichten waarover de bot twijfelde")
        grafieken["twijfel"] = _png(figuur)
    return grafieken


def _tabel(kop: Sequence[str], rijen: Iterable[Sequence[object]]) -> str:
    e = html.escape
    regels = ["<table><thead><tr>", *(f"<th>{e(k)}</th>" for k in kop), "</tr></thead><tbody>"]
    for rij in rijen:
        regels.append("<tr>" + "".join(f"<td>{e(str(w))}</td>" for w in rij) + "</tr>")
    regels.append("</tbody></table>")
    return "".join(regels)


def _afbeelding(grafieken: dict, naam: str, beschrijving: str) -> str:
    if naam not in grafieken:
        return "<p>Nog geen gegevens.</p>"
    return f'<img src="{grafieken[naam]}" alt="{html.escape(beschrijving)}">'


def _html(o: Overzicht) -> str:
    e = html.escape
    grafieken = _grafieken(o) if o.gesprekken else {}
    kenmerken = _tabel(
        ["", "gesprekken", "%"], [[label, o.aantal(k), _procent(o.aandeel(k))] for k, label in KENMERKEN]
    )
    drukste = sorted(range(24), key=lambda uur: -o.per_uur[uur])[:3]
    drukste_tekst = ", ".join(f"{uur:02d}:00–{uur + 1:02d}:00" for uur in drukste if o.per_uur[uur]) or "–"
    delen = [
        "<h1>Gesprekken met de Wlz-assistent</h1>",
        f"<p class=periode>{o.van:%d-%m-%Y} t/m {o.tot:%d-%m-%Y}. "
        f"<strong>{o.aantal_gesprekken}</strong> gesprekken, <strong>{o.berichten}</strong> berichten.</p>",
        "<p>Persoonsgegevens zijn gemaskeerd. Een gesprek heeft een nummer (G…); "
        "met <code>make exporteer GESPREK=G…</code> wordt het een testgesprek (zie README).</p>",
        "<h2>Hoe liepen de gesprekken?</h2>",
        kenmerken,
        _afbeelding(grafieken, "aandelen", "Aandeel gesprekken per uitkomst"),
        "<h2>Berichten die de bot niet begreep of waarover hij twijfelde</h2>",
        f"<p>{len(o.twijfel)} berichten: niet begrepen, of zekerheid onder {_getal(o.drempel)}.</p>",
        "<h3>Per waarschijnlijkste onderwerp</h3>",
        _afbeelding(grafieken, "twijfel", "Berichten met twijfel per onderwerp"),
        _tabel(
            ["onderwerp", "berichten", "voorbeelden"],
            [[g.onderwerp, g.aantal, " | ".join(g.voorbeelden)] for g in o.per_onderwerp[:MAX_RIJEN]],
        ),
        "<h3>Per formulering (gelijksoortige berichten samen)</h3>",
        _tabel(
            ["voorbeeld", "berichten", "onderwerpen", "andere formuleringen"],
            [
                [g.voorbeeld, g.aantal, ", ".join(g.onderwerpen), " | ".join(g.formuleringen[1:6])]
                for g in o.per_formulering[:MAX_RIJEN]
            ],
        ),
        "<h3>Alle berichten</h3>",
        _tabel(
            ["gesprek", "tijd", "bericht", "herkend als", "onderwerp", "zekerheid"],
            [
                [
                    t.referentie,
                    f"{t.tijd:%d-%m %H:%M}",
                    t.tekst,
                    t.herkend or "",
                    t.onderwerp or "",
                    _getal(t.zekerheid),
                ]
                for t in o.twijfel[: MAX_RIJEN * 4]
            ],
        ),
        "<h2>Had u hier iets aan?</h2>",
        _afbeelding(grafieken, "feedback", "Ja en Nee per antwoord"),
        _tabel(
            ["antwoord", "onderwerp", "ja", "nee"],
            [[r.antwoord, r.onderwerp or "", r.ja, r.nee] for r in o.feedback[:MAX_RIJEN]],
        ),
        "<h2>Drukste uren</h2>",
        f"<p>Drukst: {e(drukste_tekst)}.</p>",
        _afbeelding(grafieken, "uren", "Berichten per uur van de dag"),
        "<p>Alle cijfers staan ook in de CSV-bestanden naast deze pagina.</p>",
    ]
    return (
        "<!doctype html><html lang=nl><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        "<title>Review Wlz-assistent</title><style>"
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}"
        "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        "th{background:#eef3f8}img{max-width:100%}h2{margin-top:2rem;color:#1f5f99}"
        "</style></head><body>" + "\n".join(delen) + "</body></html>\n"
    )
