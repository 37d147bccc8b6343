"""Temporal expressions: finding them in text and parsing explicit dates.

Resolving what an expression means (which Monday, which October) needs the publication date;
that reasoning lives in `dating.py`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from libtalks.lexicon import NUMBER_WORDS
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
# A weekday before a date may be cut short in a date line ("Mon 19 Oct 2020").
_DATE_WEEKDAY = (r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?"
                 r"|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?")  # fmt: skip
# "Monday October 19, 2020", "Oct. 23", "November 9th", "23 October 2020", "the 23rd of
# October", "2020-11-02", "Oct 04,2020".
CALENDAR_DATE = re.compile(
    rf"(?:{_DATE_WEEKDAY},?\s+)?(?:(?:{MONTH}\s+{DAY}(?![\d:])(?:(?:,\s*|\s+){YEAR})?"
    rf"|(?P<day2>[0-3]?\d)(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+"
    rf"(?P<month2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    rf"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    rf"(?:(?:\s*,\s*|\s+)(?P<year2>(?:19|20)\d\d))?)\b"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?=T\d|\b))"
)
# What may follow the date on a date line: a time ("at 9:22 am", "/ 2:05 PM / UTC",
# "5:20 PM GMT+1", "T14:05:00Z"), an update or the author ("/ UPDATED 2 YEARS AGO",
# "by admin", "- Update : 14.05.2031", "- 11:57Modified: 23/10/2020" as pages glue it), or a
# section's name in title case ("30 June 2022 Peace and Security").
_STAMP_REST = re.compile(
    r"(?:\s*(?:at|,|:|-|\||/|·|•)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*/?\s*[a-z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?"
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"(?:\s*[/|,-]?\s*(?:(?:updated?|modified)\b.*|by\s+\S.{0,40}))?"
    r"(?-i:\s+[A-Z][\w’'-]*(?:\s+(?:and|&|of|[A-Z][\w’'-]*)){0,3})?\s*",
    re.IGNORECASE,
)
# A weekday before a date in figures: "Friday 23/10/2020".
_WEEKDAY_BEFORE_FIGURES = re.compile(rf"{_DATE_WEEKDAY},?\s+(?=\d)")
# What parts a date line's fields: a bar, or a dash with a space on each side ("23 October
# 2020 - Peace and Security"; not the hyphen of "2020-10-23").
STAMP_FIELDS = re.compile(r"\s*\|\s*|\s+[-–—]\s+")
_STAMP_PREFIX = re.compile(
    r"^(?:(?:(?:first |last )?(?:published|publication|updated|update|posted|issued|modified)"
    r"(?:\s+date\b)?|(?:(?:report|release|article|story)\s+)?date(?:\s+published\b)?)"
    r"\s*(?:on\b)?\s*:?\s*"
    # or the time before the date: "13:45 GMT 26.12.2020"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[a-z]{2,4}(?:[+-]\d{1,2})?\s*)?,?\s+(?=\d|[a-z]))",
    re.IGNORECASE,
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


# A date in figures: "29.09.2020", "03/11/2020", "2020/11/03". Dots and hyphens put the day
# first, as the countries writing them do; with slashes the order is a country's habit, so
# "03/11/2020" is 3 November or 11 March unless one of its numbers is above 12.
NUMERIC_DATE = re.compile(
    r"(?P<first>[0-3]?\d)(?P<separator>[./-])(?P<second>[0-3]?\d)(?P=separator)"
    r"(?P<year>(?:19|20)\d\d)\b|(?P<year_first>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b"
)


_NUMERIC_CORE = re.compile(r"\d[./-]\d")  # what every NUMERIC_DATE holds, found faster


def numeric_readings(match: re.Match[str]) -> tuple[CalendarDate, ...]:
    """The days a NUMERIC_DATE match may mean: one, or two when day and month may swap."""
    text = match.group()
    if match["year_first"]:
        orders = [(int(match["month"]), int(match["day"]), int(match["year_first"]))]
    else:
        first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
        orders = [(second, first, year)]
        if match["separator"] == "/" and first != second:
            orders.append((first, second, year))
    readings = (CalendarDate(month, day, year, None, text) for month, day, year in orders)
    return tuple(reading for reading in readings if reading.to_date() is not None)


def timestamp_line(line: str) -> tuple[CalendarDate, ...]:
    """What a line that is nothing but a date, perhaps with a time and short fields (a section,
    a site, a byline) between bars or spaced dashes, may mean: "Jul 18, 2022 | Section", "July
    20, 2022 at 9:22 am", "Published: 2 Nov 2020", "Analysis | Site | Dec 2, 2020", "Name
    |29.09.2020", "23 October 2020 - Peace and Security". Empty when the line is not one; two
    readings when a numeric date's order is unknown."""
    fields = [_STAMP_PREFIX.sub("", field.strip()) for field in STAMP_FIELDS.split(line)]
    fields = [field.title() if field.isupper() else field for field in fields]  # "OCTOBER 19"
    for at, field in enumerate(fields):
        match = CALENDAR_DATE.match(field)
        weekday = _WEEKDAY_BEFORE_FIGURES.match(field)
        readings: tuple[CalendarDate, ...] = ()
        if match:
            parsed = parse_calendar(match)
            readings = (parsed,) if parsed else ()
        elif match := NUMERIC_DATE.match(field, weekday.end() if weekday else 0):
            readings = _on_weekday(numeric_readings(match), weekday)
        if match and _STAMP_REST.fullmatch(field, match.end()):
            others = fields[:at] + fields[at + 1 :]
            return () if any(len(other.split()) > 4 for other in others) else readings
    return ()


def _on_weekday(
    readings: tuple[CalendarDate, ...], weekday: re.Match[str] | None
) -> tuple[CalendarDate, ...]:
    """The readings of a date in figures that fall on the weekday written before it
    ("Wednesday 07/06/2023" is 7 June, not 6 July); all of them when none does."""
    if weekday is None:
        return readings
    number = WEEKDAYS[weekday["weekday"].lower()]
    kept = tuple(r for r in readings if (day := r.to_date()) and day.weekday() == number)
    return kept or readings


# A date in a report's web address: "/2020/10/23/", "/2018/nov/13/", "/2020-10/23/",
# "/2020-10-23/", "/en/20201023-libya-..."; or its month alone, "/2020/10/slug".
_YEAR, _MONTH, _DAY = (
    r"(?P<year>(?:19|20)\d\d)",
    r"(?P<month>0?[1-9]|1[0-2]|[a-z]{3,9})",
    r"(?P<day>[0-3]?\d)",
)
URL_DATES = (
    re.compile(rf"/{_YEAR}[/-]{_MONTH}[/-]{_DAY}(?=[/_.-]|$)"),
    re.compile(rf"/{_YEAR}(?P<month>0[1-9]|1[0-2])(?P<day>[0-3]\d)(?=[-_/])"),
)
URL_MONTH = re.compile(rf"/{_YEAR}/(?P<month>0[1-9]|1[0-2])/")


def url_date(url: str) -> DateSpan | None:
    """The day (or the month) a report's web address gives, if it gives one."""
    evidence = (f"the date in its address: {url!r}",)
    for pattern in URL_DATES:
        if match := pattern.search(url):
            written = match["month"]
            month = int(written) if written.isdigit() else MONTHS.get(written)
            try:
                day = date(int(match["year"]), month or 0, int(match["day"]))
            except ValueError:  # no month's name, or no such day
                return None
            return DateSpan.day(day, evidence)
    if match := URL_MONTH.search(url):
        return DateSpan.month(int(match["year"]), int(match["month"]), evidence)
    return None


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
    readings = timestamp_line(value)
    if len(readings) > 1:
        return None  # "03/11/2020": which day it is, the text must tell (see anatomy.py)
    if readings and readings[0].year:
        day = readings[0].to_date()
        return DateSpan.day(day, evidence) if day else None
    if not re.search(r"(?:19|20)\d\d", value):
        return None  # a day without its year is not a publication date
    from dateutil import parser as dateutil_parser  # 70 ms to import: only when needed

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


@dataclass(frozen=True)
class Expression:
    """A temporal expression found in a sentence, before it is resolved to days.

    kind: calendar ("Oct. 23", "Monday October 19, 2020"), month_year ("April 2019"),
    month ("in June"), year ("since 2011"), weekday ("began Monday"), relative ("last month",
    "a month ago", "this summer"), offset ("less than two weeks after"), duration ("three-day").
    A month named with a part of it ("early November", "mid-October 2020", "late last month")
    has that part as its qualifier (MONTH_PARTS). monthday: a day of the month alone ("on the
    2nd"), of the month of writing or one beside it.
    """

    kind: str
    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # day, week, month, year or a season name; "year" for a month
    # or date whose year is told from the year of writing ("in October last year")
    amount: int = 0  # relative, year told: -1 last, 0 this, +1 next; ago/offset/duration: units
    qualifier: str | None = None  # earlier/later, less/more/about, ago; for weekdays last,
    # next, this or deadline ("until Tuesday")


_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)"
_UNIT = r"(?:day|week|month|year)"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(?:of\s+)?{YEAR}\b")
_RELATIVE = re.compile(
    r"\b(?:(?P<qualifier>earlier|later)\s+|(?P<part>early|mid|late)(?:\s+|-)(?=\w+\s+month\b))?"
    r"(?P<which>this|last|next|past)\s+(?P<unit>week|month|year|summer|spring|autumn|fall|weekend)"
    r"\b",
    re.IGNORECASE,
)  # "later this year"; a part of a month told from the writing: "late last month"
# The weekend next to the day of writing, past or to come by the tense: "met over the weekend".
_THE_WEEKEND = re.compile(r"\b(?:over|at|during|on) the weekend\b", re.IGNORECASE)
_AGO = re.compile(rf"\b(?P<number>{_NUMBER})\s+(?P<unit>{_UNIT})s?\s+ago\b", re.IGNORECASE)
_DEICTIC = re.compile(
    r"\b(?P<word>yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# The day each counts from the day of writing: "this morning" and "tonight" are that day.
_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_OFFSET = re.compile(
    rf"\b(?:(?P<bound>less than|more than|nearly|almost|about|just|some|over|under)\s+)?"
    rf"(?:(?P<number>{_NUMBER})\s+)?(?P<unit>{_UNIT})(?P<plural>s)?\s+(?P<relation>after|since)\b",
    re.IGNORECASE,
)
# What every offset holds, found far faster than the offset itself: a unit, then after/since.
_OFFSET_CORE = re.compile(rf"{_UNIT}s?\s+(?:after|since)\b")  # on lowercased text
_DURATION = re.compile(
    rf"\b(?:(?P<number>{_NUMBER})-(?P<unit>{_UNIT})|(?P<long>year|years|months|weeks|days|decade)"
    r"-?long)\b",
    re.IGNORECASE,
)
# A weekday as a time limit ("asked for time until Tuesday", "must leave by Friday") may lie
# after the day of writing even in a sentence in the past tense.
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:(?P<which>last|next|this)\s+)?{WEEKDAY}\b")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
_MONTH_NAME_CORE = re.compile("|".join(MONTH_NAMES))  # on lowercased text
_BARE_MONTH = re.compile(
    r"\b(?:mid-|(?:in|since|until|by|from|during|early|late|mid|last|next|this|through)\s+)"
    rf"(?P<month>{'|'.join(MONTH_NAMES)})\b(?!\s+\d)",
    re.IGNORECASE,
)
# The part of a month a word before it names (the expression's qualifier): "early November" its
# first ten days, "mid-October" the next ten, "late March" the rest.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_MONTH_PART = re.compile(r"\b(?P<part>early|mid|late)(?:\s+|-)$", re.IGNORECASE)
# A span of weekdays: "from Monday to Wednesday", "from Sunday through Tuesday".
_SPAN_LINK = r"\s+(?:to|until|till|through|thru)\s+"
_SPAN_OPENS = re.compile(r"\bfrom\s+$")
_SPAN_TO_WEEKDAY = re.compile(_SPAN_LINK + WEEKDAY)
_SPAN_CLOSES = re.compile(r"\bfrom\s+" + WEEKDAY + _SPAN_LINK + "$")
# A day of the month alone, the month being the writing's or near it: "met on the 2nd", "since
# the 28th", "met on the 22nd and agreed" (not "the 3rd of March", a date; nor "the 5th round",
# "the 20th anniversary", "the 3rd and 4th rounds": a word after it must link a clause).
_MONTH_DAY = re.compile(
    r"\b(?:on|since|by|until|till|from|before|after)\s+the\s+"
    r"(?P<day>[12]?[1-9]|[123]0|31)(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\b|and\s+\d|(?!(?:and|or|but|in|at|with|when|while|to|for|as|where)\b)[A-Za-z]))"
)
# A year told from the year of writing, after a month or a date: "in October last year",
# "on 23 June of next year".
_YEAR_TOLD = re.compile(r",?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
_YEAR_TOLD_AMOUNT = {"last": -1, "this": 0, "next": 1}
_DIGIT = re.compile(r"\d")
# What every date in figures and words holds, found far faster than the dates themselves: a
# month's first letters, or an ISO date's "-MM-".
_DATE_CORE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d-[01]\d-")
# A span of days: "from 7 to 9 September 2020", "7-9 September", "September 7-9, 2020",
# "from September 28 through 30", "the 19th and 20th of October". Its first day takes the month
# and year written after the last.
_RANGE_DAY_FIRST = re.compile(
    r"\b(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through|thru)\s*"
    r"(?=[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Z][a-z]{2})"
)
# What every span holds, found far faster than the spans themselves: two numbers, linked.
_RANGE_CORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through|thru)\s*\d")
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*$")
_RANGE_MONTH_FIRST = re.compile(
    rf"\b{MONTH}\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through|thru)\s*"
    rf"(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[:.]\d|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    rf"|Oct|Nov|Dec))(?:,?\s+{YEAR})?"
)
_YEAR = re.compile(r"(?<![\d,.$£€-])\b(?P<year>(?:19|20)\d\d)\b(?![\d,]\d|%| ?km| ?people)")
# Each duration word and how many months it spans, as (fewest, most).
LONG_DURATIONS = {"year": (9, 15), "years": (18, 60), "months": (2, 11), "weeks": (0, 2),
                  "days": (0, 0), "decade": (96, 144)}  # fmt: skip


def _number(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def _claim_ranges(sentence: str, claim: Callable[..., None]) -> None:
    """A span's first and last days as two calendar expressions, "from" and "until" it."""
    for match in _RANGE_DAY_FIRST.finditer(sentence):
        if _MONTH_BEFORE.search(sentence, 0, match.start()):
            continue  # "on Aug. 12 and 14 September": two dates, not a span
        last = CALENDAR_DATE.match(sentence, match.end())
        parsed = parse_calendar(last) if last else None
        if parsed and 1 <= int(match["first"]) < parsed.day:
            claim(match, "calendar", year=parsed.year, month=parsed.month,
                  day=int(match["first"]), qualifier="from", span=match.span("first"))  # fmt: skip
            claim(last, "calendar", year=parsed.year, month=parsed.month, day=parsed.day,
                  weekday=parsed.weekday, qualifier="until")  # fmt: skip
    for match in _RANGE_MONTH_FIRST.finditer(sentence):
        month = MONTHS[match["month"].lower().rstrip(".")]
        year = int(match["year"]) if match["year"] else None
        first, last = int(match["first"]), int(match["last"])
        # a leap year when none is written: 29 February may be a day of it
        if 1 <= first < last <= calendar.monthrange(year or 2000, month)[1]:
            claim(match, "calendar", year=year, month=month, day=first, qualifier="from",
                  span=(match.start(), match.end("first")))  # fmt: skip
            claim(match, "calendar", year=year, month=month, day=last, qualifier="until",
                  span=(match.start("last"), match.end()))  # fmt: skip


def _weekday_span_end(sentence: str, match: re.Match[str]) -> str | None:
    """ "from" or "until" for a weekday that opens or closes a span of weekdays ("from Monday
    to Wednesday", "from Monday through Wednesday"), else None."""
    if _SPAN_OPENS.search(sentence, 0, match.start()) and _SPAN_TO_WEEKDAY.match(
        sentence, match.end()
    ):
        return "from"
    if _SPAN_CLOSES.search(sentence, 0, match.start()):
        return "until"
    return None


def _month_part(sentence: str, match: re.Match[str]) -> tuple[int, str | None]:
    """Where a month's expression starts with the part of it named before ("early November":
    MONTH_PARTS), and that part, if any."""
    part = _MONTH_PART.search(sentence, max(0, match.start("month") - 6), match.start("month"))
    return (part.start(), part["part"].lower()) if part else (match.start(), None)


def find_expressions(sentence: str) -> list[Expression]:
    """Every temporal expression in a sentence, left to right, none overlapping another."""
    found: list[Expression] = []
    taken: list[tuple[int, int]] = []

    def claim(match: re.Match[str], kind: str, span: tuple[int, int] | None = None,
              **fields) -> None:  # fmt: skip
        start, end = span or match.span()
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append(Expression(kind, sentence[start:end].strip(), start, end, **fields))

    # A pattern is run only on a sentence holding a word it needs: most sentences hold none.
    lower = sentence.lower()
    digits = _DIGIT.search(sentence) is not None

    def holds(*words: str) -> bool:
        return any(word in lower for word in words)

    def claim_dated(match: re.Match[str], kind: str, **fields) -> None:
        """A month or a date, with the year told after it when it is ("last year")."""
        told = _YEAR_TOLD.match(sentence, match.end()) if " year" in lower else None
        if told and fields.get("year") is None:
            fields.update(unit="year", amount=_YEAR_TOLD_AMOUNT[told["which"].lower()])
            claim(match, kind, span=(match.start(), told.end()), **fields)
        else:
            claim(match, kind, **fields)

    if digits and _DATE_CORE.search(sentence):
        if _RANGE_CORE.search(sentence):
            _claim_ranges(sentence, claim)
        for match in CALENDAR_DATE.finditer(sentence):
            parsed = parse_calendar(match)
            if parsed:
                claim_dated(match, "calendar", year=parsed.year, month=parsed.month,
                            day=parsed.day, weekday=parsed.weekday)  # fmt: skip
        for match in _MONTH_YEAR.finditer(sentence):
            start, part = _month_part(sentence, match)
            claim(match, "month_year", year=int(match["year"]), qualifier=part,
                  month=MONTHS[match["month"].lower().rstrip(".")],
                  span=(start, match.end()))  # fmt: skip
    if digits and _NUMERIC_CORE.search(sentence):
        for match in NUMERIC_DATE.finditer(sentence):
            # "on 12.10.2021"; "03/11/2020" may mean two days, and the text names neither
            if len(readings := numeric_readings(match)) == 1:
                claim(match, "calendar", year=readings[0].year, month=readings[0].month,
                      day=readings[0].day)  # fmt: skip
    if _OFFSET_CORE.search(lower):
        for match in _OFFSET.finditer(sentence):
            if match["number"] or match["plural"]:
                bound = (match["bound"] or "").lower() or None
                claim(match, "offset", unit=match["unit"].lower(),
                      amount=_number(match["number"]),
                      qualifier=bound if match["number"] else "several")  # fmt: skip
    if holds("ago"):
        for match in _AGO.finditer(sentence):
            claim(match, "relative", unit=match["unit"].lower(),
                  amount=-_number(match["number"]), qualifier="ago")  # fmt: skip
    if _MONTH_NAME_CORE.search(lower):
        for match in _BARE_MONTH.finditer(sentence):
            name = match["month"]
            if name == "May" or name[0].isupper():
                _, part = _month_part(sentence, match)
                claim_dated(match, "month", month=MONTHS[name.lower()], qualifier=part)
    if holds("this", "last", "next", "past"):
        for match in _RELATIVE.finditer(sentence):
            which = match["which"].lower()
            amount = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
            qualifier = (match["qualifier"] or match["part"] or "").lower() or None
            claim(match, "relative", unit=match["unit"].lower(), amount=amount,
                  qualifier=qualifier)  # fmt: skip
    if holds("the weekend"):
        for match in _THE_WEEKEND.finditer(sentence):
            claim(match, "relative", unit="weekend", amount=0, qualifier="the")
    if holds("yesterday", "today", "tomorrow", "tonight", "this morning", "this afternoon",
             "this evening"):  # fmt: skip
        for match in _DEICTIC.finditer(sentence):
            amount = _DEICTIC_DAYS.get(match["word"].lower(), 0)
            claim(match, "relative", unit="day", amount=amount)
    if holds("-day", "-week", "-month", "-year", "long"):
        for match in _DURATION.finditer(sentence):
            if match["long"]:
                claim(match, "duration", unit=match["long"].lower(), amount=0)
            else:
                claim(match, "duration", unit=match["unit"].lower(),
                      amount=_number(match["number"]))  # fmt: skip
    if "day" in sentence:  # every weekday's name ends in it
        for match in _WEEKDAY.finditer(sentence):
            which = (match["which"] or "").lower() or None
            if which is None and (span := _weekday_span_end(sentence, match)):
                which = span  # "from Monday to Wednesday": the span's first and last day
            elif which is None and _DEADLINE_BEFORE.search(sentence, 0, match.start()):
                which = "deadline"
            claim(match, "weekday", weekday=WEEKDAYS[match["weekday"].lower()], qualifier=which)
    if digits:
        for match in _MONTH_DAY.finditer(sentence):
            claim(match, "monthday", day=int(match["day"]), span=(match.start("day"), match.end()))
        for match in _YEAR.finditer(sentence):
            claim(match, "year", year=int(match["year"]))
    return sorted(found, key=lambda e: e.start)
