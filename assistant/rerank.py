"""Rerank the pooled candidates with the learned passage model.

No cross-encoder ships with its weights on PyPI, so the reranker is a logistic regression
(:class:`assistant.model.LinearModel`) over general features of each candidate
(:func:`assistant.features.passage_features`): BM25's score, the passage's similarity to the
question by both passage models (MiniLM and e5) and its best sentence's, how much of the question
it covers with and without its section path and document title. It is a LangChain
``BaseDocumentCompressor``; a real cross-encoder can replace it without touching the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from langchain_core.callbacks import Callbacks
from langchain_core.documents import BaseDocumentCompressor, Document
from pydantic import ConfigDict

from assistant.features import TermStats, passage_features
from assistant.features import relative as _relative
from assistant.model import LinearModel, Neighbours
from assistant.query import QueryAnalysis, analyse
from vectorstore.unit_vectors import UnitEmbeddingCache
from vectorstore.units import split_units


class LearnedReranker(BaseDocumentCompressor):
    """Orders candidates by the passage model's logit, written to ``rerank`` in their metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    cache: UnitEmbeddingCache
    stats: TermStats
    model: LinearModel
    # Stored chunk vectors by id (the index's ``vectors_for``): the passage's similarity as a whole.
    passage_vectors: Callable[[Iterable[str]], dict[str, list[float]]]
    # (chunk ids, question) -> each chunk's similarity by the second passage model, None when any chunk has no
    # vector (the index's ``second_similarities``); without it, or None, the feature is 0 for every candidate,
    # which changes no ranking (the model's softmax over one question's candidates ignores a shared value).
    second_similarities: Callable[[Sequence[str], str], list[float] | None] | None = None
    # How far a candidate rises towards the score of the candidate next to it in its paper (none by default).
    neighbours: Neighbours = Neighbours()

    def compress_documents(
        self, documents: Sequence[Document], query: str, callbacks: Callbacks | None = None
    ) -> Sequence[Document]:
        if not documents:
            return []
        scored = self.score(documents, analyse(query))
        return sorted(scored, key=lambda d: -float(d.metadata["rerank"]))

    def features(self, documents: Sequence[Document], analysis: QueryAnalysis) -> list[dict[str, float]]:
        """The passage features of each candidate (also what ``evals/training.py`` fits on)."""
        question = self.cache.query(analysis.text)
        units = [split_units(d.page_content) for d in documents]
        flat = [u.text for us in units for u in us]
        sims = self.cache.vectors(flat) @ question if flat else np.zeros(0)
        stored = self.passage_vectors([_id(d) for d in documents])
        second = (
            self.second_similarities([_id(d) for d in documents], analysis.text) if self.second_similarities else None
        )
        rows, cursor = [], 0
        for i, (doc, doc_units) in enumerate(zip(documents, units, strict=True)):
            meta = dict(doc.metadata, dense=_cosine(stored.get(_id(doc)), question), e5=second[i] if second else 0.0)
            rows.append(
                passage_features(analysis, doc.page_content, meta, sims[cursor : cursor + len(doc_units)], self.stats)
            )
            cursor += len(doc_units)
        _relative(rows, ("dense", "unit_sim", "document"))
        return rows

    def score(self, documents: Sequence[Document], analysis: QueryAnalysis) -> list[Document]:
        logits = self.neighbours.apply(self.model.logits(self.features(documents, analysis)), *adjacent(documents))
        return [
            Document(page_content=d.page_content, metadata=dict(d.metadata, rerank=float(x)), id=d.id)
            for d, x in zip(documents, logits, strict=True)
        ]


def adjacent(documents: Sequence[Document]) -> tuple[list[int | None], list[int | None]]:
    """For each candidate, the position among ``documents`` of the chunk before it and of the chunk after it in
    the same paper (by ``doc_id`` and ``chunk_index``), or None where that chunk is not a candidate."""
    where: dict[tuple[str, int], int] = {}
    keys: list[tuple[str, int] | None] = []
    for i, doc in enumerate(documents):
        paper, index = doc.metadata.get("doc_id"), doc.metadata.get("chunk_index")
        key = (str(paper), int(index)) if paper is not None and isinstance(index, int | float) else None
        keys.append(key)
        if key is not None:
            where.setdefault(key, i)
    previous = [where.get((k[0], k[1] - 1)) if k else None for k in keys]
    following = [where.get((k[0], k[1] + 1)) if k else None for k in keys]
    return previous, following


def _id(doc: Document) -> str:
    return str(doc.id or doc.metadata.get("chunk_id", ""))


def _cosine(vector: Sequence[float] | None, question: np.ndarray) -> float:
    if vector is None:
        return 0.0
    v = np.asarray(vector, dtype=np.float32)
    norm = float(np.linalg.norm(v) * np.linalg.norm(question)) or 1.0
    return float(v @ question) / norm
