"""Conversation export: Markdown with each question, answer and its citations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from assistant.answer import REFUSAL_TEXT, Answer, Citation, Passage
from ui.conversation import Conversation, Turn
from ui.export import conversation_markdown


def _passage(text: str, **extra: Any) -> Passage:
    fields: dict[str, Any] = {
        "chunk_id": "c1",
        "doc": "south.md",
        "title": "South Borough Health Board",
        "text": text,
        "score": 1.0,
        "section": "Workforce",
        "item": "Item 3 Enclosure C",
        "meeting": "Board meeting",
        "date": "2024-03-14",
        "page": 4,
    }
    return Passage(**(fields | extra))


def test_markdown_has_questions_answers_sources_and_supporting_quotes():
    body = "Vacancy rates fell to 8.2% in February, the lowest level for three years."
    answered = Answer(
        "What was the vacancy rate?",
        "Vacancy rates fell to 8.2% in February. [1]",
        False,
        citations=[Citation(1, _passage(body), (0, len(body)))],
    )
    refused = Answer(
        "What is the parking charge?",
        REFUSAL_TEXT,
        True,
        retrieved=[_passage("Parking was discussed.", doc="east.md", title="East District Winter Plan")],
    )
    turns = [
        Turn("What was the vacancy rate?", "", answered),
        Turn("What is the parking charge?", "", refused),
        Turn("x" * 10, "", None),
    ]
    text = conversation_markdown(turns, datetime(2024, 5, 1, 9, 30, tzinfo=UTC))
    assert text.startswith("# Conversation with the Board Papers Assistant\n")
    assert "Exported 2024-05-01T09:30:00+00:00" in text
    assert "## Question 1\n\n> What was the vacancy rate?\n\nVacancy rates fell to 8.2% in February. [1]" in text
    assert (
        "[1] **South Borough Health Board** (south.md) — Meeting: Board meeting; Date: 14 March 2024; "
        "Item: Item 3 Enclosure C; Section: Workforce; Page: 4"
    ) in text
    assert f"> {body}" in text
    assert REFUSAL_TEXT in text and "**You may find these relevant**" in text and "East District Winter Plan" in text
    assert "## Question 3" in text and "no answer" in text


def test_markup_in_the_conversation_stays_text():
    answer = Answer(
        "q",
        "It said <img src=x onerror=alert(1)> [1]",
        False,
        citations=[Citation(1, _passage("<script>alert(1)</script>", title="<b>T</b>"), (0, 8))],
    )
    text = conversation_markdown([Turn("<script>alert(2)</script>", "", answer)])
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script>alert(2)&lt;/script>" in text


def test_conversation_maps_chat_messages_to_turns_and_history():
    conv = Conversation(
        [
            Turn("Q1", "<p>A1</p>", Answer("Q1", "A1", False)),
            Turn("too long", "<p>limit</p>", None),
            Turn("Q3 <b>", "<p>A3</p>", Answer("Q3", "A3", False)),
        ]
    )
    messages = conv.messages()
    assert [m["role"] for m in messages] == ["user", "assistant"] * 3
    assert messages[4]["content"] == '<div class="bpa-question">Q3 &lt;b&gt;</div>'
    assert conv.turn_at(1)[0] == 0 and conv.turn_at(5)[0] == 2 and conv.turn_at([5, 0])[0] == 2
    assert conv.turn_at(3) is None and conv.turn_at(99) is None and conv.turn_at("x") is None
    assert conv.history() == [("user", "Q1"), ("assistant", "A1"), ("user", "Q3 <b>"), ("assistant", "A3")]
