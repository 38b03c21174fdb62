"""A small trained event-type classifier over static sentence embeddings, in numpy.

Two linear heads over the vectors of `eventfuse.extract.embedding`: "plover" scores the 16 PLOVER
event types, "acled" the 25 ACLED-style sub-event types and five outcomes that are not conflict
events. The weights (`event_classifier.npz`, about 70 KB) are made by
`train/train_event_classifier.py` from the NGEC synthetic stories and sentences written for
this project; no evaluation set is trained on.

The rules decide what is an event and its PLOVER type; the classifier may only replace one of the
rules' fallback sub-event types (`refine_sub_event`). It is off unless ``EVENTFUSE_CLASSIFIER=on``:
on the public sets it scores below the rules alone (docs/EVALUATION.md, Extraction), so the
default stays the rules. With it on and no embedding table (the setup step builds it) the
extractor runs on its rules alone and says so once.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from eventfuse.extract.embedding import MissingTable, static_embedding

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


def enabled() -> bool:
    """Whether ``EVENTFUSE_CLASSIFIER=on`` asks for the classifier (it is off by default: see the module doc)."""
    return os.environ.get("EVENTFUSE_CLASSIFIER", "").lower() in {"on", "1", "yes", "true"}


def classifier() -> Classifier | None:
    """The committed classifier when it is asked for and the embedding table is built, else None."""
    return _load() if enabled() else None


# ---------------------------------------------------------------------------------------------
# How the rules consult it.

# The classifier overrules the rules' choice only when it finds its own choice this many times
# likelier: the rules' choice counts as a strong prior, not as a certainty. Chosen on held-out
# NGEC stories and held-out written sentences (train/train_event_classifier.py), not on a scored set.
ODDS = 2.0

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
_NAME = {name: code for code, name in SUB_EVENT.items()}
# The rules' fallbacks: what they say of violence or a protest when no weapon, force or crowd cue decides
# ("Attack" for violence against people, "Armed clash" for fighting, "Peaceful protest" for a protest
# with no intervention named). Only these give way to the classifier; a sub-event read from a cue stays.
_FALLBACKS = {"Attack", "Armed clash", "Peaceful protest"}
_VIOLENCE = {"ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE", "CHEM_WEAP", "SEX_VIOL",
             "ATTACK", "ABDUCT_DISSAP", "MOB_VIOL", "PROPERTY_DISTRUCT", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"}
_DEMONSTRATION = {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL"}
_TERRITORY = {"DISR_WEAP", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"}


def refine_sub_event(event_type: str, rule: str | None, text: str) -> str | None:
    """The sub-event type of a mention: the rules', unless it is one of their fallbacks and the classifier,
    choosing among the sub-event types of the same family, finds another `ODDS` times likelier."""
    model = classifier()
    if model is None or rule not in _FALLBACKS:
        return rule
    code = _NAME[rule]
    family = next((f for f in (_VIOLENCE, _DEMONSTRATION, _TERRITORY) if code in f), None)
    if family is None:
        return rule
    p = model.probabilities("acled", text)
    best = max(family, key=lambda label: p.get(label, 0.0))
    return SUB_EVENT[best] if p.get(best, 0.0) > ODDS * p.get(code, 0.0) else rule

