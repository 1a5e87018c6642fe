"""The chunk index: Chroma collections that are written once and switched atomically.

Readers always see one committed *generation*: a Chroma collection holding every chunk
of every indexed document, plus its lexical (BM25) index. A writer builds the next
generation in a new collection (reusing the vectors of unchanged chunks), builds its
lexical index, and only then switches the registry to it in one metadata update. An
update that fails or is killed half way therefore leaves the previous generation
complete and queryable; the half-built collection is deleted by the next writer.

The registry is the metadata of a small collection ``<name>-registry``; it names the
active collection and the collection whose metadata holds the manifest of indexed documents
(``<name>-m<generation>-<token>``, written once before the switch, like the chunks). Every
question reads the registry to see whether another process switched it, so the registry stays
a few numbers and names however many documents the index holds; the manifest is read only when
the registry names another. Keeping both inside Chroma means an on-disk index and a Chroma server
behave the same way.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import logging
import re
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import GetResult, Include, Where
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.utils.iter import batch_iterate

from vectorstore.chroma import ChromaEmbeddingFunction, hnsw_configuration, store_name
from vectorstore.e5 import E5_NAME, PassageMatrix, second_model_for
from vectorstore.embeddings import embedding_name
from vectorstore.errors import StoreUnavailable, store_errors
from vectorstore.lexical import LexicalIndex
from vectorstore.originals import OriginalChanged, OriginalStore
from vectorstore.unit_vectors import UnitVectorStore, unit_store_for

log = logging.getLogger(__name__)
_PAGE = 1000  # rows per Chroma get/add call, well under its max batch size
T = TypeVar("T")
P = ParamSpec("P")
_VECTOR_MEMORY = 20_000  # chunk vectors kept in memory by vectors_for (30 MB)


def registry_name(name: str) -> str:
    """The collection holding index ``name``'s registry."""
    return f"{name}-registry"


def second_vectors_name(name: str) -> str:
    """The collection keeping index ``name``'s second-model chunk vectors on a Chroma server."""
    return f"{name}-e5"


def open_registry(client: ClientAPI, embedding_function: ChromaEmbeddingFunction, name: str) -> Collection:
    """Index ``name``'s registry collection (made if missing); any failure is a ``StoreUnavailable``: whatever
    the cause, the index cannot be opened."""
    try:
        return client.get_or_create_collection(registry_name(name), embedding_function=embedding_function)
    except Exception as exc:
        raise StoreUnavailable(
            f"{store_name(client)} is unavailable: opening its registry failed ({type(exc).__name__}: {exc})"
        ) from exc


def server_cache_folder(client: ClientAPI, embeddings: Embeddings, name: str, root: Path, legacy: str = "") -> Path:
    """Where this machine keeps the files derived from index ``name`` on a Chroma server (its lexical index, the
    second model's and sentence vectors, the documents' original files): a folder named by the id of the
    index's registry collection, which the server keeps however it is reached. Named by the server's URL, the
    same index reached as localhost rather than 127.0.0.1, or on another port after a restart, was searched
    without the second model's vectors and lost its original files. A folder ``legacy`` (under ``root``,
    named before this) becomes this one if there is none yet."""
    registry = open_registry(client, ChromaEmbeddingFunction(embeddings), name)
    folder = root / f"{name}-{registry.id}"
    old = root / legacy
    if legacy and old.is_dir() and not folder.exists():
        try:
            old.rename(folder)
        except OSError as exc:  # another process moved it first, or a read-only cache: start a new one
            log.warning("could not move the cache %s to %s: %s", old, folder, exc)
    return folder


class IndexUpdateError(RuntimeError):
    """The index cannot do what was asked (wrong model, concurrent writer, ...)."""


@dataclass
class DocRecord:
    """What the index knows about one document: enough to list it and cite it."""

    doc_id: str
    title: str
    content_hash: str
    chunks: int = 0
    source: str = ""
    kind: str = ""
    date: str | None = None
    meeting: str | None = None
    publisher: str | None = None
    licence: str | None = None
    pages: int | None = None
    ingested_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    original: str = ""  # the stored copy of the file (vectorstore.originals), for citations to open
    origin: str = ""  # the resolved path it was ingested from ("" in indexes built before this was kept)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocRecord:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Chunk:
    """A chunk ready to store: its id, its LangChain ``Document`` and its vector."""

    id: str
    document: Document
    vector: Sequence[float] | None = None


@dataclass
class Generation:
    number: int
    collection: str
    documents: dict[str, DocRecord]
    embedding: str
    manifest: str = ""  # the collection whose metadata holds ``documents`` ("": in the registry, as before)


def _store_call(
    doing: str,
) -> Callable[[Callable[Concatenate[ChunkIndex, P], T]], Callable[Concatenate[ChunkIndex, P], T]]:
    """A public method of the index: a failure of Chroma (server, database) in it is a ``StoreUnavailable``
    naming the store (``ChunkIndex.where``) and ``doing``."""

    def wrap(method: Callable[Concatenate[ChunkIndex, P], T]) -> Callable[Concatenate[ChunkIndex, P], T]:
        @functools.wraps(method)
        def call(self: ChunkIndex, /, *args: P.args, **kwargs: P.kwargs) -> T:
            with store_errors(self.where, doing):
                return method(self, *args, **kwargs)

        return call

    return wrap


class ChunkIndex:
    """Versioned chunk storage in Chroma plus its lexical index; see the module docstring.

    Every public method raises :class:`vectorstore.errors.StoreUnavailable` when Chroma cannot
    be used (a server down, a damaged database), with a message naming the store."""

    # A server's copy of a chunk's e5 vector is pruned only this long after it was shared: an update in progress on
    # another machine shares its new chunks' vectors before its switch names them (an ingest's commit, from
    # sharing to switch, takes seconds even at 100x).
    shared_grace_seconds: float = 3600.0

    def __init__(
        self,
        client: ClientAPI,
        embeddings: Embeddings,
        name: str,
        lexical_dir: Path,
        lock_dir: Path | None = None,
        second_model: str = E5_NAME,
    ) -> None:
        self.client = client
        self.where = store_name(client)  # "the Chroma server at http://...", for messages
        self.embeddings = embeddings
        # The second passage model (e5, see vectorstore/e5.py; "none": without it), its vectors kept by chunk id.
        self.second: Embeddings | None = second_model_for(second_model)
        self.name = name
        self.lexical_dir = lexical_dir
        self.lock_dir = lock_dir or lexical_dir
        self._ef = ChromaEmbeddingFunction(embeddings)
        self._lexical: tuple[str, LexicalIndex] | None = None
        self._generation: Generation | None = None
        self._parsed: tuple[tuple[Any, ...], Generation] | None = None  # the registry as last read, parsed
        self._unit_store: UnitVectorStore | None = None
        self._passage_store: UnitVectorStore | None = None
        self._passages: tuple[LexicalIndex, PassageMatrix] | None = None  # the committed generation's e5 vectors
        self._passages_lock = threading.Lock()
        self._collection: Collection | None = None  # the committed generation's, once opened
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()  # of that collection's chunks
        self._vectors_lock = threading.Lock()  # the web chat answers questions in threads

    # --- reading ---------------------------------------------------------------
    @_store_call("reading the registry")
    def generation(self, refresh: bool = False) -> Generation:
        """The committed generation (re-read from the registry when ``refresh``)."""
        if self._generation is None or refresh:
            self._generation = self._read_registry()
        return self._generation

    @_store_call("listing the documents")
    def documents(self) -> list[DocRecord]:
        return sorted(self.generation(refresh=True).documents.values(), key=lambda d: (d.date or "", d.doc_id))

    def is_empty(self) -> bool:
        return not self.generation().collection

    @_store_call("opening the committed collection")
    def collection(self) -> Collection:
        """The committed generation's collection, for this index's embedding model only:
        vectors of another model would be searched with the wrong queries and reused wrongly."""
        gen = self.generation()
        if not gen.collection:
            raise IndexUpdateError("the index is empty: ingest some documents first")
        self._check_model(gen)
        collection = self._collection
        if collection is not None and collection.name == gen.collection:
            return collection
        try:
            collection = self._open(gen.collection)
        except Exception:
            # A removal deletes the generation it replaced at once: move to the one that replaced it.
            fresh = self.generation(refresh=True)
            if fresh.collection == gen.collection or not fresh.collection:
                raise
            self._check_model(fresh)
            collection = self._open(fresh.collection)
        self._collection = collection
        with self._vectors_lock:
            self._vectors.clear()
        return collection

    @_store_call("loading the lexical index")
    def lexical(self) -> LexicalIndex:
        """The lexical index of the committed generation, rebuilt from Chroma if missing."""
        gen = self.generation()
        if self._lexical is not None and self._lexical[0] == gen.collection:
            return self._lexical[1]
        folder = self.lexical_dir / gen.collection
        try:
            index = LexicalIndex.load(folder)
        except (OSError, ValueError, KeyError):
            collection = self.collection()  # a newer generation's, if this one was removed meanwhile
            gen = self.generation()
            folder = self.lexical_dir / gen.collection
            try:
                index = LexicalIndex.load(folder)
            except (OSError, ValueError, KeyError):
                index = self._build_lexical([row[:3] for row in self._scan(collection, vectors=False)])
                index.save(folder)
        if index.retokenized:  # saved under older token rules: keep the rebuilt one, so the next load is quick
            with contextlib.suppress(OSError):
                index.save(folder)
        self._lexical = (gen.collection, index)
        return index

    def unit_store(self) -> UnitVectorStore:
        """Sentence-level vectors shared by all generations (keyed by text, so never stale)."""
        if self._unit_store is None:
            self._unit_store = unit_store_for(self.lexical_dir, self.embeddings)
        return self._unit_store

    def passage_store(self) -> UnitVectorStore:
        """The second model's chunk vectors, keyed by chunk id (an id names its text, so never stale), shared by
        all generations."""
        if self._passage_store is None:
            self._passage_store = UnitVectorStore(self.lexical_dir / "passage_vectors.sqlite3", E5_NAME)
        return self._passage_store

    def passages(self) -> tuple[LexicalIndex, PassageMatrix]:
        """The committed generation's lexical index and second-model vectors, row for row (the vectors read
        from :meth:`passage_store` once per generation; those it lacks, from the server's copy)."""
        lexical = self.lexical()
        cached = self._passages
        if cached is not None and cached[0] is lexical:
            return cached
        with self._passages_lock:  # the web chat's first questions come in threads: one fetch, not one each
            cached = self._passages
            if cached is not None and cached[0] is lexical:
                return cached
            vectors = self.passage_store().get_many(lexical.ids)
            fetched = True
            if self.second is not None and len(vectors) < len(lexical.ids):
                found, fetched = self._fetch_passage_vectors([i for i in lexical.ids if i not in vectors])
                vectors.update(found)
            cached = (lexical, PassageMatrix.from_vectors(lexical.ids, vectors))
            if not fetched:  # the server failed to give them (logged): ask again at the next question
                return cached
            self._passages = cached
            missing = len(lexical.ids) - int(cached[1].present.sum())
            if missing and self.second is not None:  # retrieval still works, with one list fewer: say so once
                log.warning(
                    "%d of %d chunks of %s have no %s vector (ingested before it was used, or on a machine that has not "
                    "updated the index since): they are searched without it; ingest their documents again, or update "
                    "the index from a machine that has them",
                    missing,
                    len(lexical.ids),
                    self.where,
                    E5_NAME,
                )
        return cached

    def _share_passage_vectors(self, ids: Sequence[str]) -> None:
        """Copy to the server the second-model vectors of ``ids`` it lacks and this machine has (computed here
        at ingest, or fetched). Run by every commit before its switch, so the server's copy holds what any
        machine that ingested has, including vectors of chunks ingested before the server kept a copy."""
        shared = self.shared_passage_vectors()
        if shared is None or not ids:
            return
        with store_errors(self.where, "keeping the second model's vectors"):
            held: set[str] = set()
            for batch in batch_iterate(_PAGE, ids):
                held.update(shared.get(ids=batch, include=[])["ids"])
            local = self.passage_store().get_many([i for i in ids if i not in held])
            stamp = {"bpa_shared": time.time()}
            for batch in batch_iterate(_PAGE, list(local)):
                shared.upsert(
                    ids=batch,
                    embeddings=np.asarray([local[i] for i in batch], dtype=np.float32),
                    metadatas=[stamp] * len(batch),
                )

    def _prune_passage_vectors(self, named: set[str], generation: int) -> None:
        """Delete from the server's copy the vectors of chunks that neither the committed generation nor the
        previous one kept for readers names (``named``): those of removed documents, and of the earlier chunks of
        documents ingested again. Best effort, after the switch: only vectors shared more than
        ``shared_grace_seconds`` ago (another machine's update in progress has shared its new chunks' vectors
        before its switch names them), skipped when another writer has switched the registry since (its
        generation may name chunks this one does not), and a failure is logged, not raised (the commit stands;
        a later commit prunes them)."""
        try:
            shared = self.shared_passage_vectors()
            if shared is None:
                return
            held: list[str] = []
            settled = cast("Where", {"bpa_shared": {"$lt": time.time() - self.shared_grace_seconds}})
            while got := shared.get(where=settled, include=[], limit=_PAGE, offset=len(held))["ids"]:
                held.extend(got)
            stale = sorted(set(held) - named)
            if not stale or int((self._registry().metadata or {}).get("generation", 0)) != generation:
                return
            for batch in batch_iterate(_PAGE, stale):
                shared.delete(ids=batch)
        except Exception as exc:  # noqa: BLE001 - the commit is done; stale vectors only take room until the next
            log.warning("%s: deleting the %s vectors no generation names failed: %s", self.where, E5_NAME, exc)

    def shared_passage_vectors(self) -> Collection | None:
        """On a Chroma server, the collection holding every chunk's second-model vector by chunk id (an id names its
        text, so never stale; shared by all generations, like :meth:`passage_store`). The vectors are computed at
        ingest, on the machine that ingests: kept only there, a web chat on another machine asking the same server
        searched without them. None for an on-disk index (its folder holds them) or without a second model."""
        if self.second is None or not _on_server(self.client):
            return None
        # Opened each time it is used (once a commit, once a generation read): a handle kept would outlive a
        # collection deleted meanwhile, and every later commit would fail on it.
        with store_errors(self.where, "opening the second model's vectors"):
            return self.client.get_or_create_collection(
                second_vectors_name(self.name),
                embedding_function=self._ef,
                configuration=hnsw_configuration(),
                metadata={"bpa_model": E5_NAME},
            )

    def _fetch_passage_vectors(self, ids: Sequence[str]) -> tuple[dict[str, np.ndarray], bool]:
        """The server's second-model vectors of ``ids`` (those it has), kept on this machine too, and whether the
        server answered. A server that cannot give them leaves them out: the chunks are still found by the other
        retrievers."""
        found: dict[str, np.ndarray] = {}
        answered = True
        try:
            shared = self.shared_passage_vectors()
            if shared is None:
                return found, answered
            for batch in batch_iterate(_PAGE, ids):
                got = shared.get(ids=batch, include=["embeddings"])
                found.update(zip(got["ids"], np.asarray(_included(got["embeddings"]), dtype=np.float32), strict=True))
        except Exception as exc:  # noqa: BLE001 - any failure here only costs the second model's list
            log.warning("%s did not give the %s vectors of %d chunks: %s", self.where, E5_NAME, len(ids), exc)
            answered = False
        if found:
            self.passage_store().put_many(list(found), [v.tolist() for v in found.values()])
        return found, answered

    def second_similarities(self, ids: Sequence[str], query: str) -> list[float] | None:
        """Each chunk's similarity to ``query`` by the second passage model; None when one of them has no vector."""
        if self.second is None:
            return None
        _, passages = self.passages()
        if passages.empty:
            return None
        return passages.similarities(ids, self.second.embed_query(query))

    def originals(self) -> OriginalStore:
        """The original files of the indexed documents (written by ingest before it commits)."""
        return OriginalStore(self.lexical_dir / f"{self.name}-originals")

    @_store_call("finding an original file")
    def original_path(self, doc_id: str) -> Path | None:
        """The stored original of an indexed document of the committed generation, or None."""
        record = self.generation(refresh=True).documents.get(doc_id)
        return self.originals().path(record.original) if record is not None else None

    @_store_call("reading stored vectors")
    def vectors_for(self, ids: Iterable[str]) -> dict[str, list[float]]:
        """Stored vectors of these chunk ids in the committed generation (for reuse, and for reranking,
        which asks for the same candidates' question after question: the last ones are kept in memory)."""
        if self.is_empty():
            return {}
        col = self.collection()
        found: dict[str, list[float]] = {}
        wanted = []
        with self._vectors_lock:
            for chunk_id in dict.fromkeys(ids):
                vector = self._vectors.get(chunk_id)
                if vector is None:
                    wanted.append(chunk_id)
                else:
                    found[chunk_id] = vector
                    self._vectors.move_to_end(chunk_id)
        for start in range(0, len(wanted), _PAGE):
            got = col.get(ids=wanted[start : start + _PAGE], include=["embeddings"])
            for chunk_id, vector in zip(got["ids"], _vectors(got), strict=False):
                found[chunk_id] = vector
        with self._vectors_lock:
            if self._collection is col:  # not a generation switched to meanwhile
                self._vectors.update((i, found[i]) for i in wanted if i in found)
                while len(self._vectors) > _VECTOR_MEMORY:
                    self._vectors.popitem(last=False)
        return found

    # --- writing ---------------------------------------------------------------
    @_store_call("writing a new generation")
    def commit(
        self,
        put: Sequence[tuple[DocRecord, Sequence[Chunk]]] = (),
        remove: Iterable[str] = (),
        originals: Mapping[str, Path] | None = None,
    ) -> Generation:
        """Make a new generation: the current one, minus ``remove``, with ``put`` added or replaced.

        ``originals`` maps a put document's id to its file, copied into :meth:`originals` (and named
        in its record) under the writer lock, before the switch: no other writer's clean-up can
        remove a copy between its writing and the switch that names it."""
        put = list(put)
        remove = set(remove)
        with self._writer_lock():
            self._keep_originals(put, originals or {})
            base = self.generation(refresh=True)
            self._check_model(base)
            replaced = remove | {record.doc_id for record, _ in put}
            missing = remove - set(base.documents)
            if missing:
                raise IndexUpdateError(f"not in the index: {', '.join(sorted(missing))}")
            self._delete_stale_collections(base)
            staging_name = f"{self.name}-g{base.number + 1:06d}-{secrets.token_hex(3)}"
            staging = self.client.create_collection(
                staging_name,
                embedding_function=self._ef,
                configuration=hnsw_configuration(),
                metadata={"bpa_state": "staging", "bpa_created": time.time()},
            )
            dropped: list[str] = []  # the base generation's chunks not copied over (documents replaced or removed)
            rows = self._staged_rows(base, put, replaced, dropped)
            lexical_rows: list[tuple[str, str, dict[str, Any]]] = []
            for batch in batch_iterate(_PAGE, rows):
                staging.add(
                    ids=[r[0] for r in batch],
                    documents=[r[1] for r in batch],
                    metadatas=[r[2] for r in batch],
                    embeddings=[r[3] for r in batch],
                )
                lexical_rows.extend((r[0], r[1], r[2]) for r in batch)
            self._build_lexical(lexical_rows).save(self.lexical_dir / staging_name)
            self._share_passage_vectors([r[0] for r in lexical_rows])
            documents = {k: v for k, v in base.documents.items() if k not in replaced}
            documents.update({record.doc_id: record for record, _ in put})
            new = Generation(base.number + 1, staging_name, documents, embedding_name(self.embeddings))
            self._switch(base, new)
            # The previous generation stays for readers mid-query, unless documents were removed: their
            # text must not linger in it (a reader that loses it moves to the new one, see collection()).
            self._delete_stale_collections(new, keep_previous=None if remove else base)
            # The previous generation's original files stay with it, on the same terms.
            kept = (new,) if remove else (base, new)
            self.originals().prune(r.original for g in kept for r in g.documents.values())
            self._sweep_disk(purge=bool(remove))
            self._generation = new
            # The previous generation, when kept, names what was copied from it and what was not (``dropped``).
            named = {r[0] for r in lexical_rows} | (set() if remove else set(dropped))
            self._prune_passage_vectors(named, new.number)
            return new

    def _keep_originals(self, put: list[tuple[DocRecord, Sequence[Chunk]]], files: Mapping[str, Path]) -> None:
        store = self.originals()
        for record, _ in put:
            if record.doc_id in files:
                try:
                    record.original = store.put(files[record.doc_id], record.content_hash)
                except (OSError, OriginalChanged) as exc:
                    raise IndexUpdateError(f"{record.doc_id}: the file could not be kept ({exc})") from exc

    @_store_call("updating the manifest")
    def update_records(self, records: Sequence[DocRecord]) -> Generation:
        """Change what the manifest says about indexed documents (not their chunks): e.g. where they came from."""
        with self._writer_lock():
            base = self.generation(refresh=True)
            missing = {r.doc_id for r in records} - set(base.documents)
            if missing:
                raise IndexUpdateError(f"not in the index: {', '.join(sorted(missing))}")
            documents = {**base.documents, **{r.doc_id: r for r in records}}
            new = Generation(base.number, base.collection, documents, base.embedding)
            self._switch(base, new)
            self._delete_stale_collections(new, keep_previous=base)
            self._generation = new
            return new

    def _staged_rows(
        self,
        base: Generation,
        put: list[tuple[DocRecord, Sequence[Chunk]]],
        replaced: set[str],
        dropped: list[str],
    ) -> Iterator[tuple[str, str, dict[str, Any], Sequence[float]]]:
        """Rows of the next generation: new chunks first, then the kept ones copied over (the ids of those not
        copied are added to ``dropped``)."""
        seen: set[str] = set()
        for _, chunks in put:
            for chunk in chunks:
                if chunk.vector is None:
                    raise IndexUpdateError(f"chunk {chunk.id} has no vector")
                if chunk.id in seen:
                    continue
                seen.add(chunk.id)
                yield chunk.id, chunk.document.page_content, _chroma_metadata(chunk.document.metadata), chunk.vector
        if base.collection:
            for chunk_id, text, meta, vector in self._scan(self._open(base.collection), vectors=True):
                if meta.get("doc_id") not in replaced and chunk_id not in seen:
                    yield chunk_id, text, meta, vector
                else:
                    dropped.append(chunk_id)

    def _switch(self, base: Generation, new: Generation) -> None:
        """Write ``new``'s manifest into a collection of its own, then point the registry at it and at
        ``new``'s chunks in one metadata update (``new.manifest`` is set)."""
        registry = self._registry()
        if int((registry.metadata or {}).get("generation", 0)) != base.number:
            raise IndexUpdateError("another writer changed the index during this update; run it again")
        manifest = f"{self.name}-m{new.number:06d}-{secrets.token_hex(3)}"
        self.client.create_collection(
            manifest,
            embedding_function=self._ef,
            metadata={"manifest": json.dumps({k: asdict(v) for k, v in new.documents.items()})},
        )
        registry.modify(
            metadata={
                "generation": new.number,
                "active": new.collection,
                "embedding": new.embedding,
                "manifest_at": manifest,
                "updated": time.time(),
            }
        )
        new.manifest = manifest

    def _delete_stale_collections(self, gen: Generation, keep_previous: Generation | None = None) -> None:
        """Drop the chunk and manifest collections of crashed or superseded updates; keep the previous
        generation's for readers mid-query."""
        kept = (gen,) if keep_previous is None else (gen, keep_previous)
        keep = {self._registry_name} | {g.collection for g in kept} | {g.manifest for g in kept}
        prefixes = (f"{self.name}-g", f"{self.name}-m")
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(prefixes) and name not in keep:
                with contextlib.suppress(Exception):
                    self.client.delete_collection(name)
        if self.lexical_dir.exists():
            for folder in self.lexical_dir.iterdir():
                if folder.name.startswith(prefixes[0]) and folder.name not in keep:
                    _remove_tree(folder)

    def _sweep_disk(self, purge: bool) -> None:
        """On-disk indexes only: delete segment folders no collection owns (left by a killed commit) and,
        after a removal, compact chroma.sqlite3 so deleted rows leave the file, not just its index."""
        folder = _persist_directory(self.client)
        if folder is None:
            return
        database = folder / "chroma.sqlite3"
        try:
            with contextlib.closing(sqlite3.connect(database, timeout=10)) as db:
                owned = {str(row[0]) for row in db.execute("SELECT id FROM segments")}
                if purge:
                    db.execute("VACUUM")
        except sqlite3.Error as exc:  # busy or a layout this version does not know: clean up next time
            log.warning("could not tidy the index files in %s: %s", folder, exc)
            return
        for child in folder.iterdir():
            if child.is_dir() and _UUID.fullmatch(child.name) and child.name not in owned:
                _remove_tree(child)

    # --- helpers ---------------------------------------------------------------
    @property
    def _registry_name(self) -> str:
        return registry_name(self.name)

    def _registry(self) -> Collection:
        return open_registry(self.client, self._ef, self.name)

    def _read_registry(self, attempts: int = 3) -> Generation:
        """The registry's generation; its manifest is fetched and parsed only when the registry names
        another one than last time (the manifest grows by about 1 KB a document: at 700 documents, fetching
        and parsing it on every question took 5 to 9 ms)."""
        meta = self._registry().metadata or {}
        manifest_at = str(meta.get("manifest_at") or "")
        # (An index written before manifests had a collection of their own holds its manifest in the registry.)
        key = (
            meta.get("generation", 0),
            meta.get("active", ""),
            meta.get("embedding", ""),
            manifest_at,
            meta.get("manifest"),
        )
        parsed = self._parsed
        if parsed is not None and parsed[0] == key:
            return parsed[1]
        text = meta.get("manifest")
        if manifest_at:
            try:
                found = self.client.get_collection(manifest_at, embedding_function=self._ef)
            except Exception:
                # Two switches since the registry was read removed it: read the registry again.
                if attempts <= 1:
                    raise
                return self._read_registry(attempts - 1)
            text = (found.metadata or {}).get("manifest")
        generation = Generation(
            number=int(key[0]),
            collection=str(key[1]),
            documents={k: DocRecord.from_dict(v) for k, v in json.loads(str(text or "{}")).items()},
            embedding=str(key[2]),
            manifest=manifest_at,
        )
        self._parsed = (key, generation)
        return generation

    def _check_model(self, gen: Generation) -> None:
        mine = embedding_name(self.embeddings)
        if gen.embedding and gen.embedding != mine:
            raise IndexUpdateError(
                f"this index was built with the embedding model {gen.embedding!r}, not {mine!r}: "
                "use that model, or a new index directory"
            )

    def _open(self, name: str) -> Collection:
        return self.client.get_collection(name, embedding_function=self._ef)

    def _scan(self, col: Collection, vectors: bool) -> Iterator[tuple[str, str, dict[str, Any], list[float]]]:
        """Every row of ``col``: id, text, metadata and its stored vector (empty unless ``vectors``)."""
        include: Include = ["documents", "metadatas", "embeddings"] if vectors else ["documents", "metadatas"]
        offset = 0
        while True:
            got = col.get(include=include, limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            texts, metadatas = _included(got["documents"]), _included(got["metadatas"])
            stored = _vectors(got) if vectors else None
            for i, chunk_id in enumerate(got["ids"]):
                yield chunk_id, texts[i], dict(metadatas[i] or {}), stored[i] if stored is not None else []
            offset += len(got["ids"])

    @staticmethod
    def _build_lexical(rows: list[tuple[str, str, dict[str, Any]]]) -> LexicalIndex:
        return LexicalIndex.build(
            [r[0] for r in rows],
            [r[1] for r in rows],
            [r[2] for r in rows],
            index_texts=[lexical_text(r[1], r[2]) for r in rows],
        )

    @contextlib.contextmanager
    def _writer_lock(self) -> Iterator[None]:
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        with open(self.lock_dir / f".{self.name}.write.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise IndexUpdateError("another ingest is updating this index; try again when it finishes") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def find_documents(documents: Iterable[DocRecord], name: str) -> list[DocRecord]:
    """The documents ``name`` means: the one with that id, else the one ingested from that path, else
    those with that file name (with or without its extension). More than one: the name is ambiguous."""
    documents = list(documents)
    exact = [d for d in documents if d.doc_id == name]
    if exact:
        return exact
    path = Path(name).expanduser()
    if path.is_file():
        found = [d for d in documents if d.origin and d.origin == str(path.resolve())]
        if found:
            return found
    return [d for d in documents if name in (d.source or d.doc_id, Path(d.source or d.doc_id).stem)]


def lexical_text(body: str, metadata: Mapping[str, Any]) -> str:
    """What BM25 indexes: the chunk's title and section path (and its table's header row, when the body
    does not show it), then its body."""
    return "\n".join(
        filter(None, [metadata.get("title", ""), metadata.get("section", ""), header_apart(body, metadata), body])
    )


def header_apart(body: str, metadata: Mapping[str, Any]) -> str:
    """The header row of the table a chunk's rows belong to, when the chunk's body does not show it (a chunk
    of the table's later rows), else ''. The embedding and BM25 read it as they read the section path."""
    header = str(metadata.get("table_header") or "")
    return header if header and header not in body else ""


def _chroma_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """Chroma takes only str/int/float/bool values: drop None, JSON-encode the rest."""
    clean: dict[str, Any] = {}
    for key, value in metadata.items():
        if value is None:
            continue
        clean[key] = value if isinstance(value, (str, int, float, bool)) else json.dumps(value)
    return clean


def _included(field: T | None) -> T:
    """A field of a Chroma result that was asked for in ``include`` (Chroma leaves the others None)."""
    if field is None:
        raise StoreUnavailable("the Chroma server left out a field that was asked for")
    return field


def _vectors(got: GetResult) -> list[list[float]]:
    """The stored vectors of a Chroma result that asked for them, as plain lists of floats."""
    rows: list[list[float]] = np.asarray(_included(got["embeddings"]), dtype=np.float64).tolist()
    return rows


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _on_server(client: ClientAPI) -> bool:
    """Whether ``client`` asks a Chroma server over HTTP (``chromadb.HttpClient`` sets its API so; its
    ``is_persistent`` setting can come from the environment, as in Chroma's own server image)."""
    try:
        return "fastapi" in str(client.get_settings().chroma_api_impl).lower()
    except Exception:  # noqa: BLE001 - a client that cannot say is treated as remote, as _persist_directory does
        return True


def _persist_directory(client: ClientAPI) -> Path | None:
    """The folder of an on-disk Chroma index (None for a Chroma server)."""
    try:
        settings = client.get_settings()
    except Exception:  # noqa: BLE001 - a client that cannot say is treated as remote
        return None
    if not getattr(settings, "is_persistent", False) or not getattr(settings, "persist_directory", ""):
        return None
    folder = Path(settings.persist_directory)
    return folder if (folder / "chroma.sqlite3").is_file() else None


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
