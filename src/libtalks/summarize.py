"""Extractive summaries: the sentences that say most of what a report (or a meeting's reports)
says, ranked by centrality, position and overlap with the headline, shown in reading order.

Only body sentences are candidates: headlines, captions, bylines and widgets never are (the
anatomy has already set them apart).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from libtalks.assemble import unique_facts
from libtalks.models import Article, Meeting
from libtalks.text import turns_to_another_story, words

DEFAULT_SENTENCES = 3
# Weights of the three signals, each scaled to 0..1. Centrality dominates: a sentence that
# shares words with many others states what the report is about. The lead matters in news
# (inverted pyramid), the headline names the subject; both break near-ties.
CENTRALITY_WEIGHT = 0.6
POSITION_WEIGHT = 0.25
TITLE_WEIGHT = 0.15
# Sentences shorter than this many words are datelines, fragments or captions that slipped in.
MIN_WORDS = 6
# Words too common to count as overlap with the headline.
_COMMON = frozenset("the a an of in on to and for with by at from is are was were its".split())


@dataclass(frozen=True)
class Candidate:
    """A sentence that may enter a summary: its text, its place in its report, its sources."""

    text: str
    position: int
    title: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    target: str
    sentences: tuple[str, ...]
    sources: tuple[str, ...]

    def to_json(self) -> dict:
        return {"target": self.target, "sentences": list(self.sentences),
                "sources": list(self.sources)}  # fmt: skip


def summarize(
    target: str, candidates: Sequence[Candidate], count: int = DEFAULT_SENTENCES
) -> Summary:
    """The `count` best candidates, in their original order."""
    pool = [c for c in candidates if len(words(c.text)) >= MIN_WORDS] or list(candidates)
    if not pool:
        return Summary(target, (), ())
    texts = [c.text for c in pool]
    scores = []
    for index, candidate in enumerate(pool):
        similar = process.extract(candidate.text, texts, scorer=fuzz.token_sort_ratio,
                                  processor=utils.default_process, limit=None)  # fmt: skip
        others = [score for _, score, at in similar if at != index]
        centrality = sum(others) / (100 * len(others)) if others else 0.0
        position = 1 / (1 + candidate.position)
        scores.append(
            CENTRALITY_WEIGHT * centrality
            + POSITION_WEIGHT * position
            + TITLE_WEIGHT * _title_overlap(candidate)
        )
    best = sorted(range(len(pool)), key=lambda i: (-scores[i], i))[: max(count, 0)]
    chosen = [pool[i] for i in sorted(best)]
    sources = tuple(dict.fromkeys(s for c in chosen for s in c.sources))
    return Summary(target, tuple(c.text for c in chosen), sources)


def _title_overlap(candidate: Candidate) -> float:
    title = {w.lower() for w in words(candidate.title)} - _COMMON
    if not title:
        return 0.0
    sentence = {w.lower() for w in words(candidate.text)}
    return len(title & sentence) / len(title)


def of_article(article: Article, count: int = DEFAULT_SENTENCES) -> Summary:
    candidates = [Candidate(text, i, article.title, (article.id,))
                  for i, text in enumerate(article.sentences)]  # fmt: skip
    return summarize(article.id, candidates, count)


def _meeting_sentences(item: Meeting, titles: dict[str, Article]) -> list[tuple[str, str]]:
    """Each sentence its reports give about the meeting, with its article: not one that turns
    to another story ("Separately, officers met in Sirte this week")."""
    return [(sentence, article_id) for article_id, _ in item.reports
            for sentence in titles[article_id].sentences
            if not turns_to_another_story(sentence)]  # fmt: skip


def meeting_facts(item: Meeting, titles: dict[str, Article]) -> list[tuple[str, list[str]]]:
    """Each fact the meeting's reports state, once, with every report that states it."""
    return unique_facts(_meeting_sentences(item, titles))


def of_meeting(item: Meeting, titles: dict[str, Article], count: int = DEFAULT_SENTENCES,
               facts: list[tuple[str, list[str]]] | None = None) -> Summary:  # fmt: skip
    """A meeting's summary over all its reports: a fact several reports state counts once,
    with all of them as sources. `facts`: its meeting_facts, when already known."""
    position = {}
    for article_id, _ in item.reports:
        for index, text in enumerate(titles[article_id].sentences):
            position.setdefault(text, index)
    merged = meeting_facts(item, titles) if facts is None else facts
    title = titles[item.reports[0][0]].title
    candidates = [Candidate(text, position[text], title, tuple(sources))
                  for text, sources in merged]  # fmt: skip
    return summarize(item.id, candidates, count)
