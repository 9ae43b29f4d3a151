"""When: the event date, resolved against the publication date, with the phrase it came from.

News dates are relative ("on Tuesday", "yesterday", "last night"); they are resolved to the
most recent such day on or before publication, because news reports what has happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefing.model import Sentence, When
from briefing.nlp.dates import MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS, month_number, safe_date

if TYPE_CHECKING:
    from briefing.doc import Doc

#: An event this close before publication is the news; older dates are background.
_RECENT = timedelta(days=7)
#: A date further than this before publication ("born on September 30, 1997") is never the
#: event of a news report; with nothing closer, the publication date stands.
_BACKGROUND = timedelta(days=62)
#: A date inside a relative clause about someone ("…, who stormed to victory on Wednesday,") is
#: background to the sentence's news; one about a thing ("the crash, which happened on
#: Wednesday") often dates the event itself.
_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:who|whose)[ \t][^,]*$")
#: A weekday that is part of a title: a capitalised part of day or a capitalised word right after
#: it ("Saturday Night Live", "Monday Night Football", "Sunday Times").
_TITLE_AFTER = re.compile(
    r"[ \t]+(?:Times|Telegraph|Mirror|Express|Post|Herald|Night|Morning|Live|Football|Service|School)\b"
)
#: Words that put a weekday after publication: "the strike will begin on Thursday", "talks are due
#: to resume on Monday", "next Friday".
_AHEAD = re.compile(
    r"\b(?:will|won't|shall)\b|'ll\b|\b(?:is|are)\s+(?:(?:due|set|expected|scheduled|going)\s+)?to\b|\bnext\s",
    re.IGNORECASE,
)
#: A day something is put off until is to come, never the day of the news.
_UNTIL = re.compile(r"\buntil[ \t]+$")
#: The end of the period a report covers: "in the 26 weeks to 27 September", "the year ended 31 March".
_PERIOD_END = re.compile(r"\b(?:weeks|months|year|quarter|period|days)[ \t]+(?:to|ended|ending)[ \t]+$")
_CAPITAL_PART = re.compile(r"(?:Night|Morning|Afternoon|Evening)$")
_TIME = r"(?:(?:at[ \t]+)?(?:around[ \t]+|about[ \t]+)?\d{1,2}(?:[.:]\d{2})?[ \t]*(?:am|pm|a\.m\.|p\.m\.)[ \t]+(?:on[ \t]+)?)?"
_DATE = re.compile(
    rf"\b(?P<phrase>{_TIME}(?:"
    rf"(?:(?:in[ \t]+)?the[ \t]+(?:early[ \t]+)?hours[ \t]+of[ \t]+|late[ \t]+|early[ \t]+)?(?:on[ \t]+|last[ \t]+|this[ \t]+)?(?P<weekday>{WEEKDAY_PATTERN})(?:[ \t]+(?:morning|afternoon|evening|night))?(?:,?[ \t]+(?P<wd_day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<wd_month>{MONTH_PATTERN})|,?[ \t]+(?P<wd_month2>{MONTH_PATTERN})[ \t]+(?P<wd_day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"|(?:on[ \t]+)?(?P<month1>{MONTH_PATTERN})[ \t]+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,[ \t]*(?P<year1>\d{{4}}))?"
    rf"|(?:on[ \t]+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month2>{MONTH_PATTERN})(?:[ \t]+(?P<year2>\d{{4}}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<relative>yesterday|today|tonight|this[ \t]+(?:morning|afternoon|evening)|last[ \t]+night|earlier[ \t]+today)"
    r"))\b",
    re.IGNORECASE,
)


def find_when(doc: Doc) -> When:
    return when_of(doc.sentences, doc.article.published)


def when_of(sentences: Sequence[Sentence], published: date | None) -> When:
    """The first dated phrase of the lead sentences that falls within a week of publication (the
    news event), else the first from at most two months before it, else the publication date."""
    first: When | None = None
    for sentence in sentences[:12]:
        for match in _DATE.finditer(sentence.text):
            if match["phrase"].isupper():
                continue  # "TODAY" in page furniture
            if match["weekday"] and (
                _CAPITAL_PART.search(match["phrase"]) or _TITLE_AFTER.match(sentence.text, match.end())
            ):
                continue  # "Saturday Night Live", "the Sunday Times": a title, not a day
            if match["relative"] and match["phrase"][:1].isupper() and sentence.text[: match.start()].strip(" \"'“‘"):
                continue  # "Radio 4's Today programme", "USA Today": capitalised inside a sentence, a title
            if _RELATIVE_CLAUSE.search(sentence.text, 0, match.start()):
                continue  # "Mr Trump, who won the election on Wednesday, said …": background
            if _PERIOD_END.search(sentence.text, max(0, match.start() - 30), match.start()):
                continue  # "in the 26 weeks to 27 September": the end of the period a firm reports on
            if _UNTIL.search(sentence.text, max(0, match.start() - 10), match.start()):
                continue  # "adjourned sentencing until Friday", "remanded until Monday": a day to come
            ahead = bool(match["weekday"]) and _AHEAD.search(_clause_before(sentence.text, match.start())) is not None
            day = resolve(match, published, ahead=ahead)
            if day is None and published is not None:
                continue
            found = When(date=day, text=match["phrase"].strip())
            if published is None or day is None or timedelta(0) <= published - day <= _RECENT:
                return found
            if published - day <= _BACKGROUND:  # a later date than publication says the metadata is off
                first = first or found
    return first or When(date=published, text=None)


def _clause_before(text: str, position: int) -> str:
    """The words of the clause that holds ``position``, up to it."""
    return re.split(r"[,;:]", text[:position])[-1]


def resolve(match: re.Match[str], published: date | None, *, ahead: bool = False) -> date | None:
    """The day ``match`` names; a weekday the clause puts ahead (``ahead``: "will begin on
    Thursday") is the next such day, any other the last one."""
    if match["iso"]:
        try:
            return date.fromisoformat(match["iso"])
        except ValueError:
            return None
    if match["month1"] or match["month2"] or match["wd_month"] or match["wd_month2"]:
        # an explicit date beats its weekday ("on Sunday, October 29")
        month = month_number(match["month1"] or match["month2"] or match["wd_month"] or match["wd_month2"])
        day = int(match["day1"] or match["day2"] or match["wd_day"] or match["wd_day2"])
        year = match["year1"] or match["year2"]
        if year:
            return safe_date(int(year), month, day)
        if published is None:
            return None
        candidate = safe_date(published.year, month, day)
        if candidate and candidate > published + timedelta(days=7):
            candidate = safe_date(published.year - 1, month, day)  # news prefers the past
        return candidate
    if published is None:
        return None
    if match["weekday"]:
        target = WEEKDAYS.index(match["weekday"].lower())
        if ahead:
            return published + timedelta(days=(target - published.weekday()) % 7)
        return published - timedelta(days=(published.weekday() - target) % 7)
    relative = " ".join(match["relative"].lower().split())
    if relative in ("yesterday", "last night"):
        return published - timedelta(days=1)
    return published
