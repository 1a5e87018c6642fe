"""The feedback store: ratings, comments, concurrent writers, CSV export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading

from ui.feedback import COLUMNS, FeedbackStore, Rated

CITATIONS = [{"n": 1, "doc": "south.md", "title": "South Borough Health Board", "page": 4}]


def rated(session: str = "s1", turn: int = 0, question: str = "What was the vacancy rate?") -> Rated:
    return Rated(session, turn, question, "Vacancy rates fell to 8.2% in February. [1]", CITATIONS)


def test_a_rating_is_stored_with_question_answer_citations_and_time(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3", mode="public")
    row_id = store.rate(rated(), helpful=True)
    assert store.comment(row_id, "  Clear and cited.  ")
    [row] = store.rows()
    assert row["id"] == row_id and row["helpful"] == 1 and row["comment"] == "Clear and cited."
    assert row["question"] == "What was the vacancy rate?" and row["answer"].endswith("[1]")
    assert json.loads(row["citations"]) == CITATIONS
    assert row["mode"] == "public" and row["created_at"].startswith("20") and row["session"] == "s1"
    with sqlite3.connect(tmp_path / "fb.sqlite3") as db:  # the file is plain SQLite, in WAL mode
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_changing_a_rating_updates_the_row_instead_of_adding_one(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    first = store.rate(rated(), helpful=True)
    second = store.rate(rated(), helpful=False)
    assert first == second
    assert [(r["helpful"], r["turn"]) for r in store.rows()] == [(0, 0)]
    store.rate(rated(turn=1), helpful=True)
    store.rate(rated(session="s2"), helpful=True)
    assert len(store.rows()) == 3
    assert not store.comment(9999, "no such row")


def test_twenty_concurrent_writers_lose_no_rows(tmp_path):
    path = tmp_path / "fb.sqlite3"
    FeedbackStore(path)
    errors: list[BaseException] = []
    start = threading.Barrier(20)

    def writer(n: int) -> None:
        store = FeedbackStore(path)  # each thread its own store, as separate workers would have
        try:
            start.wait()
            for turn in range(15):
                row_id = store.rate(rated(session=f"session-{n}", turn=turn), helpful=turn % 2 == 0)
                store.comment(row_id, f"comment {n}/{turn}")
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    rows = FeedbackStore(path).rows()
    assert len(rows) == 20 * 15
    assert {(r["session"], r["turn"]) for r in rows} == {(f"session-{n}", t) for n in range(20) for t in range(15)}
    assert all(r["comment"] == f"comment {r['session'].split('-')[1]}/{r['turn']}" for r in rows)


def test_csv_export_round_trips_and_defuses_formulas(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.comment(store.rate(rated(question='=HYPERLINK("http://evil")'), helpful=False), "Wrong, see p. 4 — “quoted”")
    store.rate(rated(turn=1, question="Line one\nline two, with a comma"), helpful=True)
    out = io.StringIO()
    assert store.export_csv(out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["question"] == '\'=HYPERLINK("http://evil")'  # a spreadsheet shows it, never runs it
    assert rows[0]["helpful"] == "0" and rows[0]["comment"] == "Wrong, see p. 4 — “quoted”"
    assert rows[1]["question"] == "Line one\nline two, with a comma" and rows[1]["helpful"] == "1"
    assert json.loads(rows[1]["citations"]) == CITATIONS


def test_a_database_from_before_conversation_ids_keeps_its_rows(tmp_path):
    path = tmp_path / "fb.sqlite3"
    with sqlite3.connect(path) as db:  # the schema the first release created
        db.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, mode TEXT NOT NULL DEFAULT '', session TEXT NOT NULL, turn INTEGER NOT NULL, "
            "question TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL DEFAULT '[]', helpful INTEGER, "
            "comment TEXT NOT NULL DEFAULT '', UNIQUE (session, turn))"
        )
        db.execute(
            "INSERT INTO feedback (created_at, updated_at, session, turn, question, answer, helpful, comment) "
            "VALUES ('2026-01-01', '2026-01-01', 's1', 0, 'Old question?', 'Old answer.', 1, 'old comment')"
        )
    store = FeedbackStore(path)
    store.rate(Rated("s1", 0, "New question?", "New answer.", CITATIONS, conversation="c2"), helpful=False)
    rows = store.rows()
    assert [(r["question"], r["helpful"], r["comment"]) for r in rows] == [
        ("Old question?", 1, "old comment"),
        ("New question?", 0, ""),
    ]
    assert FeedbackStore(path).rows() == rows  # opening it again changes nothing


def test_the_database_is_readable_by_its_owner_only(tmp_path):
    import os
    import stat

    old_umask = os.umask(0o022)  # the usual default, which made it 0644
    try:
        store = FeedbackStore(tmp_path / "data" / "fb.sqlite3")
        store.rate(rated(), helpful=True)
    finally:
        os.umask(old_umask)
    files = sorted((tmp_path / "data").glob("fb.sqlite3*"))
    assert files and {f.name for f in files} >= {"fb.sqlite3"}
    assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
    loose = tmp_path / "old.sqlite3"
    FeedbackStore(loose)
    loose.chmod(0o644)  # a database made by the earlier code
    FeedbackStore(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600
