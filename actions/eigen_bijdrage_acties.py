"""The eigen-bijdrage form in the chat: asks one thing at a time, then calls the estimator.

Thin adapter: the rules and amounts live in actions/eigen_bijdrage (plain Python). Here we only
turn free Dutch answers into a `Situatie`, name every assumption, and word the result for the chat.
"""
import re
from datetime import date
from decimal import Decimal
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.eigen_bijdrage import SOORTNAAM, OngeldigeInvoer, Situatie, bereken, format_euro, ondersteunde_jaren, parse_bedrag
from actions.eigen_bijdrage.parameters import parameters_voor, peiljaar
from actions.formulier_basis import WlzFormulierValidatie, kies_optie, lees_ja_nee

VERBLIJF = ("instelling", "beschermd-wonen")
ZORGVORM_WOORDEN = {
    "instelling": ["instelling", "verpleeghuis", "verzorgingshuis", "zorginstelling", "woont in een instelling", "opgenomen"],
    "deeltijdverblijf": ["deeltijdverblijf", "deeltijd", "dtv", "deels thuis"],
    "vpt": ["vpt", "volledig pakket thuis", "volledig pakket"],
    "mpt": ["mpt", "modulair pakket thuis", "modulair pakket", "modulair"],
    "pgb": ["pgb", "persoonsgebonden budget", "budget"],
    "beschermd-wonen": ["beschermd wonen", "beschermd-wonen", "beschermde woonvorm"],
}
ZORGVORM_NAAM = {
    "instelling": "wonen in een instelling",
    "deeltijdverblijf": "deeltijdverblijf",
    "vpt": "volledig pakket thuis (vpt)",
    "mpt": "modulair pakket thuis (mpt)",
    "pgb": "persoonsgebonden budget (pgb)",
    "beschermd-wonen": "beschermd wonen",
}
PARTNER_WOORDEN = {
    "geen": ["geen partner", "geen", "alleenstaand", "alleen", "weduwe", "weduwnaar", "gescheiden", "nee", "single"],
    "thuis": ["thuis", "partner thuis", "woont thuis", "zonder zorg", "zonder wlz"],
    "wlz-thuis": ["ook wlz-zorg thuis", "ook zorg thuis", "wlz thuis", "wlz-thuis", "krijgt ook zorg", "ook wlz"],
    "instelling": ["ook in een instelling", "ook in de instelling", "allebei", "beiden", "samen in", "ook opgenomen"],
}
PARTNER_NAAM = {
    "geen": "geen partner",
    "thuis": "partner woont thuis, zonder Wlz-zorg",
    "wlz-thuis": "partner krijgt ook Wlz-zorg thuis",
    "instelling": "partner woont ook in een instelling",
}
# Words in a correction ("inkomen wijzigen") → the slot to ask again.
CORRECTIE_WOORDEN = {
    "eb_jaar": ["jaar"],
    "eb_zorgvorm": ["zorg", "zorgvorm"],
    "eb_partner": ["partner"],
    "eb_inkomen": ["inkomen"],
    "eb_vermogen": ["vermogen", "spaargeld"],
    "eb_maanden": ["maanden"],
}
GETALWOORDEN = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
EB_SLOTS = ["eb_jaar", "eb_peiljaar", "eb_zorgvorm", "eb_volwassen", "eb_maanden", "eb_partner", "eb_aow",
            "eb_partner_aow", "eb_kinderen", "eb_terugkeer", "eb_mpt_20", "eb_inkomen", "eb_vermogen",
            "eb_bevestigd", "eb_aannames"]


def standaard_jaren(vandaag: Optional[date] = None) -> List[int]:
    """Supported years, the current one first (the default), then the others newest first."""
    jaren = sorted(ondersteunde_jaren(), reverse=True)
    huidig = (vandaag or date.today()).year
    return sorted(jaren, key=lambda jaar: (jaar != huidig, -jaar))


def lees_jaar(tekst: Text) -> Optional[int]:
    if re.search(r"\b(dit jaar|nu|huidig)\b", tekst.lower()):
        return standaard_jaren()[0]
    gevonden = re.search(r"\b(20\d\d)\b", tekst)
    return int(gevonden.group(1)) if gevonden else None


def lees_aantal_maanden(tekst: Text) -> Optional[int]:
    """Months from answers like "3", "drie maanden", "een half jaar", "2 jaar", "net begonnen"."""
    t = tekst.lower()
    if re.search(r"\banderhalf jaar\b", t):
        return 18
    if re.search(r"\bhalf jaar\b", t):
        return 6
    getal = re.search(r"\b(\d{1,3})\b", t)
    woord = re.search(r"\b(" + "|".join(GETALWOORDEN) + r")\b", t)
    aantal = int(getal.group(1)) if getal else GETALWOORDEN[woord.group(1)] if woord else None
    if aantal is None:
        if re.search(r"\b(net|pas|nog niet|vandaag|deze week|sinds kort)\b", t):
            return 0
        return 1 * 12 if re.search(r"\b(een|één) jaar\b|\bjaar\b", t) else None
    if re.search(r"\bjaar\b", t):
        return aantal * 12
    if re.search(r"\bweken?\b", t):
        return aantal // 4
    return aantal


def als_bedrag(waarde: Optional[Text]) -> Decimal:
    return Decimal(waarde) if waarde not in (None, "") else Decimal(0)


class ValidateEigenBijdrageForm(WlzFormulierValidatie):
    def name(self) -> Text:
        return "validate_eigen_bijdrage_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        """Only the questions that matter for this person, in a natural order."""
        slot = tracker.get_slot
        vragen = ["eb_jaar", "eb_zorgvorm", "eb_volwassen"]
        if slot("eb_volwassen") is False:
            return vragen
        zorgvorm = slot("eb_zorgvorm")
        if zorgvorm in VERBLIJF:
            vragen.append("eb_maanden")
        vragen += ["eb_partner", "eb_aow"]
        if slot("eb_partner") not in (None, "geen"):
            vragen.append("eb_partner_aow")
        if zorgvorm in VERBLIJF and slot("eb_partner") in ("geen", "instelling"):
            vragen += ["eb_kinderen", "eb_terugkeer"]
        if zorgvorm == "mpt":
            vragen.append("eb_mpt_20")
        return vragen + ["eb_inkomen", "eb_vermogen", "eb_bevestigd"]

    def aanname(self, tracker: Tracker, tekst: Text) -> Dict[Text, Any]:
        return {"eb_aannames": list(tracker.get_slot("eb_aannames") or []) + [tekst]}

    def validate_eb_jaar(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        jaar = lees_jaar(str(value))
        if jaar not in ondersteunde_jaren():
            jaren = ", ".join(str(j) for j in standaard_jaren())
            return self.opnieuw(dispatcher, tracker, "eb_jaar", f"Ik kan rekenen voor deze jaren: {jaren}. Typ bijvoorbeeld {jaren.split(', ')[0]}.")
        return {"eb_jaar": jaar, "eb_peiljaar": peiljaar(jaar)}

    def validate_eb_zorgvorm(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        zorgvorm = kies_optie(str(value), ZORGVORM_WOORDEN)
        if zorgvorm is None:
            return self.opnieuw(dispatcher, tracker, "eb_zorgvorm",
                                "Dat herken ik niet als zorgvorm. De zorgvorm staat in de brief van het zorgkantoor.")
        return {"eb_zorgvorm": zorgvorm}

    def ja_nee_vraag(self, slot: Text, value: Any, dispatcher, tracker: Tracker,
                     bij_twijfel: Optional[bool] = None, aanname: Text = "") -> Dict[Text, Any]:
        """Shared handling of yes/no questions; "weet ik niet" takes the named cautious default."""
        antwoord = lees_ja_nee(str(value))
        if antwoord is not None:
            return {slot: antwoord}
        if self.weet_niet(tracker) and bij_twijfel is not None:
            dispatcher.utter_message(text=aanname)
            return {slot: bij_twijfel, **self.aanname(tracker, aanname)}
        return self.opnieuw(dispatcher, tracker, slot, "Antwoord met ja of nee, alstublieft.")

    def validate_eb_maanden(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        if self.weet_niet(tracker):
            tekst = "Ik ga ervan uit dat het langer is dan 4 maanden. Dan geldt meestal de hoge eigen bijdrage."
            dispatcher.utter_message(text=tekst)
            return {"eb_maanden": 5, **self.aanname(tracker, tekst)}
        maanden = lees_aantal_maanden(str(value))
        if maanden is None:
            return self.opnieuw(dispatcher, tracker, "eb_maanden", "Noem het aantal maanden, bijvoorbeeld 3. Nog niet begonnen? Typ 0.")
        return {"eb_maanden": maanden}

    def validate_eb_partner(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        partner = kies_optie(str(value), PARTNER_WOORDEN)
        if partner is None:
            return self.opnieuw(dispatcher, tracker, "eb_partner", "Kies een van de knoppen, of typ het nummer.")
        return {"eb_partner": partner}

    def validate_eb_inkomen(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        peil = tracker.get_slot("eb_peiljaar")
        if self.weet_niet(tracker):
            dispatcher.utter_message(
                text=f"Uw verzamelinkomen staat op uw aanslag inkomstenbelasting over {peil}. "
                     "U vindt die in Mijn Belastingdienst."
            )
            tekst = ("Ik reken nu zonder inkomen. Dan ziet u het laagste bedrag. "
                     "Met uw echte inkomen kan de eigen bijdrage hoger zijn.")
            dispatcher.utter_message(text=tekst)
            return {"eb_inkomen": "0", **self.aanname(tracker, tekst)}
        bedrag = parse_bedrag(str(value))
        if bedrag is None:
            return self.opnieuw(dispatcher, tracker, "eb_inkomen", "Noem een bedrag, bijvoorbeeld 30.000 of € 2.150 per maand.")
        jaarbedrag = bedrag.bedrag * 12 if bedrag.per_maand else bedrag.bedrag
        if bedrag.per_maand:
            tekst = (f"U noemde een bedrag per maand. Ik reken met 12 keer dat bedrag: {format_euro(jaarbedrag)} per jaar. "
                     "Het verzamelinkomen op uw aanslag is preciezer.")
            dispatcher.utter_message(text=tekst)
            return {"eb_inkomen": str(jaarbedrag), **self.aanname(tracker, tekst)}
        return {"eb_inkomen": str(jaarbedrag)}

    def validate_eb_vermogen(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        if self.weet_niet(tracker):
            vrijstelling = parameters_voor(tracker.get_slot("eb_jaar")).toetsbedrag_pp
            tekst = (f"Ik ga ervan uit dat uw vermogen niet hoger was dan {format_euro(vrijstelling)} per persoon. "
                     "Dan telt het niet mee. Had u meer? Dan wordt de eigen bijdrage hoger.")
            dispatcher.utter_message(text=tekst)
            return {"eb_vermogen": "0", **self.aanname(tracker, tekst)}
        bedrag = parse_bedrag(str(value))
        if bedrag is None:
            return self.opnieuw(dispatcher, tracker, "eb_vermogen", "Noem een bedrag, bijvoorbeeld 40.000. Geen spaargeld? Typ 0.")
        if bedrag.per_maand:
            return self.opnieuw(dispatcher, tracker, "eb_vermogen", "Noem het totaal op 1 januari, niet een bedrag per maand.")
        return {"eb_vermogen": str(bedrag.bedrag)}

    def validate_eb_bevestigd(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        tekst = str(value)
        te_wijzigen = kies_optie(tekst, CORRECTIE_WOORDEN)
        if te_wijzigen is not None:
            return {te_wijzigen: None, "eb_bevestigd": None}
        if lees_ja_nee(tekst):
            return {"eb_bevestigd": True}
        return self.opnieuw(dispatcher, tracker, "eb_bevestigd", "Wat wilt u wijzigen? Kies hieronder, of kies 'Klopt'.")


# Yes/no questions: slot → (cautious default after "weet ik niet", the sentence that names it).
# None as default: the question must be answered (whether the person is 18 or older).
JA_NEE_VRAGEN = {
    "eb_volwassen": (None, ""),
    "eb_aow": (True, "Ik ga ervan uit dat u de AOW-leeftijd had. Uw AOW-leeftijd staat op www.svb.nl."),
    "eb_partner_aow": (True, "Ik ga ervan uit dat uw partner de AOW-leeftijd had."),
    "eb_kinderen": (False, "Ik ga ervan uit dat u niet voor zulke kinderen zorgt."),
    "eb_terugkeer": (False, "Ik ga ervan uit dat u niet binnenkort weer zelfstandig gaat wonen."),
    "eb_mpt_20": (False, "Ik reken met meer dan 20 uur zorg per maand. Dat is de gewone berekening."),
}


def ja_nee_validatie(slot: Text):
    """The validate_<slot> method of a yes/no question from JA_NEE_VRAGEN."""
    bij_twijfel, aanname = JA_NEE_VRAGEN[slot]

    def valideer(self, value: Any, dispatcher, tracker: Tracker, domain) -> Dict[Text, Any]:
        return self.ja_nee_vraag(slot, value, dispatcher, tracker, bij_twijfel=bij_twijfel, aanname=aanname)

    return valideer


# The SDK finds validators by name (validate_<slot>), so each yes/no question gets one.
for _slot in JA_NEE_VRAGEN:
    setattr(ValidateEigenBijdrageForm, f"validate_{_slot}", ja_nee_validatie(_slot))


def samenvatting(tracker: Tracker) -> Text:
    slot = tracker.get_slot
    regels = [f"- Jaar: {slot('eb_jaar')}", f"- Zorg: {ZORGVORM_NAAM.get(slot('eb_zorgvorm'), '?')}"]
    if slot("eb_maanden") is not None:
        regels.append(f"- In de instelling: {slot('eb_maanden')} maanden")
    regels.append(f"- Partner: {PARTNER_NAAM.get(slot('eb_partner'), '?')}")
    regels.append(f"- Inkomen {slot('eb_peiljaar')}: {format_euro(als_bedrag(slot('eb_inkomen')))}")
    regels.append(f"- Vermogen 1 januari {slot('eb_peiljaar')}: {format_euro(als_bedrag(slot('eb_vermogen')))}")
    return "Klopt dit?\n" + "\n".join(regels)


class ActionAskEbJaar(Action):
    """Asks the year; the current year is the first button, so it is the obvious default."""

    def name(self) -> Text:
        return "action_ask_eb_jaar"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        huidig = date.today().year
        knoppen = [
            {"title": f"{jaar} (dit jaar)" if jaar == huidig else str(jaar), "payload": str(jaar)}
            for jaar in standaard_jaren()
        ]
        dispatcher.utter_message(text="Voor welk jaar wilt u rekenen? Het CAK gebruikt uw inkomen van 2 jaar eerder.",
                                 buttons=knoppen)
        return []


class ActionAskEbBevestigd(Action):
    """Shows what the user told us, so an earlier answer can be corrected before we compute."""

    def name(self) -> Text:
        return "action_ask_eb_bevestigd"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        knoppen = [
            {"title": "Klopt, bereken", "payload": "ja"},
            {"title": "Zorg wijzigen", "payload": "zorg wijzigen"},
            {"title": "Partner wijzigen", "payload": "partner wijzigen"},
            {"title": "Inkomen wijzigen", "payload": "inkomen wijzigen"},
            {"title": "Vermogen wijzigen", "payload": "vermogen wijzigen"},
        ]
        dispatcher.utter_message(text=samenvatting(tracker), buttons=knoppen)
        return []


def situatie_uit(tracker: Tracker) -> Situatie:
    slot = tracker.get_slot
    volwassen = slot("eb_volwassen") is not False
    return Situatie(
        jaar=int(slot("eb_jaar")),
        zorgvorm=slot("eb_zorgvorm"),
        inkomen=als_bedrag(slot("eb_inkomen")),
        vermogen=als_bedrag(slot("eb_vermogen")),
        aow=slot("eb_aow") if volwassen else None,
        leeftijd=None if volwassen else 17,
        partner=slot("eb_partner") or "geen",
        partner_aow=slot("eb_partner_aow"),
        maanden=slot("eb_maanden"),
        mpt_max_20_uur=bool(slot("eb_mpt_20")),
        kinderen=bool(slot("eb_kinderen")),
        terugkeer=bool(slot("eb_terugkeer")),
    )


def wis_antwoorden() -> List[Dict[Text, Any]]:
    """Forget the answers: a new calculation starts empty, and income data do not linger."""
    return [SlotSet(naam, None) for naam in EB_SLOTS]


class ActionStartEigenBijdrage(Action):
    def name(self) -> Text:
        return "action_start_eigen_bijdrage"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_eigen_bijdrage_berekenen_start")
        return wis_antwoorden()


class ActionBerekenEigenBijdrage(Action):
    def name(self) -> Text:
        return "action_bereken_eigen_bijdrage"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        wissen = wis_antwoorden()
        try:
            uitkomst = bereken(situatie_uit(tracker))
        except OngeldigeInvoer as fout:
            dispatcher.utter_message(text=f"Ik kan dit niet berekenen: {fout.boodschap}", buttons=[OPNIEUW])
            return wissen
        for bericht in uitkomst_berichten(uitkomst, tracker.get_slot("eb_aannames") or []):
            dispatcher.utter_message(text=bericht)
        dispatcher.utter_message(
            text=f"Let op: dit is een indicatie op basis van de regels van {uitkomst.jaar}. Het CAK stelt het echte "
                 "bedrag vast. Reken het na met de rekenhulp van het CAK op www.hetcak.nl.",
            buttons=[OPNIEUW, {"title": "Lage of hoge eigen bijdrage", "payload": "/eigen_bijdrage_laag_hoog"}],
        )
        return wissen


OPNIEUW = {"title": "Opnieuw berekenen", "payload": "/eigen_bijdrage_berekenen"}


def uitkomst_berichten(uitkomst, aannames: List[Text]) -> List[Text]:
    """The result as short chat messages: amount, why, how, what changes later, assumptions."""
    if uitkomst.soort == "geen":
        return [uitkomst.reden]
    berichten = [
        # bedrag_tekst already says "(voorlopig)" for mpt with 20 hours or less.
        f"Uw eigen bijdrage in {uitkomst.jaar} is naar schatting {uitkomst.bedrag_tekst}. "
        f"Dit is de {SOORTNAAM[uitkomst.soort]}.",
        f"Waarom: {uitkomst.reden}",
        "Zo heb ik gerekend:\n" + "\n".join(f"- {stap}" for stap in uitkomst.stappen),
    ]
    later = uitkomst.na_vier_maanden
    if later is not None:
        berichten.append(f"Na 4 maanden in de instelling wordt het de {SOORTNAAM[later.soort]}: {later.bedrag_tekst}.")
    if aannames:
        berichten.append("Let op, ik ben hiervan uitgegaan:\n" + "\n".join(f"- {a}" for a in aannames))
    return berichten
