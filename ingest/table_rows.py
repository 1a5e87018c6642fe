"""A table row as text that reads on its own, whatever format the table came from.

"Podiatry | May 2025: 12 weeks | June 2025: 11 weeks": the words that name the row stand alone,
every other value carries its column's label, so a chunk holding the row answers "how long was
the wait for podiatry in May?" without the header beside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.pdf_lines import is_figure


def labelled_row(cells: Iterable[tuple[str, str, bool]]) -> str:
    """The row's cells as ``(text, its column's label, whether it is the column that names the row)``.

    A cell stands alone when it names the row (unless it is a figure), when its column has no label,
    or when its text is the label itself; any other cell reads "label: value"."""
    parts = []
    for text, label, names_row in cells:
        label = label.rstrip(":").strip()
        if (names_row and not is_figure(text)) or not label or label == text:
            parts.append(text)
        else:
            parts.append(f"{label}: {text}")
    return " | ".join(parts)
