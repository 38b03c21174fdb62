"""The static embedding table and the opt-in event-type classifier, on sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from eventfuse.extract import classifier as event_classifier
from eventfuse.extract import extract
from eventfuse.extract.classifier import ARTEFACT, SUB_EVENT, Classifier, typed_sub_event
from eventfuse.extract.embedding import DIM, StaticEmbedding, Transformer, WordPieces, available, static_embedding
from eventfuse.model import Article

needs_table = pytest.mark.skipif(not available(), reason="embedding table not built: `make` builds it (python -m eventfuse.extract.embedding build)")


def test_word_pieces_split_unknown_words_greedily():
    pieces = WordPieces(["[PAD]", "[UNK]", "un", "##aff", "##able", "the", ",", "."])
    assert pieces.ids("The unaffable, .") == [5, 2, 3, 4, 6, 7]
    assert pieces.ids("zzz") == [1]


def test_sentence_vectors_are_normalised_means():
    model = StaticEmbedding(np.eye(4, dtype=np.float16), ["[PAD]", "[UNK]", "war", "##s"])
    v = model.encode(["wars", ""])
    assert np.allclose(v[0], [0, 0, 2**-0.5, 2**-0.5], atol=1e-3)
    assert not v[1].any()


def test_transformer_pools_only_unmasked_positions():
    rng = np.random.default_rng(1)
    d, layers = 24, 1
    w = {
        "embeddings.word_embeddings.weight": rng.normal(size=(10, d)).astype(np.float32),
        "embeddings.position_embeddings.weight": rng.normal(size=(8, d)).astype(np.float32),
        "embeddings.token_type_embeddings.weight": rng.normal(size=(2, d)).astype(np.float32),
        "embeddings.LayerNorm.weight": np.ones(d, np.float32), "embeddings.LayerNorm.bias": np.zeros(d, np.float32),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name, shape in (("attention.self.query", (d, d)), ("attention.self.key", (d, d)), ("attention.self.value", (d, d)),
                            ("attention.output.dense", (d, d)), ("intermediate.dense", (4 * d, d)), ("output.dense", (d, 4 * d))):
            w[p + name + ".weight"] = rng.normal(size=shape).astype(np.float32) * 0.1
            w[p + name + ".bias"] = np.zeros(shape[0], np.float32)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[p + norm + ".weight"], w[p + norm + ".bias"] = np.ones(d, np.float32), np.zeros(d, np.float32)
    model = Transformer(w, heads=4)
    ids = np.array([[1, 2, 3, 0, 0], [1, 2, 3, 4, 5]])
    mask = np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]])
    padded = model.pooled(ids, mask)
    alone = model.pooled(ids[:1, :3], mask[:1, :3])
    assert np.allclose(padded[0], alone[0], atol=1e-5)  # padding changes nothing
    assert not np.allclose(padded[0], padded[1])


def test_committed_artefact_is_small_and_names_every_label():
    assert ARTEFACT.stat().st_size < 1_000_000
    with np.load(ARTEFACT) as data:
        plover = set(data["plover_labels"].tolist())
        acled = set(data["acled_labels"].tolist())
        assert data["acled_coef"].shape == (len(acled), DIM)
    assert plover == {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                      "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE", "NONE"}
    assert acled == set(SUB_EVENT) | {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB"}


def test_classifier_is_off_unless_asked(monkeypatch):
    monkeypatch.delenv("EVENTFUSE_CLASSIFIER", raising=False)
    assert event_classifier.classifier() is None
    assert typed_sub_event("ASSAULT", "Warplanes bombed the village.") is None


class _Fixed(Classifier):
    """A classifier that gives the same probabilities, per head, to every text."""

    def __init__(self, plover: dict[str, float] | None = None, acled: dict[str, float] | None = None):
        self.p = {"plover": plover or {"NONE": 1.0}, "acled": acled or {"ATTACK": 1.0}}

    def probabilities(self, head: str, text: str) -> dict[str, float]:
        return self.p[head]


# A sentence no trigger of the rules catches and no disaster, accident or crime explains.
_SILENT = "The delegation of elders reconciled the two clans at the shrine on Friday."


def _main(text: str):
    return next((m for m in extract(Article(id="t", text=text)) if m.is_main), None)


def test_rules_alone_find_no_event_in_the_silent_sentence(monkeypatch):
    monkeypatch.delenv("EVENTFUSE_CLASSIFIER", raising=False)
    assert _main(_SILENT) is None


def test_a_type_likelier_than_all_else_together_names_the_main_verb(monkeypatch):
    monkeypatch.setattr(event_classifier, "classifier", lambda: _Fixed({"AGREE": 0.6, "NONE": 0.3, "CONSULT": 0.1}, {"AGREEMENT": 0.9, "ATTACK": 0.1}))
    main = _main(_SILENT)
    assert main is not None
    assert (main.event_type, main.trigger, main.sub_event_type) == ("AGREE", "reconciled", "Agreement")


@pytest.mark.parametrize("probabilities", [{"AGREE": 0.45, "CONSULT": 0.3, "NONE": 0.25}, {"NONE": 0.7, "AGREE": 0.3}])
def test_no_event_stands_when_the_classifier_is_unsure_or_finds_none(monkeypatch, probabilities):
    monkeypatch.setattr(event_classifier, "classifier", lambda: _Fixed(probabilities))
    assert _main(_SILENT) is None


def test_the_classifier_never_overrides_the_rules_or_a_reason_for_no_event(monkeypatch):
    monkeypatch.setattr(event_classifier, "classifier", lambda: _Fixed({"CONSULT": 0.99, "NONE": 0.01}, {"DIPLO": 0.99, "ATTACK": 0.01}))
    assert _main("A man threw a hand grenade into a crowded bar on Saturday night.").sub_event_type == "Grenade"
    assert _main("A magnitude 6.1 earthquake killed 12 people in the mountains.") is None


def test_sub_event_types_stay_within_the_plover_type(monkeypatch):
    monkeypatch.setattr(event_classifier, "classifier", lambda: _Fixed(acled={"AIR_STRIKE": 0.7, "PEACE_PROTEST": 0.2, "ARREST": 0.1}))
    assert typed_sub_event("ASSAULT", "text") == "Air/drone strike"
    assert typed_sub_event("PROTEST", "text") == "Peaceful protest"
    assert typed_sub_event("COERCE", "text") == "Arrests"
    assert typed_sub_event("CONSULT", "text") is None


@needs_table
def test_static_vectors_put_like_sentences_together():
    v = static_embedding().encode(["Jets bombed the rebel camp.", "Aircraft struck the insurgent base.", "The minister praised the new budget."])
    assert v[0] @ v[1] > v[0] @ v[2]


@needs_table
@pytest.mark.parametrize(
    ("head", "text", "label"),
    [
        ("acled", "A drone fired two missiles at a pickup truck carrying fighters near the border.", "AIR_STRIKE"),
        ("acled", "A suicide bomber detonated his explosive vest at the gate of the barracks.", "SUIC_BOMB"),
        ("acled", "Heavy rains caused the river to overflow, flooding hundreds of homes.", "NATURAL_DISASTER"),
        ("plover", "The two foreign ministers held talks in the capital about the border.", "CONSULT"),
        ("plover", "Thousands of nurses marched through the city demanding better pay.", "PROTEST"),
    ],
)
def test_the_committed_classifier_reads_plain_sentences(monkeypatch, head, text, label):
    monkeypatch.setenv("EVENTFUSE_CLASSIFIER", "on")
    model = event_classifier.classifier()
    assert model is not None
    assert model.best(head, text)[0] == label


@needs_table
def test_switched_on_the_extractor_still_keeps_no_event_and_cued_types(monkeypatch):
    monkeypatch.setenv("EVENTFUSE_CLASSIFIER", "on")
    assert extract(Article(id="t", text="A magnitude 6.1 earthquake killed 12 people in the mountains.")) == []
    main = next(m for m in extract(Article(id="t", text="A man threw a hand grenade into a crowded bar on Saturday night.")) if m.is_main)
    assert main.sub_event_type == "Grenade"
