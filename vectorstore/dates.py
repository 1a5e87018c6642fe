"""How dates are stored with chunks: ISO strings (YYYY, YYYY-MM, YYYY-MM-DD) and YYYYMMDD integers."""

from __future__ import annotations

from vectorstore.text import MONTH_NAMES


def date_to_int(date: str | None) -> int | None:
    """YYYYMMDD for range filters; a month alone counts as its first day, a year as 1 January."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


def human_date(date: str | None) -> str:
    """ "25 April 2023", "October 2020", "2021"."""
    if not date:
        return ""
    parts = date.split("-")
    month = MONTH_NAMES[int(parts[1]) - 1] if len(parts) > 1 else ""
    if len(parts) == 3:
        return f"{int(parts[2])} {month} {parts[0]}"
    return f"{month} {parts[0]}".strip()
