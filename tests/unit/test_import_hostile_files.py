"""Files that are not address lists at all: a binary file is refused with one plain sentence
(a text file with one stray byte still gets its line), and an .xlsx that would unpack to
hundreds of megabytes is refused from its zip directory before openpyxl opens it."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io.address_import import read_addresses
from buurtdesk.io.tabular import BINARY_MESSAGE, check_zip_size, looks_binary

HEADER = b"straat;huisnummer;postcode;woonplaats\n"


def _elf(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + bytes(range(256)) * 8)
    return path


def _random(path: Path) -> Path:
    path.write_bytes(os.urandom(5000))
    return path


def _control_bytes(path: Path) -> Path:
    """No NUL, no high bytes: read as cp1252 this used to become a header of 'DDDD...'."""
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 0x44, 0x44]) * 200)
    return path


def _high_bytes(path: Path) -> Path:
    path.write_bytes(bytes(range(128, 256)) * 20)
    return path


def _utf16_then_junk(path: Path) -> Path:
    path.write_bytes(b"D\x00" * 100 + bytes((i * 37 + 11) % 256 for i in range(400)))
    return path


@pytest.mark.parametrize("make", [_elf, _random, _control_bytes, _high_bytes, _utf16_then_junk])
def test_a_binary_file_is_refused_with_one_sentence(tmp_path: Path, make) -> None:
    path = make(tmp_path / "adressen.csv")
    with pytest.raises(UserError) as caught:
        read_addresses(path)
    assert caught.value.message == BINARY_MESSAGE
    assert str(caught.value) == f"{path}:1: {BINARY_MESSAGE}"


@pytest.mark.parametrize(
    "data",
    [
        HEADER + b"Zandhoek;4;9999AA;Ons Dorp\n" * 40,
        "Straße;4;9999AA;Café\n".encode("cp1252") * 40,
        (HEADER.decode() + "Ruïne;4;9999AA;Ons Dorp\n" * 40).encode("utf-16"),
        (HEADER.decode() + "Ruïne;4;9999AA;Ons Dorp\n" * 40).encode("utf-16-le"),
        HEADER + b"Zand\x00hoek;6;9999AA;Ons Dorp\n",  # one stray NUL: text, refused by line
    ],
)
def test_text_in_any_encoding_is_not_binary(data: bytes) -> None:
    assert not looks_binary(data)


def _sheet_zip(path: Path, size: int) -> Path:
    """An .xlsx-shaped zip whose sheet unpacks to ``size`` bytes of spaces (packs ~1000x)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b" " * (1 << 20)
            for _ in range(size >> 20):
                sheet.write(chunk)
    return path


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = _sheet_zip(tmp_path / "bom.xlsx", 20 << 20)
    assert path.stat().st_size < 200_000
    with pytest.raises(UserError, match="uitgepakt 20 MB") as caught:
        read_addresses(path)
    assert "het wordt niet geopend" in str(caught.value)
    assert str(caught.value).startswith(f"{path}:1: ")


def test_an_xlsx_that_declares_hundreds_of_megabytes_is_refused(tmp_path: Path) -> None:
    """The sizes in the zip directory are what zipfile unpacks up to: a lie is also a bound."""
    path = tmp_path / "groot.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<x/>" * 10)
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")  # the central directory entry
    struct.pack_into("<I", data, at + 24, 600 * 1024 * 1024)  # uncompressed size
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="uitgepakt 600 MB"):
        check_zip_size(path)


def test_an_ordinary_xlsx_passes_the_size_check(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["straat", "huisnummer"])
    for n in range(1, 3000):
        sheet.append(["Zandhoek", n])
    workbook.save(tmp_path / "gewoon.xlsx")
    check_zip_size(tmp_path / "gewoon.xlsx")
    result = read_addresses(tmp_path / "gewoon.xlsx")
    assert result.report.records == 2999


def test_an_xlsx_of_thousands_of_members_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "veel.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(10_001):
            archive.writestr(f"xl/x{n}.xml", b"")
    with pytest.raises(UserError, match="het wordt niet geopend"):
        read_addresses(path)
