"""One browser session's conversation: the questions, what was shown, and the answers behind it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from assistant.answer import Answer
from ui.view import question_html


@dataclass
class Turn:
    question: str
    html: str  # the assistant message as shown (escaped HTML)
    answer: Answer | None = None  # None for messages that are not answers (limits, errors)
    feedback_id: int | None = None


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)
    rated: int | None = None  # the turn whose rating a comment will be attached to
    id: str = ""  # set on first use: gr.State deep-copies one initial value into every session

    def key(self) -> str:
        """This conversation's id, which its ratings are stored under (with the turn number)."""
        if not self.id:
            self.id = secrets.token_hex(12)
        return self.id

    def messages(self) -> list[dict[str, Any]]:
        """The chat's messages: a user and an assistant message per turn (so turn i is message 2i+1)."""
        out: list[dict[str, Any]] = []
        for turn in self.turns:
            out.append({"role": "user", "content": question_html(turn.question)})
            out.append({"role": "assistant", "content": turn.html})
        return out

    def history(self) -> list[tuple[str, str]]:
        """(role, text) pairs the assistant reads to understand follow-up questions."""
        pairs: list[tuple[str, str]] = []
        for turn in self.turns:
            if turn.answer is not None:
                pairs += [("user", turn.question), ("assistant", turn.answer.text)]
        return pairs

    def turn_at(self, message_index: Any) -> tuple[int, Turn] | None:
        """The answered turn a chat message index (as the like event reports it) belongs to."""
        if isinstance(message_index, (list, tuple)):
            message_index = message_index[0]
        try:
            number = int(message_index) // 2
        except (TypeError, ValueError):
            return None
        if 0 <= number < len(self.turns) and self.turns[number].answer is not None:
            return number, self.turns[number]
        return None
