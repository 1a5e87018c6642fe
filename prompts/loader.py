"""Versioned prompt templates (``templates/<name>.<version>.md``) and the prompts built from them."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from prompts.injection import NOTE, withhold

TEMPLATES = Path(__file__).resolve().parent / "templates"
VERSION = "v2"


class PromptNotFound(LookupError):
    pass


@cache
def load_template(name: str, version: str = VERSION) -> str:
    path = TEMPLATES / f"{name}.{version}.md"
    if not path.is_file():
        raise PromptNotFound(f"no prompt template {path.name} in {TEMPLATES}")
    return path.read_text(encoding="utf-8").strip()


def quote(text: str) -> str:
    """Passage and user text inside a prompt: '<' '>' '&' escaped so it cannot close a tag."""
    return html.escape(text, quote=True)


# n, title, where, text[, continues[, file name[, titles inside the text, title in force where it starts[, the
# header row of its table's rows]]]]
PassageFields = (
    tuple[int, str, str, str]
    | tuple[int, str, str, str, int]
    | tuple[int, str, str, str, int, str]
    | tuple[int, str, str, str, int, str, tuple[tuple[int, str], ...], str]
    | tuple[int, str, str, str, int, str, tuple[tuple[int, str], ...], str, str]
)


def passage_block(passages: Sequence[PassageFields], version: str = VERSION) -> str:
    """Numbered passages as ``<passage n=.. document=.. where=..>text</passage>`` blocks.

    A sentence that addresses an AI assistant ("ignore previous instructions ...") never
    reaches the model, whether in the text or in the paper's title, section path, file name or
    titles: it is replaced by a marker, and its passage carries a note saying so.
    A passage that goes on from another one read (the next chunk of the same section) says
    which: ``continues="2"``; its paper's file name, where given, is ``file="..."``. The titles the paper
    marks, where known: ``heading="..."``, the title in force where the text starts, and ``titles="..."``,
    the offsets in the text where a new one takes over, as JSON ``[[offset, title], ...]`` (left out when a
    sentence was withheld, which moves the offsets, or when a title itself addresses an assistant); and
    ``header="..."``, the header row of the table its rows belong to (rows are written as printed, cells in
    order: the header says which figure is which, above them in the text or, for a table's later chunks, here),
    or the lead-in its list's items follow.
    """
    template = load_template("passage", version)
    blocks = []
    for n, title, location, text, *rest in passages:
        continues = rest[0] if rest and isinstance(rest[0], int) else 0
        file_name = rest[1] if len(rest) > 1 and isinstance(rest[1], str) else ""
        titles = rest[2] if len(rest) > 2 and isinstance(rest[2], tuple) else ()
        heading = rest[3] if len(rest) > 3 and isinstance(rest[3], str) else ""
        header = rest[4] if len(rest) > 4 and isinstance(rest[4], str) else ""
        # Every string the paper gives is data: its title, section path, file name and titles are withheld like its text.
        shown, fields = withhold(text), [withhold(s) for s in (title, location, file_name, heading, header)]
        planted = shown != text or fields != [title, location, file_name, heading, header]
        title, location, file_name, heading, header = fields
        attributes = f' note="{quote(NOTE)}"' if planted else ""
        if continues:
            attributes += f' continues="{continues}"'
        if file_name:
            attributes += f' file="{quote(file_name)}"'
        if heading:
            attributes += f' heading="{quote(heading)}"'
        if header:
            attributes += f' header="{quote(header)}"'
        if titles and shown == text and all(withhold(t) == t for _, t in titles):
            attributes += f' titles="{quote(json.dumps([[at, t] for at, t in titles], ensure_ascii=False))}"'
        blocks.append(
            template.format(n=n, title=quote(title), location=quote(location), text=quote(shown), attributes=attributes)
        )
    return "\n\n".join(blocks)


def answer_messages(question: str, passages: Sequence[PassageFields], version: str = VERSION) -> list[BaseMessage]:
    user = load_template("answer_user", version).format(
        passages=passage_block(passages, version), question=quote(question)
    )
    return [SystemMessage(load_template("answer_system", version)), HumanMessage(user)]


def rewrite_messages(question: str, history: Iterable[tuple[str, str]], version: str = VERSION) -> list[BaseMessage]:
    turns = "\n".join(f"{role.capitalize()}: {quote(text)}" for role, text in history)
    user = load_template("rewrite_user", version).format(history=turns or "(none)", question=quote(question))
    return [SystemMessage(load_template("rewrite_system", version)), HumanMessage(user)]
