"""A sentence an answer says twice (two overlapping passages, or a model repeating itself) is shown once."""

from __future__ import annotations

import pytest

from assistant.answer import Answer
from assistant.chain import Assistant
from ingest.pipeline import IngestOptions, ingest
from settings import Settings
from tests.assistant.openai_server import ChatCompletionsServer
from tests.helpers import SOUTH_BOARD, write

QUESTION = "What was the vacancy rate in February?"
REPLY = (
    "Vacancy rates fell to 8.2% in February, the lowest level for three years [1]. "
    "Vacancy rates fell to 8.2% in February, the lowest level for three years [2]."
)


@pytest.fixture(scope="module")
def index(tmp_path_factory, embeddings):
    from tests.helpers import new_index

    papers = tmp_path_factory.mktemp("repeat_papers")
    built = new_index(tmp_path_factory.mktemp("repeat_index"), embeddings, "board_papers")
    report = ingest([write(papers, "south.md", SOUTH_BOARD)], built, IngestOptions(progress=False))
    assert report.ok
    return built


@pytest.fixture
def assistant(index):
    with ChatCompletionsServer() as server:
        server.queue(lambda request: REPLY)
        settings = Settings.from_env(backend="openai", llm_url=server.url, llm_model="echo", llm_api_key="k")
        yield Assistant(settings, index)


def test_a_sentence_said_twice_is_shown_once_and_not_counted_as_left_out(assistant):
    answer = assistant.ask(QUESTION)
    assert not answer.refused
    assert answer.text.count("Vacancy rates fell to 8.2%") == 1
    assert len(answer.sentences) == 1 and not answer.dropped_sentences


def test_streaming_shows_it_once_too(assistant):
    events = list(assistant.stream(QUESTION))
    assert isinstance(events[-1], Answer)
    assert all(e.count("Vacancy rates fell") <= 1 for e in events if isinstance(e, str))
