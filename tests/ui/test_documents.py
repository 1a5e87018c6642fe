"""Staff uploads and removals through the ingest pipeline, and a running Assistant seeing them."""

from __future__ import annotations

import pytest

from assistant.chain import Assistant
from settings import Settings
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, board_docx, board_pdf, encrypted_docx, imageless_pdf, write
from ui.documents import DocumentManager, clean_name

VACANCY = "What was the vacancy rate in February?"


def test_readable_files_go_in_and_each_bad_one_is_reported(tmp_path, make_index):
    index = make_index()
    settings = Settings.from_env(data_dir=tmp_path / "data", max_file_mb=0.01)  # 10 KB
    up = tmp_path / "upload"
    files = [
        write(up, "performance.pdf", board_pdf()),
        write(up, "tool.exe", b"MZ\x90\x00"),
        write(up, "empty.md", ""),
        write(up, "huge.md", "# Huge\n\n" + "word " * 4000),
        write(up, "scan.pdf", imageless_pdf()),
        write(up, "broken.pdf", b"%PDF-1.4 not really"),
        write(up, "north.md", NORTH_COMMITTEE),
    ]
    outcomes = {o.name: o for o in DocumentManager(settings, lambda: index).add(files)}
    assert (
        outcomes["performance.pdf"].status == "added"
        and "Board Performance Report" in outcomes["performance.pdf"].detail
    )
    assert outcomes["north.md"].status == "added"
    assert "only PDF, Word, Markdown, HTML or plain text" in outcomes["tool.exe"].detail
    assert "empty" in outcomes["empty.md"].detail
    assert "limit is 0.01 MB" in outcomes["huge.md"].detail
    for bad in ("tool.exe", "empty.md", "huge.md", "scan.pdf", "broken.pdf"):
        assert outcomes[bad].status == "error" and outcomes[bad].detail, outcomes[bad]
    assert {d.doc_id for d in index.documents()} == {"performance.pdf", "north.md"}
    # Kept for a rebuild; the staging folder is gone.
    kept = sorted(p.name for p in (tmp_path / "data" / "uploads").rglob("*") if p.is_file())
    assert kept == ["north.md", "performance.pdf"]


def test_a_word_paper_is_added_and_a_password_protected_one_is_reported(tmp_path, make_index):
    index = make_index()
    manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: index)
    up = tmp_path / "upload"
    outcomes = {
        o.name: o
        for o in manager.add([write(up, "riverside.docx", board_docx()), write(up, "locked.docx", encrypted_docx())])
    }
    assert outcomes["riverside.docx"].status == "added"
    assert "Riverside Community Health Trust Board papers" in outcomes["riverside.docx"].detail
    assert outcomes["locked.docx"].status == "error" and "password-protected" in outcomes["locked.docx"].detail
    assert [d.doc_id for d in index.documents()] == ["riverside.docx"]
    answer = Assistant(Settings.from_env(), index).ask("How long was the wait for podiatry in May 2025?")
    assert "12 weeks" in answer.text and answer.citations[0].passage.doc == "riverside.docx"


def test_nothing_chosen_and_unknown_removals_change_nothing(tmp_path, make_index):
    index = make_index()
    manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: index)
    assert manager.add([])[0].status == "error"
    manager.add([write(tmp_path / "up", "north.md", NORTH_COMMITTEE)])
    generation = index.generation(refresh=True).number
    [outcome] = manager.remove(["north.md", "missing.md"])
    assert outcome.status == "error" and "missing.md" in outcome.detail
    assert index.generation(refresh=True).number == generation and [d.doc_id for d in index.documents()] == ["north.md"]
    assert manager.remove([])[0].status == "error"


def test_a_running_assistant_sees_uploads_and_removals(tmp_path, make_index):
    writer = make_index()
    manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: writer)
    manager.add([write(tmp_path / "up", "north.md", NORTH_COMMITTEE)])
    # Another ChunkIndex on the same folder: as another process, or a chat opened before the upload.
    assistant = Assistant(Settings.from_env(), make_index(tmp_path / "index"))
    assert assistant.ask(VACANCY).refused
    old_selector = assistant.chat_model.selector

    assert manager.add([write(tmp_path / "up", "south.md", SOUTH_BOARD)])[0].status == "added"
    answer = assistant.ask(VACANCY)
    assert not answer.refused and "8.2%" in answer.text and answer.citations[0].passage.doc == "south.md"
    assert assistant.chat_model.selector is not old_selector
    assert assistant.chat_model.selector.stats.idf is assistant.index.lexical().idf()  # the new generation's statistics

    assert manager.remove(["south.md"])[0].status == "removed"
    answer = assistant.ask(VACANCY)
    assert all(c.passage.doc != "south.md" for c in answer.citations)
    assert all(p.doc != "south.md" for p in answer.retrieved)


def test_clean_names():
    assert clean_name("../../etc/passwd.md") == "passwd.md"
    assert clean_name("C:\\Users\\me\\Board Pack (May).PDF") == "Board Pack (May).pdf"
    assert clean_name("<img src=x onerror=1>.html") == "_img src_x onerror_1_.html"
    assert clean_name("...") == "upload"


def test_uploaded_files_are_deleted_once_handled(tmp_path, make_index):
    """The web chat hands over its temporary uploads: none may stay behind, taken in or refused."""
    index = make_index()
    manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: index)
    first, second = tmp_path / "uploads" / "a1", tmp_path / "uploads" / "b2"
    files = [write(first, "north.md", NORTH_COMMITTEE), write(second, "tool.exe", b"MZ\x90\x00")]
    outcomes = manager.add(files, discard=True)
    assert [o.status for o in outcomes] == ["error", "added"]
    assert not any(f.exists() for f in files) and not first.exists() and not second.exists()
    assert [d.doc_id for d in index.documents()] == ["north.md"]
    kept = write(tmp_path / "mine", "south.md", SOUTH_BOARD)
    manager.add([kept])  # files named by a person (not uploads) are never deleted
    assert kept.exists()


def test_a_second_upload_of_the_same_name_is_a_second_document(tmp_path, make_index):
    index = make_index()
    manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: index)
    [first] = manager.add([write(tmp_path / "board-a", "minutes.md", SOUTH_BOARD)])
    [second] = manager.add([write(tmp_path / "board-b", "minutes.md", NORTH_COMMITTEE)])
    assert (first.status, first.name) == ("added", "minutes.md")
    assert (second.status, second.name) == ("added", "minutes (2).md")
    assert "another document is already called minutes.md" in second.detail
    titles = {d.doc_id: d.title for d in index.documents()}
    assert titles == {"minutes.md": "South Borough Health Board", "minutes (2).md": "North Trust Quality Committee"}
    [again] = manager.add([write(tmp_path / "board-a-again", "minutes.md", SOUTH_BOARD)])
    assert again.status == "unchanged" and len(index.documents()) == 2
    kept = sorted(p.read_text()[:40] for p in (tmp_path / "data" / "uploads").rglob("*.md"))
    assert kept == sorted([SOUTH_BOARD[:40], NORTH_COMMITTEE[:40]])  # one copy of each, for a rebuild
    assert manager.remove(["minutes (2).md"])[0].status == "removed"
    assert [p.read_text()[:40] for p in (tmp_path / "data" / "uploads").rglob("*.md")] == [SOUTH_BOARD[:40]]


@pytest.mark.server
def test_uploads_and_removals_while_the_chroma_server_is_down_say_so_and_change_nothing(tmp_path, embeddings):
    from benchmarks.chroma_server import ChromaServer
    from vectorstore.chroma import open_client
    from vectorstore.index import ChunkIndex

    with ChromaServer(tmp_path / "server-data", log_path=tmp_path / "chroma.log") as server:
        index = ChunkIndex(open_client(url=server.url), embeddings, "uploads_down", tmp_path / "lexical")
        manager = DocumentManager(Settings.from_env(data_dir=tmp_path / "data"), lambda: index)
        assert [o.status for o in manager.add([write(tmp_path / "up", "south.md", SOUTH_BOARD)])] == ["added"]
        server.stop()
        added = manager.add([write(tmp_path / "up", "north.md", NORTH_COMMITTEE)])
        removed = manager.remove(["south.md"])
        for outcome in (*added, *removed):
            assert outcome.status == "error" and "the index is unavailable at the moment" in outcome.detail
        server.start()
        assert [d.doc_id for d in manager.documents()] == ["south.md"]
