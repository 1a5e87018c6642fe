"""Load: find the files to ingest, refuse the ones that cannot be, read the rest.

Every refusal is an :class:`IngestError` naming the file and the reason in one line.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.docx_read import DocxContent, Table

SUPPORTED = {
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
# Types people try that are not read, and what to do instead.
_HINTS = {
    ".doc": "an old binary Word document: open it in Word and save it as .docx",
    ".docm": "a macro-enabled Word document: save it as .docx",
    ".rtf": "Rich Text: open it in Word and save it as .docx",
}
MAX_PDF_PAGES = 2000


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
SKIPPED_NAMES = ("manifest.json", "SOURCES.md", "README.md")


def printable(value: object) -> str:
    """Text for one line of output: control characters (a newline in a file name) shown escaped, so a
    name cannot start a line of its own ('error: ...') or break a table."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(value))


class IngestError(Exception):
    """A file that cannot be ingested, and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:  # pickled whole: parsed in a worker
        return (IngestError, (self.path, self.reason))


@dataclass
class LoadedFile:
    """A readable file: its bytes' hash, its kind, and its text (per page for PDFs; paragraphs and tables for Word)."""

    path: Path
    kind: str
    sha256: str
    size: int
    text: str = ""
    pages: list[str] = field(default_factory=list)
    pdf_metadata: dict[str, str] = field(default_factory=dict)
    pdf_bold: list[list[str]] = field(default_factory=list)  # per page, its stretches of bold text (ingest.pdf_bold)
    pdf_tables: dict[str, Table] = field(default_factory=dict)  # ruled tables by their marker lines (ingest.pdf_ruled)
    docx: DocxContent | None = None
    warnings: list[str] = field(default_factory=list)


def discover(paths: Iterable[Path], warnings: list[str] | None = None) -> Iterator[Path]:
    """Files named, and files found under folders named (sorted; manifests skipped).

    Under a folder, hidden folders (.git) are skipped quietly; a hidden file of a type that
    could be ingested, a lock file Word keeps beside a document it has open (``~$name.docx``)
    and a symbolic link to a folder (never followed, so a link loop cannot recur) are skipped
    with a warning in ``warnings``.
    """
    warnings = [] if warnings is None else warnings
    for path in paths:
        if path.is_dir():
            yield from _walk(path, warnings)
        else:
            yield path


def _walk(root: Path, warnings: list[str]) -> Iterator[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=lambda e: warnings.append(_unreadable(e))):
        here = Path(folder)
        for name in list(dirs):
            if name.startswith("."):
                dirs.remove(name)
            elif (here / name).is_symlink():
                dirs.remove(name)
                warnings.append(f"{printable(here / name)}: skipped, a symbolic link to a folder (not followed)")
        for name in files:
            path = here / name
            if name in SKIPPED_NAMES:
                continue
            if name.startswith("."):
                if path.suffix.lower() in SUPPORTED:
                    warnings.append(f"{printable(path)}: skipped, a hidden file (its name starts with a dot)")
                continue
            if name.startswith("~$"):  # Word's owner file beside a document it has open: not a paper
                warnings.append(f"{printable(path)}: skipped, a Word lock file (the document is open in Word)")
                continue
            found.append(path)
    yield from sorted(found)


def _unreadable(error: OSError) -> str:
    return f"{printable(error.filename)}: skipped, the folder cannot be read ({error.strerror})"


def check_file(path: Path, max_bytes: int) -> tuple[str, int]:
    """The file's kind and size, or an IngestError when it must be refused before reading."""
    if not path.exists():
        raise IngestError(path, "no such file")
    if not path.is_file():
        raise IngestError(path, "not a regular file")
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED))
        hint = _HINTS.get(path.suffix.lower())
        hint = f"; {hint}" if hint else ""
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r} (supported: {supported}){hint}")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "empty file")
    if size > max_bytes:
        raise IngestError(path, f"file too large ({size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.1f} MB)")
    return kind, size


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_file(path: Path, max_bytes: int) -> LoadedFile:
    """Read one file into text; raises IngestError for anything unreadable."""
    kind, size = check_file(path, max_bytes)
    data = path.read_bytes()
    loaded = LoadedFile(path=path, kind=kind, sha256=hashlib.sha256(data).hexdigest(), size=size)
    if kind == "pdf":
        from ingest.pdf import read_pdf

        loaded.pages, loaded.pdf_metadata, loaded.pdf_bold, loaded.pdf_tables = read_pdf(path, data, MAX_PDF_PAGES)
        if not any(page.strip() for page in loaded.pages):
            raise IngestError(path, "the PDF has no extractable text (scanned images need OCR first)")
    elif kind == "docx":
        from ingest.docx_read import read_docx

        loaded.docx = read_docx(path, data)
        if not loaded.docx.has_text:
            raise IngestError(path, "no text in the Word document")
    else:
        loaded.text = decode_text(path, data, loaded.warnings)
        if not loaded.text.strip():
            raise IngestError(path, "no text in the file (only whitespace)")
    return loaded


def decode_text(path: Path, data: bytes, warnings: list[str]) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(path, "not valid UTF-16 text despite its byte-order mark") from None
    if _looks_binary(data):
        raise IngestError(path, "binary content, not text (is the file extension right?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise IngestError(
                path,
                f"not UTF-8 text (invalid byte at offset {exc.start}) and not Windows-1252 either; re-save it as UTF-8",
            ) from None
        warnings.append(f"{path}: not UTF-8 (invalid byte at offset {exc.start}); read as Windows-1252")
        return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05
