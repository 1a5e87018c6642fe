"""Manifests: optional ``manifest.json`` files giving the metadata of documents beside them.

Format: ``{"documents": [{"file": "name.pdf", "title": ..., "publisher": ..., "date": "YYYY-MM-DD",
"meeting": ..., "licence": ...}, ...]}``. Fields left out are read from the document itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest.load import IngestError

FILE_NAME = "manifest.json"
FIELDS = ("title", "publisher", "date", "meeting", "licence", "licence_url")


def load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Entries of ``folder/manifest.json`` by file name; {} when there is none."""
    path = folder / FILE_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["documents"] if isinstance(data, dict) else data
        return {str(e["file"]): {k: e[k] for k in FIELDS if k in e} for e in entries}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(path, f"unreadable manifest ({type(exc).__name__}: {exc})") from None
