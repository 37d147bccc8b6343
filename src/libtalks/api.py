"""The library interface: the pipeline stages as plain functions over immutable data."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from libtalks.actors import Actor, Cast, named_people
from libtalks.actors import build as build_cast
from libtalks.assemble import build as build_meetings
from libtalks.cache import Cache
from libtalks.corpus import LoadOptions
from libtalks.corpus import load as _load
from libtalks.dating import Chronology, chronology
from libtalks.extract import Extraction, extract_all
from libtalks.models import Article, Meeting
from libtalks.timeline import TimelineEvent
from libtalks.timeline import build as build_timeline

Extracted = Mapping[str, Extraction]


def load(
    paths: Sequence[str] = (), options: LoadOptions | None = None, jobs: int = 1
) -> list[Article]:
    """Articles from files, folders, globs or "-"; no paths means $LIBTALKS_CORPUS or the seeds.
    Many files are read in `jobs` processes."""
    return _load(tuple(paths), options, jobs)


def extract(
    articles: Sequence[Article],
    cache: Cache | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Extracted:
    """What each article says on its own (dates, names), by article id: from `cache` when it
    holds it, else extracted in `jobs` processes; `progress` is told of each batch done."""
    return extract_all(articles, cache, jobs, progress)


def chronologies(
    articles: Sequence[Article], extracted: Extracted | None = None
) -> dict[str, Chronology]:
    """Each article's date of writing and dated events, by article id."""
    if extracted is not None:
        return {article.id: extracted[article.id].chronology for article in articles}
    return {article.id: chronology(article) for article in articles}


def timeline(
    articles: Sequence[Article], extracted: Extracted | None = None
) -> list[TimelineEvent]:
    """Every dated event the articles mention, merged across them, oldest first."""
    dated = chronologies(articles, extracted)
    return build_timeline(m for c in dated.values() for m in c.mentions)


def cast(articles: Sequence[Article], extracted: Extracted | None = None) -> Cast:
    """The articles' actors (aliases merged) and every attributed quotation."""
    if extracted is None:
        return build_cast(articles)
    return build_cast(articles, [extracted[a.id].names for a in articles])


def actors(articles: Sequence[Article]) -> list[Actor]:
    """Every person, organisation, place and country the articles name, aliases merged."""
    return list(cast(articles).actors)


def meetings(
    articles: Sequence[Article],
    known: Sequence[Actor] | None = None,
    dated: dict[str, Chronology] | None = None,
    extracted: Extracted | None = None,
) -> list[Meeting]:
    """The meetings the articles cover, reports of one meeting grouped, oldest first.
    `known` (the articles' actors), `dated` (their chronologies) and `extracted` (what each
    says on its own) when already built."""
    extracted = extract_all(articles) if extracted is None else extracted
    people = named_people(cast(articles, extracted).actors if known is None else known)
    found = {a.id: extracted[a.id].meeting for a in articles}
    return build_meetings(list(articles), dated or chronologies(articles, extracted), people,
                          found)  # fmt: skip
