"""Records in their JSON form (the contract of docs/json.md) and how tables show them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from libtalks.models import ONLINE, Article, DateSpan, Meeting
from libtalks.render import Column

if TYPE_CHECKING:  # a command imports only the stages it shows
    from libtalks.actors import Actor
    from libtalks.quotes import Quote
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


def _title(item: Meeting) -> str:
    """ "Libyan Political Dialogue Forum in Tunis", "Meeting online", "Meeting in an unknown
    place"."""
    where = "online" if item.place == ONLINE else f"in {item.place or 'an unknown place'}"
    return f"{_capitalised(item.body or 'meeting')} {where}"


def meeting(item: Meeting, titles: dict[str, Article]) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": _title(item),
        "place": item.place,
        "country": item.country,
        "start": item.days.start.isoformat() if item.days.start else None,
        "end": item.days.end.isoformat() if item.days.end else None,
        "precision": item.days.precision,
        "round": item.round,
        "body": item.body,
        "participants": list(item.participants),
        "mediators": list(item.mediators),
        "topics": list(item.topics),
        "outcomes": list(item.outcomes),
        "reports": [
            {
                "article": article_id,
                "title": titles[article_id].title,
                "outlet": titles[article_id].outlet,
                "similarity": score,
            }
            for article_id, score in item.reports
        ],
        "mentioned_in": list(item.mentioned_in),
    }


def _capitalised(text: str) -> str:
    """ "joint military commission" → "Joint military commission", to open a title."""
    return text[:1].upper() + text[1:]


def meeting_detail(
    item: Meeting, titles: dict[str, Article], quotes: Mapping[str, Sequence[Quote]]
) -> dict[str, Any]:
    """One meeting with its digest: each fact once, with every report that states it (not one
    of another story). `quotes`: the quotations of each article, by article id."""
    from libtalks.summarize import meeting_facts, of_meeting

    record = meeting(item, titles)
    facts = meeting_facts(item, titles)
    record["digest"] = [{"text": text, "sources": sources} for text, sources in facts]
    record["quotes"] = [q.to_json() for i, _ in item.reports for q in quotes.get(i, ())]
    record["summary"] = list(of_meeting(item, titles, facts=facts).sentences)
    record["disagreements"] = list(item.disagreements)
    record["evidence"] = list(item.days.evidence)
    record["links"] = [
        {"left": link.left, "right": link.right, "similarity": link.similarity,
         "merged": link.merged, "reason": link.reason}
        for link in item.links
    ]  # fmt: skip
    return record


def _days(record: dict[str, Any]) -> str:
    """Days at their precision, compactly: "2020-11-02 …04" (known to the day), "2020-11",
    "2020", "within 2020-06-01 …09-28" (some days in that interval), "≥ 2021-11-30",
    "from 2020-11-02" (its first day, the last not told), "unknown"; a narrow table breaks the
    line before the "…"."""
    start, end, precision = record["start"], record["end"], record["precision"]
    if start is None:
        return "unknown"
    if end is None:
        return f"from {start}" if precision == "day" else f"≥ {start}"
    if precision in ("month", "year"):
        return start[: 7 if precision == "month" else 4]
    if start == end:
        return start
    if start[:7] == end[:7]:
        days = f"{start} …{end[8:]}"
    elif start[:4] == end[:4]:
        days = f"{start} …{end[5:]}"
    else:
        days = f"{start} …{end}"
    return days if precision == "day" else f"within {days}"


def _reports(record: dict[str, Any]) -> str:
    """How many reports, and their outlets where known: "2 (Baghdadpost)"."""
    outlets = sorted({x["outlet"] for x in record["reports"] if x["outlet"]})
    count = str(len(record["reports"]))
    return f"{count} ({', '.join(outlets)})" if outlets else count


MEETING_COLUMNS = [
    Column("#", lambda r: r["row"], numeric=True),
    Column("id", lambda r: r["id"], no_wrap=True),
    Column("days", _days),
    Column("place", lambda r: r["place"] or ""),  # its country: --json, `meeting ID`
    Column(
        "round / body",
        lambda r: ", ".join(
            filter(None, [f"round {r['round']}" if r["round"] else None, r["body"]])
        ),
    ),
    Column("participants", lambda r: r["participants"], max_width=24),
    Column("outcomes", lambda r: len(r["outcomes"]), numeric=True, no_wrap=True),
    Column("reports", lambda r: _reports(r)),
]


def meeting_sections(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """A meeting's briefing: its facts, its digest with sources, quotes, disagreements."""
    facts = [
        f"Days: {_days(record)} ({record['precision']})",
        f"Place: {', '.join(filter(None, [record['place'], record['country']]))}",
        f"Round: {record['round'] or '-'}",
        f"Body: {record['body'] or '-'}",
        f"Participants: {', '.join(record['participants']) or '-'}",
        f"Mediators: {', '.join(record['mediators']) or '-'}",
        f"Topics: {', '.join(record['topics']) or '-'}",
        f"Reports: {', '.join(r['article'] for r in record['reports'])}",
        f"Mentioned in: {', '.join(record['mentioned_in']) or '-'}",
    ]
    return [
        ("Facts", [f"- {line}" for line in facts]),
        ("Summary", [f"- {sentence}" for sentence in record["summary"]]),
        ("Digest", [f"- {d['text']} [{', '.join(d['sources'])}]" for d in record["digest"]]),
        ("Quotes", [f"- {q['speaker']}: “{q['text']}” [{q['source']}]" for q in record["quotes"]]
         or ["- none"]),
        ("Disagreements", [f"- {d}" for d in record["disagreements"]] or ["- none"]),
    ]  # fmt: skip


def actor(item: Actor, meeting_of: dict[str, str]) -> dict[str, Any]:
    """An actor in the JSON contract; `meetings` are those whose reports name it."""
    return {
        "id": item.id,
        "name": item.name,
        "kind": item.kind,
        "aliases": list(item.aliases),
        "roles": [role.to_json() for role in item.roles],
        "affiliation": item.affiliation,
        "articles": list(item.articles),
        "meetings": sorted({meeting_of[a] for a in item.articles if a in meeting_of}),
        "mentions": item.mentions,
    }


def actor_detail(item: Actor, meeting_of: dict[str, str]) -> dict[str, Any]:
    record = actor(item, meeting_of)
    record["quotes"] = [quote.to_json() for quote in item.quotes]
    record["contexts"] = [{"article": c.article, "sentence": c.sentence} for c in item.contexts]
    return record


ACTOR_COLUMNS = [
    Column("name", lambda r: r["name"], no_wrap=True),
    Column("kind", lambda r: r["kind"]),
    Column("roles", lambda r: "; ".join(role["text"] for role in r["roles"]), max_width=50),
    Column("articles", lambda r: len(r["articles"]), numeric=True),
    Column("mentions", lambda r: r["mentions"], numeric=True),
]


def actor_sections(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """An actor's briefing: who, in what roles, where, and what they said."""
    facts = [
        f"Kind: {record['kind']}",
        f"Also written: {', '.join(record['aliases']) or '-'}",
        f"Side: {record['affiliation'] or '-'}",
        f"Articles: {', '.join(record['articles'])}",
        f"Meetings: {', '.join(record['meetings']) or '-'}",
    ]
    return [
        ("Facts", [f"- {line}" for line in facts]),
        ("Roles", [f"- {r['text']} [{', '.join(r['sources'])}]" for r in record["roles"]]
         or ["- none given"]),
        ("Quotes", [f"- “{q['text']}” [{q['source']}]" for q in record["quotes"]] or ["- none"]),
        ("Mentions", [f"- {c['sentence']} [{c['article']}]" for c in record["contexts"]]),
    ]  # fmt: skip


SUMMARY_COLUMNS = [
    Column("meeting", lambda r: r["target"], no_wrap=True),
    Column("summary", lambda r: " ".join(r["sentences"])),
    Column("sources", lambda r: r["sources"]),
]
EVALUATION_COLUMNS = [
    Column("measure", lambda r: r["measure"]),
    Column("value", lambda r: r["value"], numeric=True),
]
