"""Trains the event-type classifier the extractor consults: src/eventfuse/extract/event_classifier.npz.

    .venv/bin/python train/train_event_classifier.py      # needs ../shared/datasets/ngec_synthetic

Two multinomial logistic regressions over the static MiniLM sentence vectors
(`eventfuse.extract.embedding`, built by `make`):

- "plover": the 16 PLOVER event types and NONE (no political event). Trained on the NGEC synthetic
  stories (MIT licence, made to train PLOVER classifiers: each story's title, first sentence and
  whole text, with its label), on the sentences in train/plover_sentences.tsv, on those of
  train/acled_sentences.tsv whose ACLED-style type names one PLOVER type, and, for NONE, on
  train/no_event_sentences.tsv and the disaster, accident and crime sentences of acled_sentences.tsv.
- "acled": the 25 ACLED-style sub-event types and five other outcomes (natural disaster, accident,
  organised crime, diplomacy, attribution). Trained on train/acled_sentences.tsv and on the first
  sentence and title of the NGEC stories whose type and mode name one of them (`NGEC_TO_ACLED`).

The sentences of train/*.tsv were written for this project from the type definitions. Every
fifth sentence of each label, and one NGEC story in five, are held out: the committed weights
are trained without them and the script prints their scores. No evaluation set is read.
Scikit-learn (the `eval` extra) is needed here only, not at run time.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventfuse.extract.classifier import ARTEFACT, save  # noqa: E402
from eventfuse.extract.embedding import static_embedding  # noqa: E402

NGEC = ROOT.parent / "shared" / "datasets" / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
OWN_WEIGHT = 4.0  # a written sentence counts as this many synthetic stories
C = 10.0
SEED = 0

ACLED_TO_PLOVER = {
    "ARMED_CLASH": "ASSAULT", "AIR_STRIKE": "ASSAULT", "ART_MISS_ATTACK": "ASSAULT", "REM_EXPLOS": "ASSAULT",
    "SUIC_BOMB": "ASSAULT", "GRENADE": "ASSAULT", "SEX_VIOL": "ASSAULT", "ATTACK": "ASSAULT", "ABDUCT_DISSAP": "ASSAULT",
    "FORCE_AGAINST_PROTEST": "ASSAULT", "MOB_VIOL": "ASSAULT", "PROPERTY_DISTRUCT": "ASSAULT",
    "PEACE_PROTEST": "PROTEST", "VIOL_DEMONSTR": "PROTEST", "PROTEST_WITH_INTER": "COERCE",
    "ARREST": "COERCE", "DISR_WEAP": "COERCE", "GOV_REGAINS_TERIT": "COERCE", "NON_STATE_ACTOR_OVERTAKES_TER": "COERCE",
    "OTHER": "COERCE", "AGREEMENT": "AGREE", "CHANGE_TO_GROUP_ACT": "MOBILIZE", "HQ_ESTABLISHED": "MOBILIZE",
    "ATTRIB": "ACCUSE",
}
# Outcomes of acled_sentences.tsv that are no political event: NONE for the PLOVER head.
NO_EVENT = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"}
# NGEC (type, mode) → ACLED-style label, where the mode names one.
NGEC_TO_ACLED = {
    ("ASSAULT", "AERIAL"): "AIR_STRIKE", ("ASSAULT", "DRONE"): "AIR_STRIKE", ("ASSAULT", "SUICIDE-ATTACK"): "SUIC_BOMB",
    ("ASSAULT", "EXPLOSIVES"): "REM_EXPLOS", ("ASSAULT", "HEAVY-WEAPONS"): "ART_MISS_ATTACK", ("ASSAULT", "SEXUAL"): "SEX_VIOL",
    ("ASSAULT", "ABDUCT"): "ABDUCT_DISSAP", ("ASSAULT", "DESTROY"): "PROPERTY_DISTRUCT", ("ASSAULT", "MASSACRE"): "ATTACK",
    ("ASSAULT", "EXECUTE"): "ATTACK", ("ASSAULT", "ASSASSINATE"): "ATTACK", ("ASSAULT", "UNCONVENTIONAL"): "CHEM_WEAP",
    ("PROTEST", "DEMO"): "PEACE_PROTEST", ("PROTEST", "STRIKE"): "PEACE_PROTEST", ("PROTEST", "HUNGER"): "PEACE_PROTEST",
    ("PROTEST", "RIOT"): "VIOL_DEMONSTR", ("COERCE", "ARREST"): "ARREST", ("COERCE", "CURFEW"): "OTHER",
    ("COERCE", "MARTIAL-LAW"): "OTHER", ("COERCE", "CENSOR"): "OTHER", ("RETREAT", "CEASEFIRE"): "AGREEMENT",
    ("MOBILIZE", "MILITIA"): "CHANGE_TO_GROUP_ACT", ("MOBILIZE", "TROOPS"): "CHANGE_TO_GROUP_ACT",
    ("ACCUSE", "ALLEGE"): "ATTRIB", ("CONSULT", ""): "DIPLO", ("CONSULT", "VISIT"): "DIPLO", ("CONSULT", "PHONE"): "DIPLO",
    ("CONSULT", "MULTILATERAL"): "DIPLO", ("SANCTION", "EXPEL"): "DIPLO", ("THREATEN", "RELATIONS"): "DIPLO",
    ("SANCTION", "DISCONTINUE"): "DIPLO",
}


def own(path: Path) -> list[tuple[str, str, bool]]:
    """(label, sentence, held out) for each line of a written-sentence file."""
    rows, seen = [], Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t")
        seen[label] += 1
        rows.append((label, sentence, seen[label] % 5 == 0))
    return rows


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text.strip(), maxsplit=1)[0]


def ngec() -> list[dict]:
    if not NGEC.is_file():
        raise SystemExit(f"train_event_classifier: {NGEC} is absent (the NGEC synthetic stories are the training data)")
    with zipfile.ZipFile(NGEC) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(z.namelist()[0]), "utf-8")))
    order = np.random.default_rng(SEED).permutation(len(rows))
    held = set(order[: len(rows) // 5].tolist())
    for i, r in enumerate(rows):
        r["held"] = i in held
        r["title"] = re.sub(r"\{[a-z_0-9]+\}", "", r["title"]).strip()
    return rows


def fit(texts: list[str], labels: list[str], weights: list[float]):
    from sklearn.linear_model import LogisticRegression

    x = static_embedding().encode(texts)
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    w = np.array(weights)
    # Balance the classes: each label weighs as much in all.
    totals = Counter()
    for label, weight in zip(y, w):
        totals[label] += weight
    w = w * np.array([sum(totals.values()) / (len(classes) * totals[label]) for label in y])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=w)
    return classes, model.coef_.astype(np.float32), model.intercept_.astype(np.float32)


def accuracy(head: str, weights: dict, texts: list[str], labels: list[str]) -> str:
    from eventfuse.extract.classifier import Classifier

    if not texts:
        return "n/a"
    model = Classifier({head: weights})
    predicted = [model.best(head, t)[0] for t in texts]
    hits = sum(p == g for p, g in zip(predicted, labels))
    return f"{hits / len(texts):.3f} ({hits}/{len(texts)})"


def main() -> None:
    plover_own, acled_own, stories = own(ROOT / "train" / "plover_sentences.tsv"), own(ROOT / "train" / "acled_sentences.tsv"), ngec()
    none_own = own(ROOT / "train" / "no_event_sentences.tsv") + [("NONE", s, h) for lab, s, h in acled_own if lab in NO_EVENT]
    heads = {}

    texts, labels, weights = [], [], []
    for label, sentence, held in plover_own + none_own + [(ACLED_TO_PLOVER[lab], s, h) for lab, s, h in acled_own if lab in ACLED_TO_PLOVER]:
        if not held:
            texts.append(sentence), labels.append(label), weights.append(OWN_WEIGHT)
    for r in stories:
        if not r["held"]:
            for text in (r["title"], first_sentence(r["text"]), r["text"]):
                texts.append(text), labels.append(r["label"]), weights.append(1.0)
    heads["plover"] = dict(zip(("labels", "coef", "intercept"), fit(texts, labels, weights)))
    print(f"plover: {len(texts)} training texts, {len(heads['plover']['labels'])} types")

    texts, labels, weights = [], [], []
    for label, sentence, held in acled_own:
        if not held:
            texts.append(sentence), labels.append(label), weights.append(OWN_WEIGHT)
    for r in stories:
        label = NGEC_TO_ACLED.get((r["label"], r["mode"]))
        if label and not r["held"]:
            for text in (r["title"], first_sentence(r["text"])):
                texts.append(text), labels.append(label), weights.append(1.0)
    heads["acled"] = dict(zip(("labels", "coef", "intercept"), fit(texts, labels, weights)))
    print(f"acled: {len(texts)} training texts, {len(heads['acled']['labels'])} labels")

    save(heads, ARTEFACT)
    print(f"wrote {ARTEFACT.relative_to(ROOT)} ({ARTEFACT.stat().st_size:,} bytes)")

    print("held out, never trained on:")
    held_plover = [(lab, s) for lab, s, h in plover_own if h]
    print("  plover, written sentences:", accuracy("plover", heads["plover"], [s for _, s in held_plover], [lab for lab, _ in held_plover]))
    held_none = [s for _, s, h in none_own if h]
    print("  plover, written sentences of no event (NONE):", accuracy("plover", heads["plover"], held_none, ["NONE"] * len(held_none)))
    held_acled_p = [(ACLED_TO_PLOVER[lab], s) for lab, s, h in acled_own if h and lab in ACLED_TO_PLOVER]
    print("  plover, written ACLED-style sentences:", accuracy("plover", heads["plover"], [s for _, s in held_acled_p], [lab for lab, _ in held_acled_p]))
    held_stories = [r for r in stories if r["held"]]
    print("  plover, NGEC first sentences:", accuracy("plover", heads["plover"], [first_sentence(r["text"]) for r in held_stories], [r["label"] for r in held_stories]))
    print("  plover, NGEC whole stories:", accuracy("plover", heads["plover"], [r["text"] for r in held_stories], [r["label"] for r in held_stories]))
    held_acled = [(lab, s) for lab, s, h in acled_own if h]
    print("  acled, written sentences:", accuracy("acled", heads["acled"], [s for _, s in held_acled], [lab for lab, _ in held_acled]))
    mapped = [r for r in held_stories if (r["label"], r["mode"]) in NGEC_TO_ACLED]
    print("  acled, NGEC first sentences:", accuracy("acled", heads["acled"], [first_sentence(r["text"]) for r in mapped],
                                                   [NGEC_TO_ACLED[(r["label"], r["mode"])] for r in mapped]))


if __name__ == "__main__":
    main()
