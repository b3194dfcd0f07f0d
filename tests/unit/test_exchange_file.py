"""The sealed exchange container: round trip, and every way a file can be wrong refused with
one sentence naming the file."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io import exchange_file as xf

CODE = "vier woorden als code"
HOOD = "0b6f2f1e-1111-4a4a-9c9c-000000000001"
PATH = Path("buurt-2026-11-30.uitwissel")


def _seal(payload: bytes = b'{"visits": []}', code: str = CODE) -> bytes:
    return xf.seal(payload, code=code, neighbourhood=HOOD, kind="changes", laptop="laptop-a",
                   laptop_name="Laptop van Anouk", written_at="2026-11-30T12:00:00Z")  # fmt: skip


def _error(data: bytes, code: str = CODE, hood: str | None = HOOD) -> str:
    with pytest.raises(UserError) as caught:
        xf.unseal(data, code=code, path=PATH, neighbourhood=hood)
    text = str(caught.value)
    assert text.startswith(f"{PATH}: ")
    return text


def test_round_trip() -> None:
    payload = json.dumps({"visits": [{"note": "héél fijn gesprek"}] * 100}).encode()
    data = _seal(payload)
    opened = xf.unseal(data, code=CODE, path=PATH, neighbourhood=HOOD)
    assert opened.payload == payload
    assert (opened.neighbourhood, opened.kind, opened.laptop) == (HOOD, "changes", "laptop-a")
    assert opened.laptop_name == "Laptop van Anouk"
    assert b"fijn gesprek" not in data  # the content is encrypted
    assert _seal(payload) != data  # a fresh salt and nonce every time


def test_wrong_code_and_other_neighbourhood() -> None:
    data = _seal()
    assert "teamcode klopt niet" in _error(data, code="een andere code")
    assert "andere buurt" in _error(data, hood="0b6f2f1e-1111-4a4a-9c9c-000000000002")


def test_every_changed_byte_is_refused() -> None:
    data = _seal(b"x" * 300)
    for position in range(0, len(data), 7):
        changed = bytearray(data)
        changed[position] ^= 0x01
        _error(bytes(changed))  # one sentence, whatever the byte


def test_truncated_and_foreign_files() -> None:
    data = _seal()
    for length in (0, 5, 15, 40, len(data) - 1):
        _error(data[:length])
    assert "geen uitwisselbestand" in _error(b"%PDF-1.7 " + b"\x00" * 100)
    assert "geen uitwisselbestand" in _error(b"straat;huisnummer\n")


def test_a_newer_format_is_refused_plainly() -> None:
    data = bytearray(_seal())
    struct.pack_into(">H", data, len(xf.MAGIC), xf.FORMAT_VERSION + 1)
    assert "nieuwere BuurtDesk" in _error(bytes(data))


def test_hostile_headers() -> None:
    head = json.dumps({"buurt": HOOD, "soort": "changes", "laptop": "x",
                       "kdf": {"naam": "scrypt", "n": 2**30, "r": 8, "p": 1, "zout": "AAAA"},
                       "nonce": "AAAA"}).encode()  # fmt: skip
    expensive = struct.pack(">10sHI", xf.MAGIC, 1, len(head)) + head + b"\x00" * 32
    assert "kop onleesbaar" in _error(expensive)  # no key derived with a gigabyte of memory
    huge = struct.pack(">10sHI", xf.MAGIC, 1, 2**31) + b"{}"
    assert "afgebroken" in _error(huge)
    garbage = struct.pack(">10sHI", xf.MAGIC, 1, 4) + b"\xff\xfe{}"
    assert "kop onleesbaar" in _error(garbage)


def test_a_weak_code_is_refused_when_sealing() -> None:
    with pytest.raises(UserError, match="te kort"):
        _seal(code="1234")


def test_a_compressed_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xf, "MAX_PAYLOAD", 1000)
    data = _seal(b"\x00" * 100_000)
    assert "te groot" in _error(data)
