"""Regenerate ``briefing/data/currencies.txt`` from Babel's CLDR data (run by hand, offline).

A currency written before an amount ("Rs 12,131 crore", "INR 500", "RM1.2bn", "Ksh 2 billion")
is no name: the list holds every ISO 4217 code and the symbols in Latin letters that CLDR's
English locales write for a currency ("Rs" for the rupee of Pakistan, "RM" for the ringgit, "Rp",
"Ksh"). Install Babel with ``pip install '.[data]'`` and run ``python scripts/build_currencies.py``.
The output is one word a line, sorted, after a comment header.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, localedata

OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "currencies.txt"
HEADER = (
    "# Currencies written before an amount: ISO 4217 codes and the Latin-letter symbols of CLDR's\n"
    "# English locales. Written by scripts/build_currencies.py from Babel; do not edit by hand.\n"
)


def words() -> list[str]:
    found = {code for code in Locale("en").currencies if code.isalpha() and code.isupper()}
    for identifier in localedata.locale_identifiers():
        if identifier == "en" or identifier.startswith("en_"):
            for symbol in Locale.parse(identifier).currency_symbols.values():
                if symbol.isascii() and symbol.isalpha() and symbol[0].isupper() and len(symbol) > 1:
                    found.add(symbol)  # one letter ("R", "K") is too often an initial
    return sorted(found)


def main() -> None:
    OUTPUT.write_text(HEADER + "".join(f"{word}\n" for word in words()), encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
