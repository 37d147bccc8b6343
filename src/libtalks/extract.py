"""Per-report extraction: everything read from one report alone, before reports are compared.

That is its chronology (dates.py, cues.py, dating.py), what it says of its actors (names, roles and
quotations: actors.read) and of the meeting it covers (meetings.py). It is the costly part of
the pipeline, so it is what the cache keeps and what runs in parallel.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from libtalks import parallel
from libtalks.actors import Reading, read
from libtalks.cache import Cache
from libtalks.cues import cues_of
from libtalks.dating import Chronology, chronology
from libtalks.meetings import MeetingFacts, facts
from libtalks.models import Article

# Extractions stored in the cache at a time (and the progress bar moved).
BATCH = 64


@dataclass(frozen=True)
class Extraction:
    """What one report says on its own: its dates, its actors (names, roles, quotations), and
    its meeting (without participants: those need every report's names)."""

    chronology: Chronology
    names: Reading
    meeting: MeetingFacts


def extract(article: Article) -> Extraction:
    cues = cues_of(article.sentences)
    dated = chronology(article, cues)
    return Extraction(dated, read(article), facts(article, dated, cues))


def _extract_pickled(article: Article) -> bytes:
    """An extraction pickled in the worker: the parent keeps these bytes in the cache as they
    are, instead of pickling it a second time."""
    return pickle.dumps(extract(article), pickle.HIGHEST_PROTOCOL)


def extract_all(
    articles: Sequence[Article],
    cache: Cache | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Extraction]:
    """Every report's extraction by article id: from the cache when it holds it, else
    extracted (in `jobs` processes when there are many) and stored. `progress` is told how
    many reports were done each time some are."""
    done: dict[str, Extraction] = {}
    missing = []
    for article in articles:
        source = _source(article)
        found = cache.get(source, article.id, article.digest) if cache and source else None
        if isinstance(found, Extraction):
            done[article.id] = found
        else:
            missing.append(article)
    if progress and done:
        progress(len(done))
    results: Iterator[tuple[Extraction, bytes]]
    if parallel.worth_it(len(missing), jobs):
        blobs = parallel.ordered_map(_extract_pickled, missing, jobs)
        results = ((pickle.loads(blob), blob) for blob in blobs)
    else:
        extractions = map(extract, missing)
        results = ((x, pickle.dumps(x, pickle.HIGHEST_PROTOCOL) if cache else b"")
                   for x in extractions)  # fmt: skip
    _collect(missing, results, done, cache, progress)
    if cache:
        cache.forget_missing()
    return {a.id: done[a.id] for a in articles}


def _collect(
    articles: list[Article],
    results: Iterator[tuple[Extraction, bytes]],
    done: dict[str, Extraction],
    cache: Cache | None,
    progress: Callable[[int], None] | None,
) -> None:
    """Take each article's (extraction, pickled extraction) as it comes; store them BATCH at
    a time."""
    pending: list[tuple[Article, bytes]] = []
    for article, (extraction, blob) in zip(articles, results, strict=True):
        done[article.id] = extraction
        pending.append((article, blob))
        if len(pending) == BATCH:
            _store(pending, cache, progress)
            pending = []
    _store(pending, cache, progress)


def _store(
    pending: list[tuple[Article, bytes]],
    cache: Cache | None,
    progress: Callable[[int], None] | None,
) -> None:
    if cache:
        cache.put([(source, article.id, article.digest, blob)
                   for article, blob in pending if (source := _source(article))])  # fmt: skip
    if progress and pending:
        progress(len(pending))


def _source(article: Article) -> str | None:
    """The file a report came from, as the cache keys it; None for standard input."""
    if not article.digest or not os.path.isfile(article.path):
        return None
    return os.path.abspath(article.path)
