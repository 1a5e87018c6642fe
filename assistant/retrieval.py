"""Hybrid retrieval: dense and BM25 candidates fused by reciprocal rank, then reranked.

Exposed as a LangChain ``BaseRetriever``; the reranker is any LangChain
``BaseDocumentCompressor``, so a real cross-encoder drops in where one is available.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import BaseDocumentCompressor, Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from vectorstore.index import ChunkIndex
from vectorstore.retrievers import DenseRetriever, LexicalRetriever, SearchFilter


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Document]], k: int = 60, weights: Sequence[float] | None = None
) -> list[Document]:
    """Fuse ranked lists: each document scores sum(weight / (k + rank)); ``fused`` holds that score."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    first: dict[str, Document] = {}
    signals: dict[str, dict[str, float]] = {}
    for name_index, (ranking, weight) in enumerate(zip(rankings, weights, strict=False)):
        for rank, doc in enumerate(ranking, start=1):
            key = doc.id or doc.metadata.get("chunk_id") or doc.page_content
            scores[key] = scores.get(key, 0.0) + weight / (k + rank)
            first.setdefault(key, doc)
            signals.setdefault(key, {})[f"rank_{name_index}"] = rank
            signals[key][f"score_{name_index}"] = float(doc.metadata.get("score", 0.0))
    fused = []
    for key in sorted(scores, key=lambda key: -scores[key]):
        doc = first[key]
        meta = {k: v for k, v in doc.metadata.items() if k not in ("score", "rank")}
        meta.update(signals[key], fused=scores[key], score=scores[key])
        fused.append(Document(page_content=doc.page_content, metadata=meta, id=doc.id))
    return fused


class HybridRetriever(BaseRetriever):
    """Dense + lexical candidates, fused, optionally reranked; ``k`` best returned."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 8
    candidates: int = 24
    search_filter: SearchFilter = SearchFilter()
    reranker: BaseDocumentCompressor | None = None
    rrf_k: int = 60

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        dense = DenseRetriever(index=self.index, k=self.candidates, search_filter=self.search_filter)
        lexical = LexicalRetriever(index=self.index, k=self.candidates, search_filter=self.search_filter)
        callbacks = run_manager.get_child()
        fused = reciprocal_rank_fusion(
            [
                dense.invoke(query, config={"callbacks": callbacks}),
                lexical.invoke(query, config={"callbacks": callbacks}),
            ],
            k=self.rrf_k,
        )
        if self.reranker is not None and fused:
            fused = list(self.reranker.compress_documents(fused, query, callbacks=callbacks))
        return fused[: self.k]
