"""Feedback on answers, in SQLite: one row per rated answer, CSV export for review.

A row is one answer of one conversation (session, conversation id, turn number): starting
a new conversation in the same tab starts new rows, it never overwrites the earlier ones.

Several chat sessions write at once, so every call opens its own connection, the
database runs in WAL mode and waits (busy timeout) instead of failing when locked.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

BUSY_TIMEOUT_S = 30.0
COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "mode",
    "session",
    "conversation",
    "turn",
    "question",
    "answer",
    "helpful",
    "comment",
    "citations",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT '',
    session TEXT NOT NULL,
    conversation TEXT NOT NULL DEFAULT '',
    turn INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    helpful INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (session, conversation, turn)
)
"""
# The first schema keyed a rating by (session, turn) alone; its rows are copied over as they are.
_MIGRATE = """
ALTER TABLE feedback RENAME TO feedback_v1;
{schema};
INSERT INTO feedback (id, created_at, updated_at, mode, session, turn, question, answer, citations, helpful, comment)
SELECT id, created_at, updated_at, mode, session, turn, question, answer, citations, helpful, comment FROM feedback_v1;
DROP TABLE feedback_v1;
"""
_UPSERT = """
INSERT INTO feedback (created_at, updated_at, mode, session, conversation, turn, question, answer, citations, helpful)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (session, conversation, turn) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at
RETURNING id
"""
# Spreadsheets run a cell that starts like a formula; feedback holds text anyone could type.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Rated:
    """What a rating is about: the question, the answer as shown, and its citations."""

    session: str
    turn: int
    question: str
    answer: str
    citations: Sequence[dict[str, Any]] = ()
    conversation: str = ""


class FeedbackStore:
    def __init__(self, path: Path, mode: str = "") -> None:
        self.path = Path(path)
        self.mode = mode
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _private(self.path)
        db = self._connect()
        try:
            db.execute("PRAGMA journal_mode=WAL")
            with db:
                db.execute(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            if "conversation" not in columns:
                db.executescript(f"BEGIN IMMEDIATE;{_MIGRATE.format(schema=_SCHEMA.strip())}COMMIT;")
        finally:
            db.close()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
        db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        return db

    def rate(self, rated: Rated, helpful: bool) -> int:
        """Record (or change) whether an answer helped; returns the row id."""
        now = _now()
        citations = json.dumps(list(rated.citations), ensure_ascii=False, default=str)
        db = self._connect()
        try:
            with db:
                row = db.execute(
                    _UPSERT,
                    (
                        now,
                        now,
                        self.mode,
                        rated.session,
                        rated.conversation,
                        rated.turn,
                        rated.question,
                        rated.answer,
                        citations,
                        int(helpful),
                    ),
                ).fetchone()
            return int(row[0])
        finally:
            db.close()

    def comment(self, row_id: int, comment: str) -> bool:
        """Attach a comment to a rating; False if there is no such row."""
        db = self._connect()
        try:
            with db:
                cur = db.execute(
                    "UPDATE feedback SET comment = ?, updated_at = ? WHERE id = ?", (comment.strip(), _now(), row_id)
                )
            return cur.rowcount == 1
        finally:
            db.close()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._iter_rows())

    def _iter_rows(self) -> Iterator[dict[str, Any]]:
        db = self._connect()
        try:
            db.row_factory = sqlite3.Row
            for row in db.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id"):
                yield dict(row)
        finally:
            db.close()

    def export_csv(self, out: TextIO) -> int:
        """Every row as CSV (header first); returns the number of rows written."""
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        count = 0
        for row in self._iter_rows():
            writer.writerow([_cell(row[c]) for c in COLUMNS])
            count += 1
        return count


def _private(path: Path) -> None:
    """Feedback holds what people typed: the database (and SQLite's files beside it, which take its mode)
    is readable by its owner only, as the staff credentials are, whatever the umask."""
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(file, 0o600)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
