"""evals.check_dataset on small question sets and documents written in the test (never ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.check_dataset import check_file, main
from tests.helpers import board_docx, board_pdf

PAPER = """# North Trust Board

## Item 6 Chief Executive's report

The trust reported a surplus of £0.4m at month 4,
which is £0.1m better than plan.

|Committee|Chair|
|---|---|
|Audit Committee|Khalil Rehman \\(Chair\\)|
"""


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "north-board.md").write_text(PAPER, encoding="utf-8")
    (folder / "board-report.pdf").write_bytes(board_pdf())
    return folder


def row(qid: str = "q001", **changes) -> dict:
    base = {
        "id": qid,
        "question": "What surplus did the trust report at month 4?",
        "audience": "public",
        "type": "number",
        "answer": "A surplus of £0.4m, £0.1m better than plan.",
        "key_facts": ["£0.4m"],
        "sources": [{"doc": "north-board.md", "quote": "The trust reported a surplus of £0.4m at month 4"}],
    }
    base.update(changes)
    return base


def unanswerable(qid: str = "q009", **changes) -> dict:
    base = {
        "id": qid,
        "question": "What is the trust's parking charge?",
        "audience": "public",
        "type": "unanswerable",
        "answer": "NOT_IN_CORPUS",
        "key_facts": [],
        "sources": [],
    }
    base.update(changes)
    return base


def write(tmp_path: Path, rows: list, name: str = "set.jsonl") -> Path:
    path = tmp_path / name
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def problems(tmp_path: Path, docs: Path, rows: list) -> list[str]:
    return [f.message for f in check_file(write(tmp_path, rows), [docs]).problems]


def test_a_clean_set_over_markdown_and_pdf_has_no_findings(tmp_path, docs):
    pdf_row = row(
        "q002",
        question="How many appointments were missed in February?",
        type="table",
        answer="998 missed appointments.",
        key_facts=["998"],
        sources=[{"doc": "board-report.pdf", "quote": "Missed appointments 1,204 998"}],
    )
    report = check_file(write(tmp_path, [row(), pdf_row, unanswerable()]), [docs])
    assert report.questions == 3
    assert report.findings == []


def test_a_markdown_quote_must_be_exact_apart_from_whitespace(tmp_path, docs):
    joined = row(
        sources=[{"doc": "north-board.md", "quote": "surplus of £0.4m at month 4, which is £0.1m better than plan."}]
    )
    assert problems(tmp_path, docs, [joined]) == []
    reworded = row(sources=[{"doc": "north-board.md", "quote": "The trust reported a surplus of £0.4m in month 4"}])
    found = problems(tmp_path, docs, [reworded])
    assert len(found) == 1 and "not an exact substring of north-board.md" in found[0]
    # The markdown escapes are part of the file's text: an unescaped quote is not exact.
    unescaped = row(sources=[{"doc": "north-board.md", "quote": "Khalil Rehman (Chair)"}], answer="Khalil Rehman £0.4m")
    assert "not an exact substring" in problems(tmp_path, docs, [unescaped])[0]


def test_a_word_quote_is_found_in_the_text_ingest_reads(tmp_path, docs):
    (docs / "riverside.docx").write_bytes(board_docx())
    quoted = row(
        question="How long was the podiatry wait in May 2025?",
        answer="12 weeks.",
        key_facts=["12 weeks"],
        sources=[{"doc": "riverside.docx", "quote": "Podiatry | 14 weeks | 12 weeks"}],
    )
    assert problems(tmp_path, docs, [quoted]) == []
    missing = row(sources=[{"doc": "riverside.docx", "quote": "Podiatry waits fell to 9 weeks"}], answer="£0.4m")
    assert "not an exact substring of riverside.docx (text)" in problems(tmp_path, docs, [missing])[0]
    (docs / "broken.docx").write_bytes(board_docx()[:3000])
    broken = row(sources=[{"doc": "broken.docx", "quote": "Podiatry"}])
    assert "could not be read (ValueError: a damaged Word document" in problems(tmp_path, docs, [broken])[0]


def test_a_pdf_quote_is_matched_by_the_shared_rule_on_the_pypdf_text(tmp_path, docs):
    # Extraction breaks the sentence across lines; the rule compares tokens, so the quote still counts.
    across_lines = row(
        sources=[
            {
                "doc": "board-report.pdf",
                "quote": "performed against the elective recovery targets during the winter period",
            }
        ]
    )
    across_pages = row(
        "q003",
        sources=[{"doc": "board-report.pdf", "quote": "Waiting over 18 weeks 4.2% 3.9% The board is asked to note"}],
    )
    assert problems(tmp_path, docs, [across_lines, across_pages]) == []
    absent = row(sources=[{"doc": "board-report.pdf", "quote": "Cancelled operations rose to 312 in March"}])
    found = problems(tmp_path, docs, [absent])
    assert len(found) == 1 and "not found in the pypdf text of board-report.pdf" in found[0]


def test_documents_are_looked_up_by_file_name_across_folders(tmp_path, docs):
    other = tmp_path / "other"
    other.mkdir()
    (other / "south-board.md").write_text("Vacancy rates fell to 8.2% in February.", encoding="utf-8")
    south = row(
        answer="8.2%", key_facts=["8.2%"], sources=[{"doc": "south-board.md", "quote": "Vacancy rates fell to 8.2%"}]
    )
    path = write(tmp_path, [south])
    assert check_file(path, [docs, other]).problems == []
    assert "not found in" in check_file(path, [docs]).problems[0].message
    as_path = row(sources=[{"doc": "docs/north-board.md", "quote": "surplus of £0.4m"}])
    assert "bare file name" in problems(tmp_path, docs, [as_path])[0]


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ({"audience": "board"}, "audience 'board' is not one of"),
        ({"type": "opinion"}, "type 'opinion' is not one of"),
        ({"key_facts": "£0.4m"}, "'key_facts' must be a list of strings"),
        ({"sources": [{"doc": "north-board.md"}]}, "'sources' must be a list of"),
        ({"question": ""}, "'question' must be a non-empty string"),
        ({"key_facts": []}, "needs at least one entry in key_facts"),
        ({"key_facts": ["£1.2m"]}, "the gold answer does not contain its own key fact '£1.2m'"),
        ({"key_facts": ["--"]}, "has no tokens"),
        ({"type": "multi_hop"}, "a multi_hop question needs at least two sources"),
        ({"answer": "NOT_IN_CORPUS"}, "an unanswerable question needs type 'unanswerable'"),
    ],
)
def test_format_problems_in_answerable_rows(tmp_path, docs, bad, expected):
    found = problems(tmp_path, docs, [row(**bad)])
    assert any(expected in message for message in found), found


def test_an_unanswerable_row_has_no_facts_and_no_sources(tmp_path, docs):
    found = problems(
        tmp_path, docs, [unanswerable(answer="The papers don't say.", key_facts=["parking"], sources=row()["sources"])]
    )
    assert sorted(found) == sorted(
        [
            "an unanswerable question needs answer 'NOT_IN_CORPUS'",
            "an unanswerable question needs empty key_facts",
            "an unanswerable question needs empty sources",
        ]
    )


def test_file_level_problems_name_the_line(tmp_path, docs):
    missing = {k: v for k, v in row("q004").items() if k != "sources"}
    path = write(tmp_path, [row(), "{not json", row(), missing, "[1, 2]"])
    report = check_file(path, [docs])
    by_line = {(f.line, f.message.split(" (")[0]) for f in report.problems}
    assert (2, "not valid JSON") in by_line
    assert (3, "duplicate id") in by_line
    assert (4, "missing field 'sources'") in by_line
    assert (5, "not a JSON object") in by_line
    assert report.questions == 5


def test_warnings_do_not_fail_the_check(tmp_path, docs, capsys):
    extra = row(
        notes="draft",
        answer="A surplus of £0.4m at month 4.",
        key_facts=["£0.4m", "month 4"],
        sources=[{"doc": "north-board.md", "quote": "The trust reported a surplus of £0.4m"}],
    )
    path = write(tmp_path, [extra])
    assert main([str(path), "--docs", str(docs)]) == 0
    out = capsys.readouterr().out
    assert "warning: unknown field 'notes'" in out
    assert "warning: key fact 'month 4' is in none of the quotes" in out
    assert "1 questions, 0 problems, 2 warnings" in out


def test_the_command_reports_problems_with_file_and_line_and_exits_1(tmp_path, docs, capsys):
    path = write(tmp_path, [row(), row("q002", audience="everyone")])
    assert main([str(path), "--docs", str(docs)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: q002: problem: audience 'everyone'" in out
    assert "2 questions, 1 problems, 0 warnings" in out


def test_the_command_refuses_missing_paths_and_empty_sets(tmp_path, docs, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "absent.jsonl"), "--docs", str(docs)])
    assert stop.value.code == 2
    assert "not found" in capsys.readouterr().err
    empty = write(tmp_path, ["", "  "])
    assert main([str(empty), "--docs", str(docs)]) == 1
    assert "no questions in the file" in capsys.readouterr().out


def test_an_unreadable_document_is_a_problem_not_a_crash(tmp_path, docs):
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    broken = row(sources=[{"doc": "broken.pdf", "quote": "The trust reported a surplus"}])
    found = problems(tmp_path, docs, [broken])
    assert len(found) == 1 and "could not be read" in found[0]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"history": [["What about it?"]], "standalone": "x?"}, "'history' must be a non-empty list"),
        ({"history": "earlier", "standalone": "x?"}, "'history' must be a non-empty list"),
        ({"history": [["q?", "a."]], "standalone": ""}, "'standalone' must be a non-empty string"),
        ({"standalone": "x?"}, "'standalone' belongs to a follow-up"),
    ],
)
def test_a_follow_up_row_needs_its_history_as_pairs_and_a_standalone_question(tmp_path, docs, changes, expected):
    found = problems(tmp_path, docs, [row(**changes)])
    assert any(expected in p for p in found), found


def test_a_follow_up_row_is_no_unknown_field(tmp_path, docs):
    report = check_file(write(tmp_path, [row(history=[["Earlier question?", "Its answer."]], standalone="S?")]), [docs])
    assert report.problems == [] and report.warnings == []
