"""Frozen records that flow through the pipeline, and their one JSON form each."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA_VERSION = 1
# The lead, where a report says what happened, where and when: its first sentences.
LEAD_SENTENCES = 4
PRECISIONS = ("day", "month", "year", "interval", "unknown")
# The place of a meeting held online ("virtual talks", "met by video link"): it has no town.
ONLINE = "online"


@dataclass(frozen=True)
class DateSpan:
    """A date known to some precision: the true day lies in [start, end].

    `end` is None for an interval open towards the future; both are None when unknown. A
    meeting's days known to the day run from `start` to `end`, and `end` is None when only the
    first is told ("the talks began on Monday").
    """

    start: date | None
    end: date | None
    precision: str
    evidence: tuple[str, ...] = ()

    @classmethod
    def unknown(cls, evidence: tuple[str, ...] = ()) -> DateSpan:
        return cls(None, None, "unknown", evidence)

    @classmethod
    def day(cls, day: date, evidence: tuple[str, ...] = ()) -> DateSpan:
        return cls(day, day, "day", evidence)

    @classmethod
    def month(cls, year: int, month: int, evidence: tuple[str, ...] = ()) -> DateSpan:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month", evidence)

    @classmethod
    def year(cls, year: int, evidence: tuple[str, ...] = ()) -> DateSpan:
        return cls(date(year, 1, 1), date(year, 12, 31), "year", evidence)

    @classmethod
    def covering(cls, first: date, last: date | None, evidence: tuple[str, ...] = ()) -> DateSpan:
        """The most precise span whose precision honestly covers [first, last]."""
        if last is None:
            return cls(first, None, "interval", evidence)
        if first == last:
            return cls.day(first, evidence)
        if (
            (first.year, first.month) == (last.year, last.month)
            and first.day == 1
            and (last.day == calendar.monthrange(last.year, last.month)[1])
        ):
            return cls.month(first.year, first.month, evidence)
        if first == date(first.year, 1, 1) and last == date(first.year, 12, 31):
            return cls.year(first.year, evidence)
        return cls(first, last, "interval", evidence)

    @property
    def known(self) -> bool:
        return self.precision != "unknown"

    def told_days(self) -> DateSpan:
        """The span closed on the days it is known to hold: one open from a first day known to
        the day holds that day."""
        if self.precision == "day" and self.end is None and self.start is not None:
            return DateSpan.day(self.start, self.evidence)
        return self

    def iso(self) -> str | None:
        """ISO 8601 at the span's precision: `2020-11-02`, `2020-11`, `2020`, or `start/end` (for
        an interval, or a meeting's days known to the day, `start/..` when its last is not)."""
        if self.start is None:
            return None
        if self.precision == "day" and self.end == self.start:
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.isoformat()[:7]
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat() if self.end else '..'}"

    def contains(self, other: DateSpan) -> bool:
        """True when every day `other` allows is a day this span allows."""
        if self.start is None or other.start is None:
            return False
        upper_ok = self.end is None or (other.end is not None and other.end <= self.end)
        return self.start <= other.start and upper_ok

    def overlaps(self, other: DateSpan) -> bool:
        if self.start is None or other.start is None:
            return False
        return (self.end is None or other.start <= self.end) and (
            other.end is None or self.start <= other.end
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.iso(),
            "precision": self.precision,
            "earliest": self.start.isoformat() if self.start else None,
            "latest": self.end.isoformat() if self.end else None,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class CalendarDate:
    """A calendar date as written: the year may be missing ("Oct. 23")."""

    month: int
    day: int
    year: int | None
    weekday: int | None
    text: str

    def to_date(self, year: int | None = None) -> date | None:
        try:
            return date(self.year or year or 0, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class Article:
    """One news report as read from disk: its anatomy, and its body split for analysis."""

    id: str
    path: str
    title: str
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: DateSpan | None = None  # explicit metadata only; dating.py infers the rest
    genre: str | None = None  # a wire's label of a piece that is no news report: "Factbox"
    # What a dateline may mean, when the text must tell: its year ("Oct. 23"), or which of
    # two days ("03/11/2020"). Empty when the report names no date or `published` holds it.
    dateline: tuple[CalendarDate, ...] = ()
    filed_from: str | None = None  # the place a dateline opening the report names
    filed_in: str | None = None  # the country it names after that place ("RIMBO, Sweden")
    paragraphs: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    words: int = 0
    digest: str = field(default="", compare=False)  # content hash, for caches and dedup


@dataclass(frozen=True)
class Link:
    """Why two reports were, or were not, put in one meeting."""

    left: str
    right: str
    similarity: float
    merged: bool
    reason: str


@dataclass(frozen=True)
class Meeting:
    """One meeting and the reports that cover it."""

    id: str
    place: str | None
    country: str | None
    days: DateSpan
    round: int | None
    body: str | None
    participants: tuple[str, ...]
    mediators: tuple[str, ...]
    topics: tuple[str, ...]
    outcomes: tuple[str, ...]
    reports: tuple[tuple[str, float], ...]  # (article id, similarity to the first report)
    mentioned_in: tuple[str, ...]
    disagreements: tuple[str, ...]
    links: tuple[Link, ...]
