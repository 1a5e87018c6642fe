"""The same index on a real Chroma server (`chroma run` on a free loopback port)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from chromadb.api.models.Collection import Collection

from assistant.store import open_index
from benchmarks.chroma_server import ChromaServer
from ingest.pipeline import IngestOptions, ingest
from settings import Settings
from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, write
from vectorstore.chroma import open_client
from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex, second_vectors_name
from vectorstore.retrievers import DenseRetriever, E5Retriever, LexicalRetriever, SearchFilter

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    chroma = Path(sys.executable).with_name("chroma")
    log = open(tmp_path / "chroma.log", "wb")  # noqa: SIM115 -- the server keeps writing to it until the fixture ends
    proc = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server-data")],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while not _ready(url):
            assert proc.poll() is None, (tmp_path / "chroma.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "chroma run did not become ready in 60 s"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_ingest_and_query_through_a_chroma_server(chroma_server, embeddings, tmp_path):
    index = ChunkIndex(open_client(url=chroma_server), embeddings, "server_test", tmp_path / "lexical")
    docs = [write(tmp_path / "docs", "south.md", SOUTH_BOARD), write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)]
    report = ingest(docs, index, IngestOptions(progress=False))
    assert report.ok and sorted(r.doc_id for r in report.added) == ["north.md", "south.md"]

    # A second client (another process would do the same) sees the committed documents.
    reader = ChunkIndex(open_client(url=chroma_server), embeddings, "server_test", tmp_path / "reader-lexical")
    assert sorted(d.doc_id for d in reader.documents()) == ["north.md", "south.md"]
    assert reader.collection().count() == report.chunks

    top = DenseRetriever(index=reader, k=3).invoke("How many cases of C. difficile were there?")[0]
    assert top.metadata["doc_id"] == "north.md" and "C. difficile" in top.page_content
    # The reader has no lexical files yet: it rebuilds them from the server.
    hits = LexicalRetriever(index=reader, k=3, search_filter=SearchFilter(doc_ids=("south.md",))).invoke("deficit plan")
    assert hits and hits[0].metadata["item"] == "Item 3 Enclosure C"

    reader.commit(remove=["north.md"])
    assert [d.doc_id for d in index.documents()] == ["south.md"]
    assert ingest(docs, index, IngestOptions(progress=False)).unchanged == ["south.md"]


def test_the_local_files_follow_the_index_not_the_way_its_server_is_named(chroma_server, tmp_path):
    """Ingested through one spelling of the server's address, asked through another: the same lexical folder,
    second-model vectors and original files (they were kept under the URL: the second spelling started
    without them)."""
    settings = Settings.from_env(chroma_url=chroma_server, collection="spelling", cache_dir=tmp_path / "cache")
    docs = [write(tmp_path / "docs", "south.md", SOUTH_BOARD), write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)]
    first = open_index(settings)
    assert ingest(docs, first, IngestOptions(progress=False)).ok
    other = open_index(settings.replace(chroma_url=chroma_server.removeprefix("http://") + "/"))
    assert other.lexical_dir == first.lexical_dir
    assert not other.passages()[1].empty
    original = other.original_path("north.md")
    assert original is not None and original.read_bytes() == (tmp_path / "docs" / "north.md").read_bytes()


def test_another_machine_searches_with_the_second_models_vectors_kept_on_the_server(chroma_server, tmp_path):
    """The second model's chunk vectors are computed where the documents are ingested. Kept only there, a web
    chat on another machine (its own cache folder) asking the same server searched without them."""
    docs = [write(tmp_path / "docs", "south.md", SOUTH_BOARD), write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)]
    here = Settings.from_env(chroma_url=chroma_server, collection="shared", cache_dir=tmp_path / "here")
    there = here.replace(cache_dir=tmp_path / "there")
    first = open_index(here)
    assert ingest(docs, first, IngestOptions(progress=False)).ok
    other = open_index(there)
    assert other.lexical_dir.parent != first.lexical_dir.parent
    assert other.passages()[1].present.all()

    def found(index: ChunkIndex) -> list[str | None]:
        return [d.id for d in E5Retriever(index=index, k=3).invoke("How many cases of C. difficile were there?")]

    assert found(other) == found(first) and found(other)
    # The other machine keeps what it fetched: it opens again with the server's copy gone.
    other.client.delete_collection(second_vectors_name("shared"))
    assert open_index(there).passages()[1].present.all()
    # The next update from the first machine (one document changed) shares again all it has, not only the new ones.
    write(tmp_path / "docs", "north.md", NORTH_COMMITTEE + "\n\nA late note on the winter plan.\n")
    assert ingest(docs, first, IngestOptions(progress=False)).ok
    third = open_index(here.replace(cache_dir=tmp_path / "third"))
    assert third.passages()[1].present.all()
    # The server keeps the vectors of the generation before too (readers mid-question), then only what a kept
    # generation names: a removed document's go with its chunks, and so do a changed document's earlier ones.
    write(tmp_path / "docs", "north.md", NORTH_COMMITTEE + "\n\nA later note on the winter plan.\n")
    assert ingest(docs, first, IngestOptions(progress=False)).ok
    shared = first.shared_passage_vectors()
    assert shared is not None and len(shared.get(include=[])["ids"]) > len(first.lexical().ids)
    # Within the grace after sharing nothing is deleted (another machine's update may be between its sharing and
    # its switch); after it, only what a kept generation names stays.
    first.commit(remove=["north.md"])
    assert len(shared.get(include=[])["ids"]) > len(first.lexical().ids)
    first.shared_grace_seconds = 0.0
    assert ingest([write(tmp_path / "docs", "east.md", EAST_PLAN)], first, IngestOptions(progress=False)).ok
    assert set(shared.get(include=[])["ids"]) == set(first.lexical().ids) != set()


def test_a_failed_fetch_of_the_servers_vectors_is_tried_again_at_the_next_question(
    chroma_server, tmp_path, monkeypatch
):
    """A server that fails once to give the e5 vectors (a timeout) must not leave a long-running web chat
    searching without them until the next update."""
    docs = [write(tmp_path / "docs", "south.md", SOUTH_BOARD)]
    here = Settings.from_env(chroma_url=chroma_server, collection="flaky", cache_dir=tmp_path / "here")
    assert ingest(docs, open_index(here), IngestOptions(progress=False)).ok
    other = open_index(here.replace(cache_dir=tmp_path / "there"))
    real, failed = Collection.get, []

    def get_failing_once(self, *args, **kwargs):
        if self.name == second_vectors_name("flaky") and not failed:
            failed.append(True)
            raise TimeoutError("timed out")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "get", get_failing_once)
    assert other.passages()[1].empty and failed
    assert other.passages()[1].present.all()


def test_a_cache_kept_under_the_url_moves_to_the_index_folder(chroma_server, tmp_path):
    root = tmp_path / "cache" / "lexical"
    legacy = root / "".join(ch if ch.isalnum() else "_" for ch in chroma_server)
    legacy.mkdir(parents=True)
    (legacy / "passage_vectors.sqlite3").write_bytes(b"kept")
    index = open_index(Settings.from_env(chroma_url=chroma_server, collection="moved", cache_dir=tmp_path / "cache"))
    assert index.lexical_dir.parent == root and index.lexical_dir.name.startswith("moved-")
    assert not legacy.exists() and (index.lexical_dir / "passage_vectors.sqlite3").read_bytes() == b"kept"


def test_unreachable_server_is_reported(tmp_path):
    with pytest.raises(StoreUnavailable, match="cannot reach"):
        open_client(url=f"http://127.0.0.1:{_free_port()}")


def test_a_stopped_server_raises_store_unavailable_naming_it_and_loses_nothing(embeddings, tmp_path):
    """Every way in to the index says the same thing when the server goes away: which server, what failed."""
    server = ChromaServer(tmp_path / "server-data", log_path=tmp_path / "chroma.log")
    with server:
        index = ChunkIndex(open_client(url=server.url), embeddings, "stopped_test", tmp_path / "lexical")
        docs = [
            write(tmp_path / "docs", "south.md", SOUTH_BOARD),
            write(tmp_path / "docs", "north.md", NORTH_COMMITTEE),
        ]
        assert ingest(docs, index, IngestOptions(progress=False)).ok
        dense = DenseRetriever(index=index, k=3)
        assert dense.invoke("How many cases of C. difficile were there?")

        server.stop()
        failing = {
            "list the documents": index.documents,
            "search": lambda: dense.invoke("How many cases of C. difficile were there?"),
            "read stored vectors": lambda: index.vectors_for(["not-a-chunk-in-memory"]),
            "remove a document": lambda: index.commit(remove=["north.md"]),
            "ingest": lambda: ingest(
                [write(tmp_path / "more", "new.md", SOUTH_BOARD)], index, IngestOptions(progress=False)
            ),
        }
        for what, call in failing.items():
            with pytest.raises(StoreUnavailable) as caught:
                call()
            message = str(caught.value)
            assert message.startswith(f"the Chroma server at {server.url} is unavailable: "), (what, message)
            assert "ConnectError" in message and "refused" in message, (what, message)

        server.start()
        assert sorted(d.doc_id for d in index.documents()) == ["north.md", "south.md"]
        assert dense.invoke("How many cases of C. difficile were there?")[0].metadata["doc_id"] == "north.md"
