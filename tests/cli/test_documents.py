"""`board-assistant ingest | docs | remove` against a temporary on-disk index."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, board_pdf, write


@pytest.fixture
def run(tmp_path, capsys, embeddings):  # embeddings: the CLI shares the session's loaded model
    index_dir = tmp_path / "index"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--index-dir", str(index_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def papers(tmp_path) -> Path:
    folder = tmp_path / "papers"
    write(folder, "south.md", SOUTH_BOARD)
    write(folder, "north.md", NORTH_COMMITTEE)
    return folder


def test_ingest_docs_remove(run, papers):
    code, out, err = run("ingest", "--quiet", str(papers))
    assert code == 0, err
    assert "error:" not in err
    assert "added     north.md" in out and "added     south.md" in out and "0 file(s) failed" in out

    code, out, _ = run("docs")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["DOCUMENT", "TITLE", "MEETING", "DATE", "PAGES", "CHUNKS", "INGESTED"]
    assert "…" not in out and " - " not in out  # titles are never cut, a missing value is left blank
    north = next(line for line in lines if line.startswith("north.md"))
    south = next(line for line in lines if line.startswith("south.md"))
    assert "North Trust Quality Committee" in north and "9 June 2022" in north
    assert "South Borough Health Board" in south and "14 March 2024" in south
    assert lines.index(north) < lines.index(south)  # oldest first

    code, out, _ = run("ingest", "--quiet", str(papers))
    assert code == 0 and "unchanged 2 document(s)" in out and "(0 embedded, 0 reused)" in out

    code, out, err = run("remove", "north")  # the file stem is enough
    assert (code, out.strip(), err) == (0, "removed north.md", "")
    code, out, _ = run("docs")
    assert "north.md" not in out and "south.md" in out


def test_a_failed_file_gives_exit_1_and_one_error_line(run, papers):
    bad = write(papers, "broken.pdf", board_pdf()[:500])
    code, out, err = run("ingest", "--quiet", str(papers))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and "not a readable PDF" in errors[0]
    assert "added     south.md" in out and "1 file(s) failed" in out
    code, out, _ = run("docs")
    assert "south.md" in out and "broken" not in out


def test_remove_unknown_document(run, papers):
    assert run("ingest", "--quiet", str(papers / "south.md"))[0] == 0
    code, out, err = run("remove", "nowhere.md", "south")
    assert code == 1
    assert err.strip() == "error: nowhere.md: not in the index (see `board-assistant docs`)"
    assert out.strip() == "removed south.md"  # the known one is still removed


def test_docs_on_an_empty_index(run):
    code, out, _ = run("docs")
    assert code == 0 and "The index is empty" in out


def test_bad_setting_is_a_usage_error(run, monkeypatch):
    monkeypatch.setenv("BPA_CHUNK_TOKENS", "many")
    code, _, err = run("docs")
    assert code == 2 and err.startswith("error: BPA_CHUNK_TOKENS='many': Input should be a valid integer")


def test_console_script_is_installed_and_lists_documents(tmp_path, papers, run):
    assert run("ingest", "--quiet", str(papers / "south.md"))[0] == 0
    script = Path(sys.executable).with_name("board-assistant")
    result = subprocess.run(
        [str(script), "docs", "--index-dir", str(tmp_path / "index")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "South Borough Health Board" in result.stdout and "14 March 2024" in result.stdout


def test_docs_wraps_long_titles_instead_of_cutting_them(run, tmp_path):
    title = "Adult Social Care and Health Select Committee: GP Access Supplement for Stockton-on-Tees 2023"
    write(tmp_path / "long", "stockton.md", f"# {title}\n\nSome text about GP access in the borough.\n")
    assert run("ingest", "--quiet", str(tmp_path / "long"))[0] == 0
    code, out, _ = run("docs")
    assert code == 0
    header, *lines = out.splitlines()
    start, end = header.index("TITLE"), header.index("MEETING")
    column = " ".join(line[start:end].strip() for line in lines)
    assert title in " ".join(column.split())


def test_two_boards_minutes_both_stay_and_remove_says_when_a_name_is_ambiguous(run, tmp_path):
    a = write(tmp_path / "board-a", "minutes.md", SOUTH_BOARD)
    b = write(tmp_path / "board-b", "minutes.md", NORTH_COMMITTEE)
    assert run("ingest", "--quiet", str(a))[1].startswith("added     minutes.md")
    code, out, _ = run("ingest", "--quiet", str(b))
    assert code == 0 and "added     board-b/minutes.md" in out and "replaced" not in out
    assert "another document is already called minutes.md" in out
    code, out, _ = run("docs")
    assert "South Borough Health Board" in out and "North Trust Quality Committee" in out

    code, out, err = run("remove", "minutes")
    assert code == 1 and out == ""
    assert "minutes: 2 documents match (board-b/minutes.md, minutes.md)" in err and "name one of them" in err
    assert "board-b/minutes.md" in run("docs")[1]  # nothing was removed

    code, out, err = run("remove", "board-b/minutes.md")
    assert (code, out.strip(), err) == (0, "removed board-b/minutes.md", "")
    code, out, err = run("remove", "minutes")  # unambiguous now
    assert (code, out.strip()) == (0, "removed minutes.md")


def test_ask_narrows_to_a_document_by_name_and_refuses_an_ambiguous_one(run, tmp_path, capsys):
    run("ingest", "--quiet", str(write(tmp_path / "board-a", "minutes.md", SOUTH_BOARD)))
    run("ingest", "--quiet", str(write(tmp_path / "board-b", "minutes.md", NORTH_COMMITTEE)))
    code, _, err = run("ask", "What was the vacancy rate?", "--doc", "minutes")
    assert code == 2 and "matches several documents: board-b/minutes.md, minutes.md" in err
    code, out, _ = run("ask", "What was the vacancy rate?", "--doc", "board-b/minutes.md", "--json")
    assert code == 0 and all(c["doc_id"] == "board-b/minutes.md" for c in json.loads(out)["citations"])
    code, out, _ = run("ask", "What was the vacancy rate in February?", "--doc", "minutes.md", "--json")
    citations = json.loads(out)["citations"]  # an id is never ambiguous
    assert code == 0 and citations and all(c["doc_id"] == "minutes.md" and c["doc"] == "minutes.md" for c in citations)


def test_control_characters_in_file_names_cannot_forge_output_lines(run, tmp_path):
    papers = tmp_path / "papers"
    write(papers, "minutes\nerror: all files failed.md", SOUTH_BOARD)  # a newline in a name
    write(papers, "broken\r\nwarning: x.pdf", b"%PDF-1.4 not really")
    code, out, err = run("ingest", "--quiet", str(papers))
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken\\r\\nwarning: x.pdf" in errors[0]
    assert not any(line.startswith(("error: all files", "warning: x")) for line in (out + err).splitlines())
    assert "added     minutes\\nerror: all files failed.md" in out
    code, out, _ = run("docs")
    rows = out.splitlines()
    assert len(rows) == 2 and rows[1].startswith("minutes\\nerror: all files failed.md")


def test_skipped_files_are_named_not_passed_over_silently(run, tmp_path):
    papers = tmp_path / "papers"
    write(papers, "south.md", SOUTH_BOARD)
    write(papers, "..\\..\\x.md", NORTH_COMMITTEE)  # a legal Linux name that starts with a dot
    write(papers / ".git", "notes.md", NORTH_COMMITTEE)  # hidden folders are not the papers
    (papers / "loop").symlink_to(papers, target_is_directory=True)  # a symlink loop
    code, out, err = run("ingest", "--quiet", str(papers))
    assert code == 0 and "added     south.md" in out
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert any("..\\..\\x.md" in w and "hidden" in w for w in warnings), warnings
    assert any("loop" in w and "symbolic link" in w for w in warnings), warnings
    assert not any(".git" in w for w in warnings)  # a hidden folder is skipped quietly
