"""Bytes to text: UTF-8 first, UTF-16 when a BOM says so, cp1252 for old Windows files."""

from __future__ import annotations

import codecs

from briefing.errors import InputError

_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
#: A text with more than this share of control characters is taken for binary data.
_MAX_CONTROL_SHARE = 0.02
_MAX_NUL_SHARE = 0.01


def decode(data: bytes, origin: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16", origin)
    else:
        if b"\x00" in data:
            if data.count(b"\x00") > _MAX_NUL_SHARE * len(data):
                raise InputError(origin, "binary file (contains NUL bytes), not text")
            data = data.replace(b"\x00", b"")  # a few stray NULs in real text: drop them
        text = _try(data, "utf-8-sig", origin, fallback="cp1252")
    if not text.strip():
        raise InputError(origin, "empty file")
    sample = text[:65536]
    if sum(ord(c) in _CONTROL for c in sample) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(origin, "binary file (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _try(data: bytes, encoding: str, origin: str, fallback: str | None = None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if fallback is None:
            raise InputError(origin, f"cannot decode as {encoding}") from None
    try:
        return data.decode(fallback)
    except UnicodeDecodeError:
        raise InputError(origin, f"cannot decode: neither UTF-8 nor {fallback} text") from None
