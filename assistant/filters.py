"""Search filters from what callers pass, checked and explained.

A filter is a :class:`SearchFilter`, or a dict from the CLI or the UI (``{"docs": [...],
"date_from": "2023-01-01", "date_to": ...}``). Dates are checked with a message a person can
act on, naming the field as the caller shows it (``--date-from``, "Meetings from");
document names are matched to indexed documents (file name, with or without extension,
any case), and a name that matches none is an error listing the close ones. When a valid
filter leaves no document to search, :func:`nothing_to_search` says which filter did it
and what it left out, instead of a bare "the papers don't answer this".
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any, Protocol

from vectorstore.dates import date_to_int, human_date
from vectorstore.retrievers import SearchFilter

# How each field is named where the user typed it; callers pass their own (CLI flags, UI labels).
DEFAULT_LABELS = {"date_from": "the start date", "date_to": "the end date", "docs": "the documents"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class FilterError(ValueError):
    """A filter value that cannot be understood, said so that the person can fix it."""


class Record(Protocol):
    """What the filters need of an indexed document (``vectorstore.index.DocRecord``)."""

    doc_id: str
    title: str
    date: str | None


def to_search_filter(filters: Any, labels: Mapping[str, str] | None = None) -> SearchFilter:
    """``None``, a :class:`SearchFilter`, or ``{"docs": [...], "date_from": "2023-01-01", "date_to": ...}``."""
    if filters is None:
        return SearchFilter()
    if isinstance(filters, SearchFilter):
        return filters
    if not isinstance(filters, dict):
        raise FilterError(f"filters must be a dict or SearchFilter, not {type(filters).__name__}")
    names = {**DEFAULT_LABELS, **(labels or {})}
    docs = filters.get("docs") or filters.get("doc_ids") or ()
    if isinstance(docs, str):
        docs = [docs]
    start = _date(filters.get("date_from"), names["date_from"])
    end = _date(filters.get("date_to"), names["date_to"], end=True)
    if start is not None and end is not None and start > end:
        raise FilterError(
            f"{_cap(names['date_from'])} ({filters.get('date_from')}) is after {names['date_to']} "
            f"({filters.get('date_to')}): no meeting can be in between. Swap them, or leave one empty."
        )
    return SearchFilter(tuple(str(d) for d in docs), start, end)


def _date(value: Any, label: str, end: bool = False) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = _DATE.match(text)
    example = "a date like 2023-04-25 (year-month-day), a month like 2023-04, or a year like 2023"
    if not match:
        raise FilterError(f"{_cap(label)} must be {example}; “{_short(text)}” is not.")
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        if month is not None and not 1 <= month <= 12:
            raise FilterError(f"{_cap(label)} “{text}” has no month {month}: months run from 01 to 12.") from None
        raise FilterError(f"{_cap(label)} “{text}” is not a day of the calendar.") from None
    number = date_to_int(f"{year:04d}-{month or 1:02d}-{day or 1:02d}")
    assert number is not None  # None only for an empty date
    if end and day is None:
        number += 30 if month is not None else 1130  # a month or year filter runs to its end
    return number


def resolve_documents(names: Iterable[str], records: Iterable[Record]) -> tuple[str, ...]:
    """The ids of the indexed documents ``names`` mean: an id, a file name with or without its
    extension, in any case. A name that matches none, or several, is a :class:`FilterError`."""
    records = list(records)
    chosen: list[str] = []
    for name in names:
        matches = _matches(str(name).strip(), records)
        if len(matches) > 1:
            raise FilterError(f"“{name}” matches several documents: {', '.join(sorted(matches))}. Give the full name.")
        if not matches:
            raise FilterError(_unknown(str(name), records))
        chosen.extend(m for m in matches if m not in chosen)
    return tuple(chosen)


def _matches(name: str, records: Sequence[Record]) -> list[str]:
    ids = [r.doc_id for r in records]
    if name in ids:
        return [name]
    folded = name.casefold()
    for key in (_file_name, _stem):
        found = [i for i in ids if key(i).casefold() == folded]
        if found:
            return found
    return []


def _file_name(doc_id: str) -> str:
    return PurePosixPath(doc_id.replace("\\", "/")).name


def _stem(doc_id: str) -> str:
    return PurePosixPath(_file_name(doc_id)).stem


def _unknown(name: str, records: Sequence[Record]) -> str:
    if not records:
        return f"no document is indexed, so there is no “{_short(name)}” to search (run `board-assistant ingest`)"
    keys = {key: r.doc_id for r in records for key in (r.doc_id, _stem(r.doc_id), (r.title or "").casefold())}
    folded = {k.casefold(): v for k, v in keys.items() if k}
    wanted = name.casefold().strip()
    partial = [v for k, v in folded.items() if wanted and wanted in k]  # "sel-icp" in "sel-icp-papers-..."
    close = difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.5)
    suggestions = list(dict.fromkeys(partial + [folded[c] for c in close]))[:3]
    hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
    return f"no indexed document is called “{_short(name)}”{hint} (`board-assistant docs` lists them)"


def nothing_to_search(search_filter: SearchFilter, records: Iterable[Record]) -> str | None:
    """Why the filter leaves no indexed document to search, or None when some remain."""
    records = list(records)
    if search_filter.empty or not records:
        return None
    by_id = {r.doc_id: r for r in records}
    chosen = [by_id[d] for d in search_filter.doc_ids if d in by_id] if search_filter.doc_ids else records
    if search_filter.doc_ids and not chosen:
        unknown = ", ".join(search_filter.doc_ids)
        return f"None of the chosen documents ({unknown}) is indexed, so there was nothing to search."
    dated = [r for r in chosen if _in_range(r, search_filter)]
    if dated:
        return None
    span = _span(search_filter)
    dates = _dates_of(chosen)
    if search_filter.doc_ids:
        return (
            f"The meeting dates filter ({span}) leaves out every document you chose ({dates}), so there was "
            "nothing to search. Widen or clear the dates, or choose other documents."
        )
    return (
        f"The meeting dates filter ({span}) leaves out every indexed paper ({dates}), so there was nothing to "
        "search. Widen or clear the dates."
    )


def filter_summary(search_filter: SearchFilter, records: Iterable[Record]) -> str:
    """One line for a filters panel: how many documents the filter leaves to search, or why none."""
    records = list(records)
    if search_filter.empty:
        return f"All {len(records)} documents are searched." if records else ""
    problem = nothing_to_search(search_filter, records)
    if problem:
        return problem
    chosen = [r for r in records if search_filter.allows({"doc_id": r.doc_id, "date_int": date_to_int(r.date)})]
    return f"{len(chosen)} of {len(records)} documents are searched: {', '.join(r.title or r.doc_id for r in chosen)}."


def _in_range(record: Record, search_filter: SearchFilter) -> bool:
    return search_filter.allows({"doc_id": record.doc_id, "date_int": date_to_int(record.date)})


def _span(f: SearchFilter) -> str:
    start, end = _int_date(f.date_from), _int_date(f.date_to)
    if start and end:
        return f"{start} to {end}"
    return f"from {start}" if start else f"up to {end}"


def _int_date(value: int | None) -> str:
    if value is None:
        return ""
    year, month, day = value // 10000, value // 100 % 100, value % 100
    try:
        return human_date(dt.date(year, month, day).isoformat())
    except ValueError:  # a month's end is stored as day 31 whatever the month
        return human_date(f"{year:04d}-{month:02d}")


def _dates_of(records: Sequence[Record]) -> str:
    dated = sorted((r.date for r in records if r.date), key=lambda d: date_to_int(d) or 0)
    undated = sum(not r.date for r in records)
    parts = []
    if dated:
        first, last = human_date(dated[0]), human_date(dated[-1])
        parts.append(f"dated {first}" if first == last else f"dated {first} to {last}")
    if undated:
        parts.append(f"{undated} undated, which a date filter always leaves out")
    return "; ".join(parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
