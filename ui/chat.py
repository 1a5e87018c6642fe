"""What the chat does, free of widgets: answer (streamed), rate, comment, export, and the JSON API.

The Gradio layer in ``ui.app`` only maps these onto components. Nothing here lets an
exception reach the page: an index that cannot be reached gives the chain's "search is
unavailable" answer, anything else a short apology (the details go to the log).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assistant.answer import Answer, Passage
from assistant.chain import UNAVAILABLE, Assistant
from assistant.filters import FilterError, to_search_filter
from settings import Settings
from ui.conversation import Conversation, Turn
from ui.export import conversation_markdown
from ui.feedback import FeedbackStore, Rated
from ui.limits import AddressLimiter, RateLimiter, question_problem
from ui.originals import original_url
from ui.view import answer_html, message_html, partial_html, pending_html
from vectorstore.errors import StoreUnavailable

log = logging.getLogger(__name__)
FAILED = "Sorry, something went wrong while answering. Please try again."
EXPORT_NAME = "board-papers-conversation.md"
# An export is fetched by its download button right after it is written; it is kept this long, then swept.
EXPORT_MAX_AGE_S = 3600
# The filter fields as the page labels them, for messages about what was typed there.
FILTER_LABELS = {"date_from": "“Meetings from”", "date_to": "“Meetings up to”", "docs": "the documents chosen"}


class LimitError(ValueError):
    """A question refused before it reaches the assistant (too long, too many, bad filter)."""


class AssistantSource:
    """The Assistant, opened on first use and retried after a failure (the index may come back)."""

    def __init__(
        self,
        settings: Settings,
        assistant: Assistant | None = None,
        factory: Callable[[Settings], Assistant] = Assistant.from_settings,
    ) -> None:
        self.settings = settings
        self._assistant = assistant
        self._factory = factory
        self._lock = threading.Lock()

    def get(self) -> Assistant | None:
        with self._lock:
            if self._assistant is None:
                try:
                    self._assistant = self._factory(self.settings)
                except StoreUnavailable as exc:  # server down, unreadable folder, ...: the chat says so
                    log.warning("the index cannot be opened: %s", exc)
                    return None
            return self._assistant


ECHO_CHARS = 200


def _shortened(question: str) -> str:
    return question if len(question) <= ECHO_CHARS else question[:ECHO_CHARS].rstrip() + " …"


def unavailable_answer(question: str) -> Answer:
    return Answer(question=question, text=UNAVAILABLE, refused=True, notices=["search unavailable"])


class ChatService:
    def __init__(
        self,
        settings: Settings,
        source: AssistantSource,
        feedback: FeedbackStore,
        limiter: RateLimiter | None,
        export_dir: Path,
        address_limiter: AddressLimiter | None = None,
    ) -> None:
        self.settings = settings
        self.source = source
        self.feedback = feedback
        self.limiter = limiter
        self.address_limiter = address_limiter
        self.export_dir = export_dir
        self._export_lock = threading.Lock()  # a sweep never removes a folder another export is writing into

    # --- asking ---------------------------------------------------------------------------
    def check(self, question: str, session: str, filters: dict[str, Any] | None = None, address: str = "") -> Any:
        """The search filter for this question, or LimitError saying why it cannot be asked.

        A question counts against its session's quota and its client address's quota.
        """
        problem = question_problem(question, self.settings.max_question_chars)
        if problem:
            raise LimitError(problem)
        try:
            search_filter = to_search_filter(filters, FILTER_LABELS)
        except FilterError as exc:
            raise LimitError(f"The filters could not be used: {exc}") from None
        for limiter, key in ((self.address_limiter, address or "unknown"), (self.limiter, session)):
            wait = limiter.wait_seconds(key) if limiter else 0.0
            if wait and limiter:
                raise LimitError(limiter.message(wait))
        return search_filter

    def respond(
        self,
        conversation: Conversation,
        question: str,
        session: str,
        filters: dict[str, Any] | None = None,
        address: str = "",
    ) -> Iterator[Conversation]:
        """Adds a turn and yields the conversation each time the shown answer grows."""
        question = question or ""
        history = conversation.history()
        try:
            search_filter = self.check(question, session, filters, address)
        except LimitError as exc:  # shown with the question, but never a refused 1 MB of it echoed back
            conversation.turns.append(Turn(_shortened(question), message_html(str(exc), "limit")))
            yield conversation
            return
        turn = Turn(question, pending_html())
        conversation.turns.append(turn)
        yield conversation
        try:
            for piece in self._stream(question, history, search_filter):
                if isinstance(piece, Answer):
                    turn.answer, turn.html = piece, answer_html(piece, self.original_link)
                else:
                    turn.html = partial_html(piece)
                yield conversation
        except Exception:  # logged; the reader gets an apology, not a traceback
            log.exception("answering %r failed", question[:200])
            turn.answer, turn.html = None, message_html(FAILED, "error")
            yield conversation

    def _stream(self, question: str, history: list[tuple[str, str]], search_filter: Any) -> Iterator[str | Answer]:
        assistant = self.source.get()
        if assistant is None:
            yield unavailable_answer(question)
            return
        yield from assistant.stream(question, history=history, filters=search_filter)

    def original_link(self, passage: Passage) -> str | None:
        """The link to a cited passage's original file at its page or section, when the index keeps it."""
        assistant = self.source.get()
        if assistant is None:
            return None
        try:
            record = assistant.index.generation().documents.get(passage.doc_id or passage.doc)
        except StoreUnavailable:  # no link rather than no answer
            return None
        if record is None or assistant.index.originals().path(record.original) is None:
            return None
        return original_url(passage.doc_id or passage.doc, passage.page, passage.section)

    def ask_api(self, question: str, session: str, address: str = "") -> dict[str, Any]:
        """One question, no history: the answer as ``Answer.to_dict()``."""
        search_filter = self.check(question, session, address=address)
        assistant = self.source.get()
        answer = assistant.ask(question, filters=search_filter) if assistant else unavailable_answer(question)
        return answer.to_dict()

    # --- feedback and export ----------------------------------------------------------------
    def rate(self, conversation: Conversation, message_index: Any, liked: Any, session: str) -> str:
        found = conversation.turn_at(message_index)
        if found is None or liked not in (True, False):
            return ""
        number, turn = found
        answer = turn.answer
        if answer is None:  # turn_at finds answered turns only
            return ""
        citations = answer.to_dict()["citations"]
        rated = Rated(session, number, turn.question, answer.text, citations, conversation.key())
        turn.feedback_id = self.feedback.rate(rated, helpful=bool(liked))
        conversation.rated = number
        return "Thank you: your rating was saved. You can add a comment below."

    def comment(self, conversation: Conversation, text: str) -> str:
        text = (text or "").strip()
        if not text:
            return "Type a comment first."
        feedback_id = conversation.turns[conversation.rated].feedback_id if conversation.rated is not None else None
        if feedback_id is None:
            return "Rate an answer with the thumbs up or down under it first, then add your comment."
        self.feedback.comment(feedback_id, text[:4000])
        return "Thank you: your comment was saved."

    def export(self, conversation: Conversation, session: str) -> Path | None:
        if not conversation.turns:
            return None
        text = conversation_markdown(conversation.turns)
        folder = self.export_dir / (re.sub(r"[^A-Za-z0-9_-]", "", session)[:64] or "anonymous")
        with self._export_lock:
            self._sweep_exports()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / EXPORT_NAME
            path.write_text(text, encoding="utf-8")
        return path

    def _sweep_exports(self) -> None:
        """Delete the exports older than EXPORT_MAX_AGE_S, and their session folders once empty.

        Only what export() writes is touched (``<session>/EXPORT_NAME``): a folder the operator
        supplied may hold other files. One directory listing per export, of the sessions that
        exported within the hour.
        """
        oldest = time.time() - EXPORT_MAX_AGE_S
        try:
            with os.scandir(self.export_dir) as listing:
                folders = [entry.path for entry in listing if entry.is_dir(follow_symlinks=False)]
        except FileNotFoundError:
            return
        for folder in folders:
            path = Path(folder, EXPORT_NAME)
            try:
                if path.stat().st_mtime >= oldest:
                    continue
                path.unlink()
            except FileNotFoundError:  # not an export's folder, or one already swept
                continue
            except OSError as exc:
                log.warning("cannot remove the old export %s: %s", path, exc)
                continue
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only when empty
