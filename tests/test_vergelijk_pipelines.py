"""The pipeline comparison (scripts/vergelijk_pipelines.py) and its ResponseSelector adapter
(components/antwoordkeuze.py). The trainings are too slow for `make test`; `make vergelijk-pipelines`
runs them. These tests check that each variant changes only what its name says."""

import re

import yaml
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message

from components.antwoordkeuze import AntwoordkeuzeAlsIntent, als_intent, topic_van
from hulp import REPO
from scripts import vergelijk_pipelines as vp


def namen(config):
    return [c["name"] for c in config["pipeline"]]


def zonder(config, *weg):
    return [c for c in config["pipeline"] if c["name"] not in weg]


def test_the_bot_variant_is_config_yml_itself():
    config = vp.lees_config()
    assert vp.VARIANTEN["wlz-assistent"][0](config) == config


def test_spacy_gives_tokens_and_lemmas_but_no_word_vectors_so_there_is_no_spacy_featurizer():
    """nl_core_news_sm (the stand-in and Explosion's) has no word vectors: SpacyFeaturizer would add
    no features at all (rasa/nlu/featurizers/dense_featurizer/spacy_featurizer.py)."""
    import spacy

    nlp = spacy.load("nl_core_news_sm")
    assert nlp.vocab.vectors_length == 0
    assert "SpacyFeaturizer" not in namen(vp.lees_config())
    assert nlp("mijn moeder woont in een verpleeghuis")[1].lemma_ == "moeder"


def test_without_spacy_is_the_variant_make_evaluate_uses():
    config = vp.lees_config()
    variant = vp.VARIANTEN["zonder-spacy"][0](config)
    assert namen(variant)[0] == "WhitespaceTokenizer"
    assert not {"SpacyNLP", "SpacyTokenizer"} & set(namen(variant))
    assert variant["policies"] == config["policies"]


def test_diet_2x256_changes_only_the_size_of_diet():
    config = vp.lees_config()
    variant = vp.diet_2x256(config)
    diet = vp._diet(variant)
    assert (diet["number_of_transformer_layers"], diet["transformer_size"]) == (2, 256)
    assert {
        k: v for k, v in diet.items() if k not in ("number_of_transformer_layers", "transformer_size")
    } == {
        k: v
        for k, v in vp._diet(config).items()
        if k not in ("number_of_transformer_layers", "transformer_size")
    }
    assert zonder(variant, *vp.DIET_NAMEN) == zonder(config, *vp.DIET_NAMEN)
    assert vp._diet(config)["transformer_size"] == 128  # the variant did not change the bot's config


def test_rasa_default_nlu_is_the_pipeline_rasa_init_writes_with_the_bots_policies():
    """configs/rasa-default.yml keeps `rasa init`'s default pipeline as a comment: the same list."""
    tekst = (REPO / "configs" / "rasa-default.yml").read_text(encoding="utf-8")
    blok = tekst.split("pipeline:")[1].split("policies:")[0]
    commentaar = "\n".join(regel[4:] for regel in blok.splitlines() if re.match(r"^#   ", regel))

    config = vp.lees_config()
    variant = vp.rasa_standaard_nlu(config)
    assert variant["pipeline"] == yaml.safe_load(commentaar)
    assert variant["policies"] == config["policies"]


def test_responseselector_sits_between_entities_and_fallback():
    config = vp.lees_config()
    variant = vp.met_responseselector(config)
    assert namen(variant)[-3:] == [
        "ResponseSelector",
        "components.antwoordkeuze.AntwoordkeuzeAlsIntent",
        "FallbackClassifier",
    ]
    assert (
        zonder(variant, "ResponseSelector", "components.antwoordkeuze.AntwoordkeuzeAlsIntent")
        == config["pipeline"]
    )
    assert variant["pipeline"][-3]["retrieval_intent"] == vp.RETRIEVAL_INTENT


def test_topic_questions_become_one_retrieval_intent_and_nothing_else_changes():
    titels = vp.onderwerpen()
    assert "wachtlijst" in titels and "eigen_bijdrage_berekenen" not in titels
    for bestand in sorted((REPO / "data" / "nlu").glob("*.yml")):
        tekst = bestand.read_text(encoding="utf-8")
        omgezet = vp.als_retrieval_intents(tekst, set(titels))
        voor, na = RasaYAMLReader().reads(tekst), RasaYAMLReader().reads(omgezet)
        assert [m.get("text") for m in na.intent_examples] == [m.get("text") for m in voor.intent_examples]
        for oud, nieuw in zip(voor.intent_examples, na.intent_examples, strict=True):
            verwacht = f"faq/{oud.get('intent')}" if oud.get("intent") in titels else oud.get("intent")
            assert nieuw.get_full_intent() == verwacht
            assert nieuw.get("entities") == oud.get("entities")
        assert na.entity_synonyms == voor.entity_synonyms and na.lookup_tables == voor.lookup_tables


def test_every_topic_has_a_response_for_the_selector():
    titels = vp.onderwerpen()
    domein = vp.faq_domein(titels)
    assert domein["intents"] == ["faq"]
    assert set(domein["responses"]) == {f"utter_faq/{intent}" for intent in titels}


def rangschikking(*paren):
    return [{"name": naam, "confidence": kans} for naam, kans in paren]


def keuze(*paren):
    return {
        "ranking": [{"intent_response_key": sleutel, "confidence": kans, "id": 1} for sleutel, kans in paren]
    }


def test_topic_of_a_retrieval_key():
    assert topic_van("faq/wachtlijst", "faq") == "wachtlijst"
    assert topic_van("chitchat/groet", "faq") is None
    assert topic_van("faq", "faq") is None


def test_faq_becomes_the_chosen_topic_with_the_product_of_both_confidences():
    intent, ranglijst = als_intent(
        {"name": "faq", "confidence": 0.8},
        rangschikking(("faq", 0.8), ("groet", 0.15)),
        keuze(("faq/wachtlijst", 0.5), ("faq/vpt", 0.25)),
        "faq",
    )
    assert intent == {"name": "wachtlijst", "confidence": 0.4}
    assert ranglijst == rangschikking(("wachtlijst", 0.4), ("vpt", 0.2), ("groet", 0.15))


def test_another_intent_stays_but_the_ranking_shows_topics():
    intent, ranglijst = als_intent(
        {"name": "groet", "confidence": 0.7},
        rangschikking(("groet", 0.7), ("faq", 0.2)),
        keuze(("faq/wachtlijst", 0.5)),
        "faq",
    )
    assert intent == {"name": "groet", "confidence": 0.7}
    assert ranglijst == rangschikking(("groet", 0.7), ("wachtlijst", 0.1))


def test_the_component_rewrites_the_parsed_message():
    bericht = Message(
        data={
            "text": "hoe lang moet ik wachten",
            "intent": {"name": "faq", "confidence": 0.9},
            "intent_ranking": rangschikking(("faq", 0.9), ("groet", 0.1)),
            "response_selector": {"faq": keuze(("faq/wachtlijst", 1.0))},
        }
    )
    AntwoordkeuzeAlsIntent({"retrieval_intent": "faq"}).process([bericht])
    assert bericht.get("intent") == {"name": "wachtlijst", "confidence": 0.9}
    assert bericht.as_dict_nlu()["intent"]["name"] == "wachtlijst"


def test_the_report_has_a_row_per_variant_and_a_dash_where_speed_was_not_measured():
    snelheid = {
        "opstart_s": 12.3,
        "piek_rss_mb": 700,
        "enkel_p50_ms": 27,
        "p95_ms": 600,
        "berichten_per_s": 50,
    }
    tekst = vp.markdown(
        {
            "wlz-assistent": {
                "aandeel_goed": 0.954,
                "goed": 292,
                "gevallen": 306,
                "macro_f1": 0.932,
                "training_s": 300,
            },
            "diet-2x256": {
                "aandeel_goed": 0.9,
                "goed": 275,
                "gevallen": 306,
                "macro_f1": 0.95,
                "training_s": 900,
            }
            | {"snelheid": snelheid},
        }
    )
    rijen = [r for r in tekst.splitlines() if r.startswith(("| wlz", "| diet"))]
    assert rijen[0] == "| wlz-assistent | 95.4% (292/306) | 0.932 | 5.0 min | – | – | – | – | – |"
    assert (
        rijen[1]
        == "| diet-2x256 | 90.0% (275/306) | 0.950 | 15.0 min | 12.3 s | 700 MB | 27 ms | 600 ms | 50.0 |"
    )
