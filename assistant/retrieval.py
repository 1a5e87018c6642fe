"""Hybrid retrieval: the dense (MiniLM), second passage model's (e5) and BM25 candidates pooled, then reranked.

Exposed as a LangChain ``BaseRetriever``; the reranker is any LangChain
``BaseDocumentCompressor`` (the learned :class:`assistant.rerank.LearnedReranker` by
default), so a real cross-encoder drops in where one is available. Without a reranker the
pool is ordered by reciprocal rank fusion.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import BaseDocumentCompressor, Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.query import analyse, phrases_held
from vectorstore.index import ChunkIndex
from vectorstore.retrievers import DenseRetriever, E5Retriever, Hit, LexicalRetriever, SearchFilter, ranked

# Repeated text crowding a retriever's list: the same paragraph in many organisations' or meetings' papers (on
# the 100x synthetic corpus, the shipped papers reworded under other names, 70% of the top 24 repeat a passage
# above them). Two passages are copies when their word sets overlap (Jaccard) by NEAR_COPY or more; a list is
# crowded when more than a quarter of it repeats. Then it is read DEEPEST times deeper and one passage of
# each kind is kept, so the answer's passage is not pushed out by copies of its neighbours. A list that is not
# crowded is left as it is: a paragraph that appears in two papers is two places a reader may want. (Top 24 of
# the 308 questions over the eight sample papers: at most 5 of 24 repeat, and 97% of passages overlap every one
# above them by under 0.35, the rest being exact repeats.)
PHRASE_HITS = 8  # passages holding a quoted phrase that join the pool
NEAR_COPY = 0.8
CROWDED = 0.25
DEEPEST = 8
_WORD = re.compile(r"[a-z]{2,}")


def distinct(texts: Sequence[str], k: int, threshold: float = NEAR_COPY) -> list[int]:
    """Positions of the first ``k`` texts that are not near-copies of a text kept above them.

    Two texts are copies when Jaccard(a, b) >= threshold over their word sets. Jaccard is at most the
    smaller set's size over the larger's, so sets whose sizes alone rule it out are not intersected; a
    text without a word (a run of figures) is nobody's copy."""
    kept: list[int] = []
    sets: list[tuple[frozenset[str], int]] = []
    for i, text in enumerate(texts):
        own = _words(text)
        if own and _copies_any(own, sets, threshold):
            continue
        kept.append(i)
        sets.append((own, len(own)))
        if len(kept) == k:
            break
    return kept


def _copies_any(own: frozenset[str], sets: Sequence[tuple[frozenset[str], int]], threshold: float) -> bool:
    """Whether ``own`` is a copy of any of ``sets`` ((words, size) pairs). A plain loop, not ``any()`` over a
    generator: it runs some 2,000 times a question on a crowded big index."""
    n = len(own)
    low, high = threshold * n, n / threshold
    for other, m in sets:
        if low <= m <= high:
            shared = len(own & other)
            if shared >= threshold * (n + m - shared):
                return True
    return False


# A passage's words take 9 ms to find per 384 passages, and the same passages come back for similar
# questions; an entry is about 9 KB, so at most about 36 MB.
@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def uncrowded(search: Callable[[int], Sequence[Hit]], k: int) -> list[Document]:
    """A retriever's top ``k`` (``search(depth)`` returns its best ``depth`` hits); when copies crowd it, the
    first ``k`` distinct passages of its top ``DEEPEST * k``. One search, as deep as a crowded list needs:
    searching ``k`` first and again deeper when crowded cost a second search on most questions of a big
    index, and a hit not kept costs next to nothing (it never becomes a Document)."""
    hits = search(DEEPEST * k)
    kept = distinct([hit[1] for hit in hits], k)
    # distinct() reads the list in order, so the positions it keeps within the top k are the top k's own.
    if len(hits) < k or sum(i < k for i in kept) >= (1 - CROWDED) * k:
        return ranked(hits[:k])
    return ranked([hits[i] for i in kept])


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
    """Dense (both passage models) + lexical candidates, pooled, reranked; ``k`` best returned."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 8
    candidates: int = 24
    search_filter: SearchFilter = SearchFilter()
    reranker: BaseDocumentCompressor | None = None
    rrf_k: int = 60
    # The question's vector by the index's own model; the chain passes its remembering one (the reranker asks
    # for the same vector again). Default: the index's model, each time.
    embed_query: Callable[[str], Sequence[float]] | None = None
    # Milliseconds the last search took: "search" (both retrievers and the fusion), "rerank".
    timings: dict[str, float] = Field(default_factory=dict)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        started = time.perf_counter()
        callbacks = run_manager.get_child()
        vector = [float(x) for x in (self.embed_query or self.index.embeddings.embed_query)(query)]

        def dense(depth: int) -> list[Hit]:
            return DenseRetriever(index=self.index, k=depth, search_filter=self.search_filter).hits(vector)

        def lexical(depth: int) -> list[Hit]:
            return LexicalRetriever(index=self.index, k=depth, search_filter=self.search_filter).hits(query)

        def second(depth: int) -> list[Hit]:
            retriever = E5Retriever(index=self.index, k=depth, search_filter=self.search_filter)
            return retriever.hits(self.index.second.embed_query(query)) if self.index.second else []

        rankings = {
            "dense": uncrowded(dense, self.candidates),
            "bm25": uncrowded(lexical, self.candidates),
            "e5": uncrowded(second, self.candidates),
        }
        if phrases := analyse(query).phrases:
            rankings["phrase"] = self._quoted(phrases)
        pooled = reciprocal_rank_fusion(rankings, k=self.rrf_k)
        searched = time.perf_counter()
        if self.reranker is not None and pooled:
            pooled = list(self.reranker.compress_documents(pooled, query, callbacks=callbacks))
        self.timings = {
            "search": round((searched - started) * 1000, 2),
            "rerank": round((time.perf_counter() - searched) * 1000, 2),
        }
        return pooled[: self.k]

    def _quoted(self, phrases: Sequence[str]) -> list[Document]:
        """Passages holding a phrase the question quotes, whole: the papers' own term for what is asked
        ('Care Well', 'Metrics and targets'), which many passages of a big index share word by word."""
        retriever = LexicalRetriever(index=self.index, k=PHRASE_HITS * 4, search_filter=self.search_filter)
        found = []
        for doc in retriever.invoke(" ".join(phrases)):
            if phrases_held(phrases, doc.page_content, doc.metadata.get("section")):
                found.append(doc)
        return found[:PHRASE_HITS]
