"""The library interface: the pipeline stages as plain functions over immutable data."""

from __future__ import annotations

from collections.abc import Sequence

from libtalks.actors import Actor, Cast, named_people
from libtalks.actors import build as build_cast
from libtalks.assemble import Meeting
from libtalks.assemble import build as build_meetings
from libtalks.corpus import LoadOptions
from libtalks.corpus import load as _load
from libtalks.dating import Chronology, chronology
from libtalks.models import Article
from libtalks.timeline import TimelineEvent
from libtalks.timeline import build as build_timeline


def load(paths: Sequence[str] = (), options: LoadOptions | None = None) -> list[Article]:
    """Articles from files, folders, globs or "-"; no paths means $LIBTALKS_CORPUS or the seeds."""
    return _load(tuple(paths), options)


def chronologies(articles: Sequence[Article]) -> dict[str, Chronology]:
    """Each article's date of writing and dated events, by article id."""
    return {article.id: chronology(article) for article in articles}


def timeline(articles: Sequence[Article]) -> list[TimelineEvent]:
    """Every dated event the articles mention, merged across them, oldest first."""
    return build_timeline(m for c in chronologies(articles).values() for m in c.mentions)


def cast(articles: Sequence[Article]) -> Cast:
    """The articles' actors (aliases merged) and every attributed quotation."""
    return build_cast(articles)


def actors(articles: Sequence[Article]) -> list[Actor]:
    """Every person, organisation, place and country the articles name, aliases merged."""
    return list(cast(articles).actors)


def meetings(
    articles: Sequence[Article],
    known: Sequence[Actor] | None = None,
    dated: dict[str, Chronology] | None = None,
) -> list[Meeting]:
    """The meetings the articles cover, reports of one meeting grouped, oldest first.
    `known` (the articles' actors) and `dated` (their chronologies) when already built."""
    people = named_people(actors(articles) if known is None else known)
    return build_meetings(list(articles), dated or chronologies(articles), people)
