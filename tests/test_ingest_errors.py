"""Input Briefing cannot use: one IngestError with one sentence a person can act on, never a traceback."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from briefing.ingest import MAX_BYTES, IngestError, parse_article_bytes, read_article


def png_bytes() -> bytes:
    """A real 1x1 PNG: binary, full of NUL bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert str(error.value) == f"There is no such file: {path}."


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as error:
        read_article(tmp_path)
    assert str(error.value) == f"“{tmp_path.name}” is a folder, not a file; choose an article file inside it."


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert str(error.value) == "“empty.txt” is empty."


def test_a_file_of_blank_lines_and_spaces(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\r\n  \t\n\n   \n")
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert str(error.value) == "“blank.txt” has no article text in it."


def test_a_binary_file_with_a_text_name(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(png_bytes())
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert str(error.value) == "“photo.txt” is not text, nor in any other format Briefing can read."


def test_binary_without_nul_bytes_is_still_not_text() -> None:
    data = bytes(range(1, 32)) * 40
    with pytest.raises(IngestError, match="is not text"):
        parse_article_bytes(data, "noise.bin")


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: no real disk space used
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert (
        str(error.value)
        == "“huge.txt” is 50 MB, too large for an article; Briefing reads files of up to 50 MB."
    )


def test_bytes_over_the_size_limit() -> None:
    with pytest.raises(IngestError, match="too large for an article"):
        parse_article_bytes(b"a" * (MAX_BYTES + 1), "pasted")


def test_empty_bytes_without_a_name() -> None:
    with pytest.raises(IngestError) as error:
        parse_article_bytes(b"")
    assert str(error.value) == "The article is empty."


def test_a_file_without_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody text.", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads anything: make opening fail the way it fails for everyone else.
        def refuse(name: object, *args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(name))

        monkeypatch.setattr(os, "open", refuse)
    try:
        with pytest.raises(IngestError) as error:
            read_article(path)
    finally:
        path.chmod(0o600)
    assert str(error.value) == "Briefing is not allowed to read “secret.txt”; check the file's permissions."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert (
        str(error.value) == "“pipe.txt” is not an ordinary file, so Briefing cannot read an article from it."
    )


def test_errors_do_not_chain_a_traceback_worth_showing(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as error:
        read_article(tmp_path / "gone.txt")
    assert error.value.__suppress_context__ and error.value.__cause__ is None
