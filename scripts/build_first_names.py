"""Regenerate ``briefing/data/first_names.tsv`` from gender-guesser (run by hand, offline).

gender-guesser ships Jörg Michael's table of about 40,000 first names and the sex they are
given to, country by country. A name given to one sex in every country it lists, if only
"mostly" in some ("Alison", "Chris"), is f or m; a name shared anywhere ("Jo", "Terry", "Lee"),
only ever "mostly" one sex ("Glyn") or a man's name in one country and a woman's in another
("Andrea", "Jan", "Kim") is u: it says nothing about whether "he" or
"she" can mean its bearer, but it still shows that a name starts there ("Lee Zeldin of New
York" is a person; "Residents of Flint" is not). Install it with ``pip install '.[data]'`` and
run ``python scripts/build_first_names.py``. The output is a sorted TSV: ``name, gender`` (f, m
or u).
"""

from __future__ import annotations

import sys
from pathlib import Path

from gender_guesser.detector import Detector

OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "first_names.tsv"
#: The last letter of Latin Extended-A: names in the Latin letters that ``briefing.nlp.letters``
#: reads as capitals ("Jürgen", "Bärbel", "Søren", "Małgorzata"); the table's lower-cased Turkish
#: "İ" (an "i" with a combining dot) is left out, as the plain "ibrahim" is there too.
_LATIN_EXTENDED_A = 0x17F


def rows() -> list[tuple[str, str]]:
    detector = Detector(case_sensitive=False)
    return sorted(
        (name, _sex(set(genders)))
        for name, genders in detector.names.items()
        if all(ord(letter) <= _LATIN_EXTENDED_A for letter in name)
    )


def _sex(genders: set[str]) -> str:
    """f or m for a name given to one sex only: in every country, or in some and "mostly" in the
    rest ("Alison", "Chris"); u for one given to both anywhere ("Kim", "Jo", "Andrea") or only
    ever "mostly" to one ("Glyn", a Welsh man's name the table gives as mostly a woman's)."""
    if genders in ({"female"}, {"female", "mostly_female"}):
        return "f"
    if genders in ({"male"}, {"male", "mostly_male"}):
        return "m"
    return "u"


def main() -> int:
    lines = ["name\tgender", *(f"{name}\t{gender}" for name, gender in rows())]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(lines) - 1} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
