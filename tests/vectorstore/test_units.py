from vectorstore.units import split_units


def spans_hold(text: str) -> bool:
    return all(text[u.start : u.end] == u.text for u in split_units(text))


def test_bullets_sharing_a_line_are_each_a_list_item_after_their_lead_in():
    text = "- The board is asked to: • note the estates report; • approve the £2m roof repair • agree the next steps."
    units = split_units(text)
    assert [(u.kind, u.text) for u in units] == [
        ("item", "- The board is asked to:"),
        ("item", "• note the estates report;"),
        ("item", "• approve the £2m roof repair"),
        ("item", "• agree the next steps."),
    ]
    assert spans_hold(text)


def test_a_long_cell_of_inline_bullets_is_quoted_item_by_item():
    lead = "Members are asked to consider:"
    items = [
        "• • The part the voluntary sector should play in the new neighbourhood teams across the borough;",
        "• • The pressures the sector faces from rising demand, short funding cycles and staff turnover;",
        "• • The options for pooled grants that the partnership might pursue over the next two years.",
    ]
    text = "Recommendation | " + lead + " " + " ".join(items)
    units = split_units(text)
    assert [u.kind for u in units] == ["cell", "sentence", "item", "item", "item"]
    assert [u.text for u in units[1:]] == [lead, *items]
    assert spans_hold(text)


def test_a_line_opening_on_bullets_is_not_cut_before_its_first_word():
    text = "• • Work with schools on healthy eating. It starts in May."
    assert [(u.kind, u.text) for u in split_units(text)] == [("item", text)]
