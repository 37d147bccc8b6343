"""What a sentence says around each date it names: the tense it is told in, the event it
dates ("the ceasefire agreement signed last month"), and whether it is a plan's ("agreed to
hold elections on Dec. 24"). dating.py resolves these cues to days.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from libtalks.dates import LONG_DURATIONS, Expression, find_expressions
from libtalks.lexicon import (
    END_VERBS,
    EVENT_NOUNS,
    FUTURE_MARKERS,
    NOT_PAST,
    PAST_MARKERS,
    PLAN_PARTICIPLES,
    PLAN_UNDONE_MARKERS,
    PRESENT_MARKERS,
    RECURRENCE_WORDS,
    REVISED_PLAN_MARKERS,
    SAY_VERBS,
)

# Tense is read from the words around an expression: this many before it, nearest first ...
TENSE_WINDOW_BEFORE = 14
# ... then this many after it ("The meeting on Monday ... marks", "on Monday restarted").
TENSE_WINDOW_AFTER = 4
# A relative phrase belongs to the nearest event noun within this many words before it
# ("the ceasefire agreement signed last month"), or right after it ("last year's attack").
EVENT_NOUN_WINDOW = 16
# An absolute date names the event of an event noun at most this many words away
# ("an October 23 agreement", "the fall of Moammar al-Gaddafi in 2011").
ANCHOR_NOUN_WINDOW = 5
# A relative phrase may also date the noun that follows it ("agreed earlier this month on a
# preliminary deal"), up to this many words on.
RELATIVE_NOUN_AFTER = 6
# A plan's participle this many words before a date makes it the plan's ("had been scheduled
# for Sunday").
PLAN_REACH_WORDS = 3
TOKEN = re.compile(r"[\w'’+.-]+")
_PASSIVE = {"be", "been", "being"}
# Words that mark a plan as verbs ("plans to meet") but not as nouns ("signed a plan on Friday").
_PLAN_NOUNS = frozenset({"plan", "plans"})
# "set up", "set out": a verb of its own, no plan's "set"; nor is "a set of" one.
_SET_PARTICLES = frozenset({"up", "out", "off", "free", "of"})
# Sayings in the past tense that end in no "-ed": right before a day, they date the saying.
_PAST_SAYING = frozenset({"said", "wrote"})
# Words before a date that make it a noun's modifier ("the Dec. 24 elections").
_DETERMINERS = frozenset("the a an its their this that these those his her our".split())
# The kinds of event a report names by their day both before and after it: "the Dec. 24
# elections" is still to come in a report of November, and long past in one of the next year.
_NAMED_BY_DAY = frozenset({"election"})
# Words after "to" that make it a preposition, not an infinitive's ("returned to the talks",
# "came to power"): determiners, pronouns and the nouns news most often puts there.
_NOT_INFINITIVE = frozenset(
    """the a an this that these those its his her their our my your some all both each every
    any no one two three him them it us me what which whom where power office court war talks
    date peace prison""".split()
)


# A day's preposition alone after an aside ("..., held online, on Wednesday"), and how long
# the aside may be.
ASIDE_TAIL = re.compile(r"\s*(?:(?:late|early)\s+)?(?:on|by|until|till|from|since)?\s*")
ASIDE_MAX_WORDS = 6


@dataclass(frozen=True)
class Cue:
    """An expression in its place: sentence, tense, and the event it dates."""

    expression: Expression
    sentence_index: int
    sentence: str
    tense: str  # past | future | present | unknown
    event_kind: str | None
    event_noun: str | None
    duration_months: tuple[int, int] | None  # "yearlong assault": how long the event lasted
    ends_event: bool  # "collapsed this summer": the date is when the event ended
    recurs: bool = False  # "will resume next week": the event happens once more
    planned: bool = False  # "agreed to hold elections on Dec. 24": a plan's date
    # "scheduled for Sunday, was postponed", "initially set for Monday": a plan's day that
    # did not hold
    dropped_plan: bool = False

    def words_before(self, count: int) -> list[str]:
        """The `count` words of its sentence right before the expression, lowercased."""
        return self.sentence[: self.expression.start].lower().split()[-count:]

    def clause_before(self) -> str:
        """The words of its clause before the expression, an aside just before it left out:
        "ended its second round, held online, on Wednesday" is "ended its second round on"."""
        before = self.sentence[: self.expression.start]
        cut = max(before.rfind(mark) for mark in ",;:")
        clause = before[cut + 1 :]
        if cut < 0 or not ASIDE_TAIL.fullmatch(clause) or before[cut] != ",":
            return clause
        opened = max(before.rfind(mark, 0, cut) for mark in ",;:")
        if opened < 0 or before[opened] != "," or len(before[opened:cut].split()) > ASIDE_MAX_WORDS:
            return clause
        return before[max(before.rfind(mark, 0, opened) for mark in ",;:") + 1 : opened] + clause


def cues_of(sentences: Iterable[str]) -> list[Cue]:
    """Every temporal expression of the sentences, with its tense and event."""
    cues = []
    for index, sentence in enumerate(sentences):
        expressions = find_expressions(sentence)
        if not any(expression.kind != "duration" for expression in expressions):
            continue
        tokens = [
            (m.start(), m.end(), m.group().lower().strip(".")) for m in TOKEN.finditer(sentence)
        ]
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        recurs = any(t[2] in RECURRENCE_WORDS for t in tokens)
        for expression in expressions:
            if expression.kind == "duration":
                continue
            around = Around(
                before=tokens[: bisect_right(ends, expression.start)],
                after=tokens[bisect_left(starts, expression.end) :],
                tail=_tail(tokens, ends, expression),
            )
            noun_at, noun = _event_noun(around, expression)
            later = tokens[bisect_right(starts, noun_at) :] if noun_at >= 0 else []
            tense, planned = _tense(around, expression, sentence)
            opened = cues[-1] if cues and cues[-1].sentence_index == index else None
            if expression.qualifier == "until" and opened and opened.expression.qualifier == "from":
                # "who met from November 9 to 15, will resume ...": a span's end is told in
                # the tense of its start
                tense, planned = opened.tense, opened.planned
            dropped = _dropped_plan(around)
            cues.append(
                Cue(
                    expression=expression,
                    sentence_index=index,
                    sentence=sentence,
                    tense=tense,
                    event_kind=EVENT_NOUNS.get(noun) if noun else None,
                    event_noun=noun,
                    duration_months=_duration_before(expressions, noun_at),
                    ends_event=any(t[2] in END_VERBS for t in later),
                    recurs=recurs,
                    planned=planned,
                    dropped_plan=dropped,
                )
            )
    return cues


Token = tuple[int, int, str]  # start, end, lowercased word


@dataclass(frozen=True)
class Around:
    """The words of a sentence around an expression."""

    before: list[Token]  # tokens ending before it starts
    after: list[Token]  # tokens starting after it ends
    tail: str  # the last two letters of a token glued to its end ("year's" → "'s"), else ""


def _tail(tokens: list[Token], ends: list[int], expression: Expression) -> str:
    at = bisect_right(ends, expression.end)  # the first token reaching past the expression
    if at < len(tokens) and expression.end - 2 <= tokens[at][0] < expression.end:
        return tokens[at][2][-2:]
    return ""


def marks_the_future(word: str, next_word: str) -> bool:
    """Whether a lowercased word, read before the next, tells of what is to come ("will",
    "plans to", "set to"), not a plan's noun ("signed a plan") nor "set up" or "a set of"."""
    return (
        word in FUTURE_MARKERS
        and not (word in _PLAN_NOUNS and next_word != "to")
        and not (word == "set" and next_word in _SET_PARTICLES)
    )


def _tense(around: Around, expression: Expression, sentence: str) -> tuple[str, bool]:
    """Past, future, present or unknown: the nearest marker before the expression, else after
    it; and whether the date is a plan's. An infinitive in between ("agreed Friday to hold
    elections on Dec. 24") makes the date a plan of the verb before it: only a future marker
    still decides, so a plan is never read as past ("to be held", "agreed to meet")."""
    if expression.kind == "relative":
        if expression.qualifier in ("ago", "earlier") or expression.amount < 0:
            return "past", False
        if expression.qualifier == "later" or expression.amount > 0:
            return "future", False
    if _names_a_vote(around, expression):
        return "unknown", False
    window = around.before[-TENSE_WINDOW_BEFORE:]
    before = [t[2] for t in window]
    after = [t[2] for t in around.after[:TENSE_WINDOW_AFTER]]
    if REVISED_PLAN_MARKERS & set(before):
        return "past", False
    if PLAN_UNDONE_MARKERS & set(before + after) and PLAN_PARTICIPLES & set(before):
        # "the collapse of elections planned for Dec. 24", "talks scheduled to open on Monday
        # have been postponed": that day may be past or to come
        return "unknown", False
    ordered = list(reversed(before))
    # Capitalised words past the sentence's first are names, no verbs: "Mohamed", "Ahmed".
    names = {at for at, (start, _, _) in enumerate([*reversed(window), *around.after])
             if start and sentence[start].isupper()}  # fmt: skip
    # The word after each, in the text's order ("" for the expression itself).
    following = ["", *ordered[:-1], *after[1:], ""] if ordered else [*after[1:], ""]
    planned = False  # an infinitive lies between the expression and the words still to read
    infinitive_at = 0  # the position of its "to"
    for position, word in enumerate(ordered + after):
        previous = ordered[position + 1] if position + 1 < len(ordered) else ""
        if marks_the_future(word, following[position]) or (
            word in _PLAN_NOUNS and position < len(ordered) and "for" in ordered[:position]
        ):  # "the envoy's plan for a national conference early in 2019"
            return "future", planned
        if (
            word == "be"
            and previous == "to"
            and not {"was", "were"} & set(ordered[position + 2 : position + 3])
        ):
            return "future", planned  # "the conference, to be held on Wednesday"; not "was to be"
        if planned:
            continue
        if word in PRESENT_MARKERS:
            return "present", False
        if word in _PAST_SAYING and position < min(2, len(ordered)):
            return "past", False  # "..., the mission said on Wednesday, Oct 14, 2020"
        if previous in _PASSIVE:
            continue  # "will be held", "to be conducted": the tense is on the auxiliary
        if word in PAST_MARKERS or (
            word.endswith("ed") and len(word) > 4 and word not in NOT_PAST and position not in names
        ):
            return "past", False
        if 0 < position < len(ordered) and word == "to":
            planned = _infinitive(window[len(window) - position], sentence)
            infinitive_at = position
    if planned and _headline_infinitive(around, infinitive_at, sentence):
        return "future", True  # "Military talks to resume on Monday"
    return "unknown", planned


def _headline_infinitive(around: Around, infinitive_at: int, sentence: str) -> bool:
    """Whether the infinitive whose "to" lies `infinitive_at` words before the expression is a
    headline's future, with no verb of a tense anywhere around it: "Military talks to resume
    on Monday", "Chiefs to meet on Monday, mission says" (a saying after the date is the
    writer's); not "Rivals have agreed to swap prisoners, X said on Tuesday"."""
    between = around.before[len(around.before) - infinitive_at :]
    if any(word in SAY_VERBS for _, _, word in between):
        return False
    told = [*around.before, *around.after[:TENSE_WINDOW_AFTER]]
    return not any(
        _tells_a_tense(word, at > 0 and sentence[at].isupper())
        for at, _, word in told
        if word not in SAY_VERBS
    )


def _tells_a_tense(word: str, is_name: bool) -> bool:
    """Whether a lowercased word is a verb of a tense or a tense's marker ("agreed", "met",
    "is", "will"); a capitalised word in "-ed" is a name ("Ahmed")."""
    return (
        word in PAST_MARKERS
        or word in PRESENT_MARKERS
        or word in FUTURE_MARKERS
        or word in {"has", "have"}
        or (word.endswith("ed") and len(word) > 4 and word not in NOT_PAST and not is_name)
    )


def _names_a_vote(around: Around, expression: Expression) -> bool:
    """Whether a day or month without its year names the vote right after it ("adopted a
    declaration supporting the Dec. 24 elections"): the sentence's verb tells of its own
    event, not of the vote, which may lie before or after the writing (_NAMED_BY_DAY). Not "a
    Jan. 19 conference", which "was set up after" dates before the writing."""
    if expression.kind not in ("calendar", "month") or expression.year is not None:
        return False
    if not around.before or around.before[-1][2] not in _DETERMINERS or not around.after:
        return False
    return EVENT_NOUNS.get(around.after[0][2]) in _NAMED_BY_DAY


def _dropped_plan(around: Around) -> bool:
    """Whether the date is a plan's that did not hold: a plan's participle right before it and
    an undoing word after it ("scheduled for Sunday in Sirte, was postponed") or a revising word
    before it ("initially set for Monday"), or an undoing verb and "from" right before it
    ("postponed from Sunday to Wednesday")."""
    before = [t[2] for t in around.before[-TENSE_WINDOW_BEFORE:]]
    if len(before) >= 2 and before[-1] == "from" and before[-2] in PLAN_UNDONE_MARKERS:
        return True
    if not PLAN_PARTICIPLES & set(before[-PLAN_REACH_WORDS:]):
        return False
    return bool(REVISED_PLAN_MARKERS & set(before)
                or PLAN_UNDONE_MARKERS & {t[2] for t in around.after})  # fmt: skip


def _infinitive(following: Token, sentence: str) -> bool:
    """Whether "to" before this token is an infinitive's: a lowercase word that is not one
    of the nouns and determiners a preposition takes ("to hold", not "to Tripoli")."""
    start, _, word = following
    return sentence[start].islower() and word not in _NOT_INFINITIVE


def _event_noun(around: Around, expression: Expression) -> tuple[int, str | None]:
    """The event noun an expression dates, and its offset: the nearest within reach, before or
    after ("the agreement signed last month", "an offensive in April 2019", "a Jan. 19
    conference"); a possessive takes the noun it governs ("last year's attack")."""
    relative = expression.kind == "relative"
    reach_before = EVENT_NOUN_WINDOW if relative else ANCHOR_NOUN_WINDOW
    reach_after = RELATIVE_NOUN_AFTER if relative else ANCHOR_NOUN_WINDOW
    before = around.before[-reach_before:]
    after = around.after[:reach_after]
    if re.match(r"[’']s\b", around.tail):
        before = []
    # "... agreed on laws to govern elections, officials said Tuesday": the day is the
    # saying's; no noun before the verb of saying is its event.
    said = [at for at, token in enumerate(before) if token[2] in SAY_VERBS]
    if said:
        before = before[said[-1] + 1 :]
    ranked = sorted(
        [(len(before) - i, t) for i, t in enumerate(before)]
        + [(i + 1, t) for i, t in enumerate(after)],
        key=lambda pair: pair[0],
    )
    for _, (start, _, word) in ranked:
        if word in EVENT_NOUNS:
            return start, word
    return -1, None


def _duration_before(expressions: list[Expression], noun_at: int) -> tuple[int, int] | None:
    """ "a yearlong assault": the months the event lasted, when a duration precedes its noun."""
    for expression in expressions:
        if expression.kind == "duration" and 0 <= noun_at - expression.end <= 2:
            if expression.amount == 0:
                return LONG_DURATIONS.get(expression.unit or "")
            months = {"day": 0, "week": 0, "month": 1, "year": 12}[expression.unit or "day"]
            return (months * expression.amount, months * expression.amount)
    return None
