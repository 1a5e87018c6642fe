"""Search filters from what callers pass: a SearchFilter, or a dict from the CLI or the UI."""

from __future__ import annotations

from typing import Any

from vectorstore.dates import date_to_int
from vectorstore.retrievers import SearchFilter


class FilterError(ValueError):
    """A filter value that cannot be understood."""


def to_search_filter(filters: Any) -> SearchFilter:
    """``None``, a :class:`SearchFilter`, or ``{"docs": [...], "date_from": "2023-01-01", "date_to": ...}``."""
    if filters is None:
        return SearchFilter()
    if isinstance(filters, SearchFilter):
        return filters
    if not isinstance(filters, dict):
        raise FilterError(f"filters must be a dict or SearchFilter, not {type(filters).__name__}")
    docs = filters.get("docs") or filters.get("doc_ids") or ()
    if isinstance(docs, str):
        docs = [docs]
    return SearchFilter(
        tuple(str(d) for d in docs),
        _date(filters.get("date_from"), "date_from"),
        _date(filters.get("date_to"), "date_to", end=True),
    )


def _date(value: Any, name: str, end: bool = False) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    try:
        number = date_to_int(text)
    except ValueError:
        raise FilterError(f"{name} must be a date like 2023-04-25, not {value!r}") from None
    if number is None or len(text.split("-")[0]) != 4:
        raise FilterError(f"{name} must be a date like 2023-04-25, not {value!r}")
    if end and len(text.split("-")) < 3:
        number += 30 if len(text.split("-")) == 2 else 1130  # a month or year filter runs to its end
    return number
