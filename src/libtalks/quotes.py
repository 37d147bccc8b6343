"""Direct quotations and who said them.

The speaker is the subject of a verb of saying next to the quotation: after it ("...," the two
officials said), or before it (X said in a statement: "..."). The subject is an actor mention,
a pronoun standing for the last person named, or else the words themselves ("the two
officials"). A sentence that is all quotation continues the previous sentence's quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from libtalks.lexicon import PERSON_PRONOUNS, SAY_VERBS
from libtalks.mentions import Mention

# A quotation shorter than this many words is a scare quote ("permanent"), not a statement.
MIN_QUOTE_WORDS = 3
# A subject phrase longer than this is not a speaker's name or description.
MAX_SUBJECT_CHARS = 120
# A quotation is followed over at most this many sentences; one left open longer is a stray mark.
MAX_QUOTE_SENTENCES = 8

QUOTATION = re.compile(r"[“\"](?P<text>[^”\"]+)[”\"]")
# Between a verb of saying and its quotation, a new clause starts here: the verb is not its own.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b")
_SAY = re.compile(r"\b(?:" + "|".join(sorted(SAY_VERBS)) + r")\b")


@dataclass(frozen=True)
class Quote:
    """What someone said, in their words; `actor` is the speaker's actor id when known."""

    speaker: str
    actor: str | None
    text: str
    article: str
    sentence_index: int

    def to_json(self) -> dict:
        return {"speaker": self.speaker, "actor": self.actor, "text": self.text,
                "source": self.article}  # fmt: skip


@dataclass(frozen=True)
class Speaker:
    name: str
    actor: str | None


def quotes_in(sentences: tuple[str, ...], article: str, mentions: list[Mention],
              speaker_of: Callable[[Mention], Speaker | None]) -> list[Quote]:  # fmt: skip
    """Every attributed quotation of an article. `speaker_of` names the actor of a mention
    (None for one that is not a person or organisation)."""
    found: list[Quote] = []
    last_person: Speaker | None = None
    previous: Quote | None = None
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence_index, []).append(mention)
    for unit in _units(sentences):
        offsets, position = {}, 0
        for index in unit:
            offsets[index] = position
            position += len(sentences[index]) + 1
        text = " ".join(sentences[i] for i in unit)
        placed = sorted(((offsets[i] + m.start, m) for i in unit for m in by_sentence.get(i, ())),
                        key=lambda p: p[0])  # fmt: skip
        spans = [q.span() for q in QUOTATION.finditer(text)]
        outside = [(at, m) for at, m in placed if not any(s <= at < e for s, e in spans)]
        for match in QUOTATION.finditer(text):
            words = match["text"].strip().rstrip(",").strip()
            if len(words.split()) < MIN_QUOTE_WORDS:
                continue
            index = max(i for i in unit if offsets[i] <= match.start())
            speaker = _speaker(text, match, outside, speaker_of, last_person)
            whole = match.start() == 0 and match.end() >= len(text.rstrip(".")) - 1
            if speaker is None and whole and previous and previous.sentence_index == unit[0] - 1:
                speaker = Speaker(previous.speaker, previous.actor)
            if speaker:
                previous = Quote(speaker.name, speaker.actor, words, article, index)
                found.append(previous)
        people = [s for _, m in outside if m.kind == "person" and (s := speaker_of(m))]
        if people:
            last_person = people[-1]
    return found


def _units(sentences: tuple[str, ...]) -> list[list[int]]:
    """Sentence indices grouped so that each group closes the quotations it opens: a
    quotation of several sentences is read as one."""
    units: list[list[int]] = []
    current: list[int] = []
    for index in range(len(sentences)):
        current.append(index)
        text = " ".join(sentences[i] for i in current)
        if text.count("“") <= text.count("”") and text.count('"') % 2 == 0:
            units.append(current)
            current = []
        elif len(current) == MAX_QUOTE_SENTENCES:  # never closed: read sentence by sentence
            units.extend([i] for i in current)
            current = []
    units.extend([i] for i in current)
    return units


def _speaker(text: str, quote: re.Match, outside: list[tuple[int, Mention]],
             speaker_of: Callable[[Mention], Speaker | None],
             last_person: Speaker | None) -> Speaker | None:  # fmt: skip
    after = text[quote.end() :]
    verb = _SAY.search(after)
    if verb and not QUOTATION.search(after[: verb.start()]) and "." not in after[: verb.start()]:
        start, end = quote.end(), quote.end() + verb.start()
        candidates = [m for at, m in outside if start <= at < end]
        return _subject(text[start:end], candidates[::-1], speaker_of, last_person)
    before = text[: quote.start()]
    verbs = list(_SAY.finditer(before))
    if verbs and not _CLAUSE_BREAK.search(before[verbs[-1].end() :]):
        start = max(before.rfind(c, 0, verbs[-1].start()) for c in '”".') + 1
        candidates = [m for at, m in outside if start <= at < verbs[-1].start()]
        return _subject(before[start : verbs[-1].start()], candidates, speaker_of, last_person)
    return None


def _subject(words: str, candidates: list[Mention],
             speaker_of: Callable[[Mention], Speaker | None],
             last_person: Speaker | None) -> Speaker | None:  # fmt: skip
    """The speaker a subject phrase names: the first of `candidates` (mentions in the order
    to prefer them) that is an actor, else a pronoun's person, else the short phrase itself."""
    for mention in candidates:
        speaker = speaker_of(mention)
        if speaker:
            return speaker
    phrase = words.strip(" ,;:")
    if phrase in PERSON_PRONOUNS:
        return last_person
    if phrase and len(phrase) <= MAX_SUBJECT_CHARS and not _SAY.search(phrase):
        return Speaker(phrase, None)
    return None
