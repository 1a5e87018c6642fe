"""Typing slips in a question: a word the papers never use, read as the papers' word one slip away.

Members of the public type fast: "straegy", "campain", "apointment". A misspelt word
matches nothing, so BM25 loses it and the refusal gate reads it as the most specific word
of the question, one the papers lack: the question is refused although the papers answer
it. A question word is corrected only when all of these hold:

- it is long: at most one slip per :data:`LETTERS_PER_SLIP` letters is read, so a shorter
  word is never corrected (short words and names are too often another real word one letter
  away: "surrey" and "survey", "spain" and "span");
- neither it nor its stem occurs anywhere in the index, so an inflection the stemmer
  already matches ("organises" for "organised") or any word the papers use is left alone;
- an indexed word with the same first letter, used at least :data:`MIN_USES` times, lies
  that many edits away (a letter left out, added, changed, or two swapped): one for
  "straegy", two for "reccomendations"; the closest, then the most used, wins. A first
  letter is rarely the slip, and a changed one is often another word ("underactive",
  "interactive"); a word that only loses a prefix ("undelivered") is another word too.

The question the user typed is shown as typed; the notice says what was searched for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from vectorstore.lexical import tokenize

LETTERS_PER_SLIP = 7
MIN_USES = 3

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?=['’]s\b|(?![\w'’-]))")  # a whole word, or one before "'s"


def corrections(question: str, terms: Mapping[str, float], words: Callable[[], Mapping[str, int]]) -> dict[str, str]:
    """The question's misspelt words (as typed) and the indexed word each stands for.

    ``terms``: the index's stemmed terms (its IDF table); ``words``: how often the index uses
    each lower-case word, asked for only when a word's stem is not indexed (rarely)."""
    out: dict[str, str] = {}
    vocabulary: list[str] | None = None
    for match in _WORD.finditer(question):
        typed = match.group(0)
        word = typed.lower()
        if len(word) < LETTERS_PER_SLIP or any(t in terms for t in tokenize(word)):
            continue
        counts = words()
        if word in counts:
            continue
        if vocabulary is None:
            vocabulary = [w for w, n in counts.items() if n >= MIN_USES and len(w) >= LETTERS_PER_SLIP - 1]
        slips = len(word) // LETTERS_PER_SLIP
        found = [
            hit
            for hit in process.extract(word, vocabulary, scorer=OSA.distance, score_cutoff=slips, limit=None)
            if hit[0][0] == word[0]
        ]
        if found:
            best = min(found, key=lambda hit: (hit[1], -counts[hit[0]], hit[0]))[0]
            out[typed] = best.capitalize() if typed[0].isupper() else best
    return out


def corrected(question: str, fixes: Mapping[str, str]) -> str:
    """The question with each misspelt word replaced by the word it stands for."""
    if not fixes:
        return question
    return _WORD.sub(lambda m: fixes.get(m.group(0), m.group(0)), question)
