"""Per-report extraction: everything read from one report alone, before reports are compared.

That is its chronology (dates.py, dating.py), its name mentions (mentions.py) and what it
says of the meeting it covers (meetings.py). It is the costly part of the pipeline, so it is
what the cache keeps and what runs in parallel.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from libtalks import mentions
from libtalks.cache import Cache
from libtalks.dating import Chronology, chronology
from libtalks.meetings import MeetingFacts, facts
from libtalks.mentions import Mention
from libtalks.models import Article

# Below this many reports to extract, starting worker processes costs more than it saves.
PARALLEL_FROM = 200
# Reports handed to a worker at a time.
CHUNK = 64


@dataclass(frozen=True)
class Extraction:
    """What one report says on its own: its dates, the names it mentions, and its meeting
    (without participants: those need every report's names)."""

    chronology: Chronology
    mentions: tuple[Mention, ...]
    meeting: MeetingFacts


def extract(article: Article) -> Extraction:
    dated = chronology(article)
    return Extraction(dated, tuple(mentions.in_article(article)), facts(article, dated))


def _extract_chunk(articles: list[Article]) -> list[Extraction]:
    return [extract(a) for a in articles]


def _extract_chunk_pickled(articles: list[Article]) -> list[bytes]:
    """A worker's extractions, each pickled there: the parent keeps these bytes in the cache
    as they are, instead of pickling every extraction a second time."""
    return [pickle.dumps(extract(a), pickle.HIGHEST_PROTOCOL) for a in articles]


def default_jobs() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
    chunks = [missing[i : i + CHUNK] for i in range(0, len(missing), CHUNK)]
    if jobs > 1 and len(missing) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor  # only then worth importing

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            blobs = pool.map(_extract_chunk_pickled, chunks)
            results = ([(pickle.loads(b), b) for b in chunk] for chunk in blobs)
            _collect(chunks, results, done, cache, progress)
    else:
        results = (
            [(x, pickle.dumps(x, pickle.HIGHEST_PROTOCOL) if cache else b"") for x in chunk]
            for chunk in map(_extract_chunk, chunks)
        )
        _collect(chunks, results, done, cache, progress)
    if cache:
        cache.forget_missing()
    return {a.id: done[a.id] for a in articles}


def _collect(chunks, results, done, cache, progress) -> None:
    """Take each chunk's (extraction, pickled extraction) pairs as they come, and store them."""
    for chunk, extracted in zip(chunks, results, strict=True):
        entries = []
        for article, (extraction, blob) in zip(chunk, extracted, strict=True):
            done[article.id] = extraction
            if source := _source(article):
                entries.append((source, article.id, article.digest, blob))
        if cache:
            cache.put(entries)
        if progress:
            progress(len(chunk))


def _source(article: Article) -> str | None:
    """The file a report came from, as the cache keys it; None for standard input."""
    if not article.digest or not os.path.isfile(article.path):
        return None
    return os.path.abspath(article.path)
