"""Answer backends, all LangChain chat models that read the same prompt.

- ``extractive`` (default, offline): :class:`ExtractiveChatModel` reads the numbered
  passages and the question out of the prompt and answers by quoting them.
- ``openai``: any OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp server, Azure).
- ``llamacpp``: a local GGUF file through llama-cpp-python (optional extra).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from assistant.extractive import AnswerSelector, PassageRef, render
from prompts.budget import ANSWER_TOKENS
from settings import Settings

_PASSAGE = re.compile(
    r'<passage n="(\d+)" document="([^"]*)" where="([^"]*)"((?: \w+="[^"]*")*)>\n(.*?)\n</passage>', re.S
)
_ATTRIBUTE = re.compile(r' (\w+)="([^"]*)"')
_QUESTION = re.compile(r"^Question: (.*?)$", re.M)


def _ref(n: str, title: str, where: str, attributes: str, body: str) -> PassageRef:
    """One ``<passage>`` block read back: its number, document, location, text, and the optional
    attributes ``passage_block`` writes (``continues="2"``, ``file="..."``, ``heading="..."``, ``titles="..."``,
    ``header="..."``)."""
    extra = {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(attributes)}
    continues = extra.get("continues", "")
    return PassageRef(
        int(n),
        html.unescape(title),
        html.unescape(where),
        html.unescape(body),
        int(continues) if continues.isdigit() else 0,
        extra.get("file", ""),
        _titles(extra.get("titles", "")),
        extra.get("heading", ""),
        extra.get("header", ""),
    )


def _titles(value: str) -> tuple[tuple[int, str], ...]:
    """The ``titles`` attribute read back: ``[[offset, title], ...]``; nothing when it is missing or malformed."""
    try:
        pairs = json.loads(value) if value else []
        return tuple((int(at), str(title)) for at, title in pairs)
    except (ValueError, TypeError):
        return ()


class BackendUnavailable(RuntimeError):
    """The configured answer backend cannot be used (missing package, file or URL)."""


def parse_prompt(messages: list[BaseMessage]) -> tuple[str, list[PassageRef]]:
    """The question and the numbered passages of a prompt built by ``prompts.loader``."""
    user = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
    if user is None:
        return "", []
    text = str(user.content)
    passages = [_ref(*block) for block in _PASSAGE.findall(text)]
    tail = text[text.rfind("</passage>") + 1 :] if passages else text
    questions = _QUESTION.findall(tail)
    return (html.unescape(questions[-1]).strip() if questions else ""), passages


class ExtractiveChatModel(BaseChatModel):
    """A chat model that answers only by quoting the passages in its prompt, each cited."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    selector: AnswerSelector

    @property
    def _llm_type(self) -> str:
        return "extractive"

    def _answer(self, messages: list[BaseMessage]) -> list[str]:
        question, passages = parse_prompt(messages)
        if not question or not passages:
            return []
        units = self.selector.answer_units(question, passages)
        return render(units).split("\n") if units else []

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "\n".join(self._answer(messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for i, line in enumerate(self._answer(messages)):
            piece = ("\n" if i else "") + line
            if run_manager:
                run_manager.on_llm_new_token(piece)
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def make_chat_model(settings: Settings, selector: AnswerSelector) -> BaseChatModel:
    if settings.backend == "extractive":
        return ExtractiveChatModel(selector=selector)
    if settings.backend == "openai":
        if not settings.llm_url or not settings.llm_model:
            raise BackendUnavailable("the openai backend needs BPA_LLM_URL and BPA_LLM_MODEL")
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            temperature=0,
            timeout=settings.llm_timeout_s,
            max_retries=1,
        )
    if settings.backend == "llamacpp":
        if not settings.gguf_path:
            raise BackendUnavailable("the llamacpp backend needs BPA_GGUF_PATH (a .gguf model file)")
        try:
            from langchain_community.chat_models import ChatLlamaCpp
        except ImportError as exc:
            raise BackendUnavailable("the llamacpp backend needs `pip install .[llamacpp]`") from exc
        model: BaseChatModel = ChatLlamaCpp(
            model_path=settings.gguf_path,
            temperature=0,
            n_ctx=settings.llm_context_tokens,
            max_tokens=ANSWER_TOKENS,
            verbose=False,
        )
        return model
    raise BackendUnavailable(f"unknown backend {settings.backend!r}")
