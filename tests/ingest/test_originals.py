"""Ingest keeps each document's original file with the index, for citations to open."""

from __future__ import annotations

import shutil

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, board_pdf, write
from vectorstore.originals import OriginalStore

OPTIONS = IngestOptions(progress=False)


def test_each_ingested_file_is_kept_under_its_content_hash(tmp_path, index):
    papers = tmp_path / "papers"
    south = write(papers, "south.md", SOUTH_BOARD)
    pdf = write(papers, "report.pdf", board_pdf())
    report = ingest([papers], index, OPTIONS)
    assert report.ok and len(report.added) == 2
    for path in (south, pdf):
        record = index.generation(refresh=True).documents[path.name]
        assert record.original == f"{record.content_hash}{path.suffix}"
        kept = index.original_path(path.name)
        assert kept is not None and kept.read_bytes() == path.read_bytes()
    assert index.original_path("not-indexed.md") is None


def test_a_changed_file_replaces_its_copy_and_removal_drops_it_after_the_next_update(tmp_path, index):
    papers = tmp_path / "papers"
    south = write(papers, "south.md", SOUTH_BOARD)
    write(papers, "north.md", NORTH_COMMITTEE)
    assert ingest([papers], index, OPTIONS).ok
    first = index.original_path("south.md")
    assert ingest([papers], index, OPTIONS).unchanged == ["north.md", "south.md"]
    south.write_text(SOUTH_BOARD + "\n## Item 5\n\nA new paragraph about estates.\n", encoding="utf-8")
    assert [r.doc_id for r in ingest([papers], index, OPTIONS).replaced] == ["south.md"]
    second = index.original_path("south.md")
    assert second != first and second.read_text(encoding="utf-8").endswith("estates.\n")
    assert first.exists()  # the previous generation keeps its file while readers may be on it
    north = index.generation(refresh=True).documents["north.md"].original
    index.commit(remove=["north.md"])
    assert index.original_path("north.md") is None
    assert ingest([write(tmp_path / "more", "east.md", "# East\n\nSome text about the east.\n")], index, OPTIONS).ok
    # Two generations on, nothing names them any more: the old copy and the removed document's are gone.
    assert not first.exists() and index.originals().path(north) is None
    assert index.original_path("south.md") == second


def test_an_index_made_before_originals_were_kept_gets_them_on_the_next_ingest(tmp_path, index):
    papers = tmp_path / "papers"
    write(papers, "south.md", SOUTH_BOARD)
    assert ingest([papers], index, OPTIONS).ok
    shutil.rmtree(index.originals().folder)  # what an index from before this change looks like to a reader
    assert index.original_path("south.md") is None
    again = ingest([papers], index, OPTIONS)
    assert [r.doc_id for r in again.replaced] == ["south.md"] and again.embedded == 0  # vectors reused
    assert index.original_path("south.md").read_text(encoding="utf-8") == SOUTH_BOARD


def test_stored_names_never_become_paths_outside_the_store(tmp_path):
    store = OriginalStore(tmp_path / "originals")
    write(tmp_path, "secret.txt", "secret")
    for name in ("../secret.txt", "/etc/passwd", "..", "", None, "a" * 64 + ".md/../../secret.txt", "A" * 64 + ".md"):
        assert store.path(name) is None
