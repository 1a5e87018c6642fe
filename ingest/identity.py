"""Which indexed document a file is: by where it came from, never by its file name alone.

Board packs reuse names (minutes, agenda, papers), so ``a/minutes.md`` and ``b/minutes.md``
are two documents. A file is matched to an indexed document, in this order:

1. the document ingested from the same place (its resolved path, the record's ``origin``);
2. a document with the same file name and the same bytes (the file was copied or its
   folder moved): still one document;
3. a document with the same id that has no recorded origin (an index built before origins
   were recorded), as that index always matched them.

Anything else is a new document. Its id is its file name when that is free, else the file
name under as many of its folders as make it unique (``b/minutes.md``), else a numbered
name (``minutes (2).md``). An id, once given, never changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vectorstore.index import DocRecord


@dataclass(frozen=True)
class Identity:
    doc_id: str
    known: DocRecord | None  # the indexed document this file is, if any
    note: str = ""  # why a new document is not simply called by its file name


def identify(
    path: Path, digest: str, known: Mapping[str, DocRecord], taken: Collection[str], folder_names: bool = True
) -> Identity:
    """The document ``path`` (with content hash ``digest``) is; ``taken`` holds ids claimed in this run."""
    origin = str(path.resolve())
    name = path.name
    for record in known.values():
        if record.origin == origin:
            return Identity(record.doc_id, record)
    for record in known.values():
        if (record.source or record.doc_id) == name and record.content_hash == digest:
            return Identity(record.doc_id, record)
    legacy = known.get(name)
    if legacy is not None and not legacy.origin:
        return Identity(name, legacy)
    used = set(known) | set(taken)
    if name not in used:
        return Identity(name, None)
    for candidate in _candidates(path, folder_names):
        if candidate not in used:
            return Identity(candidate, None, f"another document is already called {name}")
    raise AssertionError("unreachable: numbered names never run out")


def moved(record: DocRecord, path: Path) -> bool:
    """True when the document's recorded origin is not ``path`` (learnt later, or the file was found elsewhere)."""
    return record.origin != str(path.resolve()) and not (record.origin and Path(record.origin).is_file())


def _candidates(path: Path, folder_names: bool) -> Iterator[str]:
    parents = [p for p in path.resolve().parent.parts[1:]][::-1] if folder_names else []
    for depth in range(1, len(parents) + 1):
        yield str(PurePosixPath(*reversed(parents[:depth]), path.name))
    stem, suffix = path.stem, path.suffix
    n = 2
    while True:
        yield f"{stem} ({n}){suffix}"
        n += 1
