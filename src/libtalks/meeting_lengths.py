"""How long a meeting ran, by the length a report states: "a three-day meeting", "two weeks of
talks", "on the second day of a three-day conference", "met for a second day on Tuesday".

A stated length counts on from the meeting's first day, or back from its last when the lead's
day closes it ("concluded on Tuesday a two-day meeting", "at the end of three days of talks").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from libtalks.cues import Cue
from libtalks.dating import Chronology
from libtalks.lexicon import NUMBER_WORDS, ORDINAL_WORDS
from libtalks.models import DateSpan

# The longest a meeting runs, in days: a day further from its first is another occasion's, and
# a meeting the lead's day closes, of no stated length, began at most this long before it.
MAX_MEETING_DAYS = 14
# Verbs that make the lead's date the meeting's last day, before it in its clause ("concluded
# on Tuesday a two-day meeting", "wrapped up three days of talks in Geneva on Friday").
CONCLUDING_VERBS = frozenset(
    "concluded concluding concludes ended ending ends closed wrapped wound".split()
)
# Verbs of an agreement or an end on a day ("signed the agreement on Tuesday").
CLOSING_VERBS = frozenset({"signed", "agreed", "ended", "concluded", "closed", "reached"})
# "met behind closed doors", "a closed-door session": nothing closed.
CLOSED_DOORS = re.compile(r"\bclosed[- ]doors?\b")
# A stated length: "a three-day meeting", "a three-day UN-led meeting", "three days of talks",
# "met for three days", "will meet for three days", "held over two days", "met in X over three
# days", "met in the port town of X for three days", "are expected to last three days", a
# clause opening "Over three days, the officers agreed" (not "the last three days", "met three
# days ago").
LENGTH = re.compile(
    r"\b(\w+)-day (?:[\w-]+ ){0,2}?(?:meeting|talks|session|summit|round|conference|forum)\b"
    r"|\b(\w+) days of (?:[\w-]+ ){0,2}(?:talks|meetings|negotiations|consultations|discussions"
    r"|deliberations)"
    r"|\b(?:meet|met|meeting|meetings|talks|held|lasted|lasting|(?<![Tt]he )(?<!past )last)\s+"
    r"(?:for\s+|over\s+|(?:in|at) (?:[\w'’-]+ ){1,6}?(?:for|over)\s+)?(\w+) days\b"
    r"(?! ago| earlier| before| after| later)"
    r"|\bOver (?:the course of )?(\w+) days,"
)
# A length told in the past: "met for six days", "lasted three days", "held over two days".
PAST_LENGTH = re.compile(r"(?:met|held|lasted)\s")
# A length in weeks: "two weeks of talks", "a week-long (UN-led) meeting", "The weeklong
# session", "met for two weeks".
# Weeks are a loose count, so the meeting's other end is known only to within WEEK_SLACK_DAYS
# more.
WEEKS_LENGTH = re.compile(
    r"\b(\w+)[- ]weeks?(?:-?long)? (?:of (?:[\w-]+ ){0,2})?(?:talks|meetings?|negotiations"
    r"|consultations|discussions|deliberations|sessions?|conference|round)\b"
    r"|\b(?:met|meeting|meetings|talks|held|lasted|lasting|(?<![Tt]he )(?<!past )last)\s+"
    r"(?:for\s+|over\s+)?(\w+) weeks?\b"
    r"(?! ago| earlier| before| after| later)"
    r"|\b(week)-?long (?:[\w-]+ ){0,2}?(?:talks|meetings?|negotiations|consultations|discussions"
    r"|sessions?)\b"
)
WEEK_SLACK_DAYS = 3
# A length in hours, as of one sitting: "The session, which lasted nearly seven hours", "a
# five-hour meeting", "after hours-long talks". A meeting the lead's day closes, of no length in
# days, that lasted so long was held that day.
HOURS_LENGTH = re.compile(
    r"\b(?:lasted|lasting|last|for|after)\s+(?:(?:nearly|almost|about|some|around|over|more than"
    r"|less than|roughly)\s+)?(?:\w+|\d{1,2})\s+hours\b"
    r"|\b(?:\w+|\d{1,2})-hour\s+(?:[\w-]+\s+)?(?:meeting|talks|session|sitting|discussions)\b"
    r"|\bhours-long\s+(?:[\w-]+\s+)?(?:meeting|talks|session|sitting|discussions)\b"
)
# Counts too loose to give a length: "several days of talks", "expected to last a few weeks".
VAGUE_COUNTS = frozenset({"several", "few"})
# The most weeks such a count may mean: "wrapped up several weeks of talks on Friday" began at
# most this many weeks before.
VAGUE_WEEKS_AT_MOST = 8
WEEK_LONG = re.compile(r"\bweek-?long\b", re.IGNORECASE)
# Words right before a stated length that make the lead's date its last day: "at the end of a
# three-day meeting", "at the end of three days of talks", "signed on Friday after (nearly)
# five days of talks", "The vote capped five days of talks", "..., ending a two-day meeting", and a
# headline's present tense, "Commission ends three-day meeting".
LENGTH_ENDING = re.compile(
    r"\b(?:(?:end|close|conclusion|concluding|closing|(?:last|final|closing) day)\s+of|after"
    r"|following|capped|capping|caps|crowned|crowning|ended|ending|ends|concluded|concluding"
    r"|concludes|closed|closing|closes|(?:wrapped|wrapping|wraps|rounded|rounding|rounds) up)"
    r"\s+(?:(?:nearly|almost|about|some|around|roughly|over|more than)\s+)?(?:(?:an?|the)\s+)?$"
)
# Verbs of leaving a meeting: "returned to Tripoli on Wednesday after two days of meetings" tells
# the day the delegation left, on which the meeting had ended or was ending.
DEPARTURE_VERBS = frozenset("returned returning flew left departed headed".split())
# "on the second day of a three-day conference": the lead's date is that day of it.
DAY_OF_LENGTH = re.compile(r"\b(?P<which>second|third|fourth|fifth) day of\s+(?:(?:an?|the)\s+)?$")
# "met for a second day on Tuesday", "entered their third day", "on the second day of talks",
# "held a third day of talks" (without a stated length): the lead's date is that day of the
# meeting.
NTH_DAY = re.compile(
    r"\b(?:for|into|entered|enters|on|in|held|holds|holding)\s+(?:a|its|their|the)\s+"
    r"(?P<which>second|third|fourth|fifth)"
    r"\s+(?:straight\s+|consecutive\s+)?day\b(?!\s+of\s+(?:an?|the)\s+\w+-day)"
)


def stretched(
    first: date,
    end: date,
    evidence: tuple[str, ...],
    anchor: Cue,
    text: str,
    chron: Chronology,
    opened_earlier: bool,
) -> DateSpan:
    """The meeting's days from `first` to `end`, once the lengths the report's `text` states
    are read: `anchor` is the lead's dated cue, and `opened_earlier` tells that an earlier day
    opened the meeting (its length then counts on from that day only)."""
    if not opened_earlier and (nth := NTH_DAY.search(anchor.sentence)):
        # "met for a second day on Tuesday" (and "are due to end on Wednesday"): counted back
        first = first - timedelta(days=ORDINAL_WORDS[nth["which"]] - 1)
        evidence += (f"the lead's day its {nth['which']}: “{nth.group()}”",)
    # "concluded on Tuesday a two-day meeting", "signed on Friday ... at the end of a three-day
    # meeting": the lead's day is the last, and a stated length counts back from it, whichever
    # of the report's lengths says so ("Commission's three-day meeting" in its headline).
    lengths = []
    for match in LENGTH.finditer(text):
        number = _count_word(match)
        if number in VAGUE_COUNTS:
            continue
        length = NUMBER_WORDS.get(number) or _figure(number)
        closed = not opened_earlier and _ends_on_the_lead_day(anchor, match, first, length, chron)
        lengths.append((match, length, closed))
    for match, length, closed in sorted(lengths, key=lambda found: not found[2]):
        day_of = DAY_OF_LENGTH.search(text, max(0, match.start() - 30), match.start())
        if length > 1 and closed and end == first:
            if DEPARTURE_VERBS & set(anchor.clause_before().lower().split()):
                # the lead's day is the day of leaving: the meeting ended on it or the day before
                why = f"length, ended by the day of leaving: “{match.group()}”"
                return DateSpan(end - timedelta(days=length), end, "interval", (*evidence, why))
            first = end - timedelta(days=length - 1)
            evidence += (f"length, back from its last day: “{match.group()}”",)
        elif (day_of and not opened_earlier and end == first
              and 1 < (at := ORDINAL_WORDS[day_of["which"]]) <= length):  # fmt: skip
            first = end - timedelta(days=at - 1)
            end = first + timedelta(days=length - 1)
            evidence += (f"length, the lead's day its {day_of['which']}: “{match.group()}”",)
        elif length > 1 and first + timedelta(days=length - 1) > end:
            end = first + timedelta(days=length - 1)
            evidence += (f"length: “{match.group()}”",)
    if end == first and not opened_earlier and (in_weeks := _weeks_long(text)):
        return _weeks_from(anchor, chron, first, in_weeks, evidence)
    if (
        end == first
        and not opened_earlier
        and concludes(anchor)
        and (hours := HOURS_LENGTH.search(text))
    ):  # "ended yesterday ... The session, which lasted nearly seven hours"
        return DateSpan(first, end, "day", (*evidence, f"length in hours: “{hours.group()}”"))
    if end == first and not opened_earlier and concludes(anchor):
        # "The round concluded today in Cairo": its last day, and no word of its first
        vague = any(_count_word(m) in VAGUE_COUNTS for m in WEEKS_LENGTH.finditer(text))
        longest = 7 * VAGUE_WEEKS_AT_MOST if vague else MAX_MEETING_DAYS
        evidence += (f"the last day, of a meeting that began at most {longest} days before: "
                     f"“{anchor.expression.text}”",)  # fmt: skip
        return DateSpan(first - timedelta(days=longest - 1), end, "interval", evidence)
    return DateSpan(first, end, "day", evidence)


def concludes(cue: Cue) -> bool:
    """Whether a verb of ending comes before a day in its clause: "wrapped up three days of
    talks in Geneva on Friday"."""
    return bool(CONCLUDING_VERBS & clause_words(cue))


def clause_words(cue: Cue) -> set[str]:
    """The lowercased words of a cue's clause before it, but closed doors ("met behind closed
    doors on Tuesday" closes nothing)."""
    return set(CLOSED_DOORS.sub("", cue.clause_before().lower()).split())


def _agreed_at_its_end(
    anchor: Cue, length: re.Match[str], forward_end: date, chron: Chronology
) -> bool:
    """ "signed on Friday ... held three days of meetings", written on Saturday, or "The forum,
    which met for six days, ... announced the agreement on Friday": counted on from the day of
    an agreement or of a meeting told in the past, the meeting would run past the day of
    writing, so that day closed it."""
    written = chron.published.end
    return (written is not None and forward_end > written
            and (bool(CLOSING_VERBS & clause_words(anchor))
                 or PAST_LENGTH.match(length.group()) is not None))  # fmt: skip


def _weeks_long(text: str) -> tuple[int, re.Match[str]] | None:
    """The first length in weeks a report states, and its match."""
    for match in WEEKS_LENGTH.finditer(text):
        number = _count_word(match)
        if number in VAGUE_COUNTS:
            continue
        weeks = NUMBER_WORDS.get(number) or _figure(number)
        if number == "week" or (not weeks and WEEK_LONG.search(match.group())):
            weeks = 1  # "The week-long session"
        if weeks:
            return weeks, match
    return None


def _count_word(length: re.Match[str]) -> str:
    """The word that counts a stated length (LENGTH, WEEKS_LENGTH), lowercased: "three",
    "several", "week"."""
    return next(count for count in length.groups() if count).lower()


def _figure(word: str) -> int:
    """A number written in figures, else 0."""
    return int(word) if word.isdigit() else 0


def _ends_on_the_lead_day(
    anchor: Cue, length: re.Match[str], day: date, days: int, chron: Chronology
) -> bool:
    """Whether a stated length of `days` ends on the lead's day: a verb of ending before the
    day ("concluded on Tuesday a two-day meeting") or the length ("at the end of three days of
    talks"), or an agreement that would outlast the writing otherwise."""
    text = length.string
    return bool(
        concludes(anchor)
        or LENGTH_ENDING.search(text, max(0, length.start() - 30), length.start())
        or _agreed_at_its_end(anchor, length, day + timedelta(days=days - 1), chron)
    )


def _weeks_from(
    anchor: Cue,
    chron: Chronology,
    day: date,
    weeks: tuple[int, re.Match[str]],
    evidence: tuple[str, ...],
) -> DateSpan:
    """A meeting of some weeks that the lead's day closes ("signed on Tuesday the laws drafted
    during two weeks of talks") or opens: the days it may have run, the lead's day known."""
    count, match = weeks
    longest = timedelta(days=7 * count + WEEK_SLACK_DAYS - 1)
    if _ends_on_the_lead_day(anchor, match, day, 7 * count, chron):
        why = f"length in weeks, back from its last day: “{match.group()}”"
        return DateSpan(day - longest, day, "interval", (*evidence, why))
    why = f"length in weeks, on from its first day: “{match.group()}”"
    return DateSpan(day, day + longest, "interval", (*evidence, why))
