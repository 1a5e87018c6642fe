"""Headings set letter-spaced ("O U R  Q U A L I T Y"), read as their words.

Design tools track capitals apart, and a page's text then gives each letter as a word of its own: "O U R Q U A L
I T Y P R I O R I T I E S" matches no search for "quality priorities" and names no section. A run of six or more
single capitals on one line is closed up and cut into words the document itself uses twice or more ("OUR QUALITY
PRIORITIES"), the cut with the fewest words; a run the document's words cannot cut whole (a row of ratings, a
string of initials, a heading of words used nowhere else) stays as it is. The words keep the run's width on the
line, so what stands beside it keeps its column.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_SPACED = re.compile(r"(?<!\S)(?:[A-Z] {1,3}){5,}[A-Z](?!\S)")  # six or more capitals, each a word of its own
_WORD = re.compile(r"(?<![\w@./])[A-Za-z]{2,}(?![\w@/])")  # a word of letters, not a piece of an address
_LONGEST = 30  # letters in the longest word looked for


def closed_up(pages: list[str]) -> list[str]:
    """The pages' text with each letter-spaced run that the document's own words spell written as those words."""
    uses = Counter(word.lower() for page in pages for word in _WORD.findall(page))
    uses = Counter({word: n for word, n in uses.items() if n >= 2})  # once: as likely two words run together
    return [_SPACED.sub(lambda run: _spelled(run.group(0), uses), page) for page in pages]


def _spelled(run: str, uses: Counter[str]) -> str:
    """The run as the document's words (each used twice or more: a word used once is as likely two words run
    together, "HospitalsNHS"): the cut into the fewest words of two letters or more, of two such cuts the one whose
    words the document uses more."""
    letters = "".join(run.split())
    lower = letters.lower()
    # best[j]: (words, -sum of log uses, (start, end) pairs) of the best cut of the first j letters
    best: list[tuple[int, float, tuple[tuple[int, int], ...]] | None] = [(0, 0.0, ())] + [None] * len(lower)
    for i in range(len(lower)):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 2, min(len(lower), i + _LONGEST) + 1):
            if lower[i:j] in uses:
                cut = (here[0] + 1, here[1] - math.log(uses[lower[i:j]]), (*here[2], (i, j)))
                current = best[j]
                if current is None or cut[:2] < current[:2]:
                    best[j] = cut
    whole = best[len(lower)]
    if whole is None:
        return run
    return " ".join(letters[i:j] for i, j in whole[2]).ljust(len(run))
