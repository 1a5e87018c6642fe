"""Drop capitals, read back into the word they open ("We are proud ...", not "e are proud ..." and a stray "W").

A designed report may open a paragraph with a large initial set two to four lines tall beside the text. The page
gives the initial as a word of its own on the line its foot stands on, usually the paragraph's second or third,
left of the text, and the paragraph starts with the rest of the word: "e are proud to share ...", then later
"W   quality of its services". The initial is put back before the rest of its word when the paragraph's lines
beside it all start where the text after the initial does, the text wraps back under it on the next line, the
paragraph's first line starts with a small letter, and the two make a word the document uses elsewhere or the
rest is no word of the document's ("elcome"): an initial and its word, not a list's or a row's letter beside its
text ("B   improving access"). Both lines keep their width, so what stands beside them keeps its column.
"""

from __future__ import annotations

import re
from collections import Counter

_INITIAL = re.compile(r"^( *)([A-Z]) {2,}(?=\S)")  # a capital alone at a line's start, text after a gap
_WORD = re.compile(r"[A-Za-z]+")
_BESIDE = 3  # lines of text beside an initial, above the one it stands on (a drop cap spans two to four)


def with_drop_caps(pages: list[str]) -> list[str]:
    """The pages' layout text with each drop capital put back before the rest of its word."""
    uses = Counter(word.lower() for page in pages for word in _WORD.findall(page))
    return [_page(page, uses) for page in pages]


def _page(text: str, uses: Counter[str]) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _INITIAL.match(line)
        if not m:
            continue
        x = m.end()
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _indent(after) != m.start(2) or _INITIAL.match(after):
            continue  # the text does not wrap back under the letter: a list's or a table's letters, no initial
        first = i
        while first - 1 >= 0 and i - (first - 1) <= _BESIDE and _indent(lines[first - 1]) == x:
            first -= 1
        if first > 0 and _indent(lines[first - 1]) == x:
            continue  # text at that place runs on above: the paragraph does not open beside the initial
        rest = _WORD.match(lines[first], x)
        if rest is None or not rest.group(0)[0].islower():
            continue
        fragment = rest.group(0).lower()
        if uses[m.group(2).lower() + fragment] < 1 and uses[fragment] > 1:
            continue  # a word of its own beside a letter (a row's "B" beside "improving access"), no initial's
        lines[first] = lines[first][: x - 1] + m.group(2) + lines[first][x:]
        lines[i] = lines[i][: m.start(2)] + " " + lines[i][m.start(2) + 1 :]
    return "\n".join(lines)


def _indent(line: str) -> int:
    """Where the line's text starts; -1 for a blank line."""
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) if stripped else -1
