"""Which meeting a report covers: its days, round, body and outcomes, its place (venue.py)
and who attended (attendance.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate

from libtalks import attendance
from libtalks import text as textlib
from libtalks.cues import Cue
from libtalks.dating import Chronology, DatedMention, resolve
from libtalks.lexicon import FUNCTION_WORDS, NUMBER_WORDS, SAY_VERBS
from libtalks.models import LEAD_SENTENCES, Article, DateSpan
from libtalks.venue import MEETING_WORDS, RECALLED, place_of

# "The talks began on Monday 19 October" in a lead dated by the deal of Friday the 23rd: the
# meeting's first day, when a verb of opening comes this many words before a meeting's date,
# at most this many days before the lead's date.
OPENING_REACH_WORDS = 3
# News reports a meeting within days: a lead's date this long before the report was written
# is background, not the meeting's day.
REPORTED_WITHIN_DAYS = 31
OPENING_VERBS = frozenset({"began", "begun", "started", "opened", "convened", "kicked"})
MAX_MEETING_DAYS = 14
# A lead that opens the meeting on its first date ("its meetings in X, which began on May 22")
# and tells a later day an agreement closed it ("signed the agreement on Tuesday") gives that
# day as the last, at most this many days on: talks that open and close in one report may run
# for weeks.
CLOSING_VERBS = frozenset({"signed", "agreed", "ended", "concluded", "closed", "reached"})
CLOSING_REACH_WORDS = 4
MAX_OPENED_MEETING_DAYS = 31
# Verbs that place a meeting on the days after them ("The talks, held in X on Monday and
# Tuesday"), unless "through" closes it on that day. Such days come before the lead's, which is
# then a statement's ("a statement issued on Wednesday"), unless the lead's day is one of the
# meeting too ("resumed its discussions on Wednesday": the meeting spans both).
HELD_VERBS = frozenset({"held", "met", "convened", "gathered"})
CONTINUING_VERBS = frozenset({"resumed", "continued", "reconvened", "discussed"})
# Verbs that make the lead's date the meeting's last day, before it in its clause ("concluded
# on Tuesday a two-day meeting", "wrapped up three days of talks in Geneva on Friday").
CONCLUDING_VERBS = frozenset({"concluded", "ended", "closed", "wrapped", "wound"})
# A stated length: "a three-day meeting", "three days of talks".
LENGTH = re.compile(
    r"\b(\w+)-day (?:meeting|talks|session|summit|round)"
    r"|\b(\w+) days of (?:[\w-]+ ){0,2}(?:talks|meetings|negotiations|consultations|discussions)"
)
# Words right before a stated length that make the lead's date its last day: "at the end of a
# three-day meeting", "at the end of three days of talks".
LENGTH_ENDING = re.compile(
    r"\b(?:end|close|conclusion|concluding|closing)\s+of\s+(?:(?:an?|the)\s+)?$"
)


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "latest": 0,
}  # fmt: skip
# "the third round of talks", not "the first round of a presidential vote" nor "the latest
# round of fighting": a round of something that is no meeting is not the talks' round.
NOT_TALKS = (
    "votes?|voting|elections?|polls?|ballots?|balloting|violence|fighting|clashes"
    "|hostilities|strikes|airstrikes|shelling|sanctions|protests|vaccinations?"
)
ROUND = re.compile(
    r"\b(?P<ordinal>" + "|".join(ORDINALS) + r") round\b"
    rf"(?! of (?:\w+ ){{0,2}}(?:{NOT_TALKS})\b)"
)
# The body that holds talks: a named commission, committee or forum ("Libyan Political
# Dialogue Forum"), or a joint one written lowercase ("the joint constitutional committee").
# A council ("Presidential Council") is an institution, not talks.
BODY = re.compile(
    r"\b(?:(?P<name>(?:[A-Z][a-z]+ ){1,3}(?:Commission|Committee|Forum))"
    r"|(?P<joint>joint (?:[a-z]+ ){0,2}(?:commission|committee)))\b"
)
# A headline's label for a piece that reports no one meeting, whatever meetings it names:
# "Analysis: Can Libya's army be unified?", "Q&A: ...", "Factbox - ...".
GENRE_LABEL = re.compile(
    r"(?i:analysis|opinion|comment|commentary|editorial|op-ed|explainer|explained|q\s*&\s*a"
    r"|interview|profile|timeline|factbox|fact box|feature|obituary|letters?|review)\s*[:|–—-]"
)
# A body the meeting sets up is what it agreed, not who met: "agreed to set up a military
# committee ..., the 5+5 Joint Military Commission".
CREATED = re.compile(
    r"\b(?:set up|setting up|to form|forming|formation of|to create|creating|creation of"
    r"|to establish|establishing|establishment of)\b[^.;]*$"
)
# A commission's "5+5" (five members a side), before its name or in brackets after it.
BODY_ACRONYM = re.compile(
    r"\b(\d\+\d)(?= (?:[A-Z][a-z]+ |(?i:joint |military )){0,3}(?i:commission|committee|jmc)\b)"
    r"|(?:(?<=Commission \()|(?<=Committee \())(\d\+\d)(?=\))"
)
# A body's "5+5" right before where its name starts.
ACRONYM_BEFORE = re.compile(r"\d\+\d ")
# Words that make a sentence about a body's meeting even without a meeting word: "the 75
# participants of the Libyan Political Dialogue Forum", "the commission discussed".
BODY_MEMBERS = re.compile(
    r"\b(?:participants|delegates|delegations?|members|representatives|sessions?|discussed)\b"
)  # on lowercased text
OUTCOME = re.compile(
    r"\b(?:agreed|agree on|agreement on|calling for|called for|call for|committed|decided"
    r"|approved|approving|adopted|endorsed|elected"
    r"|joint statement|will discuss|would discuss|to focus on)\b"
)
# A signing is an outcome when its sentence dates it to the meeting's days ("signed on Friday in
# Geneva a plan"): reports mostly recall signings ("weeks after the rivals signed the truce").
SIGNING = re.compile(r"\bsign(?:ed|ing)\b")  # on lowercased text
# How far after an outcome verb a date may say when that outcome was reached.
OUTCOME_DATE_REACH_CHARS = 60
TOPICS = {
    "ceasefire": r"cease-?fire|truce",
    "foreign fighters": r"foreign (?:fighters|mercenaries|forces)|mercenaries",
    "prisoner exchange": r"prisoners?",
    "unified army command": r"chief of staff|reunification of the army|unif\w+ (?:the )?command",
    "border security": r"border patrols?|smuggling|trafficking",
    "transport links": r"air and land transit|flights|roads",
    "elections": r"elections?",
    "oil": r"\boil\b",
}
TOPIC_PATTERNS = {t: re.compile(pattern) for t, pattern in TOPICS.items()}  # on lowercased text
# A count of something: a number, then the plural noun it counts ("300 delegates"); on
# lowercased text. Reports of one meeting that count the same thing differently disagree. A
# count per side ("five members from each side", "five officers each") counts no whole.
COUNT = re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2)
    + r")\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b"
    r"(?!\s+(?:each\b|apiece\b|(?:from|of|for|on|per|in)\s+(?:each|every|either|both)\b))"
)  # fmt: skip


@dataclass(frozen=True)
class MeetingFacts:
    """What one report says about the meeting it covers."""

    article: str
    place: str | None
    country: str | None
    days: DateSpan
    round: int | None
    body: str | None
    participants: tuple[str, ...]
    mediators: tuple[str, ...]
    topics: tuple[str, ...]
    outcomes: tuple[str, ...]
    reports_meeting: bool = True  # its headline or lead speaks of a meeting at all
    counts: tuple[tuple[str, str], ...] = ()  # ("delegates", "300"): how many of what it says
    absent: tuple[str, ...] = ()  # people it says stayed away ("was not present")


def days_of(article: Article, chron: Chronology, cues: Sequence[Cue]) -> DateSpan:
    """The meeting's days: its first day from the lead's event date, its last from a stated
    length ("three-day"), a closing weekday ("through Wednesday") or a second day named. A
    lead that names no day may name the week ("consultations held in X this week")."""
    lead = [
        c for c in cues
        if c.sentence_index < LEAD_SENTENCES and c.tense != "future"
        and not textlib.turns_to_another_story(c.sentence) and not _long_before(chron, c)
    ]  # fmt: skip
    weeks = [c for c in lead if _names_a_week(c)]
    lead = [c for c in lead if _names_a_day(c)]
    if not lead and weeks and (week := _dated(chron, weeks[0])) and week.span.end:
        # a past week ends on the day of writing at the latest
        last = min(week.span.end, chron.published.end or week.span.end)
        return DateSpan.covering(week.span.start or last, last,
                                 (f"the week: “{week.text}” in “{week.sentence}”",))  # fmt: skip
    start = _dated(chron, lead[0]) if lead else None
    if start is None or not start.span.known:
        return DateSpan.unknown(("no dated event in the lead",))
    evidence = (f"first day: “{start.text}” in “{start.sentence}”",)
    first = start.span
    if first.precision != "day":
        return DateSpan(first.start, first.end, first.precision, evidence)
    end = first.start
    anchor = lead[0]  # the cue whose sentence may name more days of the meeting
    opened_by = None  # the cue of its first day, when before the lead's
    earlier = _earlier_start(chron, lead, first.start)
    if earlier is not None:
        cue, opening, held = earlier
        opened_by = cue
        first = opening.span
        if held and not (_concludes(lead[0]) or _meets_on(lead[0])):
            # "The talks, held ... on Monday and Tuesday": the lead's day came after
            anchor, end = cue, first.start
            evidence = (f"first day: “{opening.text}” in “{opening.sentence}”",)
        else:  # "the talks ... began on Monday": the lead's day is a later day of them
            evidence = (f"first day: “{opening.text}” in “{opening.sentence}”",
                        f"a later day: “{start.text}”")  # fmt: skip
    if earlier is None and (closing := _closing_day(chron, lead, first.start)):
        end = closing.span.start
        evidence += (f"last day: “{closing.text}” in “{closing.sentence}”",)
    for cue in cues:
        e = cue.expression
        if cue.sentence_index >= LEAD_SENTENCES + 4 or textlib.turns_to_another_story(cue.sentence):
            continue
        if e.qualifier == "until" and cue.sentence == anchor.sentence:  # "from 7 to 9 May"
            last = _dated(chron, cue)
            if (last and last.span.precision == "day" and last.span.start > end
                    and (last.span.start - first.start).days < MAX_MEETING_DAYS):  # fmt: skip
                end = last.span.start
                evidence += (f"last day: “{e.text}” in “{cue.sentence}”",)
        if (
            e.kind == "weekday"
            and cue not in (anchor, opened_by)
            and not _said_on(cue)
            and (cue.sentence == anchor.sentence or _closes_on(cue))
        ):
            cue_end = resolve(cue.__class__(**{**cue.__dict__, "tense": "future"}), first.start)
            if cue_end and cue_end[0] > end:
                end = cue_end[0]
                evidence += (f"last day: “{e.text}” in “{cue.sentence}”",)
    # "concluded on Tuesday a two-day meeting", "signed on Friday ... at the end of a three-day
    # meeting": the lead's day is the last, and a stated length counts back from it.
    text = article.title + " " + " ".join(article.sentences)
    for match in LENGTH.finditer(text):
        number = (match[1] or match[2]).lower()
        length = NUMBER_WORDS.get(number) or (int(number) if number.isdigit() else 0)
        closed = earlier is None and (
            _concludes(anchor)
            or LENGTH_ENDING.search(text, max(0, match.start() - 30), match.start())
        )
        if length > 1 and closed and end == first.start:
            first = DateSpan.day(end - timedelta(days=length - 1))
            evidence += (f"length, back from its last day: “{match.group()}”",)
        elif length > 1 and first.start + timedelta(days=length - 1) > end:
            end = first.start + timedelta(days=length - 1)
            evidence += (f"length: “{match.group()}”",)
    return DateSpan(first.start, end, "day", evidence)  # both ends known to the day


def _earlier_start(
    chron: Chronology, lead: list[Cue], day: date
) -> tuple[Cue, DatedMention, bool] | None:
    """The lead's date of a meeting before `day`, and whether the meeting was held on it
    rather than opened: "the talks ... began on Monday 19 October" or "has been meeting ...
    since May 22" before a later day (opened, at most MAX_OPENED_MEETING_DAYS before it),
    "The talks, held ... on Monday and Tuesday" after a statement of Tuesday (held, at most
    MAX_MEETING_DAYS before it). A day of another
    event ("a ceasefire signed on ..."), of a meeting recalled ("had met on ...") or its last
    ("through Wednesday") is not its first."""
    for cue in lead:
        before = cue.sentence[: cue.expression.start].lower().split()
        opened = cue.event_kind == "meeting" and bool(
            OPENING_VERBS & set(before[-OPENING_REACH_WORDS:])
            or (before[-1:] == ["since"] and "been" in _clause_before(cue).lower().split())
        )
        held = (cue.event_kind in (None, "meeting") and HELD_VERBS & set(before)
                and not RECALLED & set(before) and before[-1:] != ["through"])  # fmt: skip
        if not (opened or held):
            continue
        found = _dated(chron, cue)
        if found and cue.expression.kind == "weekday" and cue.sentence == lead[0].sentence:
            # "signed on Friday 12 March after talks that began on Wednesday": the Wednesday
            # before that Friday, whenever the report was written
            on = resolve(replace(cue, tense="past"), day)
            found = replace(found, span=DateSpan.day(on[0], found.span.evidence)) if on else None
        longest = MAX_OPENED_MEETING_DAYS if opened else MAX_MEETING_DAYS
        if (found and found.span.precision == "day" and found.span.start < day
                and (day - found.span.start).days < longest):  # fmt: skip
            return cue, found, not opened
    return None


def _long_before(chron: Chronology, cue: Cue) -> bool:
    """Whether a date lies more than REPORTED_WITHIN_DAYS before the report was written: the
    lead recalls it ("Eighteen months after the ceasefire signed on 23 October 2020")."""
    found = _dated(chron, cue)
    written = chron.published.start
    if found is None or found.span.end is None or written is None:
        return False
    return (written - found.span.end).days > REPORTED_WITHIN_DAYS


def _meets_on(cue: Cue) -> bool:
    """Whether the meeting itself goes on on a day, by its clause: "The forum resumed its
    discussions in Tunis on Wednesday" (not "a statement issued on Wednesday")."""
    words = set(_clause_before(cue).lower().split())
    return bool(CONTINUING_VERBS & words or any(MEETING_WORDS.fullmatch(w) for w in words))


def _clause_before(cue: Cue) -> str:
    """The words of a cue's clause before its expression."""
    before = cue.sentence[: cue.expression.start]
    return before[max(before.rfind(mark) for mark in ",;:") + 1 :]


def _concludes(cue: Cue) -> bool:
    """Whether a verb of ending comes before a day in its clause: "wrapped up three days of
    talks in Geneva on Friday"."""
    return bool(CONCLUDING_VERBS & set(_clause_before(cue).lower().split()))


def _said_on(cue: Cue) -> bool:
    """Whether a day is that of a saying ("..., officials said Sunday"), not of the meeting."""
    return bool(SAY_VERBS & set(_words_before(cue, 2)))


def _closes_on(cue: Cue) -> bool:
    """Whether a weekday is the meeting's last: "through Wednesday", "the talks, which will
    run until Wednesday"."""
    e = cue.expression
    if e.qualifier is None:
        return "through" in cue.sentence[max(0, e.start - 9) : e.start]
    # a time limit ("until", "till"; not "by Wednesday") in a sentence about the meeting
    return (e.qualifier == "deadline" and _words_before(cue, 1) != ["by"]
            and bool(MEETING_WORDS.search(cue.sentence.lower())))  # fmt: skip


def _closing_day(chron: Chronology, lead: list[Cue], day: date) -> DatedMention | None:
    """When the lead's first date opens the meeting ("which began on May 22"), the later day
    an agreement closed it ("signed the agreement on Tuesday"), known to the day."""
    if not OPENING_VERBS & set(_words_before(lead[0], OPENING_REACH_WORDS)):
        return None
    for cue in lead[1:]:
        if not CLOSING_VERBS & set(_words_before(cue, CLOSING_REACH_WORDS)):
            continue
        found = _dated(chron, cue)
        if (found and found.span.precision == "day"
                and 0 < (found.span.start - day).days <= MAX_OPENED_MEETING_DAYS):  # fmt: skip
            return found
    return None


def _words_before(cue: Cue, count: int) -> list[str]:
    """The `count` words of its sentence right before a cue's expression, lowercased."""
    return cue.sentence[: cue.expression.start].lower().split()[-count:]


def _names_a_week(cue: Cue) -> bool:
    """ "this week", "earlier this week", "last week": a week told from the day of writing."""
    e = cue.expression
    return e.kind == "relative" and e.unit == "week" and e.qualifier in (None, "earlier")


def _names_a_day(cue: Cue) -> bool:
    """A weekday, a calendar date, or a day counted from the day of writing ("yesterday")."""
    e = cue.expression
    if e.qualifier == "deadline":  # "until Tuesday": a time limit, no day of the meeting
        return False
    return e.kind in ("weekday", "calendar") or (e.kind == "relative" and e.unit == "day")


def _dated(chron: Chronology, cue: Cue) -> DatedMention | None:
    """The dated mention a cue became in the chronology."""
    return next((m for m in chron.mentions if m.sentence == cue.sentence
                 and m.text == cue.expression.text), None)  # fmt: skip


def with_participants(
    found: MeetingFacts, article: Article, people: Sequence[attendance.NamedPerson]
) -> MeetingFacts:
    """The facts with the participants and mediators the report names, and who it says stayed
    away, once its person mentions are known by their actors' names (which takes the whole
    corpus)."""
    absent = attendance.stayed_away(article, people)
    participants, mediators = attendance.attendees(article, found.place, people, absent)
    return replace(found, participants=participants, mediators=mediators,
                   absent=tuple(sorted(absent)))  # fmt: skip


def _body(sentences: Sequence[str], text: str) -> str | None:
    """The body holding the talks: the first named in a sentence about a meeting or its
    members (a report may mention others: the commission whose ceasefire a forum builds on,
    the forum that once chose a prime minister now visiting abroad, one the meeting sets up),
    else one named with its "5+5"; written as the text capitalises it, with that acronym.
    `text` is the sentences joined by spaces. Headlines are not read: title case makes any
    words a name."""
    starts = list(accumulate((len(s) + 1 for s in sentences[:-1]), initial=0))

    def created(match: re.Match) -> bool:  # "agreed to set up a ... commission": an outcome
        sentence_start = starts[bisect_right(starts, match.start()) - 1]
        return (
            CREATED.search(text, max(sentence_start, match.start() - 100), match.start())
            is not None
        )

    bodies = [m for m in BODY.finditer(text) if not created(m)]
    acronyms = BODY_ACRONYM.finditer(text) if "+" in text else ()
    acronym = next((m[1] or m[2] for m in acronyms if not created(m)), None)

    def about_meeting(match: re.Match) -> bool:
        lowered = sentences[bisect_right(starts, match.start()) - 1].lower()
        return bool(MEETING_WORDS.search(lowered) or BODY_MEMBERS.search(lowered))

    def after_acronym(match: re.Match) -> bool:
        return ACRONYM_BEFORE.fullmatch(text, max(0, match.start() - 4), match.start()) is not None

    capitalised: dict[str, str] = {}  # as first written with capitals, by its lowercase
    for match in bodies:
        if match["name"]:
            name = _without_function_words(match["name"])
            capitalised.setdefault(name.lower(), name)
    chosen = next((m for m in bodies if about_meeting(m)), None) or next(
        (m for m in bodies if m["name"] and after_acronym(m)), None
    )
    named = None
    if chosen is not None:
        name = _without_function_words(chosen["name"] or chosen["joint"])
        named = capitalised.get(name.lower(), name)
    return " ".join(filter(None, [named, f"({acronym})" if acronym and named else acronym]))


def _without_function_words(name: str) -> str:
    """ "The Joint Military Commission" → "Joint Military Commission"."""
    words = name.split()
    while len(words) > 1 and words[0] in FUNCTION_WORDS:
        words.pop(0)
    return " ".join(words)


def _recalled(sentence: str, earlier: Sequence[str]) -> bool:
    """Whether the agreement a sentence tells is dated before the meeting: an outcome verb
    followed, within its clause and before any "to", by the text of an `earlier` date ("the
    plan the commission agreed in Geneva on 8 October", "agreed a truce in October last
    year"; not "agreed to uphold the October 23 ceasefire")."""
    lowered = sentence.lower()
    return any(_dates_verb(lowered, verb, earlier) for verb in OUTCOME.finditer(lowered))


def _signed_then(sentence: str, during: Sequence[str]) -> bool:
    """Whether the sentence dates a signing to the meeting's days ("signed on Friday in Geneva
    a plan"), not "met on Monday, weeks after the rivals signed a truce"."""
    lowered = sentence.lower()
    return any(_dates_verb(lowered, verb, during) for verb in SIGNING.finditer(lowered))


def _dates_verb(lowered: str, verb: re.Match[str], dates: Sequence[str]) -> bool:
    """Whether one of the dates' texts follows the verb within OUTCOME_DATE_REACH_CHARS, in its
    clause and before any "to", or comes right before it ("on Tuesday signed")."""
    reach = lowered[verb.end() : verb.end() + OUTCOME_DATE_REACH_CHARS]
    before = lowered[max(0, verb.start() - OUTCOME_DATE_REACH_CHARS) : verb.start()].rstrip()
    for text in (t.lower() for t in dates):
        at = reach.find(text)
        if at >= 0 and not re.search(r"\bto\b|[,;]", reach[:at]):
            return True
        if before.endswith(f"on {text}"):
            return True
    return False


def facts(article: Article, chron: Chronology, cues: Sequence[Cue]) -> MeetingFacts:
    """What the report alone says about the meeting it covers, from its text, chronology and
    temporal cues (cues.cues_of); with_participants() adds who attended."""
    text = " ".join(article.sentences)
    lowered = text.lower()
    # A report of a meeting says so in its headline or lead ("met", "talks"), or names in its
    # lead a body that holds talks ("a deal signed by the Joint Military Commission"); an
    # analysis, an interview or a factbox reports none.
    lead_text = " ".join(article.sentences[:LEAD_SENTENCES])
    lead = f"{article.title} {lead_text}"
    place, country = place_of(article)
    round_match = ROUND.search(lowered)
    round_number = ORDINALS[round_match["ordinal"]] if round_match else None
    body = _body(article.sentences, text)
    topics = tuple(t for t, pattern in TOPIC_PATTERNS.items() if pattern.search(lowered))
    days = days_of(article, chron, cues)
    earlier: dict[int, list[str]] = {}  # sentence index → texts of dates before the meeting
    during: dict[int, list[str]] = {}  # ... and of dates on its days
    if days.precision == "day":
        for m in chron.mentions:
            if m.span.known and (m.span.end or m.span.start) < days.start:
                earlier.setdefault(m.sentence_index, []).append(m.text)
            elif days.contains(m.span):
                during.setdefault(m.sentence_index, []).append(m.text)
    outcomes = tuple(s for at, s in enumerate(article.sentences)
                     if (OUTCOME.search(s.lower()) or _signed_then(s, during.get(at, ())))
                     and not _recalled(s, earlier.get(at, ())))  # fmt: skip
    return MeetingFacts(
        article=article.id, place=place, country=country, days=days,
        round=round_number or None, body=body or None, participants=(), mediators=(),
        topics=topics, outcomes=outcomes,
        reports_meeting=bool(MEETING_WORDS.search(lead.lower()) or BODY.search(lead_text))
        and not GENRE_LABEL.match(article.title),
        counts=tuple((noun, str(NUMBER_WORDS.get(number, number.replace(",", ""))))
                     for number, noun in COUNT.findall(lowered)),
    )  # fmt: skip
