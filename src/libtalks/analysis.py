"""One corpus and its pipeline stages, each computed once, on first use.

Commands ask for what they show (the cast, the meetings, the timeline) and share what those
need: the per-report extraction, from the cache when it holds it, runs once for all of them.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

from libtalks.models import Article, Meeting

if TYPE_CHECKING:  # the pipeline is imported when a stage is computed, not when it is kept
    from libtalks.actors import Cast
    from libtalks.api import Extracted
    from libtalks.cache import Cache
    from libtalks.dating import Chronology
    from libtalks.quotes import Quote
    from libtalks.timeline import TimelineEvent

# The stages a finished run keeps in the cache for the next run on the same corpus.
KEPT_STAGES = ("chronologies", "cast", "quotes", "meetings", "timeline")


class Analysis:
    def __init__(
        self, articles: Sequence[Article], cache: Cache | None = None, jobs: int | None = 1
    ):
        """`jobs`: the processes that extract reports; None, one per processor."""
        self.articles = list(articles)
        self.by_id = {a.id: a for a in self.articles}
        self.cache = cache
        self.jobs = jobs
        self._extracted: Extracted | None = None
        self._kept: dict[str, bytes] = {}  # stages a previous run kept, read on first use

    def snapshot(self) -> dict[str, bytes]:
        """The articles and every stage computed (or kept) so far, each pickled on its own so
        that the next run reads only the stages its command uses."""
        done = {name: self.__dict__[name] for name in KEPT_STAGES if name in self.__dict__}
        pickled = {
            name: pickle.dumps(value, pickle.HIGHEST_PROTOCOL) for name, value in done.items()
        }
        return {
            **self._kept,
            **pickled,
            "articles": pickle.dumps(self.articles, pickle.HIGHEST_PROTOCOL),
        }

    def stages(self) -> set[str]:
        """The stages computed or kept so far."""
        return {name for name in KEPT_STAGES if name in self.__dict__} | self._kept.keys()

    @classmethod
    def restore(
        cls, kept: dict[str, bytes], cache: Cache | None = None, jobs: int | None = 1
    ) -> Analysis:
        """An analysis whose stages a snapshot kept are read when first asked for."""
        run = cls(pickle.loads(kept["articles"]), cache, jobs)
        run._kept = {name: kept[name] for name in KEPT_STAGES if name in kept}
        return run

    def _stage(self, name: str, compute: Callable[[ModuleType], Any]) -> Any:
        """A kept stage, else `compute` called with the pipeline's module (imported only then:
        a warm run does without it)."""
        blob = self._kept.get(name)
        if blob is not None:
            return pickle.loads(blob)
        from libtalks import api

        return compute(api)

    def extract(self, progress: Callable[[int], None] | None = None) -> Extracted:
        """Each report's extraction; `progress` is told of each batch done."""
        if self._extracted is None:
            from libtalks.extract import extract_all
            from libtalks.parallel import default_jobs

            jobs = self.jobs or default_jobs()
            self._extracted = extract_all(self.articles, self.cache, jobs, progress)
        return self._extracted

    @cached_property
    def chronologies(self) -> dict[str, Chronology]:
        return self._stage(
            "chronologies", lambda api: api.chronologies(self.articles, self.extract())
        )

    @cached_property
    def cast(self) -> Cast:
        return self._stage("cast", lambda api: api.cast(self.articles, self.extract()))

    @cached_property
    def quotes(self) -> dict[str, list[Quote]]:
        """Every attributed quotation, by article id."""
        return self._stage("quotes", lambda _: self._quotes())

    def _quotes(self) -> dict[str, list[Quote]]:
        found: dict[str, list[Quote]] = {}
        for quote in self.cast.quotes:
            found.setdefault(quote.article, []).append(quote)
        return found

    @cached_property
    def meetings(self) -> list[Meeting]:
        # Each report's facts as extracted (from the cache, on a run that restored its other
        # stages).
        return self._stage(
            "meetings",
            lambda api: api.meetings(
                self.articles, self.cast.actors, self.chronologies, self.extract()
            ),
        )

    @cached_property
    def timeline(self) -> list[TimelineEvent]:
        return self._stage("timeline", lambda api: api.timeline(self.articles, self.extract()))

    def meeting_of(self) -> dict[str, str]:
        """Article id → id of the meeting the article reports."""
        return {article: m.id for m in self.meetings for article, _ in m.reports}
