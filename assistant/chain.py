"""The answering chain, top to bottom: prepare → rewrite → retrieve → select → generate → verify.

Each stage is a LangChain runnable over one :class:`Turn`; :class:`Assistant` wires them
to the index, the reranker and the chosen chat model, and exposes ``ask`` and ``stream``.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import REFUSAL_TEXT, Answer, AnswerSentence, Citation, Passage
from assistant.backends import ExtractiveChatModel, make_chat_model
from assistant.extractive import AnswerSelector, PassageRef
from assistant.features import TermStats
from assistant.filters import nothing_to_search, to_search_filter
from assistant.gate import AnswerabilityGate, refusal_detail
from assistant.model import AnswerModel
from assistant.rerank import LearnedReranker
from assistant.retrieval import HybridRetriever
from assistant.rewrite import rewrite_rule, rewrite_with_model
from assistant.verify import CheckedSentence, Verifier, split_answer
from prompts.loader import answer_messages
from settings import Settings
from vectorstore.chroma import StoreUnavailable
from vectorstore.index import ChunkIndex
from vectorstore.retrievers import SearchFilter
from vectorstore.unit_vectors import UnitEmbeddingCache

log = logging.getLogger(__name__)
# Control, zero-width and bidi characters, and lone surrogates (valid in JSON, fatal to the tokenizer).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_REFUSAL_REPLY = re.compile(
    r"don.t answer this|do not answer this|cannot answer|can.t answer|not (?:in|covered by) the "
    r"(?:passages|papers)",
    re.I,
)
EMPTY_QUESTION = "Please type a question about the board papers."
UNAVAILABLE = "Search is unavailable at the moment, so I can't look anything up. Please try again shortly."
BACKEND_UNAVAILABLE = "The answering service is unavailable at the moment. Please try again shortly."


@dataclass
class Turn:
    """What flows through the chain for one question."""

    question: str
    history: list[tuple[str, str]] = field(default_factory=list)
    search_filter: SearchFilter = SearchFilter()
    standalone: str = ""
    notices: list[str] = field(default_factory=list)
    candidates: list[Document] = field(default_factory=list)
    passages: list[PassageRef] = field(default_factory=list)
    answerable: bool = True
    raw_answer: str = ""
    checked: list[CheckedSentence] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    done: Answer | None = None  # set by a stage that settles the answer early


def _timed(name: str, fn: Callable[[Turn], Turn]) -> Runnable[Turn, Turn]:
    def run(turn: Turn) -> Turn:
        if turn.done is not None:
            return turn
        started = time.perf_counter()
        result = fn(turn)
        turn.timings[name] = round((time.perf_counter() - started) * 1000, 2)
        return result

    return RunnableLambda(run, name=name)


class Assistant:
    """Answers questions from the index, every sentence cited and verified."""

    def __init__(
        self,
        settings: Settings,
        index: ChunkIndex,
        chat_model: BaseChatModel | None = None,
        model: AnswerModel | None = None,
    ) -> None:
        self.settings = settings
        self.index = index
        self.model = model or AnswerModel.load()
        self.cache = UnitEmbeddingCache(index.embeddings, index.unit_store())
        self.verifier = Verifier(self.cache)
        self._chat_model = chat_model
        self._selector: AnswerSelector | None = None
        self.find_evidence = (
            _timed("prepare", self._prepare)
            | _timed("rewrite", self._rewrite)
            | _timed("retrieve", self._retrieve)
            | _timed("select", self._select)
        )
        self.chain = self.find_evidence | _timed("generate", self._generate) | _timed("verify", self._verify)

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        from assistant.store import open_index

        return cls(settings, open_index(settings))

    # --- public interface -------------------------------------------------------------
    def ask(self, question: str, history: Sequence[tuple[str, str]] = (), filters: Any = None) -> Answer:
        started = time.perf_counter()
        turn = self.chain.invoke(self._turn(question, history, filters))
        answer = turn.done or self._finish(turn)
        answer.timings["total"] = round((time.perf_counter() - started) * 1000, 2)
        return answer

    def stream(
        self, question: str, history: Sequence[tuple[str, str]] = (), filters: Any = None
    ) -> Iterator[str | Answer]:
        """Yields the answer text as it grows, then the :class:`Answer`.

        The model's output is shown a sentence at a time, and only once the verifier has
        found that sentence supported: an unsupported sentence never appears, even briefly.
        """
        started = time.perf_counter()
        turn = self.find_evidence.invoke(self._turn(question, history, filters))
        if turn.done is None and turn.answerable:
            generating = time.perf_counter()
            checked: list[CheckedSentence] = []
            raw, complete = "", 0
            try:
                for piece in self.chat_model.stream(self._messages(turn)):
                    raw += str(piece.content)
                    sentences = split_answer(raw)
                    for text, cited in sentences[complete:-1]:  # the last one may still be growing
                        checked.append(self.verifier.check_sentence(text, cited, turn.passages, turn.standalone))
                        supported = [c for c in checked if c.supported]
                        if supported and checked[-1].supported:
                            yield _render(supported, _numbering(supported), raw)
                    complete = max(complete, len(sentences) - 1)
            except Exception as exc:
                self._backend_failed(turn, exc)
            turn.raw_answer = raw.strip()
            turn.timings["generate"] = round((time.perf_counter() - generating) * 1000, 2)
            turn = _timed("verify", self._verify).invoke(turn)
        answer = turn.done or self._finish(turn)
        answer.timings["total"] = round((time.perf_counter() - started) * 1000, 2)
        yield answer.text
        yield answer

    @property
    def chat_model(self) -> BaseChatModel:
        if self._chat_model is None:
            self._chat_model = make_chat_model(self.settings, self.selector())
        elif isinstance(self._chat_model, ExtractiveChatModel):
            # The index may have moved to a new generation: score with its term statistics.
            self._chat_model.selector = self.selector()
        return self._chat_model

    def selector(self) -> AnswerSelector:
        """The unit scorer for the committed generation (its term statistics), made once per generation."""
        lexical = self.index.lexical()
        if self._selector is None or self._selector.stats.idf is not lexical.idf():
            stats = TermStats(lexical.idf(), lexical.unseen_idf(), lexical.lowercase_words())
            self._selector = AnswerSelector(self.cache, stats, self.model)
        return self._selector

    def reranker(self) -> LearnedReranker:
        return LearnedReranker(
            cache=self.cache,
            stats=self.selector().stats,
            model=self.model.reranker,
            passage_vectors=self.index.vectors_for,
        )

    # --- stages -----------------------------------------------------------------------
    def _turn(self, question: str, history: Sequence[tuple[str, str]], filters: Any) -> Turn:
        # Earlier turns only steer the follow-up rewrite: cut and cleaned, so a hostile one never reaches search whole.
        limit = 4 * self.settings.max_question_chars
        return Turn(
            question=question if isinstance(question, str) else str(question or ""),
            history=[(str(r), _CONTROL.sub(" ", str(t)[:limit])) for r, t in history],
            search_filter=to_search_filter(filters),
        )

    def _prepare(self, turn: Turn) -> Turn:
        text = unicodedata.normalize("NFC", _CONTROL.sub(" ", turn.question))
        text = " ".join(text.split())
        if len(text) > self.settings.max_question_chars:
            text = text[: self.settings.max_question_chars].rsplit(" ", 1)[0]
            turn.notices.append(f"Your question was long, so only its first {len(text)} characters were used.")
        turn.question = text
        if not re.search(r"\w", text):
            turn.done = self._answer(turn, EMPTY_QUESTION, refused=True)
        return turn

    def _rewrite(self, turn: Turn) -> Turn:
        if not turn.history:
            turn.standalone = turn.question
        elif isinstance(self.chat_model, ExtractiveChatModel):
            turn.standalone = rewrite_rule(turn.question, turn.history)
        else:
            turn.standalone = rewrite_with_model(turn.question, turn.history, self.chat_model)
        return turn

    def _retrieve(self, turn: Turn) -> Turn:
        try:
            # Each question reads the committed generation: another process (or the web chat's
            # Documents tab) may have ingested or removed documents since the last one.
            self.index.generation(refresh=True)
            if self.index.is_empty():
                turn.done = self._answer(
                    turn, "No documents are indexed yet, so there is nothing to search.", refused=True
                )
                return turn
            empty = nothing_to_search(turn.search_filter, self.index.generation().documents.values())
            if empty:  # say which filter left nothing, not "the papers don't answer this"
                turn.done = self._answer(turn, empty, refused=True)
                return turn
            retriever = HybridRetriever(
                index=self.index,
                k=max(self.settings.candidates, 8),
                candidates=self.settings.candidates,
                search_filter=turn.search_filter,
                reranker=self.reranker(),
            )
            turn.candidates = retriever.invoke(turn.standalone)
            turn.timings.update(retriever.timings)  # the retrieve stage's two parts
        except StoreUnavailable:
            turn.notices.append("search unavailable")  # before _answer copies the notices
            turn.done = self._answer(turn, UNAVAILABLE, refused=True)
        except Exception as exc:
            if _is_connection_error(exc):
                turn.notices.append("search unavailable")
                turn.done = self._answer(turn, UNAVAILABLE, refused=True)
            else:
                raise
        return turn

    def _select(self, turn: Turn) -> Turn:
        top = turn.candidates[: self.settings.k]
        turn.passages = [PassageRef.from_document(n, d) for n, d in enumerate(top, start=1)]
        top_passage = float(top[0].metadata.get("rerank", 0.0)) if top else 0.0
        turn.answerable = bool(turn.passages) and AnswerabilityGate(self.selector()).answerable(
            turn.standalone, turn.passages, top_passage
        )
        return turn

    def _generate(self, turn: Turn) -> Turn:
        if not turn.answerable:
            return turn
        try:
            turn.raw_answer = str(self.chat_model.invoke(self._messages(turn)).content).strip()
        except Exception as exc:  # an LLM endpoint down or misconfigured must not crash a chat
            self._backend_failed(turn, exc)
        return turn

    def _backend_failed(self, turn: Turn, exc: Exception) -> None:
        log.warning("answer backend %s failed: %s", self.settings.backend, exc)
        turn.notices.append(f"answer backend unavailable: {type(exc).__name__}: {str(exc)[:200]}")
        turn.done = self._answer(turn, BACKEND_UNAVAILABLE, refused=True)

    @staticmethod
    def _messages(turn: Turn) -> list[BaseMessage]:
        return answer_messages(turn.standalone, [(p.n, p.title, p.location, p.text) for p in turn.passages])

    def _verify(self, turn: Turn) -> Turn:
        if turn.answerable and turn.raw_answer and not _REFUSAL_REPLY.search(turn.raw_answer[:200]):
            turn.checked = self.verifier.check(turn.raw_answer, turn.passages, turn.standalone)
        return turn

    # --- assembling the answer ----------------------------------------------------------------
    def _finish(self, turn: Turn) -> Answer:
        supported = [c for c in turn.checked if c.supported]
        if not supported:
            detail = refusal_detail(turn.standalone, turn.passages)
            answer = self._answer(turn, f"{REFUSAL_TEXT} {detail}".strip(), refused=True)
            answer.dropped_sentences = [self._sentence(c, {}) for c in turn.checked]
            return answer
        numbering = _numbering(supported)
        by_n = {p.n: p for p in turn.passages}
        docs = {i + 1: d for i, d in enumerate(turn.candidates)}
        citations = [
            Citation(new, Passage.from_document(docs[old]), _span_for(old, supported), _spans_for(old, supported))
            for old, new in numbering.items()
            if old in by_n
        ]
        sentences = [self._sentence(c, numbering) for c in supported]
        answer = self._answer(turn, _render(supported, numbering, turn.raw_answer), refused=False)
        answer.citations = citations
        answer.sentences = sentences
        answer.dropped_sentences = [self._sentence(c, {}) for c in turn.checked if not c.supported]
        return answer

    def _answer(self, turn: Turn, text: str, refused: bool) -> Answer:
        return Answer(
            question=turn.question,
            text=text,
            refused=refused,
            retrieved=[Passage.from_document(d) for d in _shown(turn.candidates, max(8, self.settings.k))],
            timings=dict(turn.timings),
            standalone_question=turn.standalone or turn.question,
            backend=self.settings.backend,
            notices=list(turn.notices),
        )

    @staticmethod
    def _sentence(checked: CheckedSentence, numbering: dict[int, int]) -> AnswerSentence:
        return AnswerSentence(
            checked.text, [numbering.get(n, n) for n in checked.citations], checked.support, checked.supported
        )


def _shown(candidates: Sequence[Document], at_least: int, words: int = 1000) -> Sequence[Document]:
    """The ranked passages an answer lists: at least ``at_least``, and enough to give a reader ``words`` words."""
    count, total = 0, 0
    for count, doc in enumerate(candidates, start=1):  # noqa: B007 -- the count is the result
        total += len(doc.page_content.split())
        if count >= at_least and total >= words:
            break
    return candidates[:count]


def _numbering(supported: list[CheckedSentence]) -> dict[int, int]:
    """Passage numbers renumbered 1, 2, ... in the order the answer first cites them."""
    numbering: dict[int, int] = {}
    for checked in supported:
        for n in checked.citations:
            numbering.setdefault(n, len(numbering) + 1)
    return numbering


def _span_for(n: int, supported: list[CheckedSentence]) -> tuple[int, int] | None:
    return next(iter(_spans_for(n, supported)), None)


def _spans_for(n: int, supported: list[CheckedSentence]) -> tuple[tuple[int, int], ...]:
    """Where in passage ``n`` each answer sentence citing it first is, in passage order, overlaps merged."""
    spans = sorted({c.span for c in supported if c.citations and c.citations[0] == n and c.span})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _render(supported: list[CheckedSentence], numbering: dict[int, int], raw: str) -> str:
    """The verified sentences with renumbered markers, keeping list items on their own lines."""
    bullets = {line.strip().lstrip("-• ").split(" [")[0] for line in raw.splitlines() if line.strip()[:1] in "-•"}
    lines: list[str] = []
    prose: list[str] = []
    for c in supported:
        marker = "".join(f"[{numbering[n]}]" for n in c.citations)
        text = c.text.strip()
        if text.lstrip("-• ") in bullets or text.startswith(("- ", "• ")):
            if prose:
                lines.append(" ".join(prose))
                prose = []
            lines.append(f"- {text.lstrip('-• ')} {marker}")
        else:
            prose.append(f"{text} {marker}")
    if prose:
        lines.append(" ".join(prose))
    return "\n".join(lines)


def _is_connection_error(exc: Exception) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return any(word in text for word in ("connect", "refused", "unreachable", "timed out", "timeout"))
