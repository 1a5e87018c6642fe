"""Vectors of passage units (sentences, rows, list items), kept in memory and on disk.

Reranking, answering and verification compare a question with every sentence of the
candidate passages; embedding those sentences is most of the work of a first query. They are
embedded when a question first retrieves their passage (ingest does not: that halved its
time) and kept here, so each sentence is embedded once per model, ever.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from vectorstore.embeddings import embedding_name
from vectorstore.errors import StoreUnavailable, store_errors


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class UnitVectors(Protocol):
    """Where unit vectors are looked up and kept: a ``UnitVectorStore``, or a view of one."""

    def get_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_many(self, texts: Sequence[str], vectors: Sequence[Sequence[float]]) -> None: ...


class UnitVectorStore:
    """SQLite table of float16 vectors keyed by (model, hash of the unit text). A database that
    cannot be read or written (locked for too long, damaged) raises ``StoreUnavailable``."""

    def __init__(self, path: Path, model: str) -> None:
        self.path = path
        self.model = model
        self.where = f"the sentence-vector store at {path}"
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"{self.where} is unavailable: making its folder failed ({exc})") from exc
        with store_errors(self.where, "opening it"):
            self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS units (model TEXT, key BLOB, vector BLOB, PRIMARY KEY (model, key))"
            )

    def get_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        keys = {_key(t): t for t in texts}
        items = list(keys.items())
        with self._lock, store_errors(self.where, "reading vectors"):
            for start in range(0, len(items), 500):
                batch = items[start : start + 500]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT key, vector FROM units WHERE model = ? AND key IN ({marks})",
                    [self.model] + [k for k, _ in batch],
                ).fetchall()
                for key, blob in rows:
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        return found

    def put_many(self, texts: Sequence[str], vectors: Sequence[Sequence[float]]) -> None:
        rows = [
            (self.model, _key(t), np.asarray(v, dtype=np.float16).tobytes())
            for t, v in zip(texts, vectors, strict=False)
        ]
        with self._lock, store_errors(self.where, "storing vectors"):
            self._db.executemany("INSERT OR REPLACE INTO units VALUES (?, ?, ?)", rows)
            self._db.commit()

    def clear(self) -> None:
        """Forget every stored vector (of every model): they are embedded again when next needed."""
        with self._lock, store_errors(self.where, "clearing it"):
            self._db.execute("DELETE FROM units")
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


class UnitEmbeddingCache:
    """Unit vectors from memory, else the on-disk store, else the model (and then stored)."""

    def __init__(self, embeddings: Embeddings, store: UnitVectors | None = None, size: int = 50_000) -> None:
        self.embeddings = embeddings
        self.store = store
        self.size = size
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        got: dict[str, np.ndarray] = {}
        with self._lock:
            for text in dict.fromkeys(texts):
                if text in self._memory:
                    got[text] = self._memory[text]
                    self._memory.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in got]
        if missing and self.store is not None:
            got.update(self.store.get_many(missing))
            missing = [t for t in missing if t not in got]
        if missing:
            computed = self.embeddings.embed_documents(missing)
            got.update({t: np.asarray(v, dtype=np.float32) for t, v in zip(missing, computed, strict=False)})
            if self.store is not None:
                self.store.put_many(missing, computed)
        self._remember({t: got[t] for t in dict.fromkeys(texts)})
        return np.stack([got[t] for t in texts]) if texts else np.zeros((0, 1), dtype=np.float32)

    def query(self, text: str) -> np.ndarray:
        """The vector of a question or answer sentence (kept for the few stages that reuse it)."""
        with self._lock:
            if text in self._queries:
                return self._queries[text]
        vector = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > 1000:
                self._queries.popitem(last=False)
        return vector

    def forget_questions(self) -> None:
        """Drop the remembered question vectors (a benchmark's warm pass measures a question as if new)."""
        with self._lock:
            self._queries.clear()

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            for text, vector in vectors.items():
                self._memory[text] = vector
                self._memory.move_to_end(text)
            while len(self._memory) > self.size:
                self._memory.popitem(last=False)


def unit_store_for(folder: Path, embeddings: Embeddings) -> UnitVectorStore:
    return UnitVectorStore(folder / "unit_vectors.sqlite3", embedding_name(embeddings))
