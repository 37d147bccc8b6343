"""The corpus timeline: every dated event, merged across reports, oldest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, utils

from libtalks.models import DateSpan

if TYPE_CHECKING:
    from libtalks.dating import DatedMention

# Spans wider than this are too vague to place on a timeline ("since 2011" is a year; an
# open-ended "after December 2021" is not an event date at all).
MAX_SPAN_DAYS = 366
# Two mentions of the same kind of event at compatible dates (a day inside a month, not inside
# a vague interval) are one event; when several rows would take a mention, the one whose
# sentence is most alike wins (token_set_ratio, 0-100). Mentions with no event noun need this
# much likeness to join a row of the same day: most of the shorter sentence's words.
UNTYPED_MERGE_SIMILARITY = 60
# Event text in a timeline row is cut to this many characters.
EVENT_TEXT_CHARS = 200


@dataclass(frozen=True)
class TimelineEvent:
    """One row: an event, the days it happened on, and every report that mentions it."""

    span: DateSpan
    event: str
    kind: str | None
    sources: tuple[str, ...]

    def to_json(self) -> dict:
        return {
            "date": self.span.iso(),
            "precision": self.span.precision,
            "event": self.event,
            "sources": list(self.sources),
        }


@dataclass
class _Row:
    span: DateSpan
    kind: str | None
    mentions: list[DatedMention]


def _width(span: DateSpan) -> int:
    return (span.end - span.start).days if span.start and span.end else 10**6


def _placeable(mention: DatedMention) -> bool:
    return (
        mention.span.known
        and mention.span.end is not None
        and _width(mention.span) <= MAX_SPAN_DAYS
    )


def _similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b, processor=utils.default_process)


def build(mentions: Iterable[DatedMention]) -> list[TimelineEvent]:
    """Merge mentions into events: the most precise first, then coarser ones into the rows
    whose dates they contain."""
    ordered = sorted(
        (m for m in mentions if _placeable(m)),
        key=lambda m: (_width(m.span), m.span.start, m.article, m.sentence_index),
    )
    rows: list[_Row] = []
    for mention in ordered:
        candidates = [
            row for row in rows
            if mention.span.contains(row.span) and (
                (row.kind is not None and row.kind == mention.event_kind
                 and (mention.span.precision != "interval" or mention.span == row.span))
                or (mention.span == row.span and _similarity(
                    mention.sentence, row.mentions[0].sentence) >= UNTYPED_MERGE_SIMILARITY)
            )
        ]  # fmt: skip
        if candidates:
            best = max(candidates, key=lambda row: max(
                _similarity(mention.sentence, m.sentence) for m in row.mentions))  # fmt: skip
            best.mentions.append(mention)
        else:
            rows.append(_Row(mention.span, mention.event_kind, [mention]))
    events = [
        TimelineEvent(
            span=DateSpan(row.span.start, row.span.end, row.span.precision),
            event=_shorten(row.mentions[0].sentence),
            kind=row.kind,
            sources=tuple(sorted({m.article for m in row.mentions})),
        )
        for row in rows
    ]
    return sorted(events, key=lambda e: (e.span.start or date.min, _width(e.span), e.event))


def _shorten(sentence: str) -> str:
    if len(sentence) <= EVENT_TEXT_CHARS:
        return sentence
    return sentence[: EVENT_TEXT_CHARS - 1].rsplit(" ", 1)[0] + "…"


def between(
    events: list[TimelineEvent], since: date | None, until: date | None
) -> list[TimelineEvent]:
    """Events that may fall within [since, until]."""
    return [
        e for e in events
        if (since is None or (e.span.end or date.max) >= since)
        and (until is None or (e.span.start or date.min) <= until)
    ]  # fmt: skip
