"""Stores on disk that cannot be used: one error type, StoreUnavailable, naming the store and what failed."""

from __future__ import annotations

import pytest

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import SOUTH_BOARD, new_index, write
from vectorstore.errors import StoreUnavailable, is_store_error
from vectorstore.retrievers import DenseRetriever, SearchFilter
from vectorstore.unit_vectors import UnitVectorStore


def test_a_damaged_index_database_is_store_unavailable(tmp_path, embeddings):
    folder = tmp_path / "index"
    assert ingest(
        [write(tmp_path / "docs", "south.md", SOUTH_BOARD)],
        new_index(folder, embeddings),
        IngestOptions(progress=False),
    ).ok
    (folder / "chroma" / "chroma.sqlite3").write_bytes(b"not a database " * 1000)
    with pytest.raises(StoreUnavailable, match=f"the index at {folder / 'chroma'}.*file is not a database"):
        new_index(folder, embeddings).documents()


def test_a_damaged_sentence_vector_file_is_store_unavailable(tmp_path):
    path = tmp_path / "units.sqlite3"
    path.write_bytes(b"not a database " * 1000)
    with pytest.raises(StoreUnavailable, match="the sentence-vector store at .*units.sqlite3 is unavailable"):
        UnitVectorStore(path, "minilm")


def test_a_wrong_call_is_not_reported_as_an_outage(tmp_path, embeddings):
    """A bug (here a malformed filter reaching Chroma) must surface as itself, not as 'try again later'."""
    index = new_index(tmp_path / "index", embeddings)
    assert ingest([write(tmp_path / "docs", "south.md", SOUTH_BOARD)], index, IngestOptions(progress=False)).ok

    class Malformed(SearchFilter):
        def chroma_where(self):
            return {"date_int": {"$between": 3}}

    with pytest.raises(Exception) as caught:
        DenseRetriever(index=index, k=2, search_filter=Malformed()).invoke("deficit")
    assert not isinstance(caught.value, StoreUnavailable) and not is_store_error(caught.value), caught.value


def test_what_counts_as_an_outage():
    import sqlite3

    import httpx
    from chromadb import errors

    outages = [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        errors.InternalError("database is locked"),
        sqlite3.OperationalError("disk I/O error"),
    ]
    bugs = [errors.InvalidArgumentError("bad where"), errors.DuplicateIDError("twice"), ValueError("x"), KeyError("y")]
    assert all(is_store_error(e) for e in outages) and not any(is_store_error(e) for e in bugs)
