"""A document's identity is where it came from, not its file name: packs share names (minutes, agenda).

`ingest a/minutes.md` then `ingest b/minutes.md` must keep both boards' minutes; re-ingesting
either replaces only itself; the same file found again (copied, or its folder moved) is not
a second document; an index made before documents had an origin keeps working.
"""

from __future__ import annotations

import json
import shutil

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write
from vectorstore.retrievers import LexicalRetriever

QUIET = IngestOptions(progress=False)
A_MINUTES = SOUTH_BOARD
B_MINUTES = NORTH_COMMITTEE


def ids(index) -> list[str]:
    return sorted(d.doc_id for d in index.documents())


def test_two_folders_holding_minutes_md_keep_both(tmp_path, index):
    a = write(tmp_path / "a", "minutes.md", A_MINUTES)
    b = write(tmp_path / "b", "minutes.md", B_MINUTES)
    assert [r.doc_id for r in ingest([a], index, QUIET).added] == ["minutes.md"]
    second = ingest([b], index, QUIET)
    assert [r.doc_id for r in second.added] == ["b/minutes.md"] and second.replaced == []
    assert "minutes.md" in second.notes["b/minutes.md"]  # says why it is not called minutes.md
    assert ids(index) == ["b/minutes.md", "minutes.md"]
    records = {d.doc_id: d for d in index.documents()}
    assert records["minutes.md"].title == "South Borough Health Board"
    assert records["b/minutes.md"].title == "North Trust Quality Committee"
    assert records["b/minutes.md"].source == "minutes.md" and records["b/minutes.md"].origin == str(b.resolve())
    found = {d.metadata["doc_id"] for d in LexicalRetriever(index=index, k=20).invoke("vacancy maternity")}
    assert found == {"minutes.md", "b/minutes.md"}

    # Each file updates only itself.
    a.write_text(A_MINUTES.replace("8.2%", "7.9%"), encoding="utf-8")
    again = ingest([a, b], index, QUIET)
    assert [r.doc_id for r in again.replaced] == ["minutes.md"] and again.unchanged == ["b/minutes.md"]
    assert ids(index) == ["b/minutes.md", "minutes.md"]


def test_one_run_with_the_same_name_in_two_folders_adds_both(tmp_path, index):
    write(tmp_path / "pack" / "may", "agenda.md", A_MINUTES)
    write(tmp_path / "pack" / "june", "agenda.md", B_MINUTES)
    report = ingest([tmp_path / "pack"], index, QUIET)
    assert report.ok and sorted(r.doc_id for r in report.added) == ["agenda.md", "may/agenda.md"]


def test_the_same_file_found_again_is_the_same_document(tmp_path, index):
    original = write(tmp_path / "papers", "minutes.md", A_MINUTES)
    ingest([original], index, QUIET)
    copy = write(tmp_path / "copy", "minutes.md", A_MINUTES)  # identical bytes elsewhere
    assert ingest([copy], index, QUIET).unchanged == ["minutes.md"]
    moved = tmp_path / "moved"
    shutil.move(tmp_path / "papers", moved)  # the folder moved, the file unchanged
    assert ingest([moved / "minutes.md"], index, QUIET).unchanged == ["minutes.md"]
    assert ids(index) == ["minutes.md"]


def test_an_index_from_before_origins_keeps_working_and_learns_them(tmp_path, index):
    a = write(tmp_path / "a", "minutes.md", A_MINUTES)
    ingest([a], index, QUIET)
    _forget_origins(index)  # what an index built by the earlier code holds
    assert [d.origin for d in index.documents()] == [""]
    assert ingest([a], index, QUIET).unchanged == ["minutes.md"]
    assert [d.origin for d in index.documents()] == [str(a.resolve())]  # recorded without re-indexing
    b = write(tmp_path / "b", "minutes.md", B_MINUTES)
    assert [r.doc_id for r in ingest([b], index, QUIET).added] == ["b/minutes.md"]
    assert ids(index) == ["b/minutes.md", "minutes.md"]


def _forget_origins(index) -> None:
    # The earlier code also kept the manifest in the registry itself.
    registry = index._registry()
    meta = dict(registry.metadata)
    manifest = json.loads(index.client.get_collection(meta.pop("manifest_at")).metadata["manifest"])
    for record in manifest.values():
        record.pop("origin", None)
    meta["manifest"] = json.dumps(manifest)
    registry.modify(metadata=meta)
    index.generation(refresh=True)
