"""The ingestion pipeline, top to bottom: load → parse → chunk → embed → store.

Files are handled one at a time: each is read, parsed and chunked (in a worker process,
a few files ahead, while this one embeds), then its new chunks are embedded (vectors of
chunks already in the index are reused); a file that fails is reported and skipped, the
others go on. All documents are then committed to the index in one switch, with a copy of
each file for citations to open, so a run that dies half way changes nothing.

Sentences are not embedded here: answering embeds the sentences of the passages it
retrieves when it first needs them and keeps their vectors (``vectorstore.unit_vectors``),
so an ingest costs one model pass per chunk, not one per chunk and one per sentence.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.utils.iter import batch_iterate

from ingest.chunk import ChunkingOptions, chunk_document, embedding_text
from ingest.identity import identify, moved
from ingest.load import IngestError, check_file, discover, file_hash, load_file
from ingest.manifest import load_manifest
from ingest.parse import PARSER_VERSION, parse
from ingest.progress import IngestProgress, progress_for
from ingest.structure import describe
from settings import Settings
from vectorstore.embeddings import embedding_name, token_window
from vectorstore.index import Chunk, ChunkIndex, DocRecord
from vectorstore.originals import OriginalStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestOptions:
    chunking: ChunkingOptions = ChunkingOptions()
    max_bytes: int = 50 * 1024 * 1024
    batch_size: int = 32
    progress: bool = True  # a bar on a terminal, else a line per file (ingest.progress); False: nothing
    parse_workers: int = 1  # processes that parse files ahead while this one embeds (0: parse in line)
    parse_ahead: int = 4  # files parsed ahead of the one being embedded, at most
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
    parse_seconds: float = 0.0  # reading, parsing and chunking, summed over files (partly beside embedding)
    store_seconds: float = 0.0  # the commit: Chroma, the lexical index, the originals, the switch

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
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0  # reading, parsing and chunking it


@dataclass(frozen=True)
class _Todo:
    path: Path
    doc_id: str
    entry: dict[str, Any]
    size: int


def ingest(
    paths: Sequence[Path],
    index: ChunkIndex,
    options: IngestOptions = IngestOptions(),
    progress: IngestProgress | None = None,
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    known = index.generation(refresh=True).documents
    options = with_model_window(options, index.embeddings)
    fingerprint = pipeline_fingerprint(options, index.embeddings, index.second)
    relocated: list[DocRecord] = []
    todo = _to_prepare(paths, known, fingerprint, options, report, relocated, index.originals())
    progress = progress or progress_for(quiet=not options.progress)
    progress.start(len(todo), sum(t.size for t in todo))
    try:
        ready: list[tuple[_Prepared, list[Chunk]]] = []
        for item, outcome in _prepare_stream(todo, fingerprint, options):
            if isinstance(outcome, IngestError):
                report.failed.append(outcome)
                progress.file_failed(item.path.name, item.size)
                continue
            embed_started = time.perf_counter()
            report.warnings.extend(outcome.warnings)
            report.parse_seconds += outcome.seconds
            progress.parsed(item.path.name, len(outcome.documents), item.size)
            ready.append((outcome, _embed(outcome, index, options, report, progress)))
            seconds = outcome.seconds + time.perf_counter() - embed_started
            progress.file_done(item.path.name, len(outcome.documents), seconds)
        if ready:
            store_started = time.perf_counter()
            progress.writing(report.embedded)
            # Each file goes with its chunks: the index keeps a copy for citations to open, written
            # under the same lock and before the same switch as the chunks.
            index.commit(
                put=[(p.record, chunks) for p, chunks in ready],
                originals={p.record.doc_id: p.path for p, _ in ready if p.path is not None},
            )
            report.store_seconds = time.perf_counter() - store_started
            for p, _ in ready:
                (report.replaced if p.record.doc_id in known else report.added).append(p.record)
        if relocated:  # unchanged documents found at a new place (or first seen since origins were kept)
            index.update_records(relocated)
    finally:
        progress.finish()
    report.seconds = time.perf_counter() - started
    return report


def with_model_window(options: IngestOptions, embeddings: Embeddings) -> IngestOptions:
    """The options with chunks sized for ``embeddings``' model: its tokenizer and how much it reads."""
    if options.chunking.window is not None:
        return options
    return dataclasses.replace(options, chunking=dataclasses.replace(options.chunking, window=token_window(embeddings)))


def pipeline_fingerprint(options: IngestOptions, embeddings: Embeddings, second: Embeddings | None) -> str:
    """Changes when re-chunking or re-embedding would give different chunks (sizes in the model's word pieces), or
    a chunk would lack the second model's vector (an index made before it: ingesting again adds them)."""
    c = options.chunking
    sizes = f"{c.max_tokens}-{c.overlap_tokens}-{c.min_tokens}-wp{c.model_window.size}"
    return f"parser{PARSER_VERSION}/chunk{sizes}/{embedding_name(embeddings)}+{embedding_name(second) if second else 'none'}"


def _to_prepare(
    paths: Sequence[Path],
    known: dict[str, DocRecord],
    fingerprint: str,
    options: IngestOptions,
    report: IngestReport,
    relocated: list[DocRecord],
    originals: OriginalStore | None = None,
) -> list[_Todo]:
    """The files to read, in order: not refused up front, and not unchanged since the last ingest."""
    todo: list[_Todo] = []
    claimed: dict[str, Path] = {}  # doc_id -> the file of this run that has it
    seen: dict[tuple[str, str], Path] = {}  # (file name, content hash) of this run's files
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in discover(paths, report.warnings):
        try:
            _, size = check_file(path, options.max_bytes)
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
            todo.append(_Todo(path, who.doc_id, _manifest_entry(path, manifests, report), size))
        except IngestError as exc:
            report.failed.append(exc)
        except OSError as exc:
            report.failed.append(IngestError(path, f"could not be read ({exc.strerror or exc})"))
    return todo


def _prepare_stream(
    todo: list[_Todo], fingerprint: str, options: IngestOptions
) -> Iterator[tuple[_Todo, _Prepared | IngestError]]:
    """Each file prepared, in order; parsed a few files ahead in a worker process when that pays.

    It pays for PDFs (a 56-page pack takes 4 s to parse), not for Markdown, HTML, Word or text (0.3 s for
    the shipped corpus), which would wait for the worker to start (2-3 s). On two busy cores the
    overlap saved 5 % of ingesting the held-out papers with the corpus, and cost 15 % on the corpus alone.
    """
    pdfs = sum(t.path.suffix.lower() == ".pdf" for t in todo)
    if options.parse_workers < 1 or len(todo) < 2 or not pdfs:
        for item in todo:
            yield item, _prepare_safely(item, fingerprint, options)
        return
    # spawn, not fork: this process may already hold the model's and Chroma's threads.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(options.parse_workers, mp_context=context, initializer=_ignore_interrupts)
    try:
        pending: deque[tuple[_Todo, Future[_Prepared | IngestError]]] = deque()
        queue = iter(todo)
        for item in queue:
            pending.append((item, pool.submit(_prepare_safely, item, fingerprint, options)))
            if len(pending) >= max(1, options.parse_ahead):
                break
        while pending:
            item, future = pending.popleft()
            outcome = future.result()
            for following in queue:
                pending.append((following, pool.submit(_prepare_safely, following, fingerprint, options)))
                break
            yield item, outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """A parse worker leaves Ctrl-C to the ingest it works for (which stops it)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_safely(item: _Todo, fingerprint: str, options: IngestOptions) -> _Prepared | IngestError:
    """The prepared file, or the error that stops it (returned, so it crosses a process boundary whole)."""
    try:
        return _prepare(item.path, item.doc_id, item.entry, fingerprint, options)
    except IngestError as exc:
        return exc
    except Exception as exc:  # a parser bug must not sink the other files
        log.exception("unexpected error ingesting %s", item.path)
        return IngestError(item.path, f"could not be processed ({type(exc).__name__}: {exc})")


def _manifest_entry(path: Path, cache: dict[Path, dict[str, dict[str, Any]]], report: IngestReport) -> dict[str, Any]:
    folder = path.parent
    if folder not in cache:
        try:
            cache[folder] = load_manifest(folder)
        except IngestError as exc:
            report.warnings.append(str(exc))
            cache[folder] = {}
    return cache[folder].get(path.name, {})


def _prepare(path: Path, doc_id: str, entry: dict[str, Any], fingerprint: str, options: IngestOptions) -> _Prepared:
    started = time.perf_counter()
    loaded = load_file(path, options.max_bytes)
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
    return _Prepared(record, documents, path, list(loaded.warnings), time.perf_counter() - started)


def _embed(
    prepared: _Prepared, index: ChunkIndex, options: IngestOptions, report: IngestReport, progress: IngestProgress
) -> list[Chunk]:
    """The file's chunks with their vectors: reused when the index has the chunk, else embedded."""
    documents = prepared.documents
    reused = index.vectors_for(_chunk_id(d) for d in documents)
    # Length order: a batch then pads to similar lengths, which halves embedding time here.
    texts = {_chunk_id(d): embedding_text(d, options.chunking.window) for d in documents if _chunk_id(d) not in reused}
    todo = sorted((d for d in documents if _chunk_id(d) in texts), key=lambda d: len(texts[_chunk_id(d)]))
    vectors = dict(reused)
    if reused:
        progress.embedded(len(documents) - len(todo))
    started = time.perf_counter()
    for batch in batch_iterate(options.batch_size, todo):
        for doc, vector in zip(
            batch, index.embeddings.embed_documents([texts[_chunk_id(d)] for d in batch]), strict=True
        ):
            vectors[_chunk_id(doc)] = vector
        progress.embedded(len(batch))
    _embed_second(documents, index, options)
    report.embed_seconds += time.perf_counter() - started
    report.chunks += len(documents)
    report.embedded += len(todo)
    report.reused += len(documents) - len(todo)
    return [Chunk(_chunk_id(d), d, vectors[_chunk_id(d)]) for d in documents]


def _embed_second(documents: Sequence[Document], index: ChunkIndex, options: IngestOptions) -> None:
    """The second passage model's vector of each chunk that has none yet (by chunk id), stored before the
    commit: a vector no generation names yet is never searched, so an interrupted ingest leaves nothing wrong."""
    if index.second is None:
        return
    store = index.passage_store()
    have = store.get_many([_chunk_id(d) for d in documents])
    todo = [d for d in documents if _chunk_id(d) not in have]
    for batch in batch_iterate(options.batch_size, todo):
        texts = [embedding_text(d, options.chunking.window) for d in batch]
        store.put_many([_chunk_id(d) for d in batch], index.second.embed_documents(texts))


def _chunk_id(document: Document) -> str:
    if document.id is None:  # chunk_document gives every chunk one
        raise ValueError("a chunk without an id")
    return document.id
