"""The chat's behaviour without a browser: streaming, limits, filters, failures, feedback, export, API."""

from __future__ import annotations

import socket

import pytest
from langchain_core.embeddings import Embeddings

from assistant.chain import UNAVAILABLE, Assistant
from settings import Settings
from tests.helpers import new_index
from ui.chat import FAILED, AssistantSource, ChatService, LimitError
from ui.conversation import Conversation
from ui.feedback import FeedbackStore
from ui.limits import RateLimiter
from vectorstore.embeddings import embedding_name

VACANCY = "What was the vacancy rate in February?"


def make_service(tmp_path, assistant=None, settings=None, per_minute=0) -> ChatService:
    settings = settings or Settings.from_env(data_dir=tmp_path / "data", max_question_chars=200)
    return ChatService(
        settings,
        AssistantSource(settings, assistant),
        FeedbackStore(settings.feedback_db),
        RateLimiter(per_minute),
        tmp_path / "exports",
    )


def shown(service, conv, question, session="s1", filters=None) -> list[str]:
    return [c.turns[-1].html for c in service.respond(conv, question, session, filters)]


def test_answer_streams_then_shows_sources(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    steps = shown(service, conv, VACANCY)
    assert "bpa-pending" in steps[0]
    assert any("bpa-streaming" in s and "8.2%" in s for s in steps[1:-1])
    assert "bpa-answered" in steps[-1] and "8.2%" in steps[-1] and "[1]" in steps[-1] and "<details" in steps[-1]
    assert conv.turns[-1].answer.citations[0].passage.doc == "south.md"
    shown(service, conv, "Why did it fall?")  # a follow-up: the earlier turn is passed as history
    assert "vacancy rate" in conv.turns[-1].answer.standalone_question and len(conv.history()) == 4


def test_refusal_offers_closest_passages(tmp_path, ui_assistant):
    final = shown(make_service(tmp_path, ui_assistant), Conversation(), "What is the average house price in Bexley?")[
        -1
    ]
    assert "bpa-refused" in final and "You may find these relevant" in final


def test_limits_and_bad_filters_answer_with_a_message_not_an_answer(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant, per_minute=2), Conversation()
    assert "at most 200 characters" in shown(service, conv, "x" * 201)[-1]
    assert "date like 2023-04-25" in shown(service, conv, VACANCY, filters={"date_from": "last week"})[-1]
    shown(service, conv, VACANCY)
    shown(service, conv, VACANCY)
    assert "Please wait" in shown(service, conv, VACANCY)[-1]
    assert "Please wait" not in shown(service, conv, VACANCY, session="another")[-1]
    assert [t.answer is not None for t in conv.turns] == [False, False, True, True, False, True]
    with pytest.raises(LimitError):
        service.ask_api("y" * 201, "s9")


def test_filters_that_leave_nothing_say_which_and_bad_dates_use_the_page_labels(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    message = shown(service, conv, VACANCY, filters={"date_from": "2024-13-01"})[-1]
    assert "“Meetings from” “2024-13-01” has no month 13" in message and "date_from" not in message
    answer = shown(service, conv, VACANCY, filters={"date_from": "2030-01-01"})[-1]
    assert "The meeting dates filter (from 1 January 2030) leaves out every indexed paper" in answer
    assert "don&#x27;t answer this" not in answer and "don't answer this" not in answer
    answer = shown(service, conv, VACANCY, filters={"docs": ["north.md"], "date_from": "2024-01-01"})[-1]
    assert "leaves out every document you chose (dated 9 June 2022)" in answer


def test_sources_link_to_the_original_kept_with_the_index(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    html = shown(service, conv, VACANCY)[-1]
    assert (
        'href="/bpa/original?doc=south.md&amp;section=' in html and "Open the original document at this section" in html
    )


def test_filters_restrict_the_search(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    shown(service, conv, VACANCY, filters={"docs": ["north.md", "east.md"]})
    assert all(c.passage.doc != "south.md" for c in conv.turns[-1].answer.citations)
    shown(service, conv, VACANCY, filters={"date_from": "2024-03-01", "date_to": "2024-03-31"})
    assert conv.turns[-1].answer.citations[0].passage.doc == "south.md"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_index_gives_the_unavailable_message(tmp_path):
    settings = Settings.from_env(data_dir=tmp_path / "data", chroma_url=f"http://127.0.0.1:{_closed_port()}")
    service, conv = make_service(tmp_path, settings=settings), Conversation()
    final = shown(service, conv, VACANCY)[-1]
    assert "Search is unavailable at the moment" in final and "Traceback" not in final
    assert service.ask_api(VACANCY, "s1")["text"] == UNAVAILABLE


class _BrokenQueries(Embeddings):
    """The real model's name, but every question embedding fails (a bug deep in the chain)."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner, self.name = inner, embedding_name(inner)

    def embed_documents(self, texts):
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        raise RuntimeError("injected failure")


def test_an_unexpected_error_becomes_an_apology(tmp_path, ui_corpus, embeddings, caplog):
    broken = Assistant(Settings.from_env(), new_index(ui_corpus.folder, _BrokenQueries(embeddings), "board_papers"))
    service, conv = make_service(tmp_path, broken), Conversation()
    final = shown(service, conv, VACANCY)[-1]
    assert FAILED in final and "injected" not in final and conv.turns[-1].answer is None
    assert "injected failure" in caplog.text  # the details go to the log


def test_rating_commenting_and_export(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    shown(service, conv, "x" * 300)  # a limit message: nothing to rate
    shown(service, conv, VACANCY)
    assert service.rate(conv, 1, True, "s1") == ""
    assert "Rate an answer" in service.comment(conv, "Useful")
    assert "saved" in service.rate(conv, 3, False, "s1")
    assert "saved" in service.comment(conv, "Missing the January figure")
    [row] = service.feedback.rows()
    assert (row["turn"], row["helpful"], row["comment"], row["question"]) == (
        1,
        0,
        "Missing the January figure",
        VACANCY,
    )
    assert "8.2%" in row["answer"] and '"doc": "south.md"' in row["citations"]
    path = service.export(conv, "s1/../x")
    assert path.parent.parent == tmp_path / "exports" and path.name.endswith(".md")
    text = path.read_text()
    assert VACANCY in text and "8.2%" in text and "[1] **South Borough Health Board**" in text


def test_api_returns_the_answer_object(tmp_path, ui_assistant):
    data = make_service(tmp_path, ui_assistant).ask_api(VACANCY, "api")
    assert not data["refused"] and "8.2%" in data["text"]
    assert data["citations"][0]["doc"] == "south.md" and data["citations"][0]["supporting_text"]


def test_each_conversation_keeps_its_own_ratings(tmp_path, ui_assistant):
    """Rate, start a new conversation in the same tab, rate its first answer: two rows, nothing lost."""
    service = make_service(tmp_path, ui_assistant)
    first = Conversation()
    shown(service, first, VACANCY)
    assert "saved" in service.rate(first, 1, True, "s1")
    assert "saved" in service.comment(first, "Clear")
    second = Conversation()  # what "New conversation" gives the same browser session
    shown(service, second, "What deficit did the trust report at month 10?")
    assert "saved" in service.rate(second, 1, False, "s1")
    assert "saved" in service.comment(second, "Wrong month")
    rows = service.feedback.rows()
    assert [(r["question"], r["helpful"], r["comment"]) for r in rows] == [
        (VACANCY, 1, "Clear"),
        ("What deficit did the trust report at month 10?", 0, "Wrong month"),
    ]
    assert rows[0]["conversation"] and rows[0]["conversation"] != rows[1]["conversation"]
    assert "saved" in service.rate(first, 1, False, "s1")  # changing a rating still updates its own row
    assert [(r["helpful"], r["comment"]) for r in service.feedback.rows()] == [(0, "Clear"), (0, "Wrong month")]


def test_sessions_started_from_the_same_initial_state_get_their_own_conversation_ids():
    import copy

    initial = Conversation()  # gr.State deep-copies its initial value into every browser session
    a, b = copy.deepcopy(initial), copy.deepcopy(initial)
    assert a.key() != b.key() and a.key() == a.key()


def test_a_refused_long_question_is_not_echoed_back(tmp_path, ui_assistant):
    service, conv = make_service(tmp_path, ui_assistant), Conversation()
    huge = "How many beds? " * 70_000  # about 1 MB, as a script can send past the text box's limit
    final = shown(service, conv, huge)[-1]
    assert "at most 200 characters" in final and len(final) < 1000
    shown_question = conv.messages()[-2]["content"]
    assert len(shown_question) < 1000 and "…" in shown_question
    assert sum(len(m["content"]) for m in conv.messages()) < 5000
    with pytest.raises(LimitError) as refused:
        service.ask_api(huge, "s1")
    assert len(str(refused.value)) < 300
