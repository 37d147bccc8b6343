"""Direct quotations and who said them.

The speaker is the subject of a verb of saying next to the quotation: after it ("...," the two
officials said; "...," said the mission), or before it (X said in a statement: "..."). The
subject is an actor mention, a pronoun standing for the last person named, or else the words
themselves ("the two officials"). A sentence that is all quotation continues the previous
sentence's quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
# A verb of saying, in any sentence (attendance.py uses it too: what one says places no one).
SAYING = re.compile(r"\b(?:" + "|".join(sorted(SAY_VERBS)) + r")\b")
# Where a subject after its verb ends ('"...," said the mission in a statement.'): at a
# clause's punctuation, a sentence's full stop (not an abbreviation's: "U.N."), or a
# preposition.
INVERTED_SUBJECT_END = re.compile(
    r"[,;:]|(?<![A-Z])\.(?:\s|$)|\s(?:in|on|at|after|during|to|via|from|before)\s"
)


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


@dataclass(frozen=True)
class Subject:
    """Who a report says spoke a quotation, before its mentions are known as actors: the
    mentions of the subject phrase, first preferred; else a pronoun, for the last person
    named; else the phrase itself, when short enough to describe someone."""

    mentions: tuple[Mention, ...]
    pronoun: bool
    description: str | None


@dataclass(frozen=True)
class Attribution:
    """A quotation of at least MIN_QUOTE_WORDS words, and the subject of its verb of saying."""

    text: str
    sentence_index: int
    subject: Subject | None  # None: no verb of saying is its own
    whole: bool  # the quotation is all its sentences: it may go on from the sentence before


@dataclass(frozen=True)
class QuoteUnit:
    """Sentences read as one (see _units): their quotations in order, and the person
    mentions outside them, for a later pronoun."""

    first: int  # its first sentence's index
    attributions: tuple[Attribution, ...]
    persons: tuple[Mention, ...]


def units_in(sentences: Sequence[str], mentions: Sequence[Mention]) -> tuple[QuoteUnit, ...]:
    """What an article alone says of its quotations and their speakers; units without a
    quotation or a person are left out."""
    found = []
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
        starts = [offsets[i] for i in unit[1:]]  # where the unit's later sentences begin
        spans = [q.span() for q in QUOTATION.finditer(text)]
        outside = [(at, m) for at, m in placed if not any(s <= at < e for s, e in spans)]
        attributions = []
        for match in QUOTATION.finditer(text):
            words = match["text"].strip().rstrip(",").strip()
            if len(words.split()) < MIN_QUOTE_WORDS:
                continue
            attributions.append(Attribution(
                text=words, sentence_index=max(i for i in unit if offsets[i] <= match.start()),
                subject=_subject_of(text, match, outside, starts),
                whole=match.start() == 0 and match.end() >= len(text.rstrip(".")) - 1,
            ))  # fmt: skip
        persons = tuple(m for _, m in outside if m.kind == "person")
        if attributions or persons:
            found.append(QuoteUnit(unit[0], tuple(attributions), persons))
    return tuple(found)


def attribute(units: Sequence[QuoteUnit], article: str,
              speaker_of: Callable[[Mention], Speaker | None]) -> list[Quote]:  # fmt: skip
    """The quotations of an article's units (units_in) with their speakers, once `speaker_of`
    names the actor of a mention (None for one that is not a person or organisation). A
    quotation that is all its sentences and has no speaker of its own goes on from one in
    the sentence before."""
    found: list[Quote] = []
    last_person: Speaker | None = None
    previous: Quote | None = None
    for unit in units:
        for said in unit.attributions:
            speaker = _speaker(said.subject, speaker_of, last_person) if said.subject else None
            if speaker is None and said.whole and previous and (
                previous.sentence_index == unit.first - 1
            ):  # fmt: skip
                speaker = Speaker(previous.speaker, previous.actor)
            if speaker:
                previous = Quote(speaker.name, speaker.actor, said.text, article,
                                 said.sentence_index)  # fmt: skip
                found.append(previous)
        people = [s for m in unit.persons if (s := speaker_of(m))]
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


def _subject_of(text: str, quote: re.Match, outside: list[tuple[int, Mention]],
                starts: list[int]) -> Subject | None:  # fmt: skip
    """The subject of the verb of saying right after the quotation in its sentence ("...,"
    acting U.N. envoy X told), else right before it; `starts` are where sentences begin."""
    after = text[quote.end() :]
    verb = SAYING.search(after)
    end = quote.end() + verb.start() if verb else 0
    if (
        verb
        and not QUOTATION.search(after[: verb.start()])
        and not any(quote.end() < at <= end for at in starts)
    ):
        start = quote.end()
        if not text[start:end].strip(" ,;:–—-"):  # '"...," said the mission': it follows
            start = end + verb.end() - verb.start()
            stop = INVERTED_SUBJECT_END.search(text, start)
            end = stop.start() if stop else len(text)
        candidates = [m for at, m in outside if start <= at < end]
        return _subject(text[start:end], candidates[::-1])
    before = text[: quote.start()]
    verbs = list(SAYING.finditer(before))
    if verbs and not _CLAUSE_BREAK.search(before[verbs[-1].end() :]):
        start = max(before.rfind(c, 0, verbs[-1].start()) for c in '”".') + 1
        candidates = [m for at, m in outside if start <= at < verbs[-1].start()]
        return _subject(before[start : verbs[-1].start()], candidates)
    return None


def _subject(words: str, candidates: list[Mention]) -> Subject:
    """A subject phrase and its mentions, in the order to prefer them (_speaker_rank: "UN envoy
    X said" is X's saying, "X's army said" the army's)."""
    phrase = words.strip(" ,;:")
    describes = bool(phrase) and len(phrase) <= MAX_SUBJECT_CHARS and not SAYING.search(phrase)
    ordered = sorted(candidates, key=_speaker_rank)
    return Subject(tuple(ordered), phrase in PERSON_PRONOUNS, phrase if describes else None)


def _speaker_rank(mention: Mention) -> int:
    """A person named in a subject speaks before a body, and a body before a person named in
    the possessive ("X's army said")."""
    if mention.possessive:
        return 2
    return 0 if mention.kind in ("person", "surname") else 1


def _speaker(subject: Subject, speaker_of: Callable[[Mention], Speaker | None],
             last_person: Speaker | None) -> Speaker | None:  # fmt: skip
    """The first of the subject's mentions that is an actor, else a pronoun's person, else
    the phrase itself."""
    for mention in subject.mentions:
        speaker = speaker_of(mention)
        if speaker:
            return speaker
    if subject.pronoun:
        return last_person
    return Speaker(subject.description, None) if subject.description else None
