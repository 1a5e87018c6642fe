"""The shared matching rule (``evals/README.md`` of the question-set format), exactly.

- normalise: strip HTML tags, unescape entities, fold curly quotes, lowercase, keep the
  tokens matched by ``[a-z0-9£%]+``;
- a passage contains a gold quote when at least 70% of the quote's tokens are matched in
  order in the passage's tokens (difflib, summing matching blocks of 2+ tokens);
- a text contains a key fact when the fact's tokens, joined by single spaces, occur in
  the text's tokens joined the same way.
"""

from __future__ import annotations

import difflib
import html
import re
from functools import lru_cache

_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
_TOKEN = re.compile(r"[a-z0-9£%]+")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)
QUOTE_THRESHOLD = 0.7


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    text = html.unescape(_TAG.sub("", text)).translate(_QUOTES).lower()
    return tuple(_TOKEN.findall(text))


def quote_coverage(quote: str, passage: str) -> float:
    """Share of the quote's tokens matched in order in the passage (blocks of 2+ tokens)."""
    q, p = tokens(quote), tokens(passage)
    if not q:
        return 0.0
    matcher = difflib.SequenceMatcher(None, q, p, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks() if block.size >= 2)
    return matched / len(q)


def contains_quote(passage: str, quote: str) -> bool:
    return quote_coverage(quote, passage) >= QUOTE_THRESHOLD


def contains_fact(text: str, fact: str) -> bool:
    fact_tokens = tokens(fact)
    if not fact_tokens:
        return False
    return " ".join(fact_tokens) in " ".join(tokens(text))


def first_words(passages: list[str], budget: int = 800) -> str:
    """The ranked passages concatenated and cut to ``budget`` words (recall@800w)."""
    words: list[str] = []
    for passage in passages:
        words.extend(passage.split())
        if len(words) >= budget:
            break
    return " ".join(words[:budget])
