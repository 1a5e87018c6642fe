"""Follow-ups: turn "and what about Bromley?" into a question that stands on its own.

With an LLM backend the model rewrites the question (``prompts/rewrite_*``); otherwise a
deterministic rule does: a question that names its own subject is left alone, "what
about X?" swaps X into the previous question, and a question leaning on "it"/"they"/
"that" borrows the previous question's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel

from assistant.query import analyse
from prompts.loader import rewrite_messages

_ABOUT = re.compile(
    r"^\s*(?:and|but|so|ok|okay|what|how)?\s*(?:what|how)\s+about\s+(?P<x>.+?)\s*\??\s*$|"
    r"^\s*and\s+(?:for|in|at)?\s*(?P<y>[^?]{1,60}?)\s*\??\s*$",
    re.I,
)
_LEANING = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there|then|same|"
    r"the latter|the former|above|mentioned)\b",
    re.I,
)
_CONTINUATION = re.compile(r"^\s*(and|also|but|so|what else|anything else|more|why|how come)\b", re.I)


def previous_questions(history: Sequence[tuple[str, str]]) -> list[str]:
    return [text for role, text in history if role == "user" and text.strip()]


def rewrite_rule(question: str, history: Sequence[tuple[str, str]]) -> str:
    earlier = previous_questions(history)
    if not earlier:
        return question
    last = earlier[-1]
    about = _ABOUT.match(question)
    if about:
        new_subject = (about.group("x") or about.group("y") or "").strip()
        old_names = [n for n in analyse(last).names if n.lower() not in ("sel", "nhs", "icp", "icb")]
        if old_names and new_subject:
            old = max(old_names, key=len)
            return re.sub(re.escape(old), new_subject, last, count=1)
        return f"{last} {new_subject}".strip()
    if _stands_alone(question):
        return question
    return f"{question} (following: {last})"


def _stands_alone(question: str) -> bool:
    analysis = analyse(question)
    if _CONTINUATION.match(question):
        return False
    if _LEANING.search(question) and len(analysis.terms) < 4 and not analysis.names:
        return False
    return len(analysis.terms) >= 2


def rewrite_with_model(question: str, history: Sequence[tuple[str, str]], model: BaseChatModel) -> str:
    """The LLM's stand-alone question; falls back to the rule if the reply is unusable."""
    if not previous_questions(history):
        return question
    try:
        reply = str(model.invoke(rewrite_messages(question, history[-6:])).content).strip()
    except Exception:
        return rewrite_rule(question, history)
    line = reply.splitlines()[0].strip().strip('"') if reply else ""
    if not line or len(line) > 4 * max(len(question), 80):
        return rewrite_rule(question, history)
    return line
