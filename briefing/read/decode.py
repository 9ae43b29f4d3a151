"""Bytes to text: UTF-8 first, UTF-16 when a BOM says so, cp1252 for old Windows files."""

from __future__ import annotations

import codecs
import re

from briefing.errors import InputError

_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
#: A text with more than this share of control characters is taken for binary data.
_MAX_CONTROL_SHARE = 0.02
_MAX_NUL_SHARE = 0.01


#: Where an HTML page declares its encoding: ``<meta charset="…">`` or the http-equiv form.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def html_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 2 KB, as browsers read it (a BOM first)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    match = _META_CHARSET.search(data[:2048])
    if not match:
        return None
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    # browsers read a page that says latin-1 or ascii as windows-1252, and "utf-16" in a meta as UTF-8
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8"}.get(name, name)


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """Text of ``data``: a BOM first, then the ``declared`` encoding (an HTML page's own), then
    UTF-8, then cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16", origin)
    elif declared and declared not in ("utf-8", "utf-8-sig"):
        text = _try(data.replace(b"\x00", b""), declared, origin, fallback="utf-8")
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
