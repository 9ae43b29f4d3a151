"""Word lists and the gazetteer, loaded lazily from ``briefing/data`` and kept once loaded."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from briefing.data import read_text, word_list

#: The shape of a people's or a continent's adjective ("Asian", "European", "Japanese", "British").
PEOPLES_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")


@cache
def role_words() -> frozenset[str]:
    return word_list("roles.txt")


def is_role(lowered: str) -> bool:
    """A role word, or a compound ending in one: "Secretary-General", "co-founder", "ex-president"
    ("attorney-general", "vice-chairman"). ``lowered`` is the word in lower case."""
    head, _, last = lowered.rpartition("-")
    # not "Re-education": its last part opens titles ("Education Secretary") but is none alone
    return lowered in role_words() or (bool(head) and last in role_words() and last not in role_modifiers())


@cache
def geographic_features() -> frozenset[str]:
    return word_list("geographic_features.txt")


@cache
def role_modifiers() -> frozenset[str]:
    return word_list("role_modifiers.txt")


@cache
def speaker_nouns() -> frozenset[str]:
    return word_list("speaker_nouns.txt")


@cache
def body_nouns() -> frozenset[str]:
    """The words an appositive uses for a body: ``body_nouns.txt`` and the words ending bodies' names."""
    return word_list("body_nouns.txt") | organization_words()


@cache
def work_words() -> frozenset[str]:
    """Nouns for a work, a product or an event ("comedy", "console", "festival")."""
    return word_list("work_words.txt")


@cache
def site_words() -> frozenset[str]:
    return word_list("site_words.txt")


@cache
def team_words() -> frozenset[str]:
    return word_list("team_words.txt")


@cache
def fixture_words() -> frozenset[str]:
    return word_list("fixture_words.txt")


@cache
def organization_words() -> frozenset[str]:
    return word_list("organization_words.txt")


def names_a_body(word: str) -> bool:
    """A word for a body, singular or plural: "Services" as "service", "Industries" as "industry"."""
    word = word.lower()
    words = organization_words()
    return (
        word in words
        or (word.endswith("s") and word[:-1] in words)
        or (word.endswith("ies") and word[:-3] + "y" in words)
    )


@cache
def same_body() -> dict[str, str]:
    """Each name of ``same_bodies.txt`` to the first name of its line ("Tories": "Conservative Party")."""
    table: dict[str, str] = {}
    for line in sorted(word_list("same_bodies.txt")):
        names = [name.strip() for name in line.split("|")]
        table.update((name, names[0]) for name in names)
    return table


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str  # "country" | "region" | "province" | "city" | "demonym"
    country: str
    population: int


#: Kinds win ties in this order when one name means several places (Georgia, London); a town
#: is the place its name means before a province abroad of the same name (Kent, Washington
#: before the English county, whose stories name their country).
_KIND_RANK = {"country": 4, "region": 3, "city": 2, "province": 1, "demonym": 0}


@cache
def _gazetteer_rows() -> tuple[GazetteerEntry, ...]:
    """Every row of ``gazetteer.tsv``, read once for the lookups below."""
    reader = csv.reader(read_text("gazetteer.tsv").splitlines()[1:], delimiter="\t")
    return tuple(GazetteerEntry(name, kind, country, int(population)) for name, kind, country, population in reader)


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Place names (and demonyms) to the most prominent place of that name."""
    table: dict[str, GazetteerEntry] = {}
    for entry in _gazetteer_rows():
        best = table.get(entry.name)
        if best is None or (_KIND_RANK[entry.kind], entry.population) > (_KIND_RANK[best.kind], best.population):
            table[entry.name] = entry
    return table


@cache
def _all_places() -> dict[str, list[GazetteerEntry]]:
    table: dict[str, list[GazetteerEntry]] = {}
    for entry in _gazetteer_rows():
        if entry.kind != "demonym":
            table.setdefault(entry.name, []).append(entry)
    return table


def namesakes(name: str) -> list[GazetteerEntry]:
    """Every place called ``name`` (Richmond in Virginia, California and British Columbia)."""
    return list(_all_places().get(name, ()))


def place_in(name: str, country: str) -> GazetteerEntry | None:
    """The most prominent place called ``name`` in ``country`` ("Birmingham" in the United States)."""
    entries = [e for e in _all_places().get(name, ()) if e.country == country]
    return max(entries, key=lambda e: (_KIND_RANK[e.kind], e.population), default=None)


def town_in(name: str, country: str) -> GazetteerEntry | None:
    """The most populous town called ``name`` in ``country``: what a dateline or a state after the
    name means where a state shares it ("WASHINGTON --", "Washington, DC")."""
    towns = [e for e in _all_places().get(name, ()) if e.kind == "city" and e.country == country]
    return max(towns, key=lambda e: e.population, default=None)


@cache
def _towns() -> dict[str, list[GazetteerEntry]]:
    table: dict[str, list[GazetteerEntry]] = {}
    for line in read_text("towns.tsv").splitlines()[1:]:
        name, country, population = line.split("\t")
        table.setdefault(name, []).append(GazetteerEntry(name, "city", country, int(population)))
    return table


def small_towns(name: str) -> list[GazetteerEntry]:
    """Towns of 15,000 to 50,000 called ``name`` ("Uvalde"; Windsor in Berkshire and three in the
    US). Many share a name with a person, a word or a bigger town abroad, so only Where reads
    them, and only for a town the text puts somewhere in a country the story names. "St Ives",
    "St. Ives" and "Saint Ives" are one name."""
    if name.startswith(SAINTS):
        rest = name.split(" ", 1)[1]
        return [e for saint in SAINTS for e in _towns().get(f"{saint}{rest}", ())]
    return list(_towns().get(name, ()))


@cache
def _abbreviated_regions() -> dict[str, tuple[str, str]]:
    """Abbreviation -> (state or province, country), from the US and Canadian tables."""
    found: dict[str, tuple[str, str]] = {}
    for file, country in (("us_states.tsv", "United States"), ("canadian_provinces.tsv", "Canada")):
        rows = (line.split("\t") for line in read_text(file).splitlines() if line and not line.startswith("#"))
        found.update((row[0], (row[1], country)) for row in rows if len(row) == 2 and row[0] != "abbreviation")
    return found


def abbreviated_region(abbreviation: str) -> tuple[str, str] | None:
    """ "Ala." or "AL" -> ("Alabama", "United States"); "B.C." -> ("British Columbia", "Canada")."""
    return _abbreviated_regions().get(abbreviation) or _abbreviated_regions().get(abbreviation.rstrip(".,"))


def region_country(name: str) -> str | None:
    """The country a state or province ("Ala.", "B.C.", "Michigan") or a country stands for, as a
    town's qualifier names it ("Birmingham, Ala.", "Perth, Australia")."""
    abbreviated = abbreviated_region(name)
    if abbreviated:
        return abbreviated[1]
    entry = place(name.rstrip(".,"))
    return (entry.country or entry.name) if entry and entry.kind in ("province", "region", "country") else None


def place(name: str) -> GazetteerEntry | None:
    """The place called ``name``; an abbreviation may come without its last full stop ("U.S"
    for "U.S.", where a name's tokens lost it)."""
    entry = gazetteer().get(name) or (gazetteer().get(name + ".") if "." in name else None)
    if name.startswith(SAINTS):
        entry = _saint(name) or entry
    return entry if entry and entry.kind != "demonym" else None


#: The spellings of "Saint" that open a place's name ("St Louis", "St. Louis", "Saint Louis").
SAINTS = ("St ", "St. ", "Saint ")
#: Directions that name a part of a place ("South East London", "West Africa").
COMPASS = frozenset(
    {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
    | {"Northeast", "Northwest", "Southeast", "Southwest"}  # "Southeast Asia"
)
#: Lower-case particles joined to a name by a hyphen ("al-Abadi", "bin-Laden").
NAME_PARTICLES = ("al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben", "bint")


def _saint(name: str) -> GazetteerEntry | None:
    """ "St Louis", "St. Louis" and "Saint Louis" are one name, which the gazetteer spells one way
    or another: the most populous town under any spelling ("St Petersburg" is Russia's)."""
    rest = name.split(" ", 1)[1]
    spelled = [gazetteer().get(f"{saint}{rest}") for saint in SAINTS]
    return max((e for e in spelled if e and e.kind == "city"), key=lambda e: e.population, default=None)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(entry.name for entry in _gazetteer_rows() if entry.kind == "demonym")


def is_demonym(word: str) -> bool:
    """A people's word, also one that names its country too ("Thai", which ``gazetteer`` ranks as
    the country)."""
    return word in _demonyms()


def demonym_country(word: str) -> str | None:
    entry = gazetteer().get(word)
    return entry.country if entry and entry.kind == "demonym" else None


@cache
def _first_names() -> dict[str, str | None]:
    rows = (line.split("\t") for line in read_text("first_names.tsv").splitlines()[1:])
    return {name: {"f": "female", "m": "male"}.get(gender) for name, gender in rows}


def first_name_gender(name: str) -> str | None:
    """ "female" or "male" when the first word of ``name`` is a first name given only to women or
    only to men (``scripts/build_first_names.py``, from gender-guesser); else None ("Jo", "Terry")."""
    words = name.split()
    return _first_names().get(_first_name_key(words[0])) if words else None


def is_first_name(word: str) -> bool:
    """A first name of any sex in gender-guesser's table ("Tom", "Lee", "Jo"); a double one by
    its first part ("Peter-Thilo")."""
    return _first_name_key(word.split("-")[0]) in _first_names()


def _first_name_key(word: str) -> str:
    """The table's spelling of ``word``: as written, or without its accents where the table has
    only the plain one ("Micheál" is "Micheal")."""
    lowered = word.lower()
    if lowered in _first_names() or lowered.isascii():
        return lowered
    plain = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return plain if plain in _first_names() else lowered


def written_as_first_name(word: str) -> bool:
    """A first name written as one ("Jordan"), not an abbreviation in capitals ("UK", whose "uk"
    the table holds)."""
    return word.istitle() and is_first_name(word)


def names_a_country(word: str) -> bool:
    """A country's name that is no first name as written ("US", "Germany"; not the "Jordan" of
    "Jordan Henderson")."""
    entry = place(word)
    return entry is not None and entry.kind == "country" and not written_as_first_name(word)


#: Endings of words for a profession ("economist", "analyst", "historian", "physician").
_PROFESSION_ENDINGS = ("ist", "ian")


def is_profession(word: str) -> bool:
    """A lower-case word for what someone does ("meteorologist"); not "Christian", "Brazilian"."""
    return len(word) > 5 and word.endswith(_PROFESSION_ENDINGS) and word.islower()
