"""One corpus and its pipeline stages, each computed once, on first use.

Commands ask for what they show (the cast, the meetings, the timeline) and share what those
need: the per-report extraction, from the cache when it holds it, runs once for all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from libtalks import api
from libtalks.actors import Cast
from libtalks.assemble import Meeting
from libtalks.cache import Cache
from libtalks.dating import Chronology
from libtalks.models import Article
from libtalks.quotes import Quote
from libtalks.timeline import TimelineEvent

# The stages a finished run keeps in the cache for the next run on the same corpus.
KEPT_STAGES = ("chronologies", "cast", "quotes", "meetings", "timeline")


class Analysis:
    def __init__(self, articles: Sequence[Article], cache: Cache | None = None, jobs: int = 1):
        self.articles = list(articles)
        self.by_id = {a.id: a for a in self.articles}
        self.cache = cache
        self.jobs = jobs
        self._extracted: api.Extracted | None = None

    def snapshot(self) -> dict:
        """The articles and every stage computed so far, to keep."""
        done = {name: self.__dict__[name] for name in KEPT_STAGES if name in self.__dict__}
        return {"articles": self.articles, **done}

    @classmethod
    def restore(cls, kept: dict, cache: Cache | None = None, jobs: int = 1) -> Analysis:
        """An analysis with the stages a snapshot kept already done."""
        run = cls(kept["articles"], cache, jobs)
        run.__dict__.update({name: kept[name] for name in KEPT_STAGES if name in kept})
        return run

    def extract(self, progress: Callable[[int], None] | None = None) -> api.Extracted:
        """Each report's extraction; `progress` is told of each batch done."""
        if self._extracted is None:
            self._extracted = api.extract(self.articles, self.cache, self.jobs, progress)
        return self._extracted

    @cached_property
    def chronologies(self) -> dict[str, Chronology]:
        return api.chronologies(self.articles, self.extract())

    @cached_property
    def cast(self) -> Cast:
        return api.cast(self.articles, self.extract())

    @cached_property
    def quotes(self) -> dict[str, list[Quote]]:
        """Every attributed quotation, by article id."""
        found: dict[str, list[Quote]] = {}
        for quote in self.cast.quotes:
            found.setdefault(quote.article, []).append(quote)
        return found

    @cached_property
    def meetings(self) -> list[Meeting]:
        return api.meetings(self.articles, self.cast.actors, self.chronologies)

    @cached_property
    def timeline(self) -> list[TimelineEvent]:
        return api.timeline(self.articles, self.extract())

    def meeting_of(self) -> dict[str, str]:
        """Article id → id of the meeting the article reports."""
        return {article: m.id for m in self.meetings for article, _ in m.reports}
