"""The whole pipeline with the real model and real Chroma: bad input, incremental updates, crashes."""

from __future__ import annotations

import fcntl
import logging
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.retrieval import HybridRetriever
from assistant.store import open_index
from ingest.chunk import ChunkingOptions
from ingest.load import IngestError
from ingest.pipeline import IngestOptions, ingest
from settings import Settings
from tests.helpers import (
    CORPUS_DIR,
    EAST_PLAN,
    ICP_PAPER,
    NORTH_COMMITTEE,
    RECOVERY_PLAN,
    SOUTH_BOARD,
    FailingEmbeddings,
    board_pdf,
    encrypted_pdf,
    long_paper,
    write,
    write_manifest,
)
from vectorstore.chroma import open_client
from vectorstore.embeddings import EmbeddingModelError
from vectorstore.index import ChunkIndex, IndexUpdateError
from vectorstore.retrievers import DenseRetriever, E5Retriever, LexicalRetriever
from vectorstore.unit_vectors import UnitEmbeddingCache
from vectorstore.units import split_units

QUIET = IngestOptions(progress=False)
QUERIES = ["infection control cases", "maternity unit inspection rating", "budget deficit"]


def snapshot(index, queries=QUERIES):
    """Everything a reader sees: documents, generation, and dense and lexical results."""
    index.generation(refresh=True)
    dense = DenseRetriever(index=index, k=5)
    lexical = LexicalRetriever(index=index, k=5)
    return {
        "documents": [(d.doc_id, d.content_hash, d.chunks) for d in index.documents()],
        "generation": (index.generation().number, index.generation().collection),
        "dense": [[(d.id, d.metadata["score"]) for d in dense.invoke(q)] for q in queries],
        "lexical": [[(d.id, d.metadata["score"]) for d in lexical.invoke(q)] for q in queries],
    }


def test_mixed_folder_ingests_every_good_file_and_reports_each_bad_one(tmp_path, index):
    docs = tmp_path / "docs"
    good = {
        write(docs, "south.md", SOUTH_BOARD),
        write(docs, "north.md", NORTH_COMMITTEE),
        write(
            docs / "sub",
            "east.html",
            "<h1>East District Winter Plan</h1><p>Published 30 September 2023.</p>"
            "<p>Flu clinics for care home residents start in October.</p>",
        ),
    }
    bad = {
        write(docs, "corrupt.pdf", board_pdf()[:600]): "not a readable PDF",
        write(docs, "locked.pdf", encrypted_pdf()): "encrypted PDF",
        write(docs, "empty.md", ""): "empty file",
        write(docs, "minutes.docx", "not really a Word file"): "not a Word document",
        write(docs, "agenda.doc", "an old Word file"): "unsupported file type '.doc'",
        write(docs, "junk.txt", bytes(range(256)) * 4): "binary content",
        write(docs, "huge.md", "# Huge\n\n" + "text " * 4000): "file too large",
    }
    write_manifest(docs, [{"file": "south.md", "title": "South Borough Board papers", "licence": "OGL v3.0"}])

    report = ingest([docs], index, IngestOptions(progress=False, max_bytes=16_000))

    assert not report.ok
    assert sorted(e.path for e in report.failed) == sorted(str(p) for p in bad)
    for error in report.failed:
        assert bad[Path(error.path)] in error.reason
        assert str(error).startswith(error.path + ": ")
    assert sorted(r.doc_id for r in report.added) == sorted(p.name for p in good)
    assert sorted(d.doc_id for d in index.documents()) == sorted(p.name for p in good)
    assert report.embedded == report.chunks == sum(r.chunks for r in report.added) > 0

    records = {d.doc_id: d for d in index.documents()}
    assert records["south.md"].title == "South Borough Board papers"  # from the manifest
    assert records["south.md"].licence == "OGL v3.0"
    assert (records["south.md"].meeting, records["south.md"].date) == ("South Borough Health Board", "2024-03-14")
    assert (records["north.md"].title, records["north.md"].date) == ("North Trust Quality Committee", "2022-06-09")
    assert (records["east.html"].title, records["east.html"].date) == ("East District Winter Plan", "2023-09-30")
    hit = LexicalRetriever(index=index, k=1).invoke("flu clinics care home residents")[0]
    assert hit.metadata["doc_id"] == "east.html"


def test_a_file_name_twice_in_one_run_is_two_documents_and_a_file_twice_is_one(tmp_path, index):
    first = write(tmp_path / "a", "paper.md", SOUTH_BOARD)
    second = write(tmp_path / "b", "paper.md", NORTH_COMMITTEE)
    report = ingest([first, second, first], index, QUIET)
    assert [r.doc_id for r in report.added] == ["paper.md", "b/paper.md"] and report.ok
    assert report.warnings == []  # the same file named twice is simply taken once


def test_incremental_updates_reuse_work(tmp_path, index):
    docs = tmp_path / "docs"
    south = write(docs, "south.md", SOUTH_BOARD)
    write(docs, "north.md", NORTH_COMMITTEE)
    first = ingest([docs], index, QUIET)
    assert [r.doc_id for r in first.added] == ["north.md", "south.md"] and first.reused == 0
    generation = index.generation().number
    # Sentences are embedded when answering first needs them, not by ingest; then they are kept.
    units = sorted(
        {
            u.text
            for d in LexicalRetriever(index=index, k=100).invoke("board report")
            for u in split_units(d.page_content)
        }
    )
    assert units and index.unit_store().get_many(units) == {}
    first_vectors = UnitEmbeddingCache(index.embeddings, index.unit_store()).vectors(units)
    assert set(index.unit_store().get_many(units)) == set(units)
    # A later process reads them from the store: no model call (this model fails on any).
    stored = UnitEmbeddingCache(FailingEmbeddings(index.embeddings, fail_after=0), index.unit_store()).vectors(units)
    assert np.allclose(stored, first_vectors, atol=1e-3)  # kept as float16

    # Unchanged: nothing parsed, embedded or committed.
    again = ingest([docs], index, QUIET)
    assert sorted(again.unchanged) == ["north.md", "south.md"]
    assert (again.added, again.replaced, again.embedded, again.chunks) == ([], [], 0, 0)
    assert index.generation(refresh=True).number == generation

    # One paragraph changed: that document is replaced, its other chunks keep their vectors.
    south.write_text(SOUTH_BOARD.replace("Vacancy rates fell to 8.2%", "Vacancy rates fell to 7.9%"), encoding="utf-8")
    changed = ingest([docs], index, QUIET)
    assert [r.doc_id for r in changed.replaced] == ["south.md"] and changed.unchanged == ["north.md"]
    assert changed.embedded == 1 and changed.reused == changed.chunks - 1 > 0
    assert index.generation().number == generation + 1
    texts = [d.page_content for d in LexicalRetriever(index=index, k=20).invoke("vacancy rates")]
    assert any("7.9%" in t for t in texts) and not any("8.2%" in t for t in texts)

    # Different chunking options are a different pipeline: everything is redone.
    rechunked = ingest([docs], index, IngestOptions(progress=False, chunking=ChunkingOptions(max_tokens=64)))
    assert sorted(r.doc_id for r in rechunked.replaced) == ["north.md", "south.md"]

    # Removal.
    index.commit(remove=["north.md"])
    assert [d.doc_id for d in index.documents()] == ["south.md"]
    assert all(d.metadata["doc_id"] == "south.md" for d in DenseRetriever(index=index, k=10).invoke("maternity"))
    assert LexicalRetriever(index=index, k=10).invoke("maternity") == []
    with pytest.raises(IndexUpdateError, match="not in the index"):
        index.commit(remove=["north.md"])


def test_every_chunk_gets_a_second_model_vector_and_an_older_index_gains_them_on_ingest(tmp_path, make_index, caplog):
    index = make_index()
    docs = tmp_path / "docs"
    write(docs, "south.md", SOUTH_BOARD)
    write(docs, "north.md", NORTH_COMMITTEE)
    first = ingest([docs], index, QUIET)
    lexical, passages = index.passages()
    assert len(lexical.ids) == first.chunks > 0 and passages.present.all()
    hit = E5Retriever(index=index, k=1).invoke("maternity unit inspection rating")[0]
    assert hit.metadata["doc_id"] == "north.md" and 0 < hit.metadata["score"] <= 1

    # An index made before the second model: no such vectors, and its documents name the older pipeline.
    index.passage_store().clear()
    older = [replace(r, extra={**r.extra, "pipeline": r.extra["pipeline"].split("+")[0]}) for r in index.documents()]
    index.update_records(older)
    reopened = make_index(tmp_path / "index")
    with caplog.at_level(logging.WARNING, logger="vectorstore.index"):
        assert reopened.passages()[1].empty and E5Retriever(index=reopened, k=3).invoke("maternity") == []
    assert [r.getMessage() for r in caplog.records].count(
        f"{first.chunks} of {first.chunks} chunks of {reopened.where} have no e5-small-q4 vector (ingested before it "
        "was used, or on a machine that has not updated the index since): they are searched without it; ingest their "
        "documents again, or update the index from a machine that has them"
    ) == 1
    assert reopened.second_similarities(lexical.ids[:2], "maternity") is None
    again = ingest([docs], reopened, QUIET)
    assert sorted(r.doc_id for r in again.replaced) == ["north.md", "south.md"]
    assert again.embedded == 0 and again.reused == again.chunks  # MiniLM vectors kept; only e5 was missing
    assert reopened.passages()[1].present.all()


def test_without_the_second_model_ingest_and_search_go_on_with_the_others(tmp_path, embeddings):
    index = ChunkIndex(
        open_client(path=tmp_path / "chroma"), embeddings, "plain", tmp_path / "lexical", second_model="none"
    )
    report = ingest([write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)], index, QUIET)
    assert report.ok and report.chunks > 0 and index.second is None
    assert index.passages()[1].empty and E5Retriever(index=index, k=3).invoke("maternity") == []
    pool = HybridRetriever(index=index, k=10).invoke("maternity unit inspection rating")
    assert pool and not any("e5_rank" in d.metadata for d in pool)
    with pytest.raises(EmbeddingModelError, match="neither"):
        ChunkIndex(
            open_client(path=tmp_path / "chroma"), embeddings, "plain", tmp_path / "lexical", second_model="e5-large"
        )


def test_embedding_failure_half_way_leaves_the_previous_index_intact(tmp_path, make_index, embeddings):
    folder = tmp_path / "index"
    index = make_index(folder)
    ingest([write(tmp_path / "old", "north.md", NORTH_COMMITTEE)], index, QUIET)
    before = snapshot(index)

    failing = FailingEmbeddings(embeddings, fail_after=1)
    broken = make_index(folder, embeddings_=failing)
    new_docs = [write(tmp_path / "new", "south.md", SOUTH_BOARD), write(tmp_path / "new", "east.md", EAST_PLAN)]
    with pytest.raises(RuntimeError, match="injected failure"):
        ingest(new_docs, broken, IngestOptions(progress=False, batch_size=2))
    assert failing.calls == 2  # one batch embedded, the second failed

    assert snapshot(make_index(folder)) == before
    assert snapshot(index) == before


def _progress(buffer: str) -> tuple[int, int] | None:
    """(done, total) chunks from the last draw of the ingest's tqdm bar in ``buffer``."""
    found = re.findall(r"Ingesting:.*?(\d+)/(\d+)", buffer)
    return (int(found[-1][0]), int(found[-1][1])) if found else None


def test_killed_ingest_process_leaves_the_previous_index_answering(tmp_path):
    index_dir = tmp_path / "index"
    settings = Settings.from_env(index_dir=index_dir)
    index = open_index(settings)
    ingest([write(tmp_path / "old", "north.md", NORTH_COMMITTEE)], index, QUIET)
    before = snapshot(index)
    collections = sorted(c.name for c in index.client.list_collections())

    larger = tmp_path / "larger"
    for n in range(3):
        write(larger, f"paper-{n}.md", long_paper(f"Borough {n} Board", f"{n + 1} May 2023", sections=12))

    # stderr on a terminal, so the CLI shows its progress bar and we can see embedding start.
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # tqdm draws nothing at width 0
    env = dict(os.environ, BPA_EMBEDDING_BATCH="4")
    command = [
        str(Path(sys.executable).with_name("board-assistant")),
        "ingest",
        "--index-dir",
        str(index_dir),
        str(larger),
    ]
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    output, progress, deadline = "", None, time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    output += os.read(master, 4096).decode("utf-8", "replace")
                except OSError:
                    break
            progress = _progress(output)
            if progress and 0 < progress[0] < progress[1]:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        if proc.poll() is None and not (progress and 0 < progress[0] < progress[1]):
            proc.kill()
        proc.wait(timeout=30)
        os.close(master)
    assert progress and 0 < progress[0] < progress[1], f"embedding never seen in progress:\n{output[-2000:]}"
    assert proc.returncode == -signal.SIGKILL

    after = open_index(settings)
    assert snapshot(after) == before
    assert sorted(c.name for c in after.client.list_collections()) == collections

    # The next ingest takes the writer lock the dead process held, and completes.
    report = ingest([larger], after, QUIET)
    assert report.ok and len(report.added) == 3
    assert sorted(d.doc_id for d in after.documents()) == ["north.md", "paper-0.md", "paper-1.md", "paper-2.md"]
    assert after.generation().number == before["generation"][0] + 1


# --- the shipped corpus (indexed once per session) --------------------------------------
def test_shipped_corpus_is_indexed_with_citation_metadata(indexed_corpus):
    report, index = indexed_corpus.report, indexed_corpus.index
    assert sorted(r.doc_id for r in report.added) == sorted([ICP_PAPER, RECOVERY_PLAN])
    records = {d.doc_id: d for d in index.documents()}
    icp = records[ICP_PAPER]
    assert (icp.meeting, icp.date, icp.licence) == (
        "Integrated Care Partnership",
        "2023-04-25",
        "Open Government Licence v3.0",
    )
    assert (records[RECOVERY_PLAN].meeting, records[RECOVERY_PLAN].date) == (None, "2020-10")
    assert sum(d.chunks for d in records.values()) == report.chunks == index.collection().count()
    assert len(index.lexical()) == report.chunks


def test_reingesting_the_unchanged_corpus_is_quick_and_embeds_nothing(corpus_index):
    started = time.perf_counter()
    report = ingest([CORPUS_DIR], corpus_index, QUIET)
    assert sorted(report.unchanged) == sorted([ICP_PAPER, RECOVERY_PLAN])
    assert report.embedded == 0 and report.ok
    assert time.perf_counter() - started < 10


def test_corpus_answers_a_question_about_a_figure(corpus_index):
    question = "What share of people receiving home care had to self-isolate during COVID?"
    for retriever in (LexicalRetriever(index=corpus_index, k=5), DenseRetriever(index=corpus_index, k=5)):
        hits = retriever.invoke(question)
        assert any("(<3%)" in d.page_content for d in hits), type(retriever).__name__
        assert all(d.metadata["doc_id"] in (ICP_PAPER, RECOVERY_PLAN) for d in hits)


def test_ingest_error_is_one_line_naming_the_file():
    error = IngestError(Path("/papers/x.pdf"), "encrypted PDF: it needs a password")
    assert str(error) == "/papers/x.pdf: encrypted PDF: it needs a password"
