"""Word styles and list numbering, as the .docx reader needs them.

Which paragraphs are headings (a "Heading n" style, a style based on one, or an outline
level), the document's title ("Title"), table-of-contents lines ("TOC n"), which runs are
bold, and the number or bullet Word draws before each numbered paragraph ("1.", "a)", "2.3").
Styles are read once from the styles part and resolved along their ``basedOn`` chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_NAME = re.compile(r"^heading ([1-9])$", re.I)
_CONTENTS_NAME = re.compile(r"^toc(?: [1-9]| heading)$", re.I)
_CHAIN = 20  # basedOn links followed at most (a loop in a damaged file must not hang)


def qn(name: str) -> str:
    """The element or attribute name ``w:name`` as lxml spells it ("{namespace}name")."""
    prefix, local = name.split(":")
    if prefix != "w":
        raise ValueError(f"unknown namespace prefix in {name!r}")
    return f"{{{W}}}{local}"


def on(element: Any) -> bool:
    """A Word on/off property that is present and not switched off (``<w:b/>``, ``<w:b w:val="1"/>``)."""
    return element is not None and str(element.get(qn("w:val"), "true")).lower() not in ("0", "false", "off")


def value(element: Any, child: str) -> str | None:
    """The ``w:val`` of ``element``'s child ``child`` (e.g. ``w:pStyle``), if there is one."""
    found = element.find(qn(child)) if element is not None else None
    return None if found is None else found.get(qn("w:val"))


@dataclass(frozen=True)
class ParagraphStyle:
    heading: int | None = None  # 1-9: a heading style or an outline level
    title: bool = False
    contents: bool = False  # a table-of-contents line or its heading
    bold: bool | None = None  # what its runs are unless they say otherwise
    numbering: tuple[int, int] | None = None  # (numId, ilvl) the style numbers its paragraphs with
    list_style: bool = False  # named "List Bullet ..." or "List Number ...": a list item even without numbering


class Styles:
    def __init__(self, styles: Any) -> None:
        """``styles``: the ``w:styles`` element of the styles part (None when the file has none)."""
        self._styles: dict[tuple[str, str], Any] = {}
        self._default = ""
        for style in styles.iterchildren(qn("w:style")) if styles is not None else ():
            kind, style_id = style.get(qn("w:type"), "paragraph"), style.get(qn("w:styleId"), "")
            self._styles[(kind, style_id)] = style
            if kind == "paragraph" and on_default(style):
                self._default = style_id
        self._paragraph: dict[str | None, ParagraphStyle] = {}
        self._character: dict[str | None, bool | None] = {}

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        if style_id not in self._paragraph:
            self._paragraph[style_id] = self._resolve(self._chain("paragraph", style_id or self._default))
        return self._paragraph[style_id]

    def character_bold(self, style_id: str | None) -> bool | None:
        """Whether a character style makes its runs bold (None: it does not say)."""
        if style_id not in self._character:
            chain = self._chain("character", style_id) if style_id else []
            self._character[style_id] = next((b for s in chain if (b := _bold(s)) is not None), None)
        return self._character[style_id]

    def _chain(self, kind: str, style_id: str) -> list[Any]:
        chain: list[Any] = []
        while style_id and (style := self._styles.get((kind, style_id))) is not None and len(chain) < _CHAIN:
            if any(s is style for s in chain):
                break
            chain.append(style)
            style_id = value(style, "w:basedOn") or ""
        return chain

    @staticmethod
    def _resolve(chain: list[Any]) -> ParagraphStyle:
        names = [(value(s, "w:name") or "").strip() for s in chain]
        if names and _CONTENTS_NAME.match(names[0]):
            return ParagraphStyle(contents=True)
        heading = next((int(m.group(1)) for n in names if (m := _HEADING_NAME.match(n))), None)
        if heading is None:
            heading = next((level for s in chain if (level := outline_level(s.find(qn("w:pPr")))) is not None), None)
        numbering = next((n for s in chain if (n := numbering_of(s.find(qn("w:pPr")))) is not None), None)
        return ParagraphStyle(
            heading=heading,
            title=heading is None and any(n.lower() == "title" for n in names),
            bold=next((b for s in chain if (b := _bold(s)) is not None), None),
            numbering=numbering if numbering and numbering[0] != 0 else None,
            list_style=any(re.match(r"list (bullet|number)\b", n, re.I) for n in names),
        )


def on_default(style: Any) -> bool:
    return str(style.get(qn("w:default"), "0")).lower() in ("1", "true", "on")


def _bold(style: Any) -> bool | None:
    rpr = style.find(qn("w:rPr"))
    b = rpr.find(qn("w:b")) if rpr is not None else None
    return None if b is None else on(b)


def outline_level(ppr: Any) -> int | None:
    """Heading level 1-9 from ``w:outlineLvl`` (0-8; 9 is body text)."""
    level = value(ppr, "w:outlineLvl")
    return int(level) + 1 if level is not None and level.isdigit() and int(level) < 9 else None


def numbering_of(ppr: Any) -> tuple[int, int] | None:
    """(numId, ilvl) of a paragraph's or style's ``w:numPr``; numId 0 switches numbering off."""
    numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if numpr is None:
        return None
    num_id, level = value(numpr, "w:numId"), value(numpr, "w:ilvl") or "0"
    if num_id is None or not num_id.lstrip("-").isdigit() or not level.isdigit():
        return None
    return int(num_id), min(int(level), 8)


# --- numbering ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    start: int = 1
    text: str = ""


@dataclass
class _List:
    abstract: str
    levels: dict[int, _Level]
    restart: set[int] = field(default_factory=set)  # levels this instance restarts (w:startOverride)
    used: bool = False


class Numbering:
    """The label Word draws before each numbered paragraph, counted in document order."""

    def __init__(self, numbering: Any) -> None:
        """``numbering``: the ``w:numbering`` element (None when the file has no numbering part)."""
        abstract: dict[str, dict[int, _Level]] = {}
        self._lists: dict[int, _List] = {}
        self._counters: dict[str, list[int]] = {}
        if numbering is None:
            return
        for definition in numbering.iterchildren(qn("w:abstractNum")):
            abstract[definition.get(qn("w:abstractNumId"), "")] = _levels(definition)
        for num in numbering.iterchildren(qn("w:num")):
            num_id, ref = num.get(qn("w:numId"), ""), value(num, "w:abstractNumId") or ""
            if not num_id.isdigit() or ref not in abstract:
                continue
            levels, restart = dict(abstract[ref]), set()
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = value(override, "w:startOverride")
                if start is not None and start.isdigit():
                    levels[ilvl] = _Level(levels.get(ilvl, _Level()).fmt, int(start), levels.get(ilvl, _Level()).text)
                    restart.add(ilvl)
            self._lists[int(num_id)] = _List(ref, levels, restart)

    def label(self, num_id: int, ilvl: int) -> str | None:
        """The next label of list ``num_id`` at level ``ilvl``: "-" for a bullet, "3." or "b)" for a
        number, None when the list is unknown or draws nothing."""
        numbered = self._lists.get(num_id)
        if numbered is None:
            return None
        counters = self._counters.setdefault(numbered.abstract, [0] * 9)
        if not numbered.used:  # a list instance that restarts its numbering does so where it is first used
            numbered.used = True
            for restarted in numbered.restart:
                counters[restarted] = 0
        level = numbered.levels.get(ilvl, _Level())
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return None

        def number(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            if not 0 <= n <= ilvl:
                return ""
            lvl = numbered.levels.get(n, _Level())
            return _format(lvl.start - 1 + max(counters[n], 1), lvl.fmt)

        label = re.sub(r"%([1-9])", number, level.text or f"%{ilvl + 1}.").strip()
        return label or None


def _levels(definition: Any) -> dict[int, _Level]:
    return {int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in definition.iterchildren(qn("w:lvl"))}


def _level(lvl: Any) -> _Level:
    start = value(lvl, "w:start") or "1"
    return _Level(
        value(lvl, "w:numFmt") or "decimal", int(start) if start.isdigit() else 1, value(lvl, "w:lvlText") or ""
    )


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for amount, numeral in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        count, n = divmod(n, amount)
        out += numeral * count
    return out
