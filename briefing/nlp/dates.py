"""Month and weekday names and safe date building: the one place dates are spelled."""

from __future__ import annotations

import re
from datetime import date

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A month as newsrooms write it: full, three letters, "Sept", with or without a stop.
MONTH_PATTERN = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAY_PATTERN = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"

_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(MONTHS, 1)} | {
    name: number for number, name in enumerate(MONTHS, 1)
}
_MONTH_NUMBERS["sept"] = 9
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str) -> date | None:
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    return _MONTH_NUMBERS.get(name.lower().rstrip("."))


def safe_date(year: int, month: int | None, day: int) -> date | None:
    """The date, or None for an impossible one (30 February) or an unknown month."""
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
