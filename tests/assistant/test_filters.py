"""Filters from the CLI and the UI become one SearchFilter for both retrievers."""

from __future__ import annotations

import pytest

from assistant.filters import FilterError, to_search_filter
from vectorstore.retrievers import SearchFilter


def test_dict_filters():
    f = to_search_filter({"docs": ["a.md"], "date_from": "2023-01-01", "date_to": "2023-04"})
    assert f == SearchFilter(("a.md",), 20230101, 20230431)
    assert to_search_filter({"date_to": "2023"}).date_to == 20231231
    assert to_search_filter(None).empty and to_search_filter({}).empty


@pytest.mark.parametrize("bad", [{"date_from": "last week"}, {"date_to": "25/04/2023"}, "a.md"])
def test_bad_filters_are_clear_errors(bad):
    with pytest.raises(FilterError):
        to_search_filter(bad)
