"""Temporal expressions: finding them in text and parsing explicit dates.

Resolving what an expression means (which Monday, which October) needs the publication date;
that reasoning lives in `dating.py`.
"""

from __future__ import annotations

import re

from dateutil import parser as dateutil_parser

from libtalks.models import CalendarDate, DateSpan

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
# "Monday October 19, 2020", "Oct. 23", "November 9th", "23 October 2020", "2020-11-02".
CALENDAR_DATE = re.compile(
    rf"(?:(?:{WEEKDAY}),?\s+)?(?:{MONTH}\s+{DAY}(?![\d:])(?:,?\s+{YEAR})?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?"
    rf"|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?"
    rf"|Dec(?:ember)?)\.?(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b"
)
_TIME = (
    r"(?:\s*(?:at|,|-|\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?)?"
)
_STAMP_PREFIX = re.compile(
    r"^(?:(?:published|updated|posted|last updated|date)\s*(?:on|:)?\s*)", re.IGNORECASE
)


def parse_calendar(match: re.Match[str]) -> CalendarDate | None:
    """The CalendarDate a CALENDAR_DATE match stands for, or None if no such day exists."""
    groups = match.groupdict()
    if groups["iso"]:
        year, month, day = (int(part) for part in groups["iso"].split("-"))
    else:
        month_name = (groups["month"] or groups["month2"]).lower().rstrip(".")
        month = MONTHS[month_name]
        day = int(groups["day"] or groups["day2"])
        year_text = groups["year"] or groups["year2"]
        year = int(year_text) if year_text else None
    weekday = WEEKDAYS[groups["weekday"].lower()] if groups["weekday"] else None
    if not 1 <= day <= 31:
        return None
    found = CalendarDate(month, day, year, weekday, match.group().strip())
    if year is not None and found.to_date() is None:
        return None
    if (year is None and month == 2 and day > 29) or (year is None and day > 31):
        return None
    return found


def timestamp_line(line: str) -> CalendarDate | None:
    """A line that is nothing but a date, a time and perhaps a section name:
    "Jul 18, 2022 | Section", "July 20, 2022 at 9:22 am", "Published: 2 Nov 2020"."""
    first = line.split("|")[0].strip()
    if len(line.split("|")) > 1 and any(len(part.split()) > 4 for part in line.split("|")[1:]):
        return None
    first = _STAMP_PREFIX.sub("", first)
    match = CALENDAR_DATE.match(first)
    if not match or not re.fullmatch(_TIME + r"\s*", first[match.end() :]):
        return None
    return parse_calendar(match)


def parse_metadata_date(value: str) -> DateSpan | None:
    """A date given as metadata (ISO 8601, "2020-11-02 10:00:00", "Nov 2, 2020")."""
    value = value.strip()
    if not value:
        return None
    evidence = (f"metadata: {value!r}",)
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return DateSpan.year(int(value), evidence)
    if re.fullmatch(r"(?:19|20)\d\d-[01]\d", value):
        return DateSpan.month(int(value[:4]), int(value[5:7]), evidence)
    stamp = timestamp_line(value)
    if stamp and stamp.year:
        day = stamp.to_date()
        return DateSpan.day(day, evidence) if day else None
    if not re.search(r"(?:19|20)\d\d", value):
        return None  # a day without its year is not a publication date
    try:
        parsed = dateutil_parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            parsed = dateutil_parser.parse(value)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return DateSpan.day(parsed.date(), evidence)
