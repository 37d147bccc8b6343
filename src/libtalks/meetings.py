"""Which meeting a report covers: its round, body and outcomes, its days (meeting_days.py),
its place (venue.py) and who attended (attendance.py); whether it covers one at all is
coverage.py's."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from libtalks import attendance, gazetteer
from libtalks import text as textlib
from libtalks.coverage import BODY, reports_a_meeting
from libtalks.cues import Cue
from libtalks.dating import Chronology
from libtalks.lexicon import (
    EVENT_KINDS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RECURRENCE_WORDS,
    SAY_VERBS,
)
from libtalks.meeting_days import (
    NAMED_OCCASION,
    OCCASION_SUBJECT,
    OPENING_VERBS,
    days_of,
    still_to_come,
    yearless_days,
)
from libtalks.models import Article, DateSpan
from libtalks.venue import (
    MEETING_WORDS,
    OFFSET_UNITS,
    announced_place,
    place_of,
    tells_another_meeting,
    town_near,
    towns_met_in,
)

ORDINALS = {**ORDINAL_WORDS, "latest": 0}
# "the third round of talks", not "the first round of a presidential vote" nor "the latest
# round of fighting": a round of something that is no meeting is not the talks' round.
NOT_TALKS = (
    "votes?|voting|elections?|polls?|ballots?|balloting|violence|fighting|clashes"
    "|hostilities|strikes|airstrikes|shelling|sanctions|protests|vaccinations?"
)
ROUND = re.compile(
    r"\b(?P<ordinal>" + "|".join(ORDINALS) + r"|(?P<number>\d{1,2})(?:st|nd|rd|th))"
    r"(?: and (?:final|last))? round\b"  # "the third and last round"
    rf"(?! of (?:\w+ ){{0,2}}(?:{NOT_TALKS})\b)"
)
# ... nor is one a vote's words lead to: "the list won 39 votes in the second round", "beat a
# rival slate by 39 votes to 34 in a second round".
VOTE_BEFORE_ROUND = re.compile(
    rf"\b(?:(?:{NOT_TALKS}|candidates?|lists?|run-?offs?)\b(?:\s+\S+){{0,3}}"
    r"|\d+\s+votes?\s+to\s+\d+\s+(?:in|at)\s+(?:the|a))\s+$"
)
# ... nor one the meeting is set some time after or before: "a week after the first round
# ended" (not "agreed after the third round of talks").
OFFSET_BEFORE_ROUND = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before|since|following)\s+(?:the|its|their)\s+$"
)
# A council is an institution, not talks ("Presidential Council head X met Y"), but it is the
# body of a session of its own: "the High Council of State met in Tripoli", "the council had
# rejected the laws at its session". It is the meeting's body only when no commission,
# committee or forum is.
COUNCIL = re.compile(
    r"\b(?:(?:[A-Z][a-z]+ ){1,3}(?:Council|Assembly|Parliament|Senate)(?: of (?:the )?[A-Z][a-z]+)?"
    r"|House of (?:Representatives|Deputies|Commons))\b"
)
COUNCIL_MEETS = re.compile(
    r"(?:\s*\([^)]{1,12}\))?\s+(?:\w+\s+)?(?:met|meets|held|holds|convened|convenes|gathered)\b"
)
# A council listed after another meets it, holding no session of its own: "Delegations of the
# House of Representatives and the Tripoli-based High Council of State met".
LISTED_AFTER_A_COUNCIL = re.compile(rf"(?:{COUNCIL.pattern})\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# A body's verb of agreement right after its name (and acronym), perhaps past its day: it signed
# or agreed at the meeting ...
_AFTER_THE_BODY = r"(?:\s*\([^)]{1,12}\))?\s+(?:\w+\s+){0,2}?"
BODY_AGREES = re.compile(_AFTER_THE_BODY + r"(?:signed|agreed|adopted|approved|endorsed|decided)\b")
# ... or a choice it made, in a sentence that is one of the meeting's outcomes ("The forum on
# Friday elected a new executive"; not "The forum elected him in February").
BODY_CHOOSES = re.compile(_AFTER_THE_BODY + r"(?:elected|voted)\b")
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
# A body named with its "5+5" outside a sentence about a meeting is the talks' ("They form the
# 3+3 Coastal Security Commission"), not one that someone backs from afar ("reiterated Italy's
# support for the work of the 5+5 Joint Military Commission"; one welcomed is the talks':
# "welcomes the outcome of the meeting of the 5+5 Joint Military Commission").
BACKED = re.compile(r"\b(?:support|supports|supported|backing|backs|backed)\b[^.;,]*$")
# Words that make a sentence about a body's meeting even without a meeting word: "the 75
# participants of the Libyan Political Dialogue Forum", "the commission discussed", "The
# Economic Working Group is co-chaired by ...".
BODY_MEMBERS = re.compile(
    r"\b(?:participants|delegates|delegations?|members|representatives|sessions?|discussed"
    r"|(?:co-)?chair(?:ed|s))\b"
)  # on lowercased text
# What a meeting signs: "signed a ceasefire agreement", "The Action Plan was signed".
_SIGNED_PAPERS = (
    r"(?:agreements?|deals?|accords?|memorand(?:um|a)|mous?|protocols?|declarations?|truce"
    r"|cease-?fire|(?:action |road ?)?plans?|roadmaps?|pacts?|treat(?:y|ies)|charters?"
    r"|communiqu[eé]s?)"
)
OUTCOME = re.compile(
    r"\b(?:agreed|agreeing (?:on|to)|agree on|agreement on|calling for|called for|call for"
    r"|committed|decided|approved|approving|adopted|endorsed|elected|recommended"
    r"|(?:issued|produced|drew up|made|put forward) (?:[\w-]+ ){0,3}?recommendations"
    rf"|signed (?:[\w-]+ ){{0,3}}?{_SIGNED_PAPERS}"
    rf"|{_SIGNED_PAPERS} (?:was|were|has been|have been|had been) signed"
    r"|reached [\"“]?(?:an? )?(?:[\w-]+ ){0,4}?(?:consensus|agreement|deal|understanding|accord)"
    r"|(?:consensus|agreement|deal|understanding) (?:was|has been|had been) reached"
    r"|(?:ended|concluded|closed|wrapped up)\b[^.;]{0,60}?\bwith (?:an? |the )?(?:[\w-]+ ){0,3}?"
    r"(?:agreement|deal|accord|consensus|understanding)"
    r"|joint statement|will discuss|would discuss|to focus on)\b"
)
# "is committed to", "has always been committed to": a stance held, not an outcome reached.
STANCE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?$"
)
# "X has repeatedly called for", "have long called for": a habit, not an outcome reached.
HABIT_BEFORE = re.compile(r"\b(?:repeatedly|long|often|always|regularly|frequently)\s+$")
# "The plan must still be endorsed by the council", "will be adopted next week": an outcome to
# come, not one reached.
PASSIVE_TO_COME = re.compile(
    r"\b(?:must|will|would|should|could|may|might|(?:has|have|had|needs?) to)\s+"
    r"(?:\w+\s+)?be\s+$"
)
# "ended ... without reaching agreement on", "failed to agree on", "did not approve", "no
# agreement on": an outcome denied, not told; "close to an agreement on", "nearing agreement
# on": one neared, not reached. On lowercased text, before the outcome's verb.
DENIED = re.compile(
    r"\b(?:without|no|not|never|n't|failed to|fail to|fails to|failing to|yet to|unable to"
    r"|refused to|(?:close|closer|near|nearer) to|nearing|on the verge of)\s+(?:[\w-]+\s+){0,2}$"
)
# "It did not say whether the two had agreed to anything", "it was unclear if they agreed":
# whether an outcome was reached is asked, not told (the question word in the verb's clause).
OPEN_QUESTION = re.compile(r"\b(?:whether|if)\b[^.;,]*$")
# An outcome told in a relative clause of a meeting the report recalls: "The talks come after a
# meeting in Cairo earlier this month, in which both sides agreed to ...", "The deal follows
# talks in Istanbul on July 13, when a centre was agreed" (not "After two days of talks, the
# sides agreed ..."). On lowercased text, before the outcome's verb.
RECALLED_MEETING_CLAUSE = re.compile(
    r"\b(?:after|following|follows?|followed)\b[^.;]{0,80}?"
    r"\b(?:meeting|meetings|talks|summit|session|conference|round)\b"
    r"[^.;]{0,160}?(?:\b(?:in|at|during) which|, when)\b[^.;]{0,60}$"
)
# A sentence whose subject is an earlier occasion (meeting_days.OCCASION_SUBJECT) tells none
# of this meeting's outcomes: "The previous round ended with agreement on 137 articles",
# "Previous rounds in April and May produced agreement on 137 articles", "The second round, held
# in Cairo last month, ended with ..." when the report's is the third; nor one that tells an
# outcome reached at one: "said the committee had agreed on 137 articles in the previous round".
OCCASION_AT = re.compile(r"\b(?i:in|at|during)\s+(?:the|its|their)\s+" + NAMED_OCCASION)
# ... nor does the subject of a saying's clause: "Williams said the first round, held in April,
# had produced agreement on 137 articles".
SAID_OF_OCCASION = re.compile(
    rf"\b(?:{'|'.join(sorted(SAY_VERBS))})\s+(?:that\s+)?(?:the|its|their)\s+(?i:{NAMED_OCCASION})"
)
# A date in a clause opened by "since", "after" or "following" is of what the occasion came
# after, not the occasion's: "The first talks since 2014", "in their second meeting after a
# first one in August". On the text before the date.
AFTER_CLAUSE = re.compile(r"\b(?:since|after|following)\b[^,;.]{0,60}$")
# An agreement told in a clause that opens on "since", or on an offset's "after", was made
# before: "The meeting was the first since the commission agreed a ceasefire in Geneva", "met
# on Monday, weeks after the rivals signed a truce", "came two weeks after the forum, meeting in
# Tunisia, agreed" (an aside between commas) (not "The first talks since 2014 adopted a plan",
# where "since" dates the talks).
EARLIER_CLAUSE = re.compile(
    rf"\b(?:since|(?:{'|'.join(sorted(OFFSET_UNITS))}) after)\s+(?!\d)"
    r"[^,;.]{0,80}(?:,[^,;.]{1,60},[^,;.]{0,40})?$"
)  # offsets as venue.py reads them before a meeting word
# An agreement as the subject of the outcome's verb, perhaps with a clause set off by commas:
# "The cease-fire deal, signed in Geneva on Oct. 23, called for ...", "The Oct. 23 truce called
# for ..."; dated before the meeting, what it calls for was agreed then. On lowercased text,
# from the sentence's start to the verb.
AGREEMENT_SUBJECT = re.compile(
    r"(?:the|an?|its|their|this|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:"
    + "|".join(sorted(EVENT_KINDS["agreement"])) + r")(?:\s*,[^,;]{1,80},)?\s+(?:[a-z]+\s+)?"
)  # fmt: skip
# A sentence whose subject is a pronoun goes on about the subject of the one before: "The
# first conference, in January 2020, ... Its participants committed to ...", "Separately, the
# parliament met in Tobruk. They agreed to ...".
PRONOUN_SUBJECT = re.compile(r"(?:It|Its|They|Their)\b")
# What ties a date to a verb after it in a clause of its own: "in October 2021, when it approved".
DATE_CLAUSE_LINK = re.compile(
    r"\s*,?\s*(?:when|where|at which|in which|during which)\b[^.;,]{0,40}"
)
# A clause set in a place, before its verb: "..., while in Geneva a committee agreed", "In
# Bamako, the committee approved".
SET_ELSEWHERE = re.compile(
    r"(?:^|[;,]\s*|\b(?:while|whereas|but)\s+)(?:[Ii]n|[Aa]t) (?:the )?"
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# A place right after a body's name (and any "5+5" or brackets in it) or a verb, past any
# capitalised words: "a plan agreed by the 5+5 Joint Military Commission in Geneva last month",
# "agreed Friday in Geneva".
PLACED_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|\d\+\d|\(\S{1,12}\)|(?i:joint|military|commission|committee)))*"
    r"(?:\s+(?:has |have |had )?(?:met|meets|convened|gathered))?"  # "the commission met in X"
    r"\s+(?:in|at) (?:the )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# A place that ends the subject of a verb, past any adverbs, auxiliaries or weekday: "Lawmakers
# in Tobruk on Monday agreed", "Delegates at Tobruk have also approved".
PLACED_BEFORE = re.compile(
    r"\b(?:in|at) (?:the )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?:\s+on [A-Z][a-z]+day|\s+(?:also|have|has|had|then|later|\w+ly))*\s+$"
)
# A signing is an outcome when its sentence dates it to the meeting's days ("signed on Friday in
# Geneva a plan"): reports mostly recall signings ("weeks after the rivals signed the truce").
SIGNING = re.compile(r"\bsign(?:ed|ing)\b")  # on lowercased text
# How far after an outcome verb a date may say when that outcome was reached.
OUTCOME_DATE_REACH_CHARS = 60
TOPICS = {
    "ceasefire": r"cease-?fire|truce",
    "foreign fighters": r"foreign (?:fighters|mercenaries|forces)|mercenaries",
    "prisoner exchange": r"prisoners?|detainees?",
    "unified army command": r"chief of staff|reunification of the army|unif\w+ (?:the )?command",
    "border security": r"border patrols?|smuggling|trafficking",
    "transport links": r"air and land transit|flights|roads",
    "elections": r"elections?",
    "oil": r"\boil\b",
}
TOPIC_PATTERNS = {t: re.compile(pattern) for t, pattern in TOPICS.items()}  # on lowercased text
# A count of something: a number, then the plural noun it counts ("300 delegates"); on
# lowercased text. Reports of one meeting that count the same thing differently disagree. A
# count per side ("five members from each side", "five officers each") counts no whole, nor
# does a stretch of time ("five days of talks", "in the past two days": a length, or another).
COUNT = re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2)
    + r")\s+(?:[a-z]+\s+)?(?!(?:hours|days|weeks|months|years|decades|times)\b)([a-z]{3,}s)\b"
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
    near: str | None = None  # the town it locates its town by ("Gammarth, a suburb of Tunis")
    to_come: bool = False  # its lead announces the meeting ("will meet next week")
    # (month, day) its lead gives the meeting when no year dates it ("held ... on Nov. 12")
    yearless: tuple[tuple[int, int], ...] = ()


def with_participants(
    found: MeetingFacts, article: Article, people: Sequence[attendance.NamedPerson]
) -> MeetingFacts:
    """The facts with the participants and mediators the report names, and who it says stayed
    away, once its person mentions are known by their actors' names (which takes the whole
    corpus)."""
    absent = attendance.stayed_away(article, people)
    participants, mediators = attendance.attendees(article, found.place, people, absent,
                                                   found.to_come)  # fmt: skip
    return replace(found, participants=participants, mediators=mediators,
                   absent=tuple(sorted(absent)))  # fmt: skip


def _body(
    sentences: Sequence[str], text: str, place: str | None, outcomes: Sequence[str]
) -> str | None:
    """The body holding the talks: the first named in a sentence about a meeting or its
    members (a report may mention others: the commission whose ceasefire a forum builds on,
    the forum that once chose a prime minister now visiting abroad, one the meeting sets up,
    one of another story: "Meanwhile, the forum held a virtual meeting"), else the first that
    signs or agrees ("The Joint Military Commission (5+5) signed on Friday an action plan"), or
    elects or votes in one of the meeting's `outcomes` ("The forum on Friday elected ..."),
    else one named with its "5+5"; written as the text capitalises it, with that acronym. A
    body whose sentence recalls or announces a meeting elsewhere than the report's `place`
    ("the forum would meet in Tunisia" in a report from Geneva), or placed in another by the
    words after its name ("a plan agreed by the commission in Geneva" in a report from Paris),
    is another meeting's, unless it meets there again ("recommended that the commission meet
    again in Geneva").
    `text` is the sentences joined by spaces. Headlines are not read: title case makes any
    words a name."""
    starts = list(accumulate((len(s) + 1 for s in sentences[:-1]), initial=0))

    def sentence_start(match: re.Match) -> int:  # where the match's sentence starts in `text`
        return starts[bisect_right(starts, match.start()) - 1]

    def created(match: re.Match) -> bool:  # "agreed to set up a ... commission": an outcome
        return (
            CREATED.search(text, max(sentence_start(match), match.start() - 100), match.start())
            is not None
        )

    def sentence_of(match: re.Match) -> str:
        return sentences[bisect_right(starts, match.start()) - 1]

    def of_the_story(match: re.Match) -> bool:  # not "Meanwhile, the 5+5 commission met ..."
        return not created(match) and not textlib.turns_to_another_story(sentence_of(match))

    def backed(match: re.Match) -> bool:  # "support for the work of the 5+5 commission"
        return BACKED.search(text, sentence_start(match), match.start()) is not None

    def of_this_meeting(match: re.Match) -> bool:  # nor "the forum would meet in Tunisia"
        sentence = sentence_of(match)
        at = match.start() - sentence_start(match)
        return (
            of_the_story(match)
            and (
                not tells_another_meeting(sentence, place)
                or not RECURRENCE_WORDS.isdisjoint(textlib.words(sentence.lower()))
            )  # "meet again"
            and not (place and _set_elsewhere(sentence, at, place))  # "In Tunis, the forum met"
            and not (place and _placed_elsewhere(text, match.end(), place))
        )

    bodies = [m for m in BODY.finditer(text) if of_this_meeting(m)]
    acronyms = (
        [m for m in BODY_ACRONYM.finditer(text) if of_the_story(m) and not backed(m)]
        if "+" in text
        else []
    )

    def about_meeting(match: re.Match) -> bool:
        lowered = sentence_of(match).lower()
        return bool(MEETING_WORDS.search(lowered) or BODY_MEMBERS.search(lowered))

    def holds_session(match: re.Match) -> bool:  # "the council met", "at its session"
        after = match.end() - sentence_start(match)  # not "a session ... to choose the council"
        return (
            of_this_meeting(match)
            and not LISTED_AFTER_A_COUNCIL.search(text, sentence_start(match), match.start())
            and bool(
                COUNCIL_MEETS.match(text, match.end())
                or "session" in sentence_of(match)[after:].lower()
            )
        )

    def after_acronym(match: re.Match) -> bool:
        return ACRONYM_BEFORE.fullmatch(text, max(0, match.start() - 4), match.start()) is not None

    capitalised: dict[str, str] = {}  # as first written with capitals, by its lowercase
    for match in bodies:
        if match["name"]:
            name = _without_function_words(match["name"])
            capitalised.setdefault(name.lower(), name)
    chosen = (
        next((m for m in bodies if about_meeting(m)), None)
        or next(
            (
                m
                for m in bodies
                if BODY_AGREES.match(text, m.end())
                or (BODY_CHOOSES.match(text, m.end()) and sentence_of(m) in outcomes)
            ),
            None,
        )
        or next((m for m in bodies if m["name"] and after_acronym(m) and not backed(m)), None)
    )
    named = None
    if chosen is not None:
        name = _without_function_words(chosen["name"] or chosen["joint"])
        named = capitalised.get(name.lower(), name)
    elif council := next((m for m in COUNCIL.finditer(text) if holds_session(m)), None):
        named = _without_function_words(council.group())
    # A named body's acronym may come from any sentence of the story ("the 5+5 commission had
    # met in X"), when it is a commission or a committee (not a working group meeting beside
    # one); one standing alone must come from this meeting's.
    takes_acronym = not named or named.split()[-1].lower() in ("commission", "committee")
    acronym = next((m[1] or m[2] for m in acronyms if named or of_this_meeting(m)), None)
    acronym = acronym if takes_acronym else None
    return " ".join(filter(None, [named, f"({acronym})" if acronym and named else acronym]))


def bodies_named(sentence: str) -> list[str]:
    """The bodies a sentence names: commissions, committees, forums (coverage.BODY) and
    councils or chambers (COUNCIL)."""
    named = [m["name"] or m["joint"] for m in BODY.finditer(sentence)]
    return named + [m.group() for m in COUNCIL.finditer(sentence)]


def _without_function_words(name: str) -> str:
    """ "The Joint Military Commission" → "Joint Military Commission"."""
    words = name.split()
    while len(words) > 1 and words[0] in FUNCTION_WORDS:
        words.pop(0)
    return " ".join(words)


def tells_an_outcome(lowered: str) -> bool:
    """Whether a lowercased sentence tells what a meeting agreed or decided: an outcome verb
    that is no stance held ("is committed to"), open question ("did not say whether they had
    agreed": OPEN_QUESTION), outcome denied ("without reaching agreement on": DENIED) or
    outcome to come ("must still be endorsed": PASSIVE_TO_COME), nor a habit ("has repeatedly
    called for": HABIT_BEFORE)."""
    return any(
        (verb.group() != "committed" or not STANCE_BEFORE.search(lowered, 0, verb.start()))
        and not OPEN_QUESTION.search(lowered, 0, verb.start())
        and not DENIED.search(lowered, max(0, verb.start() - 40), verb.start())
        and not PASSIVE_TO_COME.search(lowered, max(0, verb.start() - 40), verb.start())
        and not HABIT_BEFORE.search(lowered, max(0, verb.start() - 20), verb.start())
        for verb in OUTCOME.finditer(lowered)
    )


def _recalled(sentence: str, earlier: Sequence[str]) -> bool:
    """Whether every agreement a sentence tells is an earlier one: an outcome verb followed,
    within its clause and before any "to", by the text of an `earlier` date ("the plan the
    commission agreed in Geneva on 8 October", "agreed a truce in October last year"; not
    "agreed to uphold the October 23 ceasefire"), in a relative clause of a meeting recalled
    ("after a meeting in Cairo, in which both sides agreed"), or in a clause opening on "since"
    or an offset's "after" ("the first since the commission agreed a ceasefire", "weeks after
    the rivals signed a truce"), or by an agreement dated before
    ("The truce, signed on Oct. 23, called for": AGREEMENT_SUBJECT). "Participants endorsed
    a plan, agreed by the commission last month, ..." tells the endorsement as this meeting's."""
    lowered = sentence.lower()
    verbs = list(OUTCOME.finditer(lowered))
    return bool(verbs) and all(_dates_verb(lowered, verb, earlier)
                               or RECALLED_MEETING_CLAUSE.search(lowered, 0, verb.start())
                               or EARLIER_CLAUSE.search(lowered, 0, verb.start())
                               or (AGREEMENT_SUBJECT.fullmatch(lowered, 0, verb.start())
                                   and any(text.lower() in lowered[: verb.start()]
                                           for text in earlier))
                               for verb in verbs)  # fmt: skip


def _of_an_earlier_occasion(
    sentence: str, round_number: int | None, earlier: Sequence[str]
) -> bool:
    """Whether the sentence's subject, or its saying's, is an earlier occasion (OCCASION_SUBJECT,
    SAID_OF_OCCASION), or it tells its outcome at one ("had agreed on 137 articles in the
    previous round", "In the first round, the two sides agreed on ...", "reached, during the
    first round, an agreement": OCCASION_AT, after the verb or set off by commas): a previous
    one, a round numbered below the report's, or one numbered in a sentence that dates it before
    the meeting (one of the `earlier` dates' texts, in no AFTER_CLAUSE: "The first Berlin
    conference, in January 2020, ...")."""
    occasion = OCCASION_SUBJECT.match(sentence) or SAID_OF_OCCASION.search(sentence)
    if not occasion and (at := OCCASION_AT.search(sentence)):
        told_before = OUTCOME.search(sentence.lower(), 0, at.start())
        set_off = at.start() == 0 or sentence[: at.start()].rstrip().endswith(",")
        occasion = at if told_before or set_off else None  # "In the first round, ..."
    if not occasion:
        return False
    which = occasion["which"]
    if which not in ORDINAL_WORDS:
        return True
    dated_before = any(not AFTER_CLAUSE.search(sentence, 0, at)
                       for text in earlier if (at := sentence.find(text)) >= 0)  # fmt: skip
    return dated_before or bool(round_number and ORDINAL_WORDS[which] < round_number)


def _reached_elsewhere(sentence: str, place: str | None) -> bool:
    """Whether every outcome the sentence tells is reached in a clause set in another known
    place than the meeting's or its country (SET_ELSEWHERE): "X met in Sirte, while in Geneva a
    committee agreed on ...", "In Bamako, the committee approved ...", or placed in one right
    after its verb ("The forum agreed in Tunis earlier this month ..." in a report of its
    online session) or at the end of its subject ("Lawmakers in Tobruk agreed" in a report of
    talks in Sirte: PLACED_BEFORE); not "agreed on a truce in Tripoli", nor "delegates, meeting
    in X near Tunis, agreed"."""
    if place is None:
        return False
    lowered = sentence.lower()
    verbs = [verb for pattern in (OUTCOME, SIGNING) for verb in pattern.finditer(lowered)]
    return bool(verbs) and all(
        _set_elsewhere(sentence, verb.start(), place)
        or _placed_elsewhere(sentence, verb.end(), place)  # "agreed in Tunis earlier this month"
        or _subject_placed_elsewhere(sentence, verb.start(), place)  # "Lawmakers in Tobruk agreed"
        for verb in verbs
    )


def _told_here(
    article: Article, cues: Sequence[Cue], place: str | None
) -> tuple[Article, Sequence[Cue]]:
    """The report and its cues without the clauses set in another town than the meeting's
    `place` (SET_ELSEWHERE, up to the clause's end): in a report of talks in Sirte, "..., while
    in Geneva the forum opened a week of talks" and "In Geneva, the envoy said the forum would
    run until Friday" tell nothing of their days; nor does a sentence that holds a meeting in
    another town only, in a report of a session in Tobruk: "The House voted on March 10 during a
    session in Sirte" (but one that opens a meeting may name its venue's town or suburb: "The
    forum, which began its meetings on November 9 in Gammarth", in a report from Tunis)."""
    if place is None or gazetteer.is_country(place):
        return article, cues
    elsewhere = {sentence for sentence in article.sentences if place not in sentence
                 and OPENING_VERBS.isdisjoint(textlib.words(sentence.lower()))
                 and (met := towns_met_in(sentence))
                 and all(not gazetteer.is_country(town) and _another_town(town, place)
                         for town in met)}  # fmt: skip
    here = [c for c in cues if c.sentence not in elsewhere
            and not _set_elsewhere(c.sentence, c.expression.start, place)]  # fmt: skip
    sentences = tuple(_cut_elsewhere(sentence, place) for sentence in article.sentences)
    if sentences == article.sentences:
        return article, here
    return replace(article, sentences=sentences), here


def _cut_elsewhere(sentence: str, place: str) -> str:
    """A sentence without its clauses set in another town than `place`."""
    kept, at = [], 0
    for setting in SET_ELSEWHERE.finditer(sentence):
        if setting.start() < at or not _another_town(setting["place"], place):
            continue
        end = attendance.CLAUSE_END.search(sentence, setting.end())
        kept.append(sentence[at : setting.start()])
        at = end.start() if end else len(sentence)
    return "".join(kept) + sentence[at:]


def _set_elsewhere(sentence: str, at: int, place: str) -> bool:
    """Whether what is told at `at` is in a clause set in another known place than the
    meeting's `place` or its country (SET_ELSEWHERE): "..., while in Geneva a committee"."""
    setting = None
    for found in SET_ELSEWHERE.finditer(sentence, 0, at):
        setting = found
    if setting is None or attendance.CLAUSE_END.search(sentence, setting.end(), at):
        return False
    return _another_town(setting["place"], place)


def _placed_elsewhere(text: str, end: int, place: str) -> bool:
    """Whether the words after a body's name or a verb, ending at `end`, place it in another
    known town than the meeting's `place` or its country (PLACED_AFTER): "agreed by the 5+5
    commission in Geneva last month" in a report of talks in Paris."""
    placed = PLACED_AFTER.match(text, end)
    return placed is not None and _another_town(placed["place"], place)


def _subject_placed_elsewhere(sentence: str, at: int, place: str) -> bool:
    """Whether the subject of the verb at `at` ends on another known town than the meeting's
    `place` or its country (PLACED_BEFORE): "Lawmakers in Tobruk agreed" in a report of talks in
    Sirte."""
    placed = PLACED_BEFORE.search(sentence, 0, at)
    return placed is not None and _another_town(placed["place"], place)


def _another_town(town: str, place: str) -> bool:
    """Whether `town` is a known town other than the meeting's `place` and its country."""
    return bool(gazetteer.country_of_place(town)) and not attendance.is_meeting_place(town, place)


def _signed_then(sentence: str, during: Sequence[str]) -> bool:
    """Whether the sentence dates a signing to the meeting's days ("signed on Friday in Geneva
    a plan"), not "met on Monday, weeks after the rivals signed a truce"."""
    lowered = sentence.lower()
    return any(_dates_verb(lowered, verb, during) for verb in SIGNING.finditer(lowered))


def _dates_verb(lowered: str, verb: re.Match[str], dates: Sequence[str]) -> bool:
    """Whether one of the dates' texts follows the verb within OUTCOME_DATE_REACH_CHARS, in its
    clause and before any "to", or comes right before it ("on Tuesday signed", "in October,
    when it approved")."""
    reach = lowered[verb.end() : verb.end() + OUTCOME_DATE_REACH_CHARS]
    before = lowered[max(0, verb.start() - OUTCOME_DATE_REACH_CHARS) : verb.start()].rstrip()
    for text in (t.lower() for t in dates):
        at = reach.find(text)
        if at >= 0 and not re.search(r"\bto\b|[,;]", reach[:at]):
            return True
        if before.endswith(f"on {text}"):
            return True
        at = before.rfind(text)  # "in October 2021, when it approved"
        if at >= 0 and DATE_CLAUSE_LINK.fullmatch(before, at + len(text)):
            return True
    return False


def facts(article: Article, chron: Chronology, cues: Sequence[Cue]) -> MeetingFacts:
    """What the report alone says about the meeting it covers, from its text, chronology and
    temporal cues (cues.cues_of); with_participants() adds who attended."""
    text = " ".join(article.sentences)
    lowered = text.lower()
    coming = still_to_come(chron, cues)  # "The chiefs will meet in Sirte next week"
    place, country = place_of(article)
    told_here, cues_here = _told_here(article, cues, place)
    days = coming or days_of(told_here, chron, cues_here)
    if coming and (announced := announced_place(article))[0]:
        place, country = announced
    round_match = next((found for found in ROUND.finditer(lowered)
                        if not VOTE_BEFORE_ROUND.search(lowered, max(0, found.start() - 60),
                                                        found.start())
                        and not OFFSET_BEFORE_ROUND.search(lowered, max(0, found.start() - 30),
                                                           found.start())), None)  # fmt: skip
    round_number = (
        None if round_match is None  # "the third round", "the 8th round"
        else int(round_match["number"]) if round_match["number"]
        else ORDINALS[round_match["ordinal"]]
    )  # fmt: skip
    topics = tuple(t for t, pattern in TOPIC_PATTERNS.items() if pattern.search(lowered))
    earlier: dict[int, list[str]] = {}  # sentence index → texts of dates before the meeting
    during: dict[int, list[str]] = {}  # ... and of dates on its days
    if days.start is not None:  # days known to a month or an interval bound them too
        for m in chron.mentions:
            if m.span.known and (m.span.end or m.span.start) < days.start:
                earlier.setdefault(m.sentence_index, []).append(m.text)
            elif days.precision == "day" and days.contains(m.span):
                during.setdefault(m.sentence_index, []).append(m.text)
    outcomes = []
    aside = False  # whether the sentence tells of an earlier occasion or another story
    for at, s in enumerate(article.sentences):
        aside = (
            _of_an_earlier_occasion(s, round_number, earlier.get(at, ()))
            or textlib.turns_to_another_story(s)  # "Separately, ..."
            or (aside and PRONOUN_SUBJECT.match(s) is not None)
        )  # "Its participants committed to ...", right after "The first conference ..."
        if ((tells_an_outcome(s.lower()) or _signed_then(s, during.get(at, ())))
                and not aside and not _recalled(s, earlier.get(at, ()))
                and not _reached_elsewhere(s, place)):  # fmt: skip
            outcomes.append(s)
    body = _body(article.sentences, text, place, outcomes)
    return MeetingFacts(
        article=article.id, place=place, country=country, days=days,
        round=round_number or None, body=body or None, participants=(), mediators=(),
        topics=topics, outcomes=tuple(outcomes),
        reports_meeting=reports_a_meeting(article),
        near=town_near(article, place),
        to_come=coming is not None,
        yearless=() if days.known else yearless_days(cues_here),
        counts=tuple((noun, str(NUMBER_WORDS.get(number, number.replace(",", ""))))
                     for number, noun in COUNT.findall(lowered)),
    )  # fmt: skip
