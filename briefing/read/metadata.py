"""Metadata recovered from the front of an article's text: date lines, titles, wire datelines.

Everything matched here is *removed from the body* (``Article.body_start`` moves past it), so a
dateline such as ``WASHINGTON (AP) —`` never shows up inside a summary sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefing.nlp.dates import MONTH_PATTERN, month_number, parse_iso_date, safe_date
from briefing.nlp.letters import UPPER
from briefing.nlp.lexicon import is_first_name
from briefing.nlp.transcript import label_spans

_FIELD_LINE = re.compile(
    r"[ \t]*(?P<key>date|published|title|source|url|author)[ \t]*:[ \t]*(?P<value>[^\n]{1,500}?)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_DATE_FIELD = re.compile(
    r"[ \t]*(?:date|published)[ \t]*:?[ \t]+(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]{0,30})?[ \t]*", re.IGNORECASE
)
_YAML_BLOCK = re.compile(r"---[ \t]*\n(?P<body>(?:[^\n]{0,500}\n){0,60}?)---[ \t]*(?:\n|$)")
_YAML_LINE = re.compile(r"^[ \t]*(?P<key>[\w-]{1,40})[ \t]*:[ \t]*(?P<value>[^\n]{1,500})$", re.MULTILINE)
_MARKDOWN_TITLE = re.compile(r"[ \t]*#{1,2}[ \t]+(?P<title>[^\n]{1,300}?)[ \t#]*\n")
_TITLE_LINE = re.compile(r"[ \t]*(?P<title>[^\n]{3,200}?)[ \t]*\n[ \t]*\n")
_PASTED_TITLE = re.compile(r"[ \t]*(?P<title>[^\n]{3,160}?)[ \t]*\n(?=[ \t]*[A-Z\"“‘])")
_LEADING_SPACE = re.compile(r"\s*")

#: Agencies that follow the place without brackets ("Washington CNN —"), as CNN's pages print it.
_BARE_AGENCY = r"(?:CNN|CNN Business|CNN Sport)"
_PLACE_WORD = rf"(?!{_BARE_AGENCY}\b)[{UPPER}][\w.'’-]{{0,30}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})"
    rf"(?:/[{UPPER}]{{2}}[{UPPER} .'’-]{{0,30}}?(?!\w))?"  # "LONDON/BEIJING, Dec 1 (Reuters) -": filed from the first
    r"(?:[ \t]*\[(?P<country>[^\]\n]{2,40})\])?"
    rf"(?:,[ \t]*(?!{MONTH_PATTERN}[ \t]+\d)(?P<region>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}))?"
    rf"(?:,?[ \t]*(?:(?P<month>{MONTH_PATTERN})[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]*(?P<year>\d{{4}}))?"
    # "LONDON, 2 December 2026 /PRNewswire/ --": the day first, as British releases write it
    rf"|(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{MONTH_PATTERN})[ \t]+(?P<year2>\d{{4}})))?"
    r"[ \t]*(?:\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)"
    r"|/(?P<wire>[A-Za-z][\w .&-]{1,30})/"  # a press release's distributor: "/PRNewswire/"
    rf"|(?P<bare_agency>{_BARE_AGENCY}))?"
    # "Kathmandu, Nepal (CNN)Rescuers …": CNN's pages run the agency's bracket into the text
    r"(?:[ \t]*(?P<sep>:|--|—|–|-)[ \t]+|(?<=\))(?P<gap>[ \t]*)(?=[\"“‘A-Z]))"
)
#: The same as a page copied from a browser stacks it: "Washington\nCNN\n —\n".
_STACKED_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})[ \t]*\n\s*(?P<bare_agency>{_BARE_AGENCY})[ \t]*\n\s*"
    r"(?P<sep>—|–|--)[ \t]*\n\s*"
)


#: A wire service alone at the very start, as CNN and its partners file: "(CNN)They may …",
#: "(CNN) -- With …", "(The Hollywood Reporter)Stan Freberg …".
_AGENCY_OPENING = re.compile(
    r"\((?P<agency>[A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,3})\)[ \t]*(?:(?:--|—|–|-)[ \t]+)?(?=[\"“‘'A-Z0-9])"
)
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin))*"
#: A byline before the story: "By Jo Bloggs and Ann Lee" on a line of its own, or the dotted form
#: scraped from the Daily Mail ("By . Rob Cooper . PUBLISHED: . 03:53 EST, 23 July 2013 . | .
#: UPDATED: . 05:37 EST, 23 July 2013 ."), with the time stamps that follow it; the writer's job
#: may come first ("By business reporter Nassim Khadem", "By Home Affairs correspondent …").
#: The time stamps alone are furniture too ("PUBLISHED: 10:02 EST, 12 March 2015 | UPDATED: …").
_STAMP_LABEL = r"(?:PUBLISHED|UPDATED|Last updated at|Updated|Published|Posted)"
_STAMPS = (
    rf"(?:(?:\|[ \t]+(?:\.[ \t]+)?)?{_STAMP_LABEL}:?[ \t]+(?:\.[ \t]+)?"
    r"[^|.\n]{5,40}?[ \t]*(?:\.[ \t]+|\n\s*|(?=\|)|$))*"
)
#: The outlet's name on a line under the byline, before its stamp or a blank line ("By Jo Lee /
#: ABC News / Posted …").
_OUTLET_LINE = rf"(?:[A-Z][\w.&'’-]*(?:[ \t]+[A-Z0-9][\w.&'’-]*){{0,3}}[ \t]*\n(?=[ \t]*\n|\s*{_STAMP_LABEL})\s*)?"
#: The writer's desk in capitals before a job word ("By Home Affairs correspondent Dominic Casciani").
_DESK = r"(?:(?:[A-Z][\w'’&-]*[ \t]+){1,3}(?:correspondent|editor|reporter|writer|producer|analyst)[ \t]+)?"
_BYLINE = re.compile(
    rf"(?:By[ \t]+\.[ \t]+(?:(?:and[ \t]+)?{_NAME}[ \t]+\.[ \t]+)+"
    rf"|(?:\*\*|__|\*|_)?By[ \t]+(?:[a-z]+[ \t]+){{0,4}}{_DESK}{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NAME}){{0,3}}(?:,[ \t]*[^\n,.]{{1,40}})?[ \t]*\n\s*)"
    + _OUTLET_LINE
    + _STAMPS
)
_STAMP_DATES = (
    re.compile(rf"(?P<day>\d{{1,2}})[ \t]+(?P<month>{MONTH_PATTERN}),?[ \t]+(?P<year>\d{{4}})"),  # 3 Dec(,) 2026
    re.compile(rf"(?P<month>{MONTH_PATTERN})[ \t]+(?P<day>\d{{1,2}}),?[ \t]+(?P<year>\d{{4}})"),  # March 12, 2015
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),  # 2026-12-03
    # 04.12.2026: a dotted date is written day first wherever it is used
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
    # 12/31/2026: a slashed date whose first number is no month is American
    re.compile(r"(?<![\d/])(?P<month>\d{1,2})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>\d{4})(?![\d/])"),
    # 04/12/2026: otherwise day first, as most of the world writes it on a page's stamp
    re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])"),
)
_STAMPS_ALONE = re.compile(rf"(?={_STAMP_LABEL})" + _STAMPS)
#: A weekday before a stamp's date, whole or cut short ("Sun 1 Dec 2026", "Tuesday, May 20, 2025").
_WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?"
#: A page's date or time stamp on a line of its own near the top ("Nov. 30, 2026", "Updated 6:42
#: a.m. ET", "Published 30 November 2026, 10:02 GMT", "Updated 9:42 AM EST, Mon December 1, 2026", "TNN | Dec 1, 2026, 11.42 PM IST",
#: "Philippine Daily Inquirer / 05:40 AM December 01, 2026", "KYODO NEWS - Dec 3, 2026 - 19:45 | Politics", "Posted : 2026-12-03 17:21", "Published On 2 Dec 2026", "3 Dec, 2026 05:00 AM", "CBC News ·
#: Posted: Dec 02, 2026 4:12 PM PT | Last Updated: 3 hours ago"), as text
#: copied from a news page has it.
_DATE_LINE = re.compile(
    # after an agency or the paper's name ("TNN | …", "Philippine Daily Inquirer / 05:40 AM …")
    r"^[ \t]*(?:(?:[A-Z][\w.&'’-]*[ \t]+){0,4}[A-Z][\w.&'’-]*[ \t]*(?:[|/·•]|[ \t][-–—])[ \t]*)?"
    rf"(?:(?:{_STAMP_LABEL}|Date)[ \t]*:?[ \t]+(?:[Oo]n:?[ \t]+)?)?(?:{_WEEKDAY_SHORT}\.?,?[ \t]+)?"  # "Published On 2 Dec 2026"
    # a time may come first ("Published: 8:15pm, 30 Nov 2026"), with its zone and the weekday
    # ("Updated 9:42 AM EST, Mon December 1, 2026")
    r"(?:\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|AM|PM|a\.m\.|p\.m\.)?(?:[ \t]+[A-Z]{2,4})?,?[ \t]+"
    rf"(?:{_WEEKDAY_SHORT}\.?,?[ \t]+)?)?"
    rf"(?:(?:{MONTH_PATTERN}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{MONTH_PATTERN},?[ \t]+\d{{4}})"
    # "Posted: Dec 1, 2026 / 06:14 AM PST", "Tue Dec 01 2026 - 18:40"
    r"(?:,?[ \t]+(?:at[ \t]+|[/–—-][ \t]+)?\d{1,2}[:.]\d{2}[^\n]{0,20})?"
    r"|\d{1,2}[:.]\d{2}[ \t]*(?:a\.m\.|p\.m\.|am|pm)?(?:[ \t]+[A-Z]{2,4})?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"  # "Date 04.12.2026", as DW dates a story: the day first
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)"  # "Posted : 2026-12-03 17:21"
    # "… 4:12 PM PT | Last Updated: 3 hours ago": a second stamp after a bar
    rf"(?:[ \t]*\|[ \t]*(?:Last[ \t]+)?{_STAMP_LABEL}:?[^\n]{{0,40}})?[ \t]*(?:\n|$)",
    re.MULTILINE,
)
_DATE_LINE_REACH = 2000
#: The share of a line's longer words that title case capitalises.
_TITLE_CASE_SHARE = 0.8
#: A pasted first line of fewer words, followed by a longer headline-like line, is a section label.
_SECTION_WORDS = 3

_LATE_REACH = 250
#: The most words of a page's label line before a late dateline.
_DEBRIS_WORDS = 6
_SHOUTING = re.compile(r"(?<![\w.])(?:[A-Z]{2,3}\.[ ])?[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2}(?=[ ,(]|\s*(?:--|—|–))")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


@dataclass(frozen=True)
class FrontMatter:
    """What the front of a text told us, and where the story itself begins."""

    body_start: int
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    dateline_country: str | None = None
    dateline_region: str | None = None  # "Ala." in "BIRMINGHAM, Ala. (AP) —"
    author: str | None = None
    #: (month, day) of a wire dateline that gives no year ("SINGAPORE, Dec 2 (Reuters) -"): the
    #: wire files the day's copy, so the reader dates it by the day it reads it.
    dateline_day: tuple[int, int] | None = None


def read_front_matter(text: str, *, has_title: bool = False, known_title: str | None = None) -> FrontMatter:
    """Strip and parse metadata lines, a title line and a wire dateline from the start of ``text``.

    ``known_title``, the title the caller already has, is skipped where the text repeats it
    first (scraped pages often start with the headline, glued to the lead).
    """
    fields: dict[str, str] = {}
    position = _LEADING_SPACE.match(text).end()
    yaml = _YAML_BLOCK.match(text, position)
    if yaml:  # Markdown front matter: "---", "title: …", "date: …", "---"
        for line in _YAML_LINE.finditer(yaml["body"]):
            fields.setdefault(line["key"].lower(), line["value"].strip().strip("\"'"))
        position = _LEADING_SPACE.match(text, yaml.end()).end()
    while True:
        match = _DATE_FIELD.match(text, position)
        if match and "date" not in fields:
            # ``date 2025-05-20 Moscow [Russia], May 20 : ...``: the date may share its line.
            fields["date"] = match["iso"]
            position = _LEADING_SPACE.match(text, match.end()).end()
            continue
        match = _FIELD_LINE.match(text, position)
        if not match or match["key"].lower() in fields:
            break
        fields[match["key"].lower()] = match["value"]
        position = _LEADING_SPACE.match(text, match.end()).end()

    credit = _FROM_OUTLET.match(text, position)
    if credit and (_dateline(text, _LEADING_SPACE.match(text, credit.end()).end()) or has_title):
        # "From the Hindustan Times" over a dateline: the paper the story comes from, no headline
        fields.setdefault("source", credit["outlet"])
        position = _LEADING_SPACE.match(text, credit.end()).end()
    title = fields.get("title")
    if title is None and not has_title and not _STACKED_DATELINE.match(text, position):
        match = _MARKDOWN_TITLE.match(text, position) or _title_line(text, position)
        if match:
            title = match["title"].strip()
            position = _LEADING_SPACE.match(text, match.end()).end()
    heading = _MARKDOWN_TITLE.match(text, position)
    if heading and title and heading["title"].strip().lower() == title.lower():
        position = _LEADING_SPACE.match(text, heading.end()).end()  # the front matter's title again

    known_title = known_title or title  # the front matter's title may open the text too
    if known_title and len(known_title.split()) >= 3 and text.startswith(known_title.strip(), position):
        after = position + len(known_title.strip())
        if after == len(text) or text[after].isspace():
            position = _LEADING_SPACE.match(text, after).end()
    stated = fields.get("date") or fields.get("published") or ""
    published = parse_iso_date(stated) or stamp_date(stated)
    byline = _BYLINE.match(text, position) or _STAMPS_ALONE.match(text, position)
    if byline:
        position = _LEADING_SPACE.match(text, byline.end()).end()
        published = published or stamp_date(byline.group())
    agency = _AGENCY_OPENING.match(text, position)
    if agency:
        fields.setdefault("source", agency["agency"])
        position = agency.end()
    dateline = country = day_of_year = None
    match = None if agency else _dateline(text, position) or _late_dateline(text, position)
    if match is None and not agency:
        match = _STACKED_DATELINE.match(text, position)
    if match:
        dateline = _place_name(match)
        country = match["country"] if "country" in match.re.groupindex else None
        if published is None and "month2" in match.re.groupindex and match["month2"]:
            published = safe_date(int(match["year2"]), month_number(match["month2"]), int(match["day2"]))
        if published is None and "month" in match.re.groupindex and match["month"]:
            if match["year"]:
                published = safe_date(int(match["year"]), month_number(match["month"]), int(match["day"]))
            else:
                day_of_year = (month_number(match["month"]), int(match["day"]))
        position = match.end()
    return FrontMatter(
        body_start=position,
        title=title,
        published=published,
        source=fields.get("source") or (_agency(match) if match else None),
        url=fields.get("url"),
        dateline=dateline,
        dateline_country=country.strip() if country else None,
        dateline_region=match["region"] if match and "region" in match.re.groupindex else None,
        author=fields.get("author") or (byline_writers(byline.group()) if byline else None),
        dateline_day=day_of_year if published is None else None,
    )


def date_lines(text: str) -> tuple[str, date | None]:
    """``text`` without the date and time stamp lines near its top, and the first date they give."""
    found: date | None = None
    kept: list[str] = []
    position = 0
    for line in _DATE_LINE.finditer(text, 0, min(len(text), _DATE_LINE_REACH)):
        found = found or stamp_date(line.group())
        kept.append(text[position : line.start()])
        position = line.end()
    return ("".join(kept) + text[position:], found) if kept else (text, None)


def stamp_date(text: str) -> date | None:
    """The day of a time stamp ("10:02 EST, 12 March 2015", "March 12, 2015 5:02 PM")."""
    for pattern in _STAMP_DATES:
        stamp = pattern.search(text)
        if stamp:
            month = stamp["month"]
            return safe_date(
                int(stamp["year"]), int(month) if month.isdigit() else month_number(month), int(stamp["day"])
            )
    return None


_WRITER = re.compile(_NAME)


def byline_writers(byline: str) -> str | None:
    """The writers a byline names ("By Jo Bloggs and Ann Lee"; not the desk of "By Home Affairs
    correspondent Dominic Casciani", nor its stamps), joined by "; "."""
    names = [name for name in _WRITER.findall(byline.replace("By ", " ")) if is_first_name(name.split()[0])]
    return "; ".join(name for name in names if len(name.split()) >= 2) or None


#: A line that credits the outlet a story comes from: "From the Hindustan Times".
_FROM_OUTLET = re.compile(
    r"From[ \t]+(?:the[ \t]+)?(?P<outlet>[A-Z][\w&.'’-]*+(?:[ \t]+[A-Z][\w&.'’-]*+){0,4})[ \t]*\n"
)


def _title_line(text: str, position: int) -> re.Match[str] | None:
    """A short first line followed by a blank line and not ending like a sentence is a title; so
    is a shorter one followed by a line that opens with a capital, as text copied from a page
    comes ("Thousands queue for free bus passes in Cardiff\nPublished\n…")."""
    if _BYLINE.match(text, position):
        return None
    labels = label_spans(text, position)
    if labels and not text[position : labels[0][0]].strip():
        return None  # "BLITZER: Joining us now, Senator Chris Murphy.": a transcript's first turn
    match = _TITLE_LINE.match(text, position)
    words = 25
    if match is None:
        match, words = _PASTED_TITLE.match(text, position), 20
    if match is None:
        return None
    if not _titleish(match["title"], words):
        return None
    if len(match["title"].split()) < _SECTION_WORDS:
        # "World\nUkraine Strikes Russian Oil Refinery as Talks Stall\n…": a section label, then the
        # headline; or the outlet's name over it ("Al Jazeera\n\nSudan's RSF claims control of …")
        following = _PASTED_TITLE.match(text, match.end()) or _TITLE_LINE.match(text, match.end())
        if following and len(following["title"].split()) >= _SECTION_WORDS and _titleish(following["title"], words):
            return following
    return match


def _titleish(title: str, words: int) -> bool:
    ended = title.endswith((".", ":", ",", ";")) and not (title.endswith(".") and _title_case(title))
    # a headline may open on a quotation: "'I thought I was going to die': Gran, 71, tells …"
    return not ended and len(title.split()) <= words and title.lstrip("'\"‘“")[:1].isupper()


def _title_case(line: str) -> bool:
    """ "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.": a
    headline in title case, though an archive gave it a full stop; a sentence capitalises a few
    names, not most of its words."""
    words = [w.strip("‘’'\"“”(),.:") for w in line.split()]
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= _TITLE_CASE_SHARE * len(long)


def dateline_at(text: str, position: int) -> bool:
    """Whether a wire dateline opens ``text`` at ``position`` ("BEIJING — ", "Moscow [Russia], May 20 :")."""
    return _dateline(text, position) is not None


def _dateline(text: str, position: int) -> re.Match[str] | None:
    match = _DATELINE.match(text, position)
    if not match:
        return None
    place = match["place"]
    shouting = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    marked = (
        match["country"]
        or match["month"]
        or match["month2"]
        or match["agency"]
        or match["bare_agency"]
        or match["wire"]
    )
    if match["gap"] and not (shouting or match["month"] or match["month2"]):
        return None  # "Chennai, Nov 12 (IANS) Tamil Nadu …", but not any name with a bracket after it
    if match["sep"] == ":" and label_spans(text, position):
        return None  # "BLITZER: Joining us now …": a transcript's speaker, not where it was filed
    town = match["sep"] in (":", "—", "–", "--") and _town(place)  # "Accra: …", "Lagos — The …"
    if not (shouting or marked or town):
        return None  # "Accra: The Minister …" opening the story is where it was filed
    if match["sep"] == "-" and not (shouting or match["agency"] or match["bare_agency"] or match["month"]):
        return None  # but "Canberra, Sept 2 - Australia will …" is a dateline
    return match


def _town(name: str) -> bool:
    from briefing.nlp.lexicon import place  # the gazetteer loads only for a dateline in title case

    entry = place(name)
    return entry is not None and entry.kind == "city"


def _late_dateline(text: str, position: int) -> re.Match[str] | None:
    """A shouting dateline after web-page debris ("Photo LONDON -- ", "… By Jo Bloggs WASHINGTON,
    Nov 6 (Reuters) - "): accepted only within the first line and before any full sentence."""
    window = text[position : position + _LATE_REACH]
    for found in _SHOUTING.finditer(window):
        before = window[: found.start()]
        if _SENTENCE_END.search(window, 0, found.start()) or ("\n" in before and not _debris_lines(before)):
            return None
        match = _DATELINE.match(text, position + found.start())
        if match and match["place"].isupper() and (match["sep"] != "-" or match["agency"]):
            return match
    return None


def _debris_lines(before: str) -> bool:
    """Whole short lines before a dateline ("Heard on Morning Edition", "Listen · 3:45") are a
    page's labels, not the story: the dateline opens a line of its own after them."""
    *lines, rest = before.split("\n")
    return not rest.strip() and all(len(line.split()) <= _DEBRIS_WORDS for line in lines)


def _agency(match: re.Match[str]) -> str | None:
    agency = match["agency"] if "agency" in match.re.groupindex else None
    wire = match["wire"] if "wire" in match.re.groupindex else None
    return agency or wire or match["bare_agency"]


def _place_name(match: re.Match[str]) -> str:
    place = match["place"]
    if place.isupper():
        place = " ".join(part.capitalize() if len(part) > 2 or "." not in part else part for part in place.split())
    return place
