"""Records in their JSON form (the contract of docs/json.md) and how tables show them."""

from __future__ import annotations

from typing import Any

from libtalks.models import Article, DateSpan
from libtalks.render import Column
from libtalks.timeline import TimelineEvent


def span_label(span: dict[str, Any] | None) -> str:
    """A date for a table: "2020-11-02", "2020-11 (month)", "≥ 2021-12-01", or "unknown"."""
    if not span or span.get("precision") in (None, "unknown"):
        return "unknown"
    if span["precision"] == "day":
        return span["date"]
    if span["precision"] == "interval":
        if span["latest"] is None:
            return f"≥ {span['earliest']}"
        return f"{span['earliest']} … {span['latest']}"
    return f"{span['date']} ({span['precision']})"


def articles(
    items: list[Article], published: dict[str, DateSpan], meeting_of: dict[str, str]
) -> list[dict[str, Any]]:
    return [
        {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "outlet": article.outlet,
            "byline": article.byline,
            "url": article.url,
            "published": published[article.id].to_json(),
            "words": article.words,
            "meeting": meeting_of.get(article.id),
        }
        for article in items
    ]


ARTICLE_COLUMNS = [
    Column("id", lambda r: r["id"], no_wrap=True),
    Column("title", lambda r: r["title"], max_width=60),
    Column("outlet", lambda r: r["outlet"] or ""),
    Column("published", lambda r: span_label(r["published"])),
    Column("words", lambda r: r["words"], numeric=True),
]


def timeline(events: list[TimelineEvent]) -> list[dict[str, Any]]:
    return [event.to_json() for event in events]


TIMELINE_COLUMNS = [
    Column("date", lambda r: r["date"], no_wrap=True),
    Column("precision", lambda r: r["precision"]),
    Column("event", lambda r: r["event"], max_width=90),
    Column("sources", lambda r: r["sources"]),
]
