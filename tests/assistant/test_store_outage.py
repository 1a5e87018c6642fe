"""The Chroma server goes away while the assistant runs: a clear message, no exception; it comes back: answers again."""

from __future__ import annotations

import pytest

from assistant.chain import UNAVAILABLE, Assistant
from benchmarks.chroma_server import ChromaServer
from ingest.pipeline import IngestOptions, ingest
from settings import Settings
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write
from vectorstore.chroma import open_client
from vectorstore.index import ChunkIndex

pytestmark = pytest.mark.server
QUESTION = "How many cases of C. difficile were there in May?"


@pytest.fixture
def server(tmp_path):
    chroma = ChromaServer(tmp_path / "server-data", log_path=tmp_path / "chroma.log")
    with chroma:
        yield chroma


def test_search_unavailable_while_the_server_is_down_then_recovers(server, embeddings, tmp_path):
    docs = [write(tmp_path / "docs", "south.md", SOUTH_BOARD), write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)]
    index = ChunkIndex(open_client(url=server.url), embeddings, "outage_test", tmp_path / "lexical")
    assert ingest(docs, index, IngestOptions(progress=False)).ok
    settings = Settings.from_env(chroma_url=server.url, collection="outage_test")
    assistant = Assistant(settings, index)

    before = assistant.ask(QUESTION)
    assert not before.refused and "two cases" in before.text and before.citations

    server.stop()
    for _ in range(2):  # a second question must not hang or crash on a half-open client either
        down = assistant.ask(QUESTION)
        assert down.refused and down.text == UNAVAILABLE and not down.citations
        assert "search unavailable" in down.notices
    *pieces, streamed = list(assistant.stream(QUESTION))
    assert streamed.text == UNAVAILABLE and pieces == [UNAVAILABLE]
    evidence = assistant.evidence(QUESTION)
    assert evidence.message == UNAVAILABLE and not evidence.passages and "search unavailable" in evidence.notices

    server.start()
    after = assistant.ask(QUESTION)
    assert not after.refused and after.text == before.text
    assert [c.passage.chunk_id for c in after.citations] == [c.passage.chunk_id for c in before.citations]


def test_server_down_before_the_first_question(server, embeddings, tmp_path):
    """An assistant opened on a server that then stops (the chat started before an outage)."""
    index = ChunkIndex(open_client(url=server.url), embeddings, "outage_empty", tmp_path / "lexical")
    assistant = Assistant(Settings.from_env(chroma_url=server.url, collection="outage_empty"), index)
    server.stop()
    answer = assistant.ask("What was the deficit?")
    assert answer.refused and answer.text == UNAVAILABLE
