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
    lead = "Governors will be invited to:"
    items = [
        "• • Comment on the draft timetable for moving the outpatient pharmacy to the ground floor of the east wing;",
        "• • Say whether the parking changes during the works need a wider consultation with local residents;",
        "• • Approve a contingency budget of £40,000 held by the estates director until March.",
    ]
    text = "Action required | " + lead + " " + " ".join(items)
    units = split_units(text)
    assert [u.kind for u in units] == ["cell", "sentence", "item", "item", "item"]
    assert [u.text for u in units[1:]] == [lead, *items]
    assert spans_hold(text)


def test_inline_items_keep_their_place_on_a_later_and_indented_line():
    text = "Estates update\n   Works this winter: • roof at Mill Lane • boilers at Fenwick House\nNext steps follow."
    units = split_units(text)
    assert [(u.line, u.text) for u in units] == [
        (0, "Estates update"),
        (1, "Works this winter:"),
        (1, "• roof at Mill Lane"),
        (1, "• boilers at Fenwick House"),
        (2, "Next steps follow."),
    ]
    assert spans_hold(text)


def test_bullets_with_no_item_after_them_cut_nothing():
    assert [u.text for u in split_units("Actions agreed • •")] == ["Actions agreed • •"]
    text = "• • Work with schools on healthy eating. It starts in May."
    assert [(u.kind, u.text) for u in split_units(text)] == [("item", text)]
