"""The sealed container of an exchange file (docs/exchange.md): what travels between laptops by
USB stick or e-mail, encrypted and authenticated with the team's code.

Layout (all integers big-endian)::

    magic      10 bytes  b"BUURTDESK\\x1a"
    version     2 bytes  container format version (FORMAT_VERSION)
    length      4 bytes  length of the header
    header     JSON, UTF-8: neighbourhood id, kind, laptop, time, scrypt parameters and salt,
               a check value of the key, the AES-GCM nonce
    body       AES-256-GCM ciphertext of the zlib-compressed payload; the associated data is
               everything before it, so a changed header byte is refused like a changed body byte

The key comes from the team's code through scrypt (salt per file). The check value (an HMAC of a
fixed text under the key) lets a reader tell "wrong code" from "file changed"; it says nothing a
guesser could not learn from the GCM tag itself. The payload is opaque bytes here; what it holds
is the exchange module's business.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import QT_TRANSLATE_NOOP, UserError

MAGIC = b"BUURTDESK\x1a"
FORMAT_VERSION = 1
SCRYPT_N = 2**15  # about 32 MiB and a tenth of a second: cheap once, costly a million times
SCRYPT_R = 8
SCRYPT_P = 1
MIN_CODE_LENGTH = 8
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024**3  # a city of 1,000,000 households fits; a zip bomb does not
_CHECK_TEXT = b"buurtdesk: de teamcode klopt"
_PREFIX = struct.Struct(">10sHI")


@dataclass(frozen=True)
class Sealed:
    """What the header says, after the body has been opened and verified."""

    neighbourhood: str
    kind: str
    laptop: str
    laptop_name: str
    written_at: str
    payload: bytes


def check_code(code: str) -> str:
    """The team's code as typed, refused when it is too weak to protect personal data."""
    code = code.strip()
    if len(code) < MIN_CODE_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "de teamcode is te kort: gebruik minstens {min_code_length} tekens, bijvoorbeeld "
                "vier woorden",
            ),
            min_code_length=MIN_CODE_LENGTH,
        )
    return code


def _derive(code: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(code.encode("utf-8"))


def _check_value(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()[:32]


def seal(
    payload: bytes,
    *,
    code: str,
    neighbourhood: str,
    kind: str,
    laptop: str,
    laptop_name: str,
    written_at: str,
) -> bytes:
    """The bytes of an exchange file holding ``payload``."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    key = _derive(check_code(code), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = {
        "buurt": neighbourhood,
        "soort": kind,
        "laptop": laptop,
        "laptopnaam": laptop_name,
        "geschreven": written_at,
        "kdf": {
            "naam": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "zout": base64.b64encode(salt).decode(),
        },
        "controle": _check_value(key),
        "nonce": base64.b64encode(nonce).decode(),
    }
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)) + head
    body = AESGCM(key).encrypt(nonce, zlib.compress(payload, 6), prefix)
    return prefix + body


def read_header(data: bytes, path: Path) -> tuple[dict[str, Any], bytes]:
    """The header and the authenticated prefix, checked for form only (not yet verified)."""
    if len(data) < _PREFIX.size or not data.startswith(MAGIC):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "dit is geen uitwisselbestand van BuurtDesk"), path
        )
    _magic, version, length = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "dit uitwisselbestand is gemaakt met een nieuwere BuurtDesk (formaat {version}, "
                "deze versie kent tot {format_version}); werk BuurtDesk bij",
            ),
            path,
            version=version,
            format_version=FORMAT_VERSION,
        )
    end = _PREFIX.size + length
    if length > MAX_HEADER or end > len(data):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het uitwisselbestand is afgebroken of beschadigd"), path
        )
    try:
        header = json.loads(data[_PREFIX.size : end].decode("utf-8"))
        kdf = header["kdf"]
        checks = (
            isinstance(header["buurt"], str),
            isinstance(header["soort"], str),
            isinstance(header["laptop"], str),
            kdf["naam"] == "scrypt",
            isinstance(kdf["n"], int)
            and 2**10 <= kdf["n"] <= 2**20
            and kdf["n"] & (kdf["n"] - 1) == 0,
            isinstance(kdf["r"], int) and 1 <= kdf["r"] <= 32,
            isinstance(kdf["p"], int) and 1 <= kdf["p"] <= 16,
            len(base64.b64decode(kdf["zout"], validate=True)) >= 16,
            len(base64.b64decode(header["nonce"], validate=True)) == 12,
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het uitwisselbestand is beschadigd (kop onleesbaar)"), path
        ) from exc
    if not all(checks):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het uitwisselbestand is beschadigd (kop onleesbaar)"), path
        )
    return header, data[:end]


def unseal(data: bytes, *, code: str, path: Path, neighbourhood: str | None = None) -> Sealed:
    """Open an exchange file: the payload and who wrote it, or a Dutch error naming the file.

    ``neighbourhood`` (the reader's own id) refuses a file of another neighbourhood before any
    key is derived; None accepts any (joining a start package)."""
    header, prefix = read_header(data, path)
    if neighbourhood is not None and header["buurt"] != neighbourhood:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "dit uitwisselbestand hoort bij een andere buurt; er is niets veranderd"
            ),
            path,
        )
    kdf: Mapping[str, Any] = header["kdf"]
    key = _derive(
        code.strip(), base64.b64decode(kdf["zout"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    )
    if not hmac.compare_digest(_check_value(key), str(header.get("controle", ""))):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "de teamcode klopt niet voor dit bestand; er is niets veranderd"
            ),
            path,
        )
    try:
        compressed = AESGCM(key).decrypt(
            base64.b64decode(header["nonce"]), data[len(prefix) :], prefix
        )
    except InvalidTag:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "het uitwisselbestand is veranderd of beschadigd (de controle klopt niet); er is "
                "niets veranderd",
            ),
            path,
        ) from None
    return Sealed(
        neighbourhood=header["buurt"],
        kind=header["soort"],
        laptop=header["laptop"],
        laptop_name=str(header.get("laptopnaam", "")),
        written_at=str(header.get("geschreven", "")),
        payload=_inflate(compressed, path),
    )


def _inflate(compressed: bytes, path: Path) -> bytes:
    """zlib, with a ceiling: an authenticated file from a team member is still not allowed to
    fill the memory."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(compressed, MAX_PAYLOAD)
    except zlib.error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het uitwisselbestand is beschadigd (inhoud onleesbaar)"),
            path,
        ) from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het uitwisselbestand is te groot of afgebroken"), path
        )
    return out
