"""A conversation as a Markdown file: each question, its answer and the citations behind it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from ui.conversation import Turn
from ui.view import RELATED_HEADING, source_facts, visible_notices


def _safe(text: str) -> str:
    # Markdown viewers render inline HTML; a '<' from a passage or question must stay text.
    return text.replace("<", "&lt;")


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in _safe(text).strip().splitlines())


def conversation_markdown(turns: Sequence[Turn], exported: datetime | None = None) -> str:
    exported = exported or datetime.now(UTC)
    intro = (
        f"Exported {exported.isoformat(timespec='seconds')}. Answers come only from the published board "
        "papers cited under each answer; they are not medical advice."
    )
    lines = ["# Conversation with the Board Papers Assistant", "", intro, ""]
    for number, turn in enumerate(turns, start=1):
        lines += [f"## Question {number}", "", _quote(turn.question), ""]
        answer = turn.answer
        if answer is None:
            lines += ["*(no answer: the question was not asked)*", ""]
            continue
        lines += [_safe(answer.text), ""]
        lines += [f"*{_safe(n)}*" for n in visible_notices(answer.notices)]
        if answer.citations:
            lines += ["**Sources**", ""]
            for c in answer.citations:
                lines += _source(f"[{c.n}]", c.placed, c.supporting_text)
        elif answer.refused and answer.retrieved:
            lines += [f"**{RELATED_HEADING}**", ""]
            for p in answer.retrieved[:3]:
                lines += _source("-", p, "")
    return "\n".join(lines).rstrip() + "\n"


def _source(label: str, passage, supporting: str) -> list[str]:
    facts = "; ".join(f"{name}: {_safe(value)}" for name, value in source_facts(passage) if name != "Document")
    out = [f"{label} **{_safe(passage.title or passage.doc)}** ({_safe(passage.doc)}){' — ' + facts if facts else ''}"]
    if supporting:
        out += ["", _quote(supporting)]
    return out + [""]
