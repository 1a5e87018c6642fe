"""The original files of indexed documents, kept beside the index so citations can open them.

Each file is stored once under its content hash (``<sha256><suffix>``), written before the
index switches to a generation that names it, so a failed or killed update leaves only an
unreferenced file (removed by the next update) and never a citation without its file. A
stored name is checked against that pattern before it becomes a path: nothing a reader
asks for can name a file outside this folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

_NAME = re.compile(r"^[0-9a-f]{64}\.[a-z0-9]{1,8}$")


class OriginalChanged(RuntimeError):
    """The file on disk is no longer the one that was read (changed during the ingest)."""


class OriginalStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def name_for(sha256: str, suffix: str) -> str:
        return f"{sha256.lower()}{suffix.lower() or '.bin'}"

    def put(self, source: Path, sha256: str) -> str:
        """Keep a copy of ``source`` (whose content hash is ``sha256``); returns its stored name."""
        name = self.name_for(sha256, Path(source).suffix)
        if not _NAME.match(name):
            raise ValueError(f"cannot store {source.name!r} under {name!r}")
        target = self.folder / name
        if target.is_file():
            return name
        data = Path(source).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256.lower():
            raise OriginalChanged(f"{source} changed while it was being ingested; ingest it again")
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".original-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return name

    def path(self, name: str | None) -> Path | None:
        """The stored file of that name, or None (also for any name that is not a stored name)."""
        if not name or not _NAME.match(name):
            return None
        path = self.folder / name
        return path if path.is_file() else None

    def prune(self, keep: Iterable[str]) -> None:
        """Remove stored files no kept generation names, and copies a killed update left half written."""
        if not self.folder.is_dir():
            return
        kept = set(keep)
        for path in self.folder.iterdir():
            if path.is_file() and path.name not in kept:
                path.unlink(missing_ok=True)
