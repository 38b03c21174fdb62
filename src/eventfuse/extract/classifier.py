"""A small trained event-type classifier over static sentence embeddings, in numpy.

Two linear heads over the vectors of `eventfuse.extract.embedding`: "plover" scores the 16 PLOVER
event types and NONE (no political event), "acled" the 25 ACLED-style sub-event types and five outcomes that are not conflict
events. The weights (`event_classifier.npz`, about 70 KB) are made by
`train/train_event_classifier.py` from the NGEC synthetic stories and sentences written for
this project; no evaluation set is trained on.

The rules decide; the classifier speaks only where they are silent: in an article where they find
no trigger and no reason for "no event" (a disaster, an accident, crime), it may type the first
sentence's main verb (`typed_main_verb`) when one PLOVER type is likelier than all other outcomes,
"no event" (NONE) among them, together, and the "acled" head then gives that mention's sub-event
type (`typed_sub_event`). Otherwise "no event" stands. The sub-event types the rules give are
theirs: letting the classifier replace them lowered CASE 2021 (docs/EVALUATION.md, Extraction). The classifier is off unless ``EVENTFUSE_CLASSIFIER=on``;
with it on and no embedding table (the setup step builds it) the extractor runs on its rules alone
and says so once.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from eventfuse.extract.embedding import MissingTable, available, static_embedding

ARTEFACT = Path(__file__).with_name("event_classifier.npz")


def save(heads: dict[str, dict], path: Path = ARTEFACT) -> None:
    arrays = {}
    for head, w in heads.items():
        arrays[f"{head}_labels"] = np.array(w["labels"])
        arrays[f"{head}_coef"] = np.asarray(w["coef"], dtype=np.float32)
        arrays[f"{head}_intercept"] = np.asarray(w["intercept"], dtype=np.float32)
    np.savez_compressed(path, **arrays)


class Classifier:
    """Linear heads over sentence vectors.

    >>> import numpy as np
    >>> c = Classifier({"h": {"labels": ["A", "B"], "coef": np.zeros((2, 384)), "intercept": np.array([0.0, 1.0])}})
    >>> c.best("h", "anything")[0]
    'B'
    """

    def __init__(self, heads: dict[str, dict]):
        self.heads = {h: (list(w["labels"]), np.asarray(w["coef"], np.float32), np.asarray(w["intercept"], np.float32)) for h, w in heads.items()}

    def probabilities(self, head: str, text: str) -> dict[str, float]:
        labels, coef, intercept = self.heads[head]
        logits = coef @ _vector(text) + intercept
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return dict(zip(labels, p.tolist()))

    def best(self, head: str, text: str, among: set[str] | None = None) -> tuple[str, float]:
        """The most probable label (of `among`, when given) and its probability renormalised over `among`."""
        p = self.probabilities(head, text)
        if among is not None:
            p = {k: v for k, v in p.items() if k in among}
        total = sum(p.values()) or 1.0
        label = max(p, key=p.get)
        return label, p[label] / total


@lru_cache(maxsize=4096)
def _vector(text: str) -> np.ndarray:
    return static_embedding().encode([text])[0]


@lru_cache(maxsize=1)
def _load() -> Classifier | None:
    try:
        static_embedding()
    except MissingTable as problem:
        print(f"eventfuse: event-type classifier off, rules only ({problem})", file=sys.stderr)
        return None
    with np.load(ARTEFACT) as data:
        heads = {}
        for key in data.files:
            if key.endswith("_labels"):
                head = key[: -len("_labels")]
                heads[head] = {"labels": data[key].tolist(), "coef": data[f"{head}_coef"], "intercept": data[f"{head}_intercept"]}
    return Classifier(heads)


__all__ = ["ARTEFACT", "Classifier", "available", "classifier", "enabled", "save", "typed_main_verb", "typed_sub_event"]


def enabled() -> bool:
    """Whether ``EVENTFUSE_CLASSIFIER=on`` asks for the classifier (it is off by default: see the module doc)."""
    return os.environ.get("EVENTFUSE_CLASSIFIER", "").lower() in {"on", "1", "yes", "true"}


def classifier() -> Classifier | None:
    """The committed classifier when it is asked for and the embedding table is built, else None."""
    return _load() if enabled() else None


# ---------------------------------------------------------------------------------------------
# How the rules consult it.

# ACLED-style labels of the "acled" head → eventfuse's sub-event type names.
SUB_EVENT = {
    "ARMED_CLASH": "Armed clash", "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory", "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike", "SUIC_BOMB": "Suicide bomb", "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED", "GRENADE": "Grenade", "SEX_VIOL": "Sexual violence", "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention", "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration", "MOB_VIOL": "Mob violence", "AGREEMENT": "Agreement", "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity", "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
}

# The ACLED-style types each PLOVER type can have.
_FAMILY = {
    "ASSAULT": {"ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE", "CHEM_WEAP", "SEX_VIOL",
                "ATTACK", "ABDUCT_DISSAP", "MOB_VIOL", "PROPERTY_DISTRUCT", "FORCE_AGAINST_PROTEST"},
    "PROTEST": {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL"},
    "COERCE": {"ARREST", "DISR_WEAP", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "PROTEST_WITH_INTER", "OTHER"},
    "MOBILIZE": {"CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED"},
    "AGREE": {"AGREEMENT"},
    "RETREAT": {"AGREEMENT", "NON_VIOL_TERRIT_TRANSFER"},
}


def typed_sub_event(event_type: str, text: str) -> str | None:
    """The ACLED-style sub-event type the classifier gives a mention it typed itself, among those of its
    PLOVER type; None for a type without any (CONSULT, ACCUSE, ...) or when the classifier is off."""
    model = classifier()
    if model is None or event_type not in _FAMILY:
        return None
    return SUB_EVENT[model.best("acled", text, among=_FAMILY[event_type])[0]]


# How sure the classifier must be of a type to name an event the rules found no trigger for: more
# likely than all other outcomes (NONE included) together.
LEDE_CONFIDENCE = 0.5


def typed_main_verb(sentence) -> "Trigger | None":
    """A trigger on the main verb of an article's first sentence, typed by the classifier, for an article in
    which the rules found no trigger and no reason for "no event"; None when the classifier is off, finds no
    type at least `LEDE_CONFIDENCE` likely, finds no event (NONE) likeliest, or the sentence has no verb at its root."""
    from eventfuse.extract.triggers import Trigger

    model = classifier()
    if model is None or not sentence.doc.has_annotation("DEP"):
        return None
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    label, p = model.best("plover", sentence.text)
    if label == "NONE" or p < LEDE_CONFIDENCE:
        return None
    start = root.idx - sentence.start_char
    return Trigger(label, start, start + len(root.text), root.text, None)
