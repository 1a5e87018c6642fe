"""Search the chunk index: dense (Chroma), lexical (BM25), both as LangChain retrievers.

Both honour the same :class:`SearchFilter` (documents, date range), and both return
``Document``s whose metadata carries ``score`` (the retriever's own) and ``rank``. An index
that cannot be searched (a Chroma server down) raises :class:`StoreUnavailable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from vectorstore.errors import StoreUnavailable, store_errors
from vectorstore.index import ChunkIndex

T = TypeVar("T")


@dataclass(frozen=True)
class SearchFilter:
    """Restrict a search to some documents and/or a date range (YYYYMMDD, inclusive)."""

    doc_ids: tuple[str, ...] = ()
    date_from: int | None = None
    date_to: int | None = None

    @property
    def empty(self) -> bool:
        return not self.doc_ids and self.date_from is None and self.date_to is None

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if self.date_from is not None:
            clauses.append({"date_int": {"$gte": self.date_from}})
        if self.date_to is not None:
            clauses.append({"date_int": {"$lte": self.date_to}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, metadata: dict[str, Any]) -> bool:
        if self.doc_ids and metadata.get("doc_id") not in self.doc_ids:
            return False
        date = metadata.get("date_int")
        if self.date_from is not None and (date is None or date < self.date_from):
            return False
        return not (self.date_to is not None and (date is None or date > self.date_to))


def _included(field: T | None) -> T:
    """A field of a Chroma result that was asked for in ``include`` (Chroma leaves the others None)."""
    if field is None:
        raise StoreUnavailable("the Chroma server left out a field that was asked for")
    return field


# A search hit: (chunk id, text, metadata, score), best first. Searches return hits, and only the hits kept
# become Documents: a crowded list on a big index is read 192 deep for the 24 passages kept, and making a
# Document of each of the 192 cost as much as the search itself (1.5 ms a list, BM25 over 43,000 chunks 1.8).
Hit = tuple[str, str, dict[str, Any], float]


def ranked(hits: Sequence[Hit]) -> list[Document]:
    """Hits, best first, as Documents with ``score`` and ``rank`` (1-based)."""
    out = []
    for rank, (chunk_id, text, metadata, score) in enumerate(hits, start=1):
        meta = dict(metadata, score=float(score), rank=rank)
        out.append(Document(page_content=text, metadata=meta, id=chunk_id or meta.get("chunk_id")))
    return out


class DenseRetriever(BaseRetriever):
    """Nearest chunks by embedding (cosine similarity in ``score``)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 24
    search_filter: SearchFilter = SearchFilter()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return ranked(self.hits(self.index.embeddings.embed_query(query)))

    def hits(self, vector: list[float]) -> list[Hit]:
        if self.index.is_empty():
            return []
        # collection() refuses an index built with another embedding model. Queried directly, not
        # through a langchain_chroma.Chroma made per question: making one took 40-60 ms (Chroma's
        # settings are validated and the collection looked up each time), the search itself 5.
        collection = self.index.collection()
        with store_errors(self.index.where, "searching"):
            got = collection.query(
                query_embeddings=np.asarray([vector], dtype=np.float32),
                n_results=self.k,
                where=self.search_filter.chroma_where(),
                include=["distances"],
            )
        ids, distances = got["ids"][0], _included(got["distances"])[0]
        rows = self._rows(collection, ids)
        return [
            (chunk_id, rows[chunk_id][0], rows[chunk_id][1], 1.0 - float(d))
            for chunk_id, d in zip(ids, distances, strict=True)
            if chunk_id in rows
        ]

    def _rows(self, collection: Any, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """Text and metadata of the hits: from the lexical index of the same generation, which holds every
        chunk's (asking Chroma for them cost 4 ms at 24 hits and 36 ms at 384 on a 100x corpus's server,
        the search itself 2-3 ms), and from Chroma for any it lacks (a generation committed meanwhile)."""
        rows = self.index.lexical().rows(ids)
        missing = [chunk_id for chunk_id in ids if chunk_id not in rows]
        if missing:
            with store_errors(self.index.where, "searching"):
                got = collection.get(ids=missing, include=["documents", "metadatas"])
            for chunk_id, text, meta in zip(
                got["ids"], _included(got["documents"]), _included(got["metadatas"]), strict=True
            ):
                if text is not None:
                    rows[chunk_id] = (text, dict(meta or {}))
        return rows


class LexicalRetriever(BaseRetriever):
    """Best chunks by BM25 over title, section path and body."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 24
    search_filter: SearchFilter = SearchFilter()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return ranked(self.hits(query))

    def hits(self, query: str) -> list[Hit]:
        if self.index.is_empty():
            return []
        allow = None if self.search_filter.empty else self.search_filter.allows
        return [(h.id, h.text, h.metadata, h.score) for h in self.index.lexical().search(query, self.k, allow)]


class E5Retriever(BaseRetriever):
    """Nearest chunks by the second passage model (e5, cosine in ``score``), searched over the committed
    generation's vectors in memory (see :mod:`vectorstore.e5`); chunks without a vector are not found."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: ChunkIndex
    k: int = 24
    search_filter: SearchFilter = SearchFilter()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return ranked(self.hits(self.index.second.embed_query(query))) if self.index.second else []

    def hits(self, vector: list[float]) -> list[Hit]:
        if self.index.is_empty() or self.index.second is None:
            return []
        lexical, passages = self.index.passages()
        allowed = None if self.search_filter.empty else lexical.allowed(self.search_filter.allows)
        return [
            (lexical.ids[i], lexical.texts[i], lexical.metadatas[i], score)
            for i, score in passages.search(vector, self.k, allowed)
        ]
