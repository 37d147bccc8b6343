"""Which reports cover the same meeting: place, overlapping days, text similarity, with reasons.

Text similarity alone cannot decide: every report on these talks shares most of its words with
every other. So a place and days decide, and text similarity only joins a report that gives no
days to a report of the same place when it is a near copy (a wire story under a new headline).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from libtalks.aliases import fold, same_place
from libtalks.meetings import MeetingFacts
from libtalks.models import Article, DateSpan
from libtalks.text import slugify
from libtalks.unionfind import UnionFind

# A report whose days are unknown joins a meeting of the same place only when its lead is this
# alike (token_sort_ratio of headline and lead): a copy under a new headline, not merely a
# report on the same talks. Measured on the seeds: reports of different meetings score 57-63,
# the two reports of the Ghadames meeting 68.
WIRE_COPY_SIMILARITY = 80
# How much of a report's text is compared: its headline and lead.
LEAD_SENTENCES = 4


@dataclass(frozen=True)
class Link:
    """Why two reports were, or were not, put in one meeting."""

    left: str
    right: str
    similarity: float
    merged: bool
    reason: str


def lead_text(article: Article) -> str:
    return " ".join([article.title, *article.sentences[:LEAD_SENTENCES]])


def similarity(a: Article, b: Article) -> float:
    return round(fuzz.token_sort_ratio(lead_text(a), lead_text(b),
                                       processor=utils.default_process), 1)  # fmt: skip


def _days_overlap(a: MeetingFacts, b: MeetingFacts) -> bool | None:
    if not (a.days.known and b.days.known):
        return None
    return a.days.overlaps(b.days)


def compare(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> Link:
    """Whether two reports cover one meeting; the reason names the place, the days, the text
    similarity and the participants both reports name."""
    link = _decide(a, fa, b, fb)
    shared = sorted(set(fa.participants) & set(fb.participants))
    if shared:
        return Link(link.left, link.right, link.similarity, link.merged,
                    f"{link.reason}; both name {', '.join(shared)}")  # fmt: skip
    return link


def _decide(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> Link:
    score = similarity(a, b)
    if not same_place(fa.place, fb.place):
        return Link(a.id, b.id, score, False, f"different places: {fa.place} / {fb.place}")
    overlap = _days_overlap(fa, fb)
    if overlap:
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}) and overlapping days "
                    f"({fa.days.iso()} / {fb.days.iso()})")  # fmt: skip
    if overlap is False:
        return Link(a.id, b.id, score, False,
                    f"same place ({fa.place}) but different days "
                    f"({fa.days.iso()} / {fb.days.iso()})")  # fmt: skip
    if score >= WIRE_COPY_SIMILARITY:
        return Link(
            a.id,
            b.id,
            score,
            True,
            f"same place ({fa.place}), days unknown, near-identical text ({score})",
        )
    return Link(
        a.id,
        b.id,
        score,
        False,
        f"same place ({fa.place}) but days unknown and text only {score} alike",
    )


def group(
    articles: list[Article], facts: dict[str, MeetingFacts]
) -> tuple[list[list[str]], list[Link]]:
    """Groups of article ids, one per meeting, and every comparison made. The result does not
    depend on the order of the input: reports are compared in id order and joined by
    union-find, which gives the same groups whatever order the links arrive in."""
    ordered = sorted(articles, key=lambda a: a.id)
    union = UnionFind(a.id for a in ordered)
    links = []
    by_place: dict[str, list[Article]] = {}
    for article in ordered:  # blocking: only reports naming a place alike are compared
        key = _place_key(facts[article.id].place)
        by_place.setdefault(key, []).append(article)
    for block in by_place.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                link = compare(a, facts[a.id], b, facts[b.id])
                links.append(link)
                if link.merged:
                    union.join(a.id, b.id)
    return sorted(union.groups().values()), links


def _place_key(place: str | None) -> str:
    """A coarse key for blocking: the first three letters of the folded place name (accents,
    al- and transliteration variants dropped), so that every pair same_place joins shares it."""
    return fold(place)[:3] if place else ""


def slug(place: str | None, days: DateSpan) -> str:
    """A readable id: the place and the month (or year) the days fall in, when they do."""
    base = slugify(place or "") or "unknown-place"
    start, end = days.start, days.end
    if start is None or end is None:
        return base
    if (start.year, start.month) == (end.year, end.month):
        return f"{base}-{start:%Y-%m}"
    if start.year == end.year:
        return f"{base}-{start:%Y}"
    return base
