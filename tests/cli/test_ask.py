"""`board-assistant ask` filters: unknown documents and bad dates are usage errors that say what to type."""

from __future__ import annotations

import json

import pytest

from cli import main
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, embeddings):
    folder = tmp_path_factory.mktemp("ask")
    papers = folder / "papers"
    write(papers, "south.md", SOUTH_BOARD)
    write(papers, "north.md", NORTH_COMMITTEE)
    assert main(["ingest", "--quiet", str(papers), "--index-dir", str(folder / "index")]) == 0
    return folder / "index"


@pytest.fixture
def ask(index_dir, capsys):
    def ask(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["ask", *args, "--index-dir", str(index_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return ask


def test_a_document_is_named_with_or_without_its_extension(ask):
    code, out, err = ask("What was the vacancy rate in February?", "--doc", "SOUTH")
    assert code == 0, err
    assert "8.2%" in out and "South Borough Health Board" in out


def test_an_unknown_document_is_a_usage_error_listing_close_matches(ask):
    code, out, err = ask("What was the vacancy rate?", "--doc", "sout.md")
    assert code == 2 and out == ""
    assert "error: --doc: no indexed document is called “sout.md”; did you mean south.md" in err


def test_a_bad_date_is_a_usage_error_in_the_flags_words(ask):
    code, _, err = ask("What was the vacancy rate?", "--date-from", "14/03/2024")
    assert code == 2
    assert "error: --date-from must be a date like 2023-04-25" in err and "date_from" not in err
    code, _, err = ask("What was the vacancy rate?", "--date-from", "2024-06-01", "--date-to", "2024-01-01")
    assert code == 2 and "--date-from (2024-06-01) is after --date-to (2024-01-01)" in err


def test_dates_that_exclude_every_paper_say_so_instead_of_a_bare_refusal(ask):
    code, out, _ = ask("What was the vacancy rate in February?", "--date-from", "2030-01-01")
    assert code == 0
    assert "The meeting dates filter (from 1 January 2030) leaves out every indexed paper" in out
    assert "dated 9 June 2022 to 14 March 2024" in out and "don't answer this" not in out
    code, out, _ = ask("What was the vacancy rate?", "--doc", "north", "--date-from", "2024-01-01")
    assert "leaves out every document you chose (dated 9 June 2022)" in out


def test_evidence_lists_the_passages_without_answering(ask):
    code, out, err = ask("What was the vacancy rate in February?", "--evidence")
    assert code == 0, err
    assert out.startswith("[1] ") and "8.2%" in out and "Item 3 Enclosure C" in out
    code, out, err = ask("What was the vacancy rate in February?", "--evidence", "--json")
    data = json.loads(out)
    assert code == 0 and data["answerable"] and data["passages"][0]["n"] == 1
    assert any("8.2%" in p["text"] for p in data["passages"]) and "text" not in data  # no answer in it
    assert ask("--evidence")[0] == 2
