"""The ingestion pipeline, top to bottom: load → parse → chunk → embed → store.

Files are handled one at a time up to the chunks; a file that fails is reported and
skipped, the others go on. Then every new chunk is embedded (vectors of chunks already
in the index are reused) and all documents are committed to the index in one switch,
with a copy of each file for citations to open, so a run that dies half way changes nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from ingest.chunk import ChunkingOptions, chunk_document
from ingest.identity import identify, moved
from ingest.load import IngestError, check_file, discover, file_hash, load_file
from ingest.manifest import load_manifest
from ingest.parse import PARSER_VERSION, parse
from ingest.structure import describe
from settings import Settings
from vectorstore.embeddings import embedding_name
from vectorstore.index import Chunk, ChunkIndex, DocRecord
from vectorstore.originals import OriginalStore
from vectorstore.units import split_units

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class IngestOptions:
    chunking: ChunkingOptions = ChunkingOptions()
    max_bytes: int = 50 * 1024 * 1024
    batch_size: int = 32
    progress: bool = True
    folder_names: bool = True  # a new document whose file name is taken is named with its folder(s)

    @classmethod
    def from_settings(cls, settings: Settings, progress: bool = False, folder_names: bool = True) -> IngestOptions:
        """The options the settings ask for (chunk sizes, largest file, embedding batch)."""
        return cls(
            chunking=ChunkingOptions(max_tokens=settings.chunk_tokens, overlap_tokens=settings.chunk_overlap_tokens),
            max_bytes=settings.max_file_bytes,
            batch_size=settings.embedding_batch,
            progress=progress,
            folder_names=folder_names,
        )


@dataclass
class IngestReport:
    added: list[DocRecord] = field(default_factory=list)
    replaced: list[DocRecord] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # doc_id -> why it is not named by its file name
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0
    units_embedded: int = 0
    unit_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def chunks_per_second(self) -> float:
        return self.embedded / self.embed_seconds if self.embed_seconds else 0.0


@dataclass
class _Prepared:
    record: DocRecord
    documents: list[Document]
    path: Path | None = None  # the file read, kept as the document's original


def ingest(paths: Sequence[Path], index: ChunkIndex, options: IngestOptions = IngestOptions()) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    known = index.generation(refresh=True).documents
    fingerprint = pipeline_fingerprint(options, index.embeddings)
    relocated: list[DocRecord] = []
    prepared = _prepare_all(paths, known, fingerprint, options, report, relocated, index.originals())
    if prepared:
        chunks = _embed(prepared, index, options, report)
        _embed_units(prepared, index, options, report)
        # Each file goes with its chunks: the index keeps a copy for citations to open, written
        # under the same lock and before the same switch as the chunks.
        index.commit(
            put=[(p.record, c) for p, c in zip(prepared, chunks, strict=False)],
            originals={p.record.doc_id: p.path for p in prepared if p.path is not None},
        )
        for p in prepared:
            (report.replaced if p.record.doc_id in known else report.added).append(p.record)
    if relocated:  # unchanged documents found at a new place (or first seen since origins were kept)
        index.update_records(relocated)
    report.seconds = time.perf_counter() - started
    return report


def pipeline_fingerprint(options: IngestOptions, embeddings: Embeddings) -> str:
    """Changes when re-chunking or re-embedding would give different chunks."""
    c = options.chunking
    return f"parser{PARSER_VERSION}/chunk{c.max_tokens}-{c.overlap_tokens}-{c.min_tokens}/{embedding_name(embeddings)}"


def _prepare_all(
    paths: Sequence[Path],
    known: dict[str, DocRecord],
    fingerprint: str,
    options: IngestOptions,
    report: IngestReport,
    relocated: list[DocRecord],
    originals: OriginalStore | None = None,
) -> list[_Prepared]:
    prepared: list[_Prepared] = []
    claimed: dict[str, Path] = {}  # doc_id -> the file of this run that has it
    seen: dict[tuple[str, str], Path] = {}  # (file name, content hash) of this run's files
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in discover(paths, report.warnings):
        try:
            check_file(path, options.max_bytes)
            digest = file_hash(path)
            if (path.name, digest) in seen:
                if seen[(path.name, digest)].resolve() != path.resolve():
                    report.warnings.append(f"{path}: the same file as {seen[(path.name, digest)]}")
                continue
            seen[(path.name, digest)] = path
            who = identify(path, digest, known, claimed, options.folder_names)
            claimed[who.doc_id] = path
            old = who.known
            kept = originals is None or originals.path(old.original if old else None) is not None
            if old and old.content_hash == digest and old.extra.get("pipeline") == fingerprint and kept:
                report.unchanged.append(who.doc_id)
                if moved(old, path):
                    relocated.append(dataclasses.replace(old, origin=str(path.resolve())))
                continue
            if who.note:
                report.notes[who.doc_id] = who.note
            entry = _manifest_entry(path, manifests, report)
            prepared.append(_prepare(path, who.doc_id, entry, fingerprint, options, report))
        except IngestError as exc:
            report.failed.append(exc)
        except Exception as exc:  # a parser bug must not sink the other files
            log.exception("unexpected error ingesting %s", path)
            report.failed.append(IngestError(path, f"could not be processed ({type(exc).__name__}: {exc})"))
    return prepared


def _manifest_entry(path: Path, cache: dict[Path, dict[str, dict[str, Any]]], report: IngestReport) -> dict[str, Any]:
    folder = path.parent
    if folder not in cache:
        try:
            cache[folder] = load_manifest(folder)
        except IngestError as exc:
            report.warnings.append(str(exc))
            cache[folder] = {}
    return cache[folder].get(path.name, {})


def _prepare(
    path: Path, doc_id: str, entry: dict[str, Any], fingerprint: str, options: IngestOptions, report: IngestReport
) -> _Prepared:
    loaded = load_file(path, options.max_bytes)
    report.warnings.extend(loaded.warnings)
    parsed = parse(loaded)
    info = describe(doc_id, path.name, loaded.kind, parsed, entry)
    documents = chunk_document(parsed, info, options.chunking)
    if not documents:
        raise IngestError(path, "no text to index after parsing")
    record = DocRecord(
        doc_id=doc_id,
        title=info.title,
        content_hash=loaded.sha256,
        chunks=len(documents),
        source=path.name,
        kind=loaded.kind,
        date=info.date,
        meeting=info.meeting,
        publisher=info.publisher,
        licence=info.licence,
        pages=info.pages,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        extra={"pipeline": fingerprint, "bytes": loaded.size, "characters": len(parsed.text)},
        origin=str(path.resolve()),
    )
    return _Prepared(record, documents, path)


def embedding_text(document: Document) -> str:
    """What the embedding model reads: the section path (and table header), then the body."""
    meta = document.metadata
    return "\n".join(filter(None, [meta.get("section", ""), meta.get("table_header", ""), document.page_content]))


def _embed(
    prepared: list[_Prepared], index: ChunkIndex, options: IngestOptions, report: IngestReport
) -> list[list[Chunk]]:
    documents = [d for p in prepared for d in p.documents]
    reused = index.vectors_for(_chunk_id(d) for d in documents)
    # Length order: a batch then pads to similar lengths, which halves embedding time here.
    todo = sorted((d for d in documents if _chunk_id(d) not in reused), key=lambda d: len(embedding_text(d)))
    vectors = dict(reused)
    started = time.perf_counter()
    for batch in _progress(_batches(todo, options.batch_size), len(todo), options.progress):
        for doc, vector in zip(
            batch, index.embeddings.embed_documents([embedding_text(d) for d in batch]), strict=False
        ):
            vectors[_chunk_id(doc)] = vector
    report.embed_seconds = time.perf_counter() - started
    report.chunks = len(documents)
    report.embedded = len(todo)
    report.reused = len(documents) - len(todo)
    return [[Chunk(_chunk_id(d), d, vectors[_chunk_id(d)]) for d in p.documents] for p in prepared]


def _chunk_id(document: Document) -> str:
    if document.id is None:  # chunk_document gives every chunk one
        raise ValueError("a chunk without an id")
    return document.id


def _embed_units(prepared: list[_Prepared], index: ChunkIndex, options: IngestOptions, report: IngestReport) -> None:
    """Store the vector of every sentence, row and item answering will compare with a question.

    Without this the first questions of a fresh install embed their candidates' sentences
    on the spot (seconds each). The store is a cache keyed by text, so a run that dies
    here leaves nothing inconsistent, and sentences seen before are not embedded again.
    """
    store = index.unit_store()
    texts = list(dict.fromkeys(u.text for p in prepared for d in p.documents for u in split_units(d.page_content)))
    known = store.get_many(texts)
    todo = sorted((t for t in texts if t not in known), key=len)
    started = time.perf_counter()
    for batch in _progress(_batches(todo, options.batch_size), len(todo), options.progress, "Sentences"):
        store.put_many(batch, index.embeddings.embed_documents(batch))
    report.unit_seconds = time.perf_counter() - started
    report.units_embedded = len(todo)


def _batches(items: list[T], size: int) -> Iterable[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _progress(batches: Iterable[list[T]], total: int, enabled: bool, label: str = "Embedding") -> Iterable[list[T]]:
    if not enabled or total == 0:
        yield from batches
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="text", desc=label, dynamic_ncols=True) as bar:
        for batch in batches:
            yield batch
            bar.update(len(batch))
