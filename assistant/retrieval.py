"""Hybrid retrieval: the dense and BM25 candidates pooled, then reranked.

Exposed as a LangChain ``BaseRetriever``; the reranker is any LangChain
``BaseDocumentCompressor`` (the learned :class:`assistant.rerank.LearnedReranker` by
default), so a real cross-encoder drops in where one is available. Without a reranker the
pool is ordered by reciprocal rank fusion.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import BaseDocumentCompressor, Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from vectorstore.index import ChunkIndex
from vectorstore.retrievers import DenseRetriever, LexicalRetriever, SearchFilter


def reciprocal_rank_fusion(rankings: Mapping[str, Sequence[Document]], k: int = 60) -> list[Document]:
    """Pool ranked lists by name ("dense", "bm25"): each document scores sum(1 / (k + rank)).

    Each pooled document's metadata keeps every list's signals: ``<name>`` (that retriever's
    score) and ``<name>_rank`` (1-based; absent when that retriever did not find it), and
    ``<name>_top``, the list's best score; ``fused`` holds the fusion score."""
    scores: dict[str, float] = {}
    first: dict[str, Document] = {}
    signals: dict[str, dict[str, float]] = {}
    for name, ranking in rankings.items():
        top = max((float(d.metadata.get("score", 0.0)) for d in ranking), default=0.0)
        for rank, doc in enumerate(ranking, start=1):
            key = doc.id or doc.metadata.get("chunk_id") or doc.page_content
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
            first.setdefault(key, doc)
            found = signals.setdefault(key, {})
            found.update({f"{name}_rank": rank, name: float(doc.metadata.get("score", 0.0)), f"{name}_top": top})
    fused = []
    for key in sorted(scores, key=lambda key: -scores[key]):
        doc = first[key]
        meta = {k: v for k, v in doc.metadata.items() if k not in ("score", "rank")}
        meta.update(signals[key], fused=scores[key], score=scores[key])
        fused.append(Document(page_content=doc.page_content, metadata=meta, id=doc.id))
    return fused


class HybridRetriever(BaseRetriever):
    """Dense + lexical candidates, pooled, reranked; ``k`` best returned."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 8
    candidates: int = 24
    search_filter: SearchFilter = SearchFilter()
    reranker: BaseDocumentCompressor | None = None
    rrf_k: int = 60
    # Milliseconds the last search took: "search" (both retrievers and the fusion), "rerank".
    timings: dict[str, float] = Field(default_factory=dict)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        started = time.perf_counter()
        dense = DenseRetriever(index=self.index, k=self.candidates, search_filter=self.search_filter)
        lexical = LexicalRetriever(index=self.index, k=self.candidates, search_filter=self.search_filter)
        callbacks = run_manager.get_child()
        pooled = reciprocal_rank_fusion(
            {
                "dense": dense.invoke(query, config={"callbacks": callbacks}),
                "bm25": lexical.invoke(query, config={"callbacks": callbacks}),
            },
            k=self.rrf_k,
        )
        searched = time.perf_counter()
        if self.reranker is not None and pooled:
            pooled = list(self.reranker.compress_documents(pooled, query, callbacks=callbacks))
        self.timings = {
            "search": round((searched - started) * 1000, 2),
            "rerank": round((time.perf_counter() - searched) * 1000, 2),
        }
        return pooled[: self.k]
