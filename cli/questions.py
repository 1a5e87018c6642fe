"""Questions: ``ask`` (one question, or a conversation in the terminal)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import TYPE_CHECKING

from cli.app import EXIT_OK, EXIT_USAGE
from settings import Settings

if TYPE_CHECKING:  # imported when a question is asked, not when the parser is built
    from assistant.answer import Answer, Evidence

DATE_FLAGS = {"date_from": "--date-from", "date_to": "--date-to"}


def register(sub, common) -> None:
    p = sub.add_parser("ask", parents=[common], help="ask a question (no question: a conversation in the terminal)")
    p.add_argument("question", nargs="?", help="the question; leave out to chat with follow-ups")
    p.add_argument("--k", type=int, help="passages an answer is built from (BPA_K)")
    p.add_argument("--doc", action="append", dest="docs", metavar="DOC", help="only search this document (repeatable)")
    p.add_argument("--date-from", help="only papers dated on or after (YYYY-MM-DD)")
    p.add_argument("--date-to", help="only papers dated on or before (YYYY-MM-DD)")
    p.add_argument("--backend", choices=["extractive", "openai", "llamacpp"], help="answer backend (BPA_BACKEND)")
    p.add_argument("--json", action="store_true", help="print the whole answer object as JSON")
    p.add_argument(
        "--evidence",
        action="store_true",
        help="show the passages an answer would be built from (ranked, numbered as cited), without answering",
    )
    p.set_defaults(handler=_ask)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.filters import FilterError, resolve_documents, to_search_filter

    if args.evidence and args.question is None:
        print("error: --evidence needs a question", file=sys.stderr)
        return EXIT_USAGE

    try:
        filters = to_search_filter({"date_from": args.date_from, "date_to": args.date_to}, DATE_FLAGS)
    except FilterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from assistant.chain import Assistant

    assistant = Assistant.from_settings(settings)
    if args.docs:
        try:  # "minutes", "Minutes.MD": the indexed document meant, or an error naming the close ones
            filters = dataclasses.replace(filters, doc_ids=resolve_documents(args.docs, assistant.index.documents()))
        except FilterError as exc:
            print(f"error: --doc: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.evidence:
        evidence = assistant.evidence(args.question, filters=filters)
        print(_json(evidence.to_dict()) if args.json else format_evidence(evidence))
        return EXIT_OK
    if args.question is not None:
        answer = assistant.ask(args.question, filters=filters)
        print(_answer_json(answer) if args.json else format_answer(answer))
        return EXIT_OK
    return _conversation(assistant, filters, args.json)


def _conversation(assistant, filters, as_json: bool) -> int:
    history: list[tuple[str, str]] = []
    print("Ask about the indexed board papers. Follow-up questions work. Ctrl-D to leave.")
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            print()
            return EXIT_OK
        if not question:
            continue
        answer = assistant.ask(question, history=history, filters=filters)
        print(_answer_json(answer) if as_json else format_answer(answer))
        history += [("user", question), ("assistant", answer.text)]


def _answer_json(answer: Answer) -> str:
    return _json(answer.to_dict())


def _json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def format_evidence(evidence: Evidence) -> str:
    """The passages an answer would be built from, best first, each with its source and text."""
    from vectorstore.dates import human_date

    if evidence.message:
        return evidence.message
    lines = []
    if evidence.standalone_question != evidence.question:
        lines.append(f"(searched for: {evidence.standalone_question})")
    if not evidence.answerable:
        lines.append("(the answer step would decline: these passages do not seem to answer it)")
    for c in evidence.passages:
        p, when = c.passage, human_date(c.passage.date)
        lines.append(f"[{c.n}] {p.title}" + (f" ({when})" if when and when not in p.title else ""))
        if p.location:
            lines.append(f"    {p.location}")
        lines.append("    " + " ".join(p.text.split()))
    return "\n".join(lines) if lines else "Nothing was found."


def format_answer(answer: Answer) -> str:
    """The answer, then its sources (title, date, item, section, page), for a terminal."""
    from vectorstore.dates import human_date

    lines = [answer.text]
    lines += [f"({notice})" for notice in answer.notices if notice != "search unavailable"]
    if answer.standalone_question and answer.standalone_question != answer.question:
        lines.append(f"(searched for: {answer.standalone_question})")
    if answer.citations:
        lines.append("\nSources:")
        for c in answer.citations:
            p = c.placed
            when = human_date(p.date)
            lines.append(f"[{c.n}] {p.title}" + (f" ({when})" if when and when not in p.title else ""))
            if p.location:
                lines.append(f"    {p.location}")
    elif answer.refused and answer.retrieved:
        lines.append("\nClosest passages found (they may still help):")
        for p in answer.retrieved[:3]:
            snippet = " ".join(p.text.split())[:160]
            lines.append(f'- {p.title} · {p.location}\n    "{snippet}…"')
    return "\n".join(lines)
