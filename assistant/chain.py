"""The answering chain, top to bottom: prepare → rewrite → retrieve → select → generate → verify.

Each stage is a LangChain runnable over one :class:`Turn`; :class:`Assistant` wires them
to the index, the reranker and the chosen chat model. There is one chain and three ways in:

- ``ask``: the chain invoked; the chat model answers in one call, the answer is verified whole;
- ``stream``: the same chain streamed; the generate and verify stages then work on the answer
  as it grows (the verify stage checks each sentence once it is complete), and the last turn
  holds the same checks as ``ask`` would make, so both give the same answer and citations;
- ``evidence``: the first four stages only (``find_evidence``): the ranked passages an answer
  would be built from, numbered as it would cite them, with no answer generated.

A store that cannot be used (``vectorstore.errors.StoreUnavailable``) in any stage settles the
turn with the "search is unavailable" answer; a chat model that fails, with the backend one.
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
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda

from assistant.answer import REFUSAL_TEXT, Answer, AnswerSentence, Citation, Evidence, Passage, layout
from assistant.backends import ExtractiveChatModel, make_chat_model
from assistant.extractive import AnswerSelector, PassageRef
from assistant.features import TermStats
from assistant.filters import nothing_to_search, to_search_filter
from assistant.gate import AnswerabilityGate, refusal_detail
from assistant.model import AnswerModel
from assistant.rerank import LearnedReranker
from assistant.retrieval import HybridRetriever
from assistant.rewrite import rewrite_rule, rewrite_with_model
from assistant.spelling import corrected, corrections
from assistant.verify import CheckedSentence, Verifier, split_answer
from prompts.budget import passages_within
from prompts.loader import PassageFields, answer_messages
from settings import Settings
from vectorstore.e5 import forget_questions as forget_e5_questions
from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex
from vectorstore.retrievers import SearchFilter
from vectorstore.text import strip_bullet
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
    verified: bool = False  # the whole answer has been checked (not only its sentences complete so far)
    timings: dict[str, float] = field(default_factory=dict)
    done: Answer | None = None  # set by a stage that settles the answer early

    def __add__(self, later: Turn) -> Turn:
        """LangChain joins the chunks of a stream with ``+``: each chunk of a turn's stream is the
        turn as it stands, so the later one is the whole."""
        return later

    @property
    def open(self) -> bool:
        """Not settled early: the stages after retrieval still have work to do."""
        return self.done is None


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


class _GrowingStage(Runnable[Turn, Turn]):
    """A stage that works on the whole turn when the chain is invoked (``whole``), and on the turn
    as it grows when the chain is streamed (``growing``: an iterator of turns in, one out)."""

    def __init__(
        self, name: str, whole: Callable[[Turn], Turn], growing: Callable[[Iterator[Turn]], Iterator[Turn]]
    ) -> None:
        self.name = name
        self._whole = whole
        self._growing = growing

    def invoke(self, input: Turn, config: RunnableConfig | None = None, **kwargs: Any) -> Turn:  # noqa: A002
        return self._call_with_config(self._whole, input, config)

    def transform(
        self,
        input: Iterator[Turn],  # noqa: A002 - LangChain's parameter name
        config: RunnableConfig | None = None,
        **kwargs: Any | None,
    ) -> Iterator[Turn]:
        yield from self._transform_stream_with_config(input, self._growing, config)

    def stream(self, input: Turn, config: RunnableConfig | None = None, **kwargs: Any | None) -> Iterator[Turn]:  # noqa: A002
        yield from self.transform(iter([input]), config, **kwargs)


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
        self.find_evidence: Runnable[Turn, Turn] = (
            self._stage("prepare", self._prepare)
            | self._stage("rewrite", self._rewrite)
            | self._stage("retrieve", self._retrieve)
            | self._stage("select", self._select)
        )
        self.chain: Runnable[Turn, Turn] = (
            self.find_evidence
            | _GrowingStage("generate", self._generate, self._generate_growing)
            | _GrowingStage("verify", self._verify, self._verify_growing)
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        from assistant.store import open_index

        return cls(settings, open_index(settings))

    # --- public interface -------------------------------------------------------------
    def ask(self, question: str, history: Sequence[tuple[str, str]] = (), filters: Any = None) -> Answer:
        """The verified, cited answer to ``question`` (``history``: earlier turns, for follow-ups;
        ``filters``: documents and dates to search, see ``assistant.filters.to_search_filter``)."""
        started = time.perf_counter()
        turn = self.chain.invoke(self._turn(question, history, filters))
        answer = turn.done or self._finish(turn)
        answer.timings["total"] = _ms(time.perf_counter() - started)
        return answer

    def stream(
        self, question: str, history: Sequence[tuple[str, str]] = (), filters: Any = None
    ) -> Iterator[str | Answer]:
        """Yields the answer text as it grows, then the final text, then the :class:`Answer` (the same
        one ``ask`` gives).

        The model's output is shown a sentence at a time, and only once the verifier has
        found that sentence supported: an unsupported sentence never appears, even briefly.
        """
        started = time.perf_counter()
        turn = self._turn(question, history, filters)
        shown = 0
        for turn in self.chain.stream(turn):  # noqa: B020 - each turn streamed is the same turn, grown
            if not turn.open or turn.verified or not turn.checked or not turn.checked[-1].supported:
                continue
            supported = [c for c in turn.checked if c.supported]
            if len(supported) > shown:
                shown = len(supported)
                yield _render(supported, _numbering(supported), turn.raw_answer)
        answer = turn.done or self._finish(turn)
        answer.timings["total"] = _ms(time.perf_counter() - started)
        yield answer.text
        yield answer

    def evidence(self, question: str, history: Sequence[tuple[str, str]] = (), filters: Any = None) -> Evidence:
        """What the papers hold for ``question``, found exactly as ``ask`` finds it (the follow-up rewrite,
        hybrid retrieval, the reranker, the answerability gate) but with no answer generated: the ``k``
        passages an answer would be built from, numbered as it would cite them, and the longer ranked list."""
        started = time.perf_counter()
        turn = self.find_evidence.invoke(self._turn(question, history, filters))
        timings = dict(turn.timings, total=_ms(time.perf_counter() - started))
        return Evidence(
            question=turn.question,
            standalone_question=turn.standalone or turn.question,
            passages=[
                Citation(ref.n, Passage.from_document(doc))
                for ref, doc in zip(turn.passages, turn.candidates[: len(turn.passages)], strict=True)
            ],
            retrieved=[Passage.from_document(d) for d in _shown(turn.candidates, max(8, self.settings.k))],
            answerable=turn.open and turn.answerable,
            message=turn.done.text if turn.done is not None else "",
            notices=list(turn.notices),
            timings=timings,
        )

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

    def spelled(self, question: str, notices: list[str] | None = None) -> str:
        """The question with its typing slips read as the papers' words (:mod:`assistant.spelling`); what was
        changed is added to ``notices``."""
        lexical = self.index.lexical()
        fixes = corrections(question, lexical.idf(), lexical.word_counts)
        if fixes and notices is not None:
            read = ", ".join(f"“{typed}” as “{word}”" for typed, word in fixes.items())
            notices.append(f"Read {read}: the papers do not use the word as typed.")
        return corrected(question, fixes)

    def forget_questions(self) -> None:
        """Forget what was remembered of the questions asked so far (their vectors by both models, their
        passages' unit scores), not what was learnt of the papers (sentence vectors, tokens): a benchmark's warm
        pass then times a question as a new one, on a warm process."""
        self.cache.forget_questions()
        forget_e5_questions()
        if self._selector is not None:
            self._selector.forget()

    def reranker(self) -> LearnedReranker:
        return LearnedReranker(
            cache=self.cache,
            stats=self.selector().stats,
            model=self.model.reranker,
            passage_vectors=self.index.vectors_for,
            second_similarities=self.index.second_similarities,
            neighbours=self.model.neighbours,
        )

    # --- stages -----------------------------------------------------------------------
    def _stage(self, name: str, fn: Callable[[Turn], Turn]) -> Runnable[Turn, Turn]:
        """A stage of the chain: skipped once the turn is settled, timed, and settled with the
        "search is unavailable" answer when a store cannot be used."""

        def run(turn: Turn) -> Turn:
            if not turn.open:
                return turn
            started = time.perf_counter()
            try:
                turn = fn(turn)
            except StoreUnavailable as exc:
                self._store_failed(turn, exc)
            turn.timings[name] = _ms(time.perf_counter() - started)
            return turn

        return RunnableLambda(run, name=name)

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
        # Each question reads the committed generation: another process (or the web chat's
        # Documents tab) may have ingested or removed documents since the last one.
        self.index.generation(refresh=True)
        if self.index.is_empty():
            turn.done = self._answer(turn, "No documents are indexed yet, so there is nothing to search.", refused=True)
            return turn
        empty = nothing_to_search(turn.search_filter, self.index.generation().documents.values())
        if empty:  # say which filter left nothing, not "the papers don't answer this"
            turn.done = self._answer(turn, empty, refused=True)
            return turn
        turn.standalone = self.spelled(turn.standalone, turn.notices)
        retriever = HybridRetriever(
            index=self.index,
            k=max(self.settings.candidates, 8),
            candidates=self.settings.candidates,
            search_filter=turn.search_filter,
            reranker=self.reranker(),
            embed_query=self.cache.query,
        )
        turn.candidates = retriever.invoke(turn.standalone)
        turn.timings.update(retriever.timings)  # the retrieve stage's two parts
        return turn

    def _select(self, turn: Turn) -> Turn:
        top = turn.candidates[: self.settings.k]
        turn.passages = PassageRef.numbered(top)
        if turn.passages and self._answers_with_an_llm():
            # An LLM reads the passages within its context: the lowest-ranked ones go first.
            fit = passages_within(turn.standalone, _prompted(turn.passages), self.settings.llm_context_tokens)
            if fit < len(turn.passages):
                turn.notices.append(
                    f"{len(turn.passages) - fit} of the {len(turn.passages)} passages were left out "
                    "to fit the answer model's context"
                )
                turn.passages, top = turn.passages[:fit], top[:fit]
        top_passage = float(top[0].metadata.get("rerank", 0.0)) if top else 0.0
        turn.answerable = bool(turn.passages) and AnswerabilityGate(self.selector()).answerable(
            turn.standalone, turn.passages, top_passage
        )
        return turn

    def _answers_with_an_llm(self) -> bool:
        """Whether the answer model is an LLM (with a context to fit), without making it (an LLM
        backend that cannot be made is reported when it is asked to answer)."""
        if self._chat_model is not None:
            return not isinstance(self._chat_model, ExtractiveChatModel)
        return self.settings.backend != "extractive"

    def _generate(self, turn: Turn) -> Turn:
        """The chat model's answer in one call (the chain invoked)."""
        if not turn.open:
            return turn
        started = time.perf_counter()
        if turn.answerable:
            try:
                turn.raw_answer = str(self.chat_model.invoke(self._messages(turn)).content).strip()
            except StoreUnavailable as exc:  # the extractive model reads the index's term statistics
                self._store_failed(turn, exc)
            except Exception as exc:  # an LLM endpoint down or misconfigured must not crash a chat
                self._backend_failed(turn, exc)
        turn.timings["generate"] = _ms(time.perf_counter() - started)
        return turn

    def _generate_growing(self, turns: Iterator[Turn]) -> Iterator[Turn]:
        """The chat model's answer streamed (the chain streamed): the turn is yielded as its text grows.
        ``generate`` times the model alone, not the later stages that run while this one waits."""
        for turn in turns:
            if not turn.open or not turn.answerable:
                yield self._generate(turn)  # nothing to generate: only timed
                continue
            spent, started, raw = 0.0, time.perf_counter(), ""
            try:
                for piece in self.chat_model.stream(self._messages(turn)):
                    raw += str(piece.content)
                    turn.raw_answer = raw
                    spent += time.perf_counter() - started
                    yield turn
                    started = time.perf_counter()
            except StoreUnavailable as exc:
                self._store_failed(turn, exc)
            except Exception as exc:  # an LLM endpoint down or misconfigured must not crash a chat
                self._backend_failed(turn, exc)
            turn.raw_answer = raw.strip()
            turn.timings["generate"] = _ms(spent + time.perf_counter() - started)
            yield turn

    def _store_failed(self, turn: Turn, exc: StoreUnavailable) -> Turn:
        log.warning("search unavailable: %s", exc)
        turn.notices.append("search unavailable")  # before _answer copies the notices
        turn.done = self._answer(turn, UNAVAILABLE, refused=True)
        return turn

    def _backend_failed(self, turn: Turn, exc: Exception) -> None:
        log.warning("answer backend %s failed: %s", self.settings.backend, exc)
        turn.notices.append(f"answer backend unavailable: {type(exc).__name__}: {str(exc)[:200]}")
        turn.done = self._answer(turn, BACKEND_UNAVAILABLE, refused=True)

    @staticmethod
    def _messages(turn: Turn) -> list[BaseMessage]:
        return answer_messages(turn.standalone, _prompted(turn.passages))

    def _verify(self, turn: Turn, memo: dict[tuple[str, tuple[int, ...]], CheckedSentence] | None = None) -> Turn:
        """Every sentence of the whole answer checked against the passages (``memo``: sentences
        already checked while the answer was streamed, not checked again)."""
        if not turn.open:
            return turn
        started = time.perf_counter()
        try:
            turn.checked = self._checked(turn, split_answer(turn.raw_answer), {} if memo is None else memo)
            turn.verified = True
        except StoreUnavailable as exc:
            self._store_failed(turn, exc)
        turn.timings["verify"] = round(turn.timings.get("verify", 0.0) + _ms(time.perf_counter() - started), 2)
        return turn

    def _verify_growing(self, turns: Iterator[Turn]) -> Iterator[Turn]:
        """Each sentence checked once it is complete (the last one may still be growing), the turn
        yielded when there are new checks; at the end the whole answer, as ``_verify`` checks it."""
        memo: dict[tuple[str, tuple[int, ...]], CheckedSentence] = {}
        last: Turn | None = None
        for turn in turns:
            last = turn
            if not turn.open:
                continue
            started, before = time.perf_counter(), len(turn.checked)
            try:
                turn.checked = self._checked(turn, split_answer(turn.raw_answer)[:-1], memo)
            except StoreUnavailable as exc:
                self._store_failed(turn, exc)
            turn.timings["verify"] = round(turn.timings.get("verify", 0.0) + _ms(time.perf_counter() - started), 2)
            if len(turn.checked) > before:
                yield turn
        if last is not None:
            yield self._verify(last, memo)

    def _checked(
        self,
        turn: Turn,
        sentences: list[tuple[str, list[int]]],
        memo: dict[tuple[str, tuple[int, ...]], CheckedSentence],
    ) -> list[CheckedSentence]:
        """The check of each sentence (none for a refusal the model wrote in its own words)."""
        if not turn.answerable or not turn.raw_answer or _REFUSAL_REPLY.search(turn.raw_answer[:200]):
            return []
        out: list[CheckedSentence] = []
        said: set[str] = set()
        for text, cited in sentences:
            key = (text, tuple(cited))
            if key not in memo:
                memo[key] = self.verifier.check_sentence(text, cited, turn.passages, turn.standalone)
            checked = memo[key]
            # Two passages that overlap (or a paper that repeats itself) can put one sentence in an answer
            # twice, cited to each: it is shown once (and is not a sentence left out for want of support).
            words = " ".join(strip_bullet(text).lower().split())
            if checked.supported and words in said:
                continue
            if checked.supported:
                said.add(words)
            out.append(checked)
        return out

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


def _prompted(passages: Sequence[PassageRef]) -> list[PassageFields]:
    """The passages as the answer prompt numbers and shows them (with the passage each goes on from, its
    paper's file name, the titles the paper marks in it and the header row of its table's rows, which the
    extractive answerer's features read as the gate's and the training's do)."""
    return [
        (p.n, p.title, p.location, p.text, p.continues, p.source, p.titles, p.heading, p.table_header) for p in passages
    ]


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
    bullets = {strip_bullet(line.strip()).split(" [")[0] for line in raw.splitlines() if line.strip()[:1] in "-•"}
    parts = []
    for c in supported:
        marker = "".join(f"[{numbering[n]}]" for n in c.citations)
        text = c.text.strip()
        bare = strip_bullet(text)
        item = bare in bullets or text.startswith(("- ", "• "))
        parts.append((f"{bare if item else text} {marker}", item))
    return layout(parts)
