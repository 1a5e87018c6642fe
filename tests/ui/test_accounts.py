"""Staff accounts: salted scrypt hashes in a private file, checked in constant time."""

from __future__ import annotations

import json
import stat

import pytest

from ui.accounts import AccountError, Accounts


def test_added_user_signs_in_with_the_right_password_only(tmp_path):
    accounts = Accounts(tmp_path / "users.json")
    assert accounts.add("editor", "correct horse battery")
    assert accounts.verify("editor", "correct horse battery")
    assert not accounts.verify("editor", "correct horse battery ")
    assert not accounts.verify("editor", "")
    assert not accounts.verify("nobody", "correct horse battery")
    assert accounts.names() == ["editor"]


def test_the_file_holds_salted_hashes_readable_by_the_owner_only(tmp_path):
    path = tmp_path / "users.json"
    accounts = Accounts(path)
    accounts.add("a", "same password 1")
    accounts.add("b", "same password 1")
    text = path.read_text()
    assert "same password" not in text
    users = json.loads(text)["users"]
    assert users["a"]["salt"] != users["b"]["salt"] and users["a"]["hash"] != users["b"]["hash"]
    assert users["a"]["algorithm"] == "scrypt" and users["a"]["n"] >= 2**14
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_password_change_and_removal(tmp_path):
    accounts = Accounts(tmp_path / "users.json")
    accounts.add("editor", "first password")
    assert not accounts.add("editor", "second password")  # an update, not a new user
    assert accounts.verify("editor", "second password") and not accounts.verify("editor", "first password")
    assert accounts.remove("editor") and not accounts.remove("editor")
    assert not accounts.verify("editor", "second password")


@pytest.mark.parametrize(
    "name, password", [("", "long enough"), ("has space", "long enough"), ("a/b", "long enough"), ("ok", "short")]
)
def test_bad_names_and_short_passwords_are_refused(tmp_path, name, password):
    with pytest.raises(AccountError):
        Accounts(tmp_path / "users.json").add(name, password)
    assert not (tmp_path / "users.json").exists()


def test_a_damaged_file_lets_nobody_in(tmp_path):
    path = tmp_path / "users.json"
    accounts = Accounts(path)
    accounts.add("editor", "correct horse battery")
    path.write_text("{not json")
    assert not accounts.verify("editor", "correct horse battery")
    with pytest.raises(AccountError):
        accounts.names()
    path.write_text(json.dumps({"users": {"editor": {"salt": "zz", "hash": "00"}}}))
    assert not accounts.verify("editor", "correct horse battery")
