"""When a report was written and when the events it mentions happened.

Most reports carry no date. Their text does: "signed last month" beside "an October 23
agreement" fixes the month of writing, "will hold ... on November 9th" bounds it from above,
"began Monday" inside a bounded week fixes the day. Each cue is a test on a candidate day of
writing; the days that pass every test are the answer, and their spread is its precision.
A cue that contradicts stronger ones is ignored and the evidence says so. A day is never
guessed: where the cues leave several days, every date that depends on them widens too.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from libtalks.cues import TOKEN, Cue, cues_of
from libtalks.dates import MONTH_PARTS, SEASONS, Expression
from libtalks.lexicon import (
    EVENT_NOUNS,
)
from libtalks.models import LEAD_SENTENCES, Article, DateSpan

# A report in the present tense about a dated day ("The meeting on Monday October 19, 2020,
# marks ...") was written within a week of it.
PRESENT_TENSE_DAYS = 7
# Candidate days of writing run this many years past the latest year the text names. A span
# that still has days in the last of those years is open: the text does not bound it.
HORIZON_YEARS = 3
# "weeks after X" and friends, in days, when no number is given.
VAGUE_OFFSETS = {"day": (1, 13), "week": (7, 60), "month": (28, 365), "year": (365, 3650)}
# News style omits the year of a date in the current year; across New Year, a few months.
YEARLESS_REACH_DAYS = 92
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class DatedMention:
    """An event a report mentions, with the span of days it happened on."""

    article: str
    sentence_index: int
    sentence: str
    text: str
    tense: str
    event_kind: str | None
    span: DateSpan


@dataclass(frozen=True)
class Chronology:
    """What a report's text says about time: when it was written, and its dated events."""

    published: DateSpan
    mentions: tuple[DatedMention, ...]

    def mention_of(self, cue: Cue) -> DatedMention | None:
        """The dated mention a cue became."""
        return next((m for m in self.mentions if m.sentence == cue.sentence
                     and m.text == cue.expression.text), None)  # fmt: skip


Interval = tuple[date, date]


@dataclass(frozen=True)
class Window:
    """A test whose passing days are one run of any sorted list of days: those on which
    `started` holds and `ended` does not, where each turns from False to True at most once as
    the day moves forward. Found by bisection, so a test costs a few resolves, not one a day."""

    started: Callable[[date], bool]
    ended: Callable[[date], bool]

    def __call__(self, day: date) -> bool:
        return self.started(day) and not self.ended(day)


@dataclass(frozen=True)
class Runs:
    """A test that depends on the day of writing only through what `resolvers` make of it.
    resolve() never goes back in time as the day moves forward (see reach()), so each of
    their answers holds on one run of the sorted days: the test runs once a run."""

    resolvers: tuple[Callable[[date], Interval | None], ...]
    test: Callable[[date], bool]

    def __call__(self, day: date) -> bool:
        return self.test(day)

    def key(self, day: date) -> Hashable:
        """What the resolvers make of a day; the day itself when one makes nothing of it (29
        February in a run of common years: that answer comes back four years on)."""
        answers = tuple(resolved(day) for resolved in self.resolvers)
        return day if None in answers else answers


Test = Callable[[date], bool] | Window | Runs


class DayRange(Sequence[date]):
    """Consecutive days, each made a date only when read: a Window's bisection reads a few
    of a range's thousand days."""

    __slots__ = ("ordinals",)

    def __init__(self, ordinals: range):
        self.ordinals = ordinals

    @classmethod
    def between(cls, first: date, last: date) -> DayRange:
        """Every day from `first` to `last`."""
        return cls(range(first.toordinal(), last.toordinal() + 1))

    def __len__(self) -> int:
        return len(self.ordinals)

    def __getitem__(self, at):  # an index gives a date; a slice, a range
        if isinstance(at, slice):
            return DayRange(self.ordinals[at])
        return date.fromordinal(self.ordinals[at])

    def __iter__(self) -> Iterator[date]:
        return map(date.fromordinal, self.ordinals)


def _passing(test: Test, days: Sequence[date]) -> Sequence[date]:
    """The days (sorted) that pass a test."""
    if isinstance(test, Window):
        low = bisect_left(days, True, key=test.started)
        return days[low : max(low, bisect_left(days, True, key=test.ended))]
    if isinstance(test, Runs):
        kept: list[date] = []
        at = 0
        while at < len(days):
            end = _run_end(days, test.key, at)
            if test(days[at]):
                kept.extend(days[at:end])
            at = end
        return kept
    return [day for day in days if test(day)]


def _run_end(days: Sequence[date], key: Callable[[date], Hashable], at: int) -> int:
    """Where the run of days that share the key of days[at] ends (its key never comes back):
    found by galloping, so a month's run costs some ten keys, not thirty."""
    run_key, step, low, high = key(days[at]), 1, at, at + 1  # days[low] is in the run
    while high < len(days) and key(days[high]) == run_key:
        low, step = high, step * 2
        high = low + step
    return bisect_left(days, True, low + 1, min(high, len(days)), key=lambda d: key(d) != run_key)


# ---- resolving an expression against a day of writing ------------------------------------


@cache
def _month_span(year: int, month: int) -> Interval:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    first, _ = _month_span(day.year, day.month + months)
    return first.replace(day=min(day.day, calendar.monthrange(first.year, first.month)[1]))


def _pick(options: list[Interval], written: date, tense: str) -> Interval | None:
    """The occurrence a news report means: the latest before it for past events, the next
    after it for future ones, else the nearest. None when there is none (29 February in a
    run of common years)."""
    if not options:
        return None
    if tense in ("past", "present"):
        before = [o for o in options if o[0] <= written]
        return max(before) if before else None
    if tense == "future":
        after = [o for o in options if o[1] > written]
        return min(after) if after else None
    return min(options, key=lambda o: min(abs((o[0] - written).days), abs((o[1] - written).days)))


def resolve(cue: Cue, written: date) -> Interval | None:
    """The days an expression means if the report was written on `written`."""
    return _clip(cue.expression, _unclipped(cue, written), written)


def _clip(e: Expression, interval: Interval | None, written: date) -> Interval | None:
    """ "earlier this month" ends, and "later this year" begins, on the day of writing."""
    if interval is None or e.qualifier not in ("earlier", "later"):
        return interval
    first, last = interval
    return (first, min(last, written)) if e.qualifier == "earlier" else (max(first, written), last)


def _unclipped(cue: Cue, written: date) -> Interval | None:
    """What resolve() gives before _clip(), narrowed to a part of a month when one is named
    ("early November")."""
    interval = _whole(cue, written)
    part = MONTH_PARTS.get(cue.expression.qualifier or "")
    if part is None or interval is None or interval[0].month != interval[1].month:
        return interval
    first, last = interval
    return first.replace(day=part[0]), last.replace(day=min(part[1], last.day))


def _whole(cue: Cue, written: date) -> Interval | None:
    """What resolve() gives before _clip(), for a whole month when a part of it is named."""
    e, tense = cue.expression, cue.tense
    if e.kind in ("calendar", "month_year", "year") and e.year:
        if e.kind == "year":
            return date(e.year, 1, 1), date(e.year, 12, 31)
        if e.kind == "month_year":
            return _month_span(e.year, e.month)
        return (date(e.year, e.month, e.day),) * 2
    if e.kind in ("calendar", "month") and e.unit == "year":  # "in October last year"
        year = written.year + e.amount
        if e.kind == "month":
            return _month_span(year, e.month)
        try:
            return (date(year, e.month, e.day),) * 2
        except ValueError:  # 29 February in a common year
            return None
    if e.kind == "calendar":
        options = []
        for year in (written.year - 1, written.year, written.year + 1):
            try:
                options.append((date(year, e.month, e.day),) * 2)
            except ValueError:  # 29 February in a common year
                continue
        return _pick(options, written, "unknown" if tense == "present" else tense)
    if e.kind == "month":
        options = [_month_span(year, e.month) for year in (written.year - 1, written.year,
                                                           written.year + 1)]  # fmt: skip
        return _pick(options, written, tense)
    if e.kind == "monthday":  # "on the 2nd": of the month of writing or one near it ("on the
        # 31st", told on 1 December, is in October)
        months = (_month_span(written.year, written.month + shift) for shift in (-2, -1, 0, 1, 2))
        options = [(first.replace(day=e.day),) * 2 for first, last in months if e.day <= last.day]
        return _pick(options, written, "unknown" if tense == "present" else tense)
    if e.kind == "weekday":
        gap = (written.weekday() - e.weekday) % 7
        if e.qualifier == "last":
            day = written - timedelta(days=gap or 7)
        elif e.qualifier == "next" or tense == "future":
            ahead = (e.weekday - written.weekday()) % 7
            day = written + timedelta(days=ahead or (7 if e.qualifier == "next" else 0))
        elif e.qualifier == "deadline":  # the last such day or the next: the text cannot say
            return written - timedelta(days=gap), written + timedelta(
                days=(e.weekday - written.weekday()) % 7
            )
        else:
            day = written - timedelta(days=gap)
        return day, day
    if e.kind == "relative" and e.qualifier == "the":  # "over the weekend": the last one, or
        # the next in the future tense; no day after the writing of a past one
        if tense != "future":  # the latest Saturday on or before the writing
            saturday = written - timedelta(days=(written.weekday() - 5) % 7)
            return saturday, min(saturday + timedelta(days=1), written)
        saturday = written + timedelta(days=(5 - written.weekday()) % 7)
        return max(saturday, written), saturday + timedelta(days=1)
    if e.kind == "relative":
        return _resolve_relative(e, written)
    return None


def _depends_on(cue: Cue) -> Callable[[date], Hashable] | None:
    """What of the day of writing _unclipped(cue, ·) depends on, when coarser than the day: its
    month for "last month", its week for "next week", its year and side of the date for a
    past "Oct. 23". None when the answer may move from one day to the next."""
    e, tense = cue.expression, cue.tense
    if e.year is not None or e.kind in ("offset", "duration"):
        return lambda day: None  # fixed days, or nothing to resolve
    if (e.kind == "relative" and e.unit != "day"
            and e.qualifier in (None, "earlier", "later", *MONTH_PARTS)):  # fmt: skip
        if e.unit in ("week", "weekend"):
            return lambda day: day.toordinal() - day.weekday()  # its Monday
        return lambda day: (day.year, day.month)
    if e.kind in ("calendar", "month") and e.unit == "year":  # its year's, told from writing
        return lambda day: day.year
    if e.kind == "calendar" and tense in ("past", "future"):  # the latest before, next after
        return lambda day: (day.year, (day.month, day.day) >= (e.month, e.day))
    if e.kind == "monthday" and tense in ("past", "future"):
        return lambda day: (day.year, day.month, day.day >= e.day)
    if e.kind == "month" and tense in ("past", "present"):  # the latest month begun
        return lambda day: (day.year, day.month >= e.month)
    if e.kind == "month" and tense == "future":  # the next month not yet over
        return lambda day: (day.year, day >= _month_span(day.year, e.month)[1])
    return None


def _shift(e: Expression) -> tuple[timedelta, timedelta] | None:
    """How far from the day of writing a phrase that moves with it lies: "yesterday" one day
    before, "a month ago" 45 to 15 days before. None for any other expression."""
    if e.kind != "relative" or not (e.unit == "day" or (e.qualifier == "ago" and e.unit != "year")):
        return None
    unit = UNIT_DAYS[e.unit or "day"]
    middle, slack = e.amount * unit, unit // 2
    return timedelta(days=middle - slack), timedelta(days=middle + slack)


def resolver(cue: Cue) -> Callable[[date], Interval | None]:
    """resolve(cue, ·), computed once for all the days it cannot tell apart: a test over
    three years of days resolves "last month" 36 times, not 1,096."""
    e, shift, key = cue.expression, _shift(cue.expression), _depends_on(cue)
    if shift:
        return lambda day: (day + shift[0], day + shift[1])
    if key is None:
        return lambda day: resolve(cue, day)
    known: dict[Hashable, Interval | None] = {}

    def resolved(day: date) -> Interval | None:
        k = key(day)
        if k not in known:
            known[k] = _unclipped(cue, day)
        return _clip(e, known[k], day)

    return resolved


def _resolve_relative(e: Expression, written: date) -> Interval | None:
    unit, amount = e.unit or "", e.amount
    shift = _shift(e)
    if shift:
        return written + shift[0], written + shift[1]
    if e.qualifier == "ago":  # years ago: that calendar year
        return date(written.year + amount, 1, 1), date(written.year + amount, 12, 31)
    if unit in ("week", "weekend"):
        monday = written - timedelta(days=written.weekday()) + timedelta(weeks=amount)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if unit == "weekend"
            else (monday, monday + timedelta(days=6))
        )
    if unit == "month":
        first, last = _month_span(written.year, written.month + amount)
    elif unit == "year":
        first, last = date(written.year + amount, 1, 1), date(written.year + amount, 12, 31)
    elif unit in ("summer", "spring", "autumn", "fall"):
        start_month, end_month = SEASONS[unit]
        year = written.year
        if amount < 0 and written.month <= end_month:
            year -= 1
        if amount > 0 and written.month >= start_month:
            year += 1
        first, last = _month_span(year, start_month)[0], _month_span(year, end_month)[1]
    else:
        return None
    return first, last


# ---- inferring the day of writing ----------------------------------------------------------


def _quote(cue: Cue) -> str:
    return f"“{cue.expression.text}” ({cue.tense}) in sentence {cue.sentence_index + 1}"


def _absolute(cue: Cue) -> bool:
    return cue.expression.year is not None


def _tense_bounds(cue: Cue) -> tuple[date | None, date | None, str] | None:
    """What an explicitly dated event says about the day of writing: the first and last days
    it allows (None: no bound on that side), and why."""
    interval = resolve(cue, date.min)
    if interval is None:
        return None
    first, last = interval
    if cue.tense == "past":
        return first, None, f"{_quote(cue)}: written on or after {first}"
    if cue.tense == "future":
        return None, last - timedelta(days=1), f"{_quote(cue)}: written before {last}"
    if cue.tense == "present" and first == last:
        limit = first + timedelta(days=PRESENT_TENSE_DAYS)
        return (
            first,
            limit,
            (f"{_quote(cue)}: a present-tense report of that day, written within a week of it"),
        )
    return None


def _link_tests(cues: list[Cue]) -> list[tuple[Test, str]]:
    """Relative phrases tied to a dated event of the same kind in the same report:
    "signed last month" + "an October 23 agreement" => written in November. A plan that did
    not hold is another event than one still to come or held: "to hold elections this year" is
    not "a planned vote in December 2021 collapsed"."""
    tests = []
    for cue in cues:
        e = cue.expression
        if e.kind != "relative" or e.unit == "day" or cue.event_kind is None:
            continue
        anchors = [
            other for other in cues
            if other is not cue and other.event_kind == cue.event_kind
            and other.expression.kind in ("calendar", "month_year", "year")
            and other.tense in (cue.tense, "unknown") and other.dropped_plan == cue.dropped_plan
        ]  # fmt: skip
        if len({a.expression.text.lower() for a in anchors}) != 1:
            continue  # no anchor, or several that might be different events
        if cue.ends_event and cue.duration_months is None:
            continue  # "the campaign collapsed this year": it may have begun years before
        if cue.recurs:
            continue  # "the talks will resume next week": not the talks of the anchor's date
        anchor = anchors[0]
        shift = cue.duration_months if cue.ends_event else None

        anchor_at = resolver(anchor)

        def theirs(day: date, anchor_at=anchor_at, shift=shift) -> Interval | None:
            interval = anchor_at(day)
            if interval is None or not shift:
                return interval
            return _add_months(interval[0], shift[0]), _add_months(interval[1], shift[1])

        test: Test
        fixed = theirs(date.min) if _absolute(anchor) else None
        if fixed is not None:
            # resolve() never goes back as the day of writing moves forward (see reach()), so
            # against fixed days the relative phrase overlaps them on one run of days.
            def started(day: date, cue: Cue = cue, first: date = fixed[0]) -> bool:
                mine = resolve(cue, day)
                return mine is not None and mine[1] >= first

            def ended(day: date, cue: Cue = cue, last: date = fixed[1]) -> bool:
                mine = resolve(cue, day)
                return mine is None or mine[0] > last

            test = Window(started, ended)
        else:
            mine_at = resolver(cue)

            def overlaps(day: date, mine_at=mine_at, theirs=theirs) -> bool:
                mine, other = mine_at(day), theirs(day)
                if mine is None or other is None:
                    return False
                return mine[0] <= other[1] and other[0] <= mine[1]

            test = Runs((mine_at, anchor_at), overlaps)

        how = (
            f" after lasting {cue.duration_months[0]}-{cue.duration_months[1]} months"
            if shift
            else ""
        )
        tests.append((test, f"{_quote(cue)} is the {cue.event_noun} of “{anchor.expression.text}”"
                            f" (sentence {anchor.sentence_index + 1}){how}"))  # fmt: skip
    return tests


def _consistency_tests(cues: list[Cue]) -> list[tuple[Test, str]]:
    """A date written without its year lies in a year where it falls on the weekday written
    with it ("Monday 19 October"), and in the year of writing (or just across New Year) unless
    "since" opens it; a past or future "this ..." ("this month", "in June of this year") lies
    before or after the day of writing. (Any other relative phrase lies on its side of every
    day: "last month", "two weeks ago", "earlier this year" before it, "next week" after it.
    Testing it would narrow nothing.)"""
    tests = []
    for cue in cues:
        e = cue.expression
        resolved = resolver(cue)
        if e.kind == "calendar" and e.year is None and e.weekday is not None:

            def on_its_weekday(day: date, resolved=resolved, weekday: int = e.weekday) -> bool:
                interval = resolved(day)
                return interval is not None and interval[0].weekday() == weekday

            tests.append((Runs((resolved,), on_its_weekday),
                          f"{_quote(cue)}: the date falls on that weekday that year"))  # fmt: skip
        if (e.kind in ("calendar", "month") and e.year is None and e.unit != "year"
                and cue.tense in ("past", "future") and not _since(cue)):  # fmt: skip

            def same_year(day: date, resolved=resolved) -> bool:
                interval = resolved(day)
                return interval is not None and (
                    interval[0].year == day.year
                    or min(abs((interval[0] - day).days), abs((interval[1] - day).days))
                    <= YEARLESS_REACH_DAYS
                )

            tests.append((same_year, f"{_quote(cue)}: a date without a year is in the year of "
                                     "writing"))  # fmt: skip
        elif (
            ((e.kind == "relative" and e.unit not in ("day", None) and e.qualifier is None)
             or (e.kind in ("calendar", "month") and e.unit == "year"))
            and e.amount == 0 and cue.tense in ("past", "future")
        ):  # fmt: skip
            past = cue.tense == "past"

            def ordered(day: date, resolved=resolved, past: bool = past) -> bool:
                interval = resolved(day)
                return interval is not None and (interval[0] <= day if past else interval[1] >= day)

            tests.append((ordered, f"{_quote(cue)}: {'began before' if past else 'ends after'} "
                                   "the day of writing"))  # fmt: skip
    return tests


def _since(cue: Cue) -> bool:
    """Whether a date opens a state that lasts to the day of writing ("have observed a
    ceasefire since October"): that may have begun in any year before."""
    return cue.words_before(1) == ["since"] or cue.expression.text.lower().startswith("since ")


def _offset_tests(cues: list[Cue]) -> list[tuple[Test, str]]:
    """ "less than two weeks after ... Oct. 23": the report's event, and so its writing,
    lies that far after the anchor date."""
    tests = []
    for cue in cues:
        e = cue.expression
        if e.kind != "offset":
            continue
        later = [c for c in cues if c.sentence_index == cue.sentence_index
                 and c.expression.start > e.end
                 and c.expression.kind in ("calendar", "month_year")]  # fmt: skip
        if later:
            anchor = later[0]
        else:
            noun = _noun_after(cue)
            kind = EVENT_NOUNS.get(noun) if noun else None
            anchors = [
                c
                for c in cues
                if c.event_kind == kind
                and kind
                and c.expression.kind in ("calendar", "month_year")
                and c.tense == "past"
            ]
            if len({a.expression.text for a in anchors}) != 1:
                continue
            anchor = anchors[0]
        low, high = offset_days(e)
        test: Test
        if _absolute(anchor):  # fixed days: the days `low` to `high` after them are one run
            first, last = resolve(anchor, date.min) or (date.max, date.max)
            test = Window(
                lambda day, last=last, low=low: (day - last).days >= low,
                lambda day, first=first, high=high: (day - first).days > high,
            )
        else:
            resolved = resolver(anchor)

            def test(day: date, resolved=resolved, low: int = low, high: int = high) -> bool:
                interval = resolved(day)
                return interval is not None and (
                    low <= (day - interval[1]).days and (day - interval[0]).days <= high
                )

        tests.append((test, f"{_quote(cue)} “{anchor.expression.text}”: written {low}-{high} "
                            "days after it"))  # fmt: skip
    return tests


def offset_days(e: Expression) -> tuple[int, int]:
    """How many days an offset ("two days after", "less than a week after", "weeks after")
    puts between its anchor and what it dates, at least and at most."""
    unit = UNIT_DAYS[e.unit or "day"]
    if e.qualifier == "several":
        return VAGUE_OFFSETS[e.unit or "day"]
    if e.qualifier in ("less than", "under"):
        return (e.amount - 1) * unit + 1, e.amount * unit
    if e.qualifier in ("more than", "over"):
        return e.amount * unit + 1, (e.amount + 1) * unit
    return e.amount * unit - unit // 2, e.amount * unit + unit // 2


def _noun_after(cue: Cue) -> str | None:
    for word in TOKEN.findall(cue.sentence[cue.expression.end :].lower()):
        if word in EVENT_NOUNS:
            return word
    return None


def _dateline_test(article: Article) -> tuple[Test, str] | None:
    """Written on a day the dateline may mean: its day of the month in a year the text gives
    ("Oct. 23"), on its weekday when it names one ("Sunday, Oct. 25"), or one of two days
    ("03/11/2020")."""
    stated = article.dateline
    if not stated:
        return None
    days = {(d.year, d.month, d.day, None if d.year else d.weekday) for d in stated}

    def written_on(day: date) -> bool:
        return any(key in days for key in ((day.year, day.month, day.day, None),
                                           (None, day.month, day.day, None),
                                           (None, day.month, day.day, day.weekday())))  # fmt: skip

    readings = " or ".join(sorted(d.to_date().isoformat() for d in stated if d.year))
    weekday = next((calendar.day_name[d.weekday] for d in stated if d.weekday is not None), None)
    on = readings or ("that day of the month" + (f", a {weekday}" if weekday else ""))
    return written_on, f"dateline “{stated[0].text}”: written on {on}"


def _lead_event_pin(cues: list[Cue], days: Sequence[date]) -> tuple[list[date], str] | None:
    """Wire convention: a lead reports the day's event ("arrived Monday"); when the days left
    allow only one such day, the report was written on it."""
    for cue in cues:
        if cue.sentence_index >= LEAD_SENTENCES:
            break
        e = cue.expression
        if (
            e.kind not in ("weekday", "calendar")
            or cue.tense == "future"
            or e.qualifier == "deadline"
            or (e.day is None and (e.kind == "calendar"))
        ):
            continue
        resolved = map(resolver(cue), days)
        pinned = {interval[0] for interval in resolved if interval} & set(days)
        if len(pinned) == 1:
            (day,) = pinned
            return [day], (f"{_quote(cue)} is the lead's event; a lead reports the day's news, "
                           f"so the report was written on {day}")  # fmt: skip
        return None
    return None


def infer_published(article: Article, cues: list[Cue]) -> tuple[Sequence[date], bool, list[str]]:
    """Candidate days of writing left by the cues, whether the last one is open-ended, and
    the evidence. Empty when the text names no year at all."""
    dateline_years = [d.year for d in article.dateline if d.year]
    years = [c.expression.year for c in cues if _absolute(c)] + dateline_years
    if not years:
        return [], False, ["no year is named in the text, so the date cannot be inferred"]
    # A year named for a plan or what is to come ("agreed to hold elections on Dec. 24, 2021")
    # may lie years after the writing: alone, it bounds the days from the horizon before it.
    looked_back = [c.expression.year for c in cues if _absolute(c) and not c.planned
                   and c.tense != "future"] + dateline_years  # fmt: skip
    floor = min(looked_back) if looked_back else min(years) - HORIZON_YEARS
    evidence: list[str] = []
    first, last = date(floor, 1, 1), date(max(years) + HORIZON_YEARS, 12, 31)
    bounds = [b for b in (_tense_bounds(c) for c in cues if _absolute(c)) if b]
    for after, before, why in bounds:  # bounds first: they narrow the days to test
        low, high = max(first, after or first), min(last, before or last)
        if low > high:
            evidence.append(f"ignored, contradicts the evidence above: {why}")
            continue
        if (low, high) != (first, last):
            evidence.append(why)
        first, last = low, high
    days = DayRange.between(first, last)
    relative_tests = _link_tests(cues) + _offset_tests(cues) + _consistency_tests(cues)
    dateline = _dateline_test(article)
    for test, why in ([dateline] if dateline else []) + relative_tests:
        kept = _passing(test, days)
        if not kept:
            evidence.append(f"ignored, contradicts the evidence above: {why}")
        elif len(kept) < len(days):
            days = kept
            evidence.append(why)
    # Days left in the horizon's last year mean the horizon, not the text, bounds them (cues
    # that repeat every year, like "last month" after "October 23", leave one stretch a year).
    open_ended = days[-1].year == max(years) + HORIZON_YEARS
    if not looked_back:
        evidence.insert(0, f"only plans name a year ({min(years)}): the days of writing are "
                           f"taken from {floor} on")  # fmt: skip
    elif days[0] == date(floor, 1, 1):  # no cue bounds the first day: the years named do
        evidence.insert(0, f"the earliest year the text names is {floor}: the days of writing "
                           f"are taken from {floor} on")  # fmt: skip
    if len(days) > 1 and not open_ended:
        pin = _lead_event_pin(cues, days)
        if pin:
            days, why = pin
            evidence.append(why)
    elif open_ended and (written := _dateline_written_out(article, cues, days)):
        days, open_ended = [written], False
        evidence.append(f"the dateline's day is written out in the lead: {written}")
    elif open_ended and (pin := _weekday_written_out(cues, days)):
        days, why = pin
        open_ended = False
        evidence.append(why)
    return days, open_ended, evidence


def _dateline_written_out(article: Article, cues: list[Cue], days: Sequence[date]) -> date | None:
    """The day of a yearless dateline when the lead writes it out with its year, as its own day
    ("CAIRO, Sept. 30 ... the statement, issued on Wednesday, Sept. 30, 2020") and nothing else
    bounded the days of writing: only the horizon closes them."""
    stated = {(d.month, d.day) for d in article.dateline if d.year is None}
    for cue in cues:
        e = cue.expression
        if (cue.sentence_index < LEAD_SENTENCES and e.kind == "calendar" and e.year
                and (e.month, e.day) in stated and cue.tense != "future"):  # fmt: skip
            day = date(e.year, e.month, e.day)
            if day in days:
                return day
    return None


def _weekday_written_out(cues: list[Cue], days: Sequence[date]) -> tuple[list[date], str] | None:
    """When only the horizon closes the days of writing, a lead that names the day's event by
    its weekday ("talks in Geneva on Friday") and writes that weekday out with its date ("said
    in a statement on Friday, Oct. 8, 2021") means that date: the lead's event, and so the
    day of writing (see _lead_event_pin)."""
    lead = [c for c in cues if c.sentence_index < LEAD_SENTENCES and c.tense != "future"]
    bare = {c.expression.weekday for c in lead
            if c.expression.kind == "weekday" and c.expression.qualifier is None}  # fmt: skip
    for cue in lead:
        e = cue.expression
        if e.kind == "calendar" and e.year and e.day and e.weekday in bare:
            day = date(e.year, e.month, e.day)
            if day.weekday() == e.weekday and day in days:
                return [day], (f"the lead's “{calendar.day_name[e.weekday]}” is written out as "
                               f"{_quote(cue)}: written on {day}")  # fmt: skip
    return None


def reach(cue: Cue, days: Sequence[date]) -> list[Interval | None]:
    """What a cue may mean over the possible days of writing (sorted), as few intervals as
    cover it. resolve() never goes back in time as the day of writing moves forward (a later
    day never means an earlier Monday, month or week), so the first and the last day of
    writing bound every other day's answer."""
    if not days:
        return []
    first, last = resolve(cue, days[0]), resolve(cue, days[-1])
    if first is None or last is None:
        return list(map(resolver(cue), days))
    return [first, last]


def span_of(
    intervals: Iterable[Interval | None], open_ended: bool, evidence: tuple[str, ...]
) -> DateSpan:
    """The honest span of a set of possible intervals."""
    known = [i for i in intervals if i is not None]
    if not known:
        return DateSpan.unknown(evidence)
    first = min(i[0] for i in known)
    last = None if open_ended else max(i[1] for i in known)
    return DateSpan.covering(first, last, evidence)


def chronology(article: Article, cues: list[Cue] | None = None) -> Chronology:
    """The report's date of writing and every dated event in it; `cues` are its sentences'
    (cues_of), when already found."""
    cues = cues_of(article.sentences) if cues is None else cues
    if article.published is not None:
        published = article.published
        days: Sequence[date] = (
            DayRange.between(published.start, published.end) if published.end else []
        )
        open_ended = published.end is None
    else:
        days, open_ended, evidence = infer_published(article, cues)
        published = (  # the days are sorted
            DateSpan.covering(days[0], None if open_ended else days[-1], tuple(evidence))
            if days else DateSpan.unknown(tuple(evidence))
        )  # fmt: skip
    mentions = []
    for cue in cues:
        if cue.expression.kind == "offset":
            continue
        if _absolute(cue):
            intervals, depends = [resolve(cue, date.min)], False
        else:
            intervals, depends = reach(cue, days), True
        span = span_of(intervals, open_ended and depends, (f"{_quote(cue)}",))
        mentions.append(
            DatedMention(
                article.id, cue.sentence_index, cue.sentence, cue.expression.text, cue.tense,
                cue.event_kind, span,
            )
        )  # fmt: skip
    return Chronology(published, tuple(mentions))
