"""Rerank fused candidates by how well their best sentence answers the question.

No cross-encoder ships with its weights on PyPI, so the reranker is built from what is
here: the embedding model applied per sentence (or table row), IDF-weighted coverage of
the question's terms by that sentence and by the passage with its section path, and the
fused retrieval score as a prior. It is a LangChain ``BaseDocumentCompressor``; a real
cross-encoder can replace it without touching the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from langchain_core.callbacks import Callbacks
from langchain_core.documents import BaseDocumentCompressor, Document
from pydantic import ConfigDict

from assistant.query import QueryAnalysis, analyse
from vectorstore.lexical import LexicalIndex, tokenize
from vectorstore.unit_vectors import UnitEmbeddingCache
from vectorstore.units import split_units


def coverage(terms: Sequence[str], text_terms: set[str], idf: dict[str, float], unseen: float) -> float:
    """IDF-weighted share of ``terms`` present in ``text_terms``."""
    total = sum(idf.get(t, unseen) for t in terms)
    if not total:
        return 0.0
    return sum(idf.get(t, unseen) for t in terms if t in text_terms) / total


class EvidenceReranker(BaseDocumentCompressor):
    """Scores each candidate by its best unit; writes the parts into the metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    cache: UnitEmbeddingCache
    lexical: LexicalIndex
    # Stored chunk vectors by id (the index's ``vectors_for``): the passage's similarity as a whole,
    # heading path included, which its single best sentence can miss.
    passage_vectors: Callable[[Iterable[str]], dict[str, list[float]]] | None = None
    top_n: int | None = None
    w_unit_similarity: float = 0.45
    w_unit_coverage: float = 0.25
    w_passage_coverage: float = 0.15
    w_passage_similarity: float = 0.3
    w_prior: float = 0.15

    def compress_documents(
        self, documents: Sequence[Document], query: str, callbacks: Callbacks | None = None
    ) -> Sequence[Document]:
        if not documents:
            return []
        analysis = analyse(query)
        scored = self.score(documents, analysis)
        ranked = sorted(scored, key=lambda d: -d.metadata["rerank"])
        return ranked[: self.top_n] if self.top_n else ranked

    def score(self, documents: Sequence[Document], analysis: QueryAnalysis) -> list[Document]:
        idf, unseen = self.lexical.idf(), self.lexical.unseen_idf()
        query_vector = self.cache.query(analysis.text)
        units = [split_units(d.page_content) or [] for d in documents]
        flat = [u.text for us in units for u in us]
        vectors = self.cache.vectors(flat) if flat else np.zeros((0, query_vector.size), dtype=np.float32)
        sims = vectors @ query_vector if len(flat) else np.zeros(0)
        priors = np.array([float(d.metadata.get("fused", d.metadata.get("score", 0.0))) for d in documents])
        priors = priors / priors.max() if priors.max() > 0 else priors
        passage_sims = self._passage_similarities(documents, query_vector)
        out, cursor = [], 0
        for doc, doc_units, prior, passage_sim in zip(documents, units, priors, passage_sims, strict=False):
            passage_terms = set(tokenize(" ".join([doc.metadata.get("section", ""), doc.page_content])))
            best: dict[str, Any] = {"value": 0.0, "similarity": 0.0, "coverage": 0.0, "span": None}
            for unit in doc_units:
                similarity = float(sims[cursor])
                cursor += 1
                unit_cov = coverage(analysis.terms, set(tokenize(unit.text)), idf, unseen)
                value = self.w_unit_similarity * similarity + self.w_unit_coverage * unit_cov
                if value > best["value"]:
                    best = {
                        "value": value,
                        "similarity": similarity,
                        "coverage": unit_cov,
                        "span": (unit.start, unit.end),
                    }
            passage_cov = coverage(analysis.terms, passage_terms, idf, unseen)
            total = (
                best["value"]
                + self.w_passage_coverage * passage_cov
                + self.w_prior * float(prior)
                + self.w_passage_similarity * passage_sim
            )
            meta = dict(
                doc.metadata,
                rerank=total,
                unit_similarity=best["similarity"],
                unit_coverage=best["coverage"],
                passage_coverage=passage_cov,
                passage_similarity=passage_sim,
                best_span=best["span"],
            )
            out.append(Document(page_content=doc.page_content, metadata=meta, id=doc.id))
        return out

    def _passage_similarities(self, documents: Sequence[Document], query_vector: np.ndarray) -> list[float]:
        if self.passage_vectors is None or not self.w_passage_similarity:
            return [0.0] * len(documents)
        ids = [d.id or d.metadata.get("chunk_id", "") for d in documents]
        stored = self.passage_vectors(ids)
        sims = []
        for chunk_id in ids:
            vector = stored.get(chunk_id)
            if vector is None:
                sims.append(0.0)
                continue
            v = np.asarray(vector, dtype=np.float32)
            norm = float(np.linalg.norm(v) * np.linalg.norm(query_vector)) or 1.0
            sims.append(float(v @ query_vector) / norm)
        return sims
