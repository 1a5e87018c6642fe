"""Staff document management: add uploaded files through the ingest pipeline, remove documents.

Uploads are checked (type, size) and copied under a clean name into a folder of their own
under ``<data_dir>/uploads``; the ingest pipeline then commits every readable file in one
index switch, and reports each unreadable one with its reason, so no document is ever half
in the index. The copies of files that made it in stay (the source of a later rebuild, and
where the document came from: another upload named 'minutes.md' is another document, added
as 'minutes (2).md', never a silent replacement); the others are deleted.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from settings import Settings
from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex, DocRecord, IndexUpdateError

log = logging.getLogger(__name__)
ALLOWED_TYPES = (".pdf", ".docx", ".md", ".markdown", ".html", ".htm", ".txt")
TYPE_NAMES = "PDF, Word, Markdown, HTML or plain text"
UNAVAILABLE_INDEX = "the index is unavailable at the moment; try again shortly"


@dataclass(frozen=True)
class Outcome:
    status: str  # added | replaced | unchanged | removed | warning | error
    name: str
    detail: str = ""
    path: Path | None = None  # the kept copy of an added upload (internal)


def clean_name(name: str) -> str:
    """The file's own name, without folders or characters that do not belong in a document id."""
    base = Path(str(name).replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._ ()-]+", "_", base).strip(" .") or "upload"
    stem, suffix = Path(base).stem[:120], Path(base).suffix.lower()
    return f"{stem}{suffix}"


class DocumentManager:
    def __init__(self, settings: Settings, index: Callable[[], ChunkIndex | None]) -> None:
        self.settings = settings
        self._index = index
        self.uploads = settings.data_dir / "uploads"
        self._lock = threading.Lock()  # one change at a time from this process (the index also locks)

    def index(self) -> ChunkIndex:
        index = self._index()
        if index is None:
            raise StoreUnavailable(UNAVAILABLE_INDEX)  # it could not be opened (see AssistantSource)
        return index

    def documents(self) -> list[DocRecord]:
        return self.index().documents()

    def add(self, paths: Sequence[str | Path], discard: bool = False) -> list[Outcome]:
        """Ingest these files; with ``discard`` (the web chat's temporary uploads) delete them afterwards,
        whether they went in or were refused, and their upload folder once empty."""
        if not paths:
            return [Outcome("error", "", "Choose one or more files to add first.")]
        outcomes: list[Outcome] = []
        self.uploads.mkdir(parents=True, exist_ok=True)
        # Each upload's copy stays in a folder of its own: it is where the document came from, so a later
        # upload of another 'minutes.md' is another document, and the copy is there for a rebuild.
        batch = Path(tempfile.mkdtemp(prefix=datetime.now(UTC).strftime("%Y%m%dT%H%M%S-"), dir=self.uploads))
        try:
            staged = self._stage(paths, batch, outcomes)
            if staged:
                outcomes += self._ingest(staged)
        finally:
            kept = {o.path.resolve() for o in outcomes if o.path and o.status in ("added", "replaced")}
            for path in batch.iterdir():
                if path.resolve() not in kept:
                    path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                batch.rmdir()
            if discard:
                _discard(paths)
        return [Outcome(o.status, o.name, o.detail) for o in outcomes]

    def _stage(self, paths: Sequence[str | Path], staging: Path, outcomes: list[Outcome]) -> list[Path]:
        staged: list[Path] = []
        for raw in paths:
            source = Path(raw)
            name = clean_name(source.name)
            problem = self._problem(source, name, staging)
            if problem:
                outcomes.append(Outcome("error", name, problem))
                continue
            target = staging / name
            shutil.copyfile(source, target)
            staged.append(target)
        return staged

    def _problem(self, source: Path, name: str, staging: Path) -> str:
        if Path(name).suffix not in ALLOWED_TYPES:
            return f"only {TYPE_NAMES} files can be added ({', '.join(ALLOWED_TYPES)})"
        if (staging / name).exists():
            return "another file in this upload has the same name"
        try:
            size = source.stat().st_size
        except OSError:
            return "the upload could not be read; please try again"
        if size > self.settings.max_file_bytes:
            return f"the file is {size / 1024 / 1024:.1f} MB; the limit is {self.settings.max_file_mb:g} MB"
        if size == 0:
            return "the file is empty"
        return ""

    def _ingest(self, staged: list[Path]) -> list[Outcome]:
        from ingest.pipeline import IngestOptions, ingest

        # An upload's folder means nothing to anyone: 'minutes (2).md' instead.
        options = IngestOptions.from_settings(self.settings, progress=False, folder_names=False)
        with self._lock:
            try:
                report = ingest(staged, self.index(), options)
            except IndexUpdateError as exc:
                return [Outcome("error", p.name, f"nothing was added: {exc}") for p in staged]
            except StoreUnavailable as exc:
                log.warning("upload ingest: %s", exc)
                return [Outcome("error", p.name, f"nothing was added: {UNAVAILABLE_INDEX}") for p in staged]
            except Exception as exc:
                log.exception("upload ingest failed")
                return [Outcome("error", p.name, f"nothing was added ({type(exc).__name__})") for p in staged]
        outcomes = [Outcome("warning", "", str(w)) for w in report.warnings]
        outcomes += [Outcome("error", Path(e.path).name, e.reason) for e in report.failed]
        for status, records in (("added", report.added), ("replaced", report.replaced)):
            for record in records:
                note = f"; {report.notes[record.doc_id]}" if record.doc_id in report.notes else ""
                detail = f"{record.title} ({record.chunks} passages{note})"
                outcomes.append(Outcome(status, record.doc_id, detail, Path(record.origin)))
        outcomes += [Outcome("unchanged", name, "already indexed, identical") for name in report.unchanged]
        return outcomes

    def remove(self, doc_ids: Sequence[str]) -> list[Outcome]:
        if not doc_ids:
            return [Outcome("error", "", "Choose the documents to remove first.")]
        with self._lock:
            try:
                records = {d.doc_id: d for d in self.index().documents()}
                self.index().commit(remove=list(doc_ids))
            except IndexUpdateError as exc:
                return [Outcome("error", "", f"nothing was removed: {exc}")]
            except StoreUnavailable as exc:
                log.warning("removing documents: %s", exc)
                return [Outcome("error", "", f"nothing was removed: {UNAVAILABLE_INDEX}")]
        for doc_id in doc_ids:
            self._forget_upload(records.get(doc_id), doc_id)
        return [Outcome("removed", doc_id) for doc_id in doc_ids]

    def _forget_upload(self, record: DocRecord | None, doc_id: str) -> None:
        """Delete the kept copy of an uploaded document (never a file that came from elsewhere)."""
        copy = Path(record.origin) if record and record.origin else self.uploads / clean_name(doc_id)
        if copy.resolve().is_relative_to(self.uploads.resolve()):
            copy.unlink(missing_ok=True)
            if copy.parent != self.uploads:
                with contextlib.suppress(OSError):
                    copy.parent.rmdir()


def _discard(paths: Sequence[str | Path]) -> None:
    for raw in paths:
        path = Path(raw)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # Gradio keeps each upload in a folder of its own; only an empty one goes
