"""LLM backends: an OpenAI-compatible endpoint over real HTTP (plain and streaming), and llama.cpp.

The endpoint is a local server speaking the chat-completions protocol; its canned replies
cite a real passage and also invent a fact, and the verifier must drop the invention.
"""

from __future__ import annotations

import importlib.util
import os
import re

import pytest

from assistant.answer import Answer
from assistant.chain import BACKEND_UNAVAILABLE, Assistant
from settings import Settings
from tests.assistant.openai_server import ChatCompletionsServer

GP_QUESTION = "How many GP practices are there in south east London?"
INVENTED = "The ICB also runs 40 walk-in hospitals across Kent"


def _passage_with(request: dict, needle: str) -> int:
    """The number the prompt gave the passage containing ``needle``."""
    user = request["messages"][-1]["content"]
    for n, body in re.findall(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', user, re.S):
        if needle in body:
            return int(n)
    raise AssertionError(f"no passage in the prompt contains {needle!r}")


def _citing_and_inventing(request: dict) -> str:
    n = _passage_with(request, "212 individual GP")
    return f"There are 212 individual GP practices in south east London [{n}]. {INVENTED} [{n}]."


@pytest.fixture
def endpoint():
    with ChatCompletionsServer() as server:
        yield server


def _assistant(endpoint: ChatCompletionsServer, corpus_index) -> Assistant:
    settings = Settings.from_env(backend="openai", llm_url=endpoint.url, llm_model="test-model", llm_api_key="k")
    return Assistant(settings, corpus_index)


def test_openai_backend_keeps_the_cited_fact_and_drops_the_invented_one(endpoint, corpus_index):
    endpoint.queue(_citing_and_inventing)
    answer = _assistant(endpoint, corpus_index).ask(GP_QUESTION)

    assert not answer.refused
    assert "212" in answer.text and "walk-in" not in answer.text
    assert [c.passage.section for c in answer.citations] == ["Who we are"]
    assert all(s.supported for s in answer.sentences)
    dropped = [s for s in answer.dropped_sentences if "walk-in" in s.text]
    assert dropped and not dropped[0].supported
    request = endpoint.requests[-1]
    assert request["model"] == "test-model" and not request.get("stream")
    system = request["messages"][0]["content"]
    assert "cite" in system.lower() and "ignore any instruction" in system.lower()


def test_openai_backend_streams_only_verified_sentences(endpoint, corpus_index):
    endpoint.queue(_citing_and_inventing)
    events = list(_assistant(endpoint, corpus_index).stream(GP_QUESTION))

    assert endpoint.requests[-1]["stream"] is True
    texts = [e for e in events if isinstance(e, str)]
    answer = events[-1]
    assert isinstance(answer, Answer) and "212" in answer.text
    assert texts and texts[-1] == answer.text
    assert not any("walk-in" in t for t in texts), "an unsupported sentence was shown while streaming"


def test_openai_backend_refusal_is_a_refusal(endpoint, corpus_index):
    endpoint.queue("The published papers I have don't answer this.")
    answer = _assistant(endpoint, corpus_index).ask(GP_QUESTION)
    assert answer.refused and answer.citations == []
    assert answer.retrieved, "a refusal still lists the closest passages"


def test_openai_backend_answer_with_only_inventions_is_refused(endpoint, corpus_index):
    endpoint.queue(lambda request: f"{INVENTED} [1].")
    answer = _assistant(endpoint, corpus_index).ask(GP_QUESTION)
    assert answer.refused and "walk-in" not in answer.text


def test_follow_up_is_rewritten_by_the_model(endpoint, corpus_index):
    def rewrite(request: dict) -> str:
        assert "Follow-up question" in request["messages"][-1]["content"]
        return "How many Primary Care Networks are there in south east London?"

    def answer_pcns(request: dict) -> str:
        n = _passage_with(request, "35 Primary Care Networks")
        return f"South east London has 35 Primary Care Networks [{n}]."

    endpoint.queue(rewrite, answer_pcns)
    history = [("user", GP_QUESTION), ("assistant", "212 individual GP Practices [1]")]
    answer = _assistant(endpoint, corpus_index).ask("and how many networks are they grouped in?", history=history)
    assert answer.standalone_question == "How many Primary Care Networks are there in south east London?"
    assert "35" in answer.text and not answer.refused


def test_unreachable_endpoint_gives_a_clear_message_not_a_crash(corpus_index):
    settings = Settings.from_env(backend="openai", llm_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout_s=2)
    assistant = Assistant(settings, corpus_index)
    for answer in (assistant.ask(GP_QUESTION), list(assistant.stream(GP_QUESTION))[-1]):
        assert answer.refused and answer.text == BACKEND_UNAVAILABLE
        assert any("answer backend unavailable" in n and "Connection" in n for n in answer.notices)


@pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or not os.environ.get("BPA_TEST_GGUF"),
    reason="optional: pip install .[llamacpp] and set BPA_TEST_GGUF to a .gguf model file",
)
def test_llamacpp_backend_answers_with_verified_citations(corpus_index):
    settings = Settings.from_env(backend="llamacpp", gguf_path=os.environ["BPA_TEST_GGUF"])
    answer = Assistant(settings, corpus_index).ask(GP_QUESTION)
    assert all(s.supported for s in answer.sentences)
    assert answer.refused or answer.citations


def test_openai_backend_streamed_and_asked_give_the_same_answer(endpoint, corpus_index):
    """ask() calls the model once, stream() streams it: the same stages check the same reply the same way."""
    endpoint.queue(_citing_and_inventing, _citing_and_inventing)
    assistant = _assistant(endpoint, corpus_index)
    asked = assistant.ask(GP_QUESTION)
    *_, streamed = list(assistant.stream(GP_QUESTION))
    assert [r.get("stream", False) for r in endpoint.requests] == [False, True]
    assert not asked.refused and (streamed.text, streamed.refused) == (asked.text, asked.refused)
    assert [(c.n, c.passage.chunk_id, c.span, c.spans) for c in streamed.citations] == [
        (c.n, c.passage.chunk_id, c.span, c.spans) for c in asked.citations
    ]
    assert streamed.sentences == asked.sentences and streamed.dropped_sentences == asked.dropped_sentences


def test_evidence_never_calls_the_model(endpoint, corpus_index):
    evidence = _assistant(endpoint, corpus_index).evidence(GP_QUESTION)
    assert evidence.passages and any("212 individual GP" in c.passage.text for c in evidence.passages)
    assert endpoint.requests == []


def test_the_prompt_keeps_to_the_models_context_by_leaving_out_the_lowest_ranked_passages(endpoint, corpus_index):
    from prompts.budget import ANSWER_TOKENS, count_tokens

    endpoint.queue(_citing_and_inventing)
    settings = Settings.from_env(
        backend="openai", llm_url=endpoint.url, llm_model="test-model", llm_api_key="k", k=12, llm_context_tokens=1536
    )
    assistant = Assistant(settings, corpus_index)
    answer = assistant.ask(GP_QUESTION)
    prompt = endpoint.requests[-1]["messages"]
    given = [int(n) for n in re.findall(r'<passage n="(\d+)"', prompt[-1]["content"])]
    assert 1 <= len(given) < 12 and given == list(range(1, len(given) + 1))  # the best ones, in rank order
    assert sum(count_tokens(m["content"]) for m in prompt) <= 1536 - ANSWER_TOKENS
    assert any("of the 12 passages were left out" in n for n in answer.notices)
    assert not answer.refused and "212" in answer.text and {c.n for c in answer.citations} <= set(given)
    assert len(assistant.evidence(GP_QUESTION).passages) == len(given)  # the evidence is what the model is given
    # The extractive backend has no context to fit: all 12.
    assert len(Assistant(Settings.from_env(k=12), corpus_index).evidence(GP_QUESTION).passages) == 12
