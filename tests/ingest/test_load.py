"""Load: every file that cannot be read is refused with one line naming it and the reason."""

from __future__ import annotations

import pytest

from ingest.load import IngestError, check_file, decode_text, discover, load_file
from tests.helpers import write

MAX = 1024 * 1024


def refused(path, max_bytes: int = MAX) -> IngestError:
    with pytest.raises(IngestError) as caught:
        load_file(path, max_bytes)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}" and "\n" not in str(error)
    return error


def test_empty_file(tmp_path):
    assert refused(write(tmp_path, "empty.md", "")).reason == "empty file"


def test_whitespace_only_file(tmp_path):
    assert "only whitespace" in refused(write(tmp_path, "blank.txt", " \n\t\n  \r\n")).reason


def test_file_over_the_size_limit(tmp_path):
    path = write(tmp_path, "big.md", "# Big\n\n" + "word " * 2000)
    reason = refused(path, max_bytes=4096).reason
    assert reason.startswith("file too large") and "limit" in reason
    assert load_file(path, max_bytes=20_000).text.startswith("# Big")  # under a larger limit it is fine


@pytest.mark.parametrize("name", ["minutes.doc", "slides.pptx", "README", "data.csv"])
def test_unsupported_extension(tmp_path, name):
    reason = refused(write(tmp_path, name, "Some text that would be readable.")).reason
    assert reason.startswith("unsupported file type") and ".pdf" in reason and ".docx" in reason
    assert ("save it as .docx" in reason) == name.endswith(".doc")  # what to do with an old Word file


def test_binary_junk_with_a_text_extension(tmp_path):
    reason = refused(write(tmp_path, "notes.txt", bytes(range(256)) * 8)).reason
    assert "binary content" in reason


def test_missing_file(tmp_path):
    assert refused(tmp_path / "nowhere.md").reason == "no such file"


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "folder.md").mkdir()
    assert refused(tmp_path / "folder.md").reason == "not a regular file"


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    path = write(tmp_path, "legacy.txt", "Budget of £5m – agreed by the “board”.\n".encode("cp1252"))
    loaded = load_file(path, MAX)
    assert loaded.text == "Budget of £5m – agreed by the “board”.\n"
    assert len(loaded.warnings) == 1
    assert str(path) in loaded.warnings[0] and "Windows-1252" in loaded.warnings[0]


def test_utf8_with_bom_and_utf16_are_read_without_warnings(tmp_path):
    for name, data in [("bom.md", "\ufeff# Café".encode("utf-8")), ("wide.txt", "Café report".encode("utf-16"))]:
        loaded = load_file(write(tmp_path, name, data), MAX)
        assert "Café" in loaded.text and not loaded.text.startswith("\ufeff")
        assert loaded.warnings == []


def test_bytes_that_are_neither_utf8_nor_windows_1252(tmp_path):
    # 0x81 and 0x8d are unassigned in Windows-1252.
    warnings: list[str] = []
    with pytest.raises(IngestError) as caught:
        decode_text(tmp_path / "odd.txt", b"Some text \x81\x8d here", warnings)
    assert "not UTF-8" in caught.value.reason and "Windows-1252" in caught.value.reason


def test_loaded_file_has_hash_kind_and_size(tmp_path):
    path = write(tmp_path, "paper.md", "# Paper\n\nText.\n")
    loaded = load_file(path, MAX)
    assert (loaded.kind, loaded.size, len(loaded.sha256)) == ("markdown", path.stat().st_size, 64)
    assert check_file(write(tmp_path, "page.HTM", "<p>x</p>"), MAX) == ("html", 8)


def test_discover_walks_folders_in_order_and_skips_hidden_files_and_manifests(tmp_path):
    write(tmp_path / "docs", "b.md", "b")
    write(tmp_path / "docs" / "sub", "a.pdf", "a")
    write(tmp_path / "docs", "manifest.json", "{}")
    write(tmp_path / "docs" / ".git", "config", "x")
    write(tmp_path / "docs", ".hidden.md", "x")
    single = write(tmp_path, "single.txt", "s")
    found = list(discover([tmp_path / "docs", single, tmp_path / "missing.md"]))
    assert found == [tmp_path / "docs" / "b.md", tmp_path / "docs" / "sub" / "a.pdf", single, tmp_path / "missing.md"]
