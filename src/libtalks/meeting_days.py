"""When a report's meeting took place: its days, as the report's lead tells them.

The first day is the lead's first dated event; an earlier day may open the meeting ("the talks
began on Monday", "has been meeting since May 22"), and a later one, a stated length or a
time limit may close it. What the lead only recalls, says of another story or dates a saying
is no day of the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta

from libtalks import meeting_lengths
from libtalks import text as textlib
from libtalks.attendance import REACTED
from libtalks.cues import Cue, marks_the_future
from libtalks.dates import MONTHS, WEEKDAYS
from libtalks.dating import Chronology, DatedMention, Interval, offset_days, resolve
from libtalks.lexicon import EVENT_KINDS, ORDINAL_WORDS, PAST_MARKERS, SAY_VERBS
from libtalks.meeting_lengths import (
    CLOSED_DOORS,
    CLOSING_VERBS,
    CONCLUDING_VERBS,
    MAX_MEETING_DAYS,
    concludes,
)
from libtalks.models import LEAD_SENTENCES, Article, DateSpan
from libtalks.venue import MEETING_WORDS, RECALLED

# "The talks began on Monday 19 October" in a lead dated by the deal of Friday the 23rd: the
# meeting's first day, when a verb of opening comes this many words before a meeting's date,
# at most this many days before the lead's date.
OPENING_REACH_WORDS = 4
# News reports a meeting within days: a lead's date this long before the report was written
# is background, not the meeting's day.
REPORTED_WITHIN_DAYS = 31
OPENING_VERBS = frozenset({"began", "begun", "started", "opened", "convened", "kicked"})
# ... and those of a start to come: "the talks, which will start on Monday".
STARTING_VERBS = frozenset({"begin", "begins", "start", "starts", "open", "opens", "kick"})
MEETING_NOUNS = EVENT_KINDS["meeting"]
# Words that open a clause's subject: "and on Wednesday its members flew home".
CLAUSE_SUBJECTS = frozenset("the its their his her they he she it we both".split())
# Below the lead, a sentence about the meeting itself may still tell its first day: "The talks,
# which began on December 6, were the first since 2016", "The UN-led talks opened on Dec. 6".
# Its subject is the meeting ("The talks"), and nothing recalls an earlier one before the date
# ("The previous round began on ...", "The talks had opened on ...").
MEETING_SUBJECT = re.compile(
    r"The (?:[\w-]+ ){0,2}?(?:talks|meeting|consultations|negotiations|conference|summit"
    r"|session|forum)\b"
)
EARLIER_OCCASION = frozenset({"previous", "last", "first", "earlier", "prior"})
# An occasion named as an earlier one or by its number ("the previous round", "the second
# meeting"), and a sentence whose subject it is ("The third round was held in X on Sept. 28"):
# earlier than one still to come; meetings.py tells when it is earlier than one held.
NAMED_OCCASION = (
    r"(?P<which>previous|earlier|prior|" + "|".join(ORDINAL_WORDS)
    + r")\s+(?:[\w-]+\s+)?(?:rounds?|meetings?|sessions?|talks|conferences?|summits?)\b"
)  # fmt: skip
OCCASION_SUBJECT = re.compile(r"(?:(?:The|Its|Their)\s+|(?=[PE]))(?i:" + NAMED_OCCASION + ")")
# A lead that opens the meeting on its first date ("its meetings in X, which began on May 22")
# and tells a later day an agreement closed it ("signed the agreement on Tuesday": CLOSING_VERBS)
# gives that day as the last, at most this many days on: talks that open and close in one
# report may run for weeks.
CLOSING_REACH_WORDS = 4
MAX_OPENED_MEETING_DAYS = 31
# Verbs that place a meeting on the days after them ("The talks, held in X on Monday and
# Tuesday"), unless "through" closes it on that day. Such days come before the lead's, which is
# then a statement's ("a statement issued on Wednesday"), unless the lead's day is one of the
# meeting too ("resumed its discussions on Wednesday": the meeting spans both).
HELD_VERBS = frozenset({"held", "met", "convened", "gathered"})
# "The co-chairs met Pedersen on Sunday evening", "met with the envoy on Sunday": some of them
# met someone, a day of no session of the meeting.
MET_SOMEONE = re.compile(r"\bmet (?:with\b|(?:the )?(?P<whom>[A-Z][\w.'’-]*))")
# Verbs that tell the days a meeting ran over: "It ran from 2 to 4 November".
RAN_VERBS = HELD_VERBS | frozenset({"ran", "lasted", "took", "continued", "running", "lasting"})
CONTINUING_VERBS = frozenset({"resumed", "continued", "reconvened", "discussed"})
# "meeting in Gammarth since 9 November", "meeting at a hotel outside Tunis since Monday"
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
RESUMING_VERBS = frozenset({"resumed", "reconvened"})  # a session opens on their day
# What joins the days of a list: "on Monday and Tuesday", "on Monday, Tuesday".
DAY_LIST_LINK = re.compile(r"\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:on\s+)?")
# "met on the 28th, in talks that lasted until the following day": the day after is its last.
UNTIL_THE_NEXT_DAY = re.compile(r"\b(?:until|till|through|into) the (?:following|next) day\b")
# "X said on Thursday the council had met the day before": the day before the saying's.
THE_DAY_BEFORE = re.compile(
    r"\b(?:the (?:day before|previous day|preceding day)|(?:a|one) day (?:earlier|before))\b"
    r"(?!\s+(?:the|a|an|its|their|his|her)\b)"  # not "the day before the vote"
)
# Words of a sentence that tells a meeting or its agreement, besides venue.MEETING_WORDS.
MEETING_VOCABULARY = (
    EVENT_KINDS["meeting"]
    | EVENT_KINDS["agreement"]
    | OPENING_VERBS
    | CLOSING_VERBS
    | HELD_VERBS
    | CONTINUING_VERBS
    | CONCLUDING_VERBS
    | {"discussions", "signing"}
)
# Words of a clause that tells another session: "which will meet again on Monday".
AGAIN = frozenset({"again", "next"})
# An agreement dated by a participle after it, recalled: "the truce signed in Geneva on October
# 23" (not "announced the agreement on Friday").
RECALLED_AGREEMENT = re.compile(
    rf"\b(?:{'|'.join(sorted(EVENT_KINDS['agreement']))})\s+(?:(?:was|were|had been)\s+)?"
    r"(?:signed|reached|agreed|struck|brokered|concluded)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)
# Words that tell a meeting still going on when told of: "are still discussing", "still
# under way", "are expected to continue until Saturday", "will wrap up on Sunday".
GOING_ON = re.compile(
    r"\b(?:(?:is|are)\s+still\s+(?:\w+ing|in session|under ?way)|still\s+under ?way"
    r"|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to\s+(?:continue|run|last|end|conclude"
    r"|close|wrap up)|will\s+(?:continue|run|last|end|conclude|close|wrap up))\b"
)
# Verbs of a meeting's end still to come: "The talks are expected to end on Sunday".
ENDING_VERBS = frozenset({"end", "conclude", "close", "finish", "wrap"})
# A saying's day that is the meeting's last: "she said on Sunday, as the first round ended".
SAID_AS_IT_ENDED = re.compile(
    rf",?\s+as\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(MEETING_NOUNS))})"
    r"\s+(?:ended|closed|concluded|wrapped\s+up|drew\s+to\s+a\s+close)\b"
)
# Those who sit in a meeting, whose deliberating is the meeting's: "The committee will discuss
# the proposals until 16 January".
SITTING_BODIES = frozenset(
    "committee committees commission commissions delegates delegations".split()
)
# What has a meeting last up to a time limit: "the talks will run until Wednesday", "the
# committee would meet until April 20", "will discuss the proposals until 16 January".
LASTING_VERBS = frozenset(
    "run runs ran running continue continues continued continuing last lasts lasted lasting "
    "extend extends extended go goes went sit sits sat meet meets met meeting discuss discusses "
    "discussed discussing deliberate deliberates deliberated deliberating".split()
)

# The day of a statement: "said in a statement on Thursday", "a statement issued on Wednesday",
# "told a news conference on Monday".
STATEMENT_ON = re.compile(
    r"\b(?:statement|briefing|communiqu[eé]|(?:news|press) conference)"
    r"(?:\s+(?:issued|released|published|posted))?\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
# A day whose possessive names the meeting: "Tuesday's meeting", "Sunday's closed-door talks".
POSSESSIVE_MEETING = re.compile(
    rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(MEETING_NOUNS))})\b"
)
# A verb in the present perfect: "have elected", "has been signed".
PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|met|held|won|made|begun)\b"
)
# A welcome of what a meeting has done, which is done by then: "UNSMIL welcomes the signing of
# an Action Plan", "hails the agreement reached" (not "welcomes the talks", which may be to come).
HAILED = re.compile(
    r"\b(?:welcome|hail|praise|commend|applaud|congratulate|salute)[sd]?\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:signing|conclusion|outcome|results?|agreements?|deal|accord)\b"
)
# A clause that opens on "since" and a determiner or pronoun dates what the meeting came after:
# "the first such meeting since they agreed a ceasefire in Geneva last month", "since the truce
# of 23 October" (not "meeting in X since 9 November": _in_session_since).
SINCE_ANOTHER = re.compile(r"\bsince\s+(?:the|an?|its|their|they|it|he|she|both)\s[^,;.]{0,80}$")
# Words between two days of a sentence that put the later-told one before the other.
BEFORE_LINKS = frozenset({"after", "following"})
# Two days of one sentence, each with a place of its own, are two occasions: "met X in Benghazi
# on Monday and Y in Tripoli on Tuesday", "met on Monday in Sirte and on Tuesday in Geneva".
PLACE_PHRASE = re.compile(
    r"\b(?:in|at) (?:the )?(?:(?:[a-z]+ )?(?:city|town|village|capital|port|oasis|resort) of )?"
    r"(?P<place>[A-Z][\w'’-]+)"
)  # "in Tripoli", "in the eastern city of Benghazi"
PLACE_RIGHT_AFTER = re.compile(r"[ ,]*" + PLACE_PHRASE.pattern)
# What joins the clauses of two occasions in one sentence: "met X on Monday in Benghazi, and on
# Tuesday Y in Tripoli".
CLAUSES_JOINED = re.compile(r",?\s+(?:and|while|then)\s+|;\s+")
CALENDAR_WORDS = MONTHS.keys() | WEEKDAYS.keys()  # "in March" is no place


def days_of(article: Article, chron: Chronology, cues: Sequence[Cue]) -> DateSpan:
    """The days of a meeting held (one a lead announces is still_to_come's): its first day
    from the lead's event date, its last from a stated length ("three-day"), a closing weekday
    ("through Wednesday") or a second day named. A lead that names no day may name the week
    ("consultations held in X this week"). A plan's day that did not hold ("scheduled for
    Sunday, was postponed") is none of them."""
    cues = [c for c in cues if not c.dropped_plan]
    lead = [
        c for c in cues
        if c.sentence_index < LEAD_SENTENCES and c.tense != "future"
        and not textlib.turns_to_another_story(c.sentence) and not _long_before(chron, c)
        and not _after_the_writing(chron, c) and not _a_plans_date(c)
        and not _anchors_an_offset(c, cues)
        and not _since_another(c)
    ]  # fmt: skip
    weeks = [c for c in lead if _names_a_week(c)]
    months = [
        c
        for c in lead
        if _names_a_month(c)
        and _meets_on(c)
        and not (EARLIER_OCCASION | RECALLED) & set(c.clause_before().lower().split())
    ]
    lead = [c for c in lead if _names_a_day(c)]
    # "X on Sunday rejected the plan. ... On Saturday, Y announced it at a meeting in Cairo":
    # days in sentences that tell neither a meeting nor an agreement give way to a later one
    # that does; "..., the UN said on Thursday. The meeting, which ended on Wednesday": a
    # saying's or a reaction's day gives way to a later day its clause gives the meeting.
    lead = lead[next((at for at, cue in enumerate(lead) if _tells_the_meeting(cue)), 0) :]
    if lead and _told_on(lead[0]):
        lead = lead[next((at for at, cue in enumerate(lead) if _a_day_of_it(cue)), 0) :]
    if lead and _told_on(lead[0]) and any(w.sentence == lead[0].sentence for w in weeks):
        lead = []  # "met in Sirte last week ..., a member said on Tuesday": the week, below
    if lead and not _meets_on(lead[0]):
        # "X left Moscow on Tuesday without signing the deal drafted at talks on Monday": the
        # day the talks name, not another deed's, and so does a day whose possessive names
        # them anywhere in the lead ("pledged on Thursday ... Tuesday's meeting in Tripoli")
        same = [c for c in lead[1:] if c.sentence == lead[0].sentence]
        talks = next((c for c in same if _of_the_talks(c) and not _told_on(c)), None) or next(
            (c for c in lead[1:] if POSSESSIVE_MEETING.match(c.sentence, c.expression.end)), None
        )
        lead = [talks, *(c for c in lead if c is not talks)] if talks else lead
    if not lead and weeks and (week := chron.mention_of(weeks[0])) and week.span.start:
        # a past week ends on the day of writing at the latest; open when the writing's is; a
        # span the meeting ran over within it gives its days ("The talks ran from Monday to
        # Wednesday")
        ran = next((days for days, _ in _spans_ran_over(chron, cues) if week.span.contains(
            DateSpan(days[0], days[1], "day"))), None)  # fmt: skip
        if ran:
            why = (f"its days, from the first to the last, within the week “{week.text}”",)
            return DateSpan(ran[0], ran[1], "day", why)
        why = (f"the week: “{week.text}” in “{week.sentence}”",)
        if week.span.end is None:
            return DateSpan(week.span.start, None, "interval", why)
        return DateSpan.covering(week.span.start, min(week.span.end, chron.published.end
                                                      or week.span.end), why)  # fmt: skip
    if not lead and months and (month := chron.mention_of(months[0])) and month.span.known:
        # "Army chiefs met in Sarwa in March": no day, but the month
        why = f"the month: “{month.text}” in “{month.sentence}”"
        return DateSpan(month.span.start, month.span.end, month.span.precision, (why,))
    start = chron.mention_of(lead[0]) if lead else None
    if start is None and (held := _held_by_the_writing(article, chron, cues)):
        return held
    if start is None or not start.span.known:
        return DateSpan.unknown(("no dated event in the lead",))
    evidence = (f"first day: “{start.text}” in “{start.sentence}”",)
    if start.span.precision == "day" and (offset := _meeting_offset(lead[0], cues)):
        low, high = offset_days(offset.expression)  # "pledged on Sunday, two days after talks"
        why = (f"“{start.text}”, “{offset.expression.text}” the meeting: “{start.sentence}”",)
        first_day = start.span.start - timedelta(days=high)
        if low == high:
            return DateSpan.day(first_day, why)
        return DateSpan(first_day, start.span.start - timedelta(days=low), "interval", why)
    before = THE_DAY_BEFORE.search(lead[0].sentence, lead[0].expression.end)
    if _told_on(lead[0]) and before and start.span.precision == "day":
        day = start.span.start - timedelta(days=1)  # "said on Thursday ... the day before"
        why = f"the day before the saying: “{before.group()}” in “{start.sentence}”"
        return DateSpan.day(day, (why,))
    month = next((c for c in months if c.sentence == lead[0].sentence), None)
    if _told_on(lead[0]) and month and (found := chron.mention_of(month)) and found.span.known:
        # "met in Ghadames in early November, officials said on Thursday": the saying's day is
        # not the meeting's, which the month tells
        why = f"the month: “{found.text}” in “{found.sentence}”, not the saying's “{start.text}”"
        return DateSpan(found.span.start, found.span.end, found.span.precision, (why,))
    text = article.title + " " + " ".join(article.sentences)  # the lengths it states
    first = start.span
    if first.precision != "day":
        return DateSpan(first.start, _latest_close(chron, cues, first), first.precision, evidence)
    end = first.start
    anchor = lead[0]  # the cue whose sentence may name more days of the meeting
    opened_by = None  # the cue of its first day, when before the lead's
    still_on = None  # a day the meeting was told still going on
    earlier = _earlier_start(chron, [*lead, *_openings_below_the_lead(cues)], first.start)
    if earlier is not None:
        cue, opening, held = earlier
        opened_by = cue
        first = opening.span
        if held and not (concludes(lead[0]) or _meets_on(lead[0])):
            # "The talks, held ... on Monday and Tuesday": the lead's day came after
            anchor, end = cue, first.start
            evidence = (f"first day: “{opening.text}” in “{opening.sentence}”",)
        elif _told_on(lead[0]) and not _a_day_of_it(lead[0]):
            # "The talks, which began on Monday, ...", "..., the ministry said on Wednesday": the
            # saying's day is not theirs, but they had begun by it
            why = (f"first day: “{opening.text}” in “{opening.sentence}”",
                   f"a saying's day, by which they had begun: “{start.text}”")  # fmt: skip
            going_on = _going_on(article)
            if going_on is None:
                told = meeting_lengths.stretched(first.start, first.start, why[:1], cue, text,
                                                 chron, opened_earlier=True)  # fmt: skip
                if told.end != first.start:  # "The two-day conference, which began on Monday"
                    return told
                return DateSpan(first.start, start.span.start, "interval", why)
            # "..., which started on Monday, are still discussing": they went on past that day,
            # to a last day told ("expected to continue until Saturday") or one not told
            still_on, anchor, end, evidence = start.span.start, cue, first.start, why
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
        last_day = None
        if e.qualifier == "until" and cue.sentence == anchor.sentence and e.kind == "weekday":
            on = _next_from(cue, first.start)  # "from Monday to Wednesday"
            last_day = on[0] if on else None
        elif e.qualifier == "until" and cue.sentence == anchor.sentence:  # "from 7 to 9 May"
            last = chron.mention_of(cue)
            last_day = last.span.start if last and last.span.precision == "day" else None
        elif e.kind == "calendar" and cue not in (anchor, opened_by) and _closes_on(cue):
            # "The round, which runs until June 19": that day next from the first
            on = _next_from(cue, first.start)
            last_day = on[0] if on and on[0] == on[1] else None
        if last_day and last_day > end and (last_day - first.start).days < MAX_MEETING_DAYS:
            end = last_day
            evidence += (f"last day: “{e.text}” in “{cue.sentence}”",)
        if (
            (
                e.kind == "weekday"
                or _a_day_from_the_writing(cue)
                or (e.kind == "calendar" and _follows_in_a_list(cue, anchor))
            )  # "on 12 and 13 May"
            and cue not in (anchor, opened_by)
            and (not _told_on(cue) or _said_as_it_ended(cue))
            and not AGAIN & set(cue.clause_before().lower().split())
            and not OPENING_VERBS & set(cue.words_before(OPENING_REACH_WORDS))
            and (
                (
                    cue.sentence == anchor.sentence
                    and _told_later(anchor, cue)  # not "on Monday after talks on Sunday"
                    and e.qualifier != "deadline"  # "until Tuesday": _closes_on() tells
                    and not _placed_apart(anchor, cue)
                    and not _opens_a_clause(cue)
                    and cue.tense != "future"  # "..., where a vote is scheduled for Wednesday"
                )  # "met on Monday and on Tuesday"
                or _closes_on(cue)
                or _said_as_it_ended(cue)
                or _listed_after_a_day_of_it(cue, cues, chron, first.start, end)
            )
        ):
            cue_end = _next_from(cue, first.start) if e.kind == "weekday" else _day_told(chron, cue)
            if cue_end and cue_end[0] > end:
                end = cue_end[0]
                evidence += (f"last day: “{e.text}” in “{cue.sentence}”",)
    ran = None if earlier is not None else next(
        ((days, sentence) for days, sentence in _spans_ran_over(chron, cues)
         if days[0] <= first.start and end <= days[1]), None)  # fmt: skip
    if ran:
        (first_day, last_day), sentence = ran
        first, end = DateSpan.day(first_day), last_day
        evidence += (f"its days, from the first to the last: “{sentence}”",)
    next_day = UNTIL_THE_NEXT_DAY.search(anchor.sentence, anchor.expression.end)
    if next_day and end == first.start:
        end = first.start + timedelta(days=1)
        evidence += (f"last day: “{next_day.group()}” in “{anchor.sentence}”",)
    if (earlier is None and end == first.start and anchor.tense != "future"
            and _told_on(anchor) and not _a_day_of_it(anchor)):  # fmt: skip
        # "The mission said Wednesday that two days of talks ... were positive": the talks were
        # held by the day of the saying, which is not theirs, on the days a sentence says they
        # ran over if it does ("The talks, organized ... from Sept. 7 to 9")
        told = next(((days, sentence) for days, sentence in _spans_ran_over(chron, cues)
                     if days[1] <= end), None)  # fmt: skip
        if told:
            (first_day, last_day), sentence = told
            why = f"its days, from the first to the last, before the saying's: “{sentence}”"
            return DateSpan(first_day, last_day, "day", (why,))
        why = (f"held at most {MAX_MEETING_DAYS} days up to the saying's day, which is not the "
               f"meeting's: “{start.text}” in “{start.sentence}”")  # fmt: skip
        return DateSpan(end - timedelta(days=MAX_MEETING_DAYS - 1), end, "interval", (why,))
    span = meeting_lengths.stretched(first.start, end, evidence, anchor, text, chron,
                                     opened_earlier=earlier is not None)  # fmt: skip
    if still_on and (span.end is None or span.end < still_on):
        why = f"still going on by the saying's day ({still_on}): “{going_on.group()}”"
        return DateSpan(span.start, None, "day", (*span.evidence, why))
    if earlier is None and span.precision == "day" and span.end == span.start and _opens(anchor):
        # "Delegates began talks in X on Saturday", and no word of their last day or length:
        # they ran on from that day, for how long the report does not tell
        why = f"the first day, of a meeting whose last is not told: “{start.text}”"
        return DateSpan(span.start, None, "day", (*span.evidence, why))
    return span


def _going_on(article: Article) -> re.Match[str] | None:
    """The words of a sentence near the lead that tell the meeting still going on: "The 75
    participants of the forum ... are still discussing", "The talks are expected to continue
    until Saturday"."""
    for sentence in article.sentences[: LEAD_SENTENCES + 4]:
        if _speaks_of_a_meeting(sentence) and (going := GOING_ON.search(sentence.lower())):
            return going
    return None


def _held_by_the_writing(
    article: Article, chron: Chronology, cues: Sequence[Cue]
) -> DateSpan | None:
    """The days up to a dated report's writing when its first sentence tells the meeting as
    done and names no day: "Delegates at talks in X have elected a council", "The rivals have
    signed a truce in X", "The mission welcomes the signing of a plan" (not "will meet", nor
    "hope that talks can resume"); past the writing when the lead tells it still going on."""
    written = chron.published
    if not article.sentences or written.precision != "day" or written.start is None:
        return None
    first = article.sentences[0]
    tokens = textlib.words(first.lower())
    to_come = any(map(marks_the_future, tokens, [*tokens[1:], ""]))
    done = set(tokens) & PAST_MARKERS or PERFECT.search(first) or HAILED.search(first)
    if not _speaks_of_a_meeting(first) or to_come or not done:
        return None
    opened = written.start - timedelta(days=REPORTED_WITHIN_DAYS - 1)
    if going_on := _going_on(article):
        # "have begun talks in X ... The meeting is expected to last until Wednesday": under way
        # at the writing, to the day told or an end not told
        limits = ((cue, told[0]) for cue in cues
                  if _a_time_limit(cue) and going_on.group() in cue.sentence.lower()
                  and (told := _next_from(cue, written.start)) and told[0] == told[1])  # fmt: skip
        limit, last = next(limits, (None, None))
        why = (f"begun at most {REPORTED_WITHIN_DAYS} days before the writing ({written.start}) "
               f"and still going on then: “{going_on.group()}”"
               + (f" until “{limit.expression.text}”" if limit else ""))  # fmt: skip
        return DateSpan(opened, last, "interval", (why,))
    why = (f"held at most {REPORTED_WITHIN_DAYS} days up to the writing ({written.start}), as "
           f"its first sentence tells it done with no day: “{first}”")  # fmt: skip
    return DateSpan(opened, written.start, "interval", (why,))


def _anchors_an_offset(cue: Cue, cues: Sequence[Cue]) -> bool:
    """Whether a date is what an offset before it in its sentence counts from: "The talks came
    a month after the sides announced a ceasefire on Aug. 21" (the first date after the offset,
    as dating's offset tests read it), which is then no day of the meeting."""
    e = cue.expression
    for offset in cues:
        if (offset.sentence == cue.sentence and offset.expression.kind == "offset"
                and offset.expression.end <= e.start):  # fmt: skip
            anchor = next((c for c in cues if c.sentence == cue.sentence
                           and c.expression.start >= offset.expression.end
                           and c.expression.kind in ("calendar", "month_year")), None)  # fmt: skip
            if anchor is cue:
                return True
    return False


def _meeting_offset(day: Cue, cues: Sequence[Cue]) -> Cue | None:
    """The offset that puts the meeting before a day of another deed, in the day's sentence
    after it: "X pledged on Sunday to form a government, two days after he was chosen at talks
    in Geneva", "..., days after the talks ended" (not "met on Monday, a week after ...")."""
    if _meets_on(day):
        return None
    for cue in cues:
        e = cue.expression
        if (cue.sentence == day.sentence and e.kind == "offset" and e.start > day.expression.end
                and e.text.lower().endswith("after")):  # fmt: skip
            clause = re.split(r"[,;]", cue.sentence[e.end :], maxsplit=1)[0].lower()
            if MEETING_NOUNS & set(textlib.words(clause)):
                return cue
    return None


def _spans_ran_over(chron: Chronology, cues: Sequence[Cue]) -> Iterator[tuple[Interval, str]]:
    """The days of each span the lead or the sentences after it say the meeting ran over ("It
    ran from 2 to 4 November", "The talks were held from Monday to Wednesday", "The talks,
    organized by X from Sept. 7 to 9"), at most MAX_MEETING_DAYS long, with its sentence: a
    span told with a verb of holding or running (RAN_VERBS) before it in its clause, or in a
    clause set off after the meeting itself, recalling no earlier occasion."""
    for start in cues:
        if (start.expression.qualifier != "from" or start.sentence_index >= LEAD_SENTENCES + 4
                or textlib.turns_to_another_story(start.sentence)):  # fmt: skip
            continue
        before = set(start.clause_before().lower().split())
        if (EARLIER_OCCASION | RECALLED) & before or not (
            RAN_VERBS & before or _set_off_after_the_meeting(start)
        ):
            continue
        until = next((c for c in cues if c.sentence == start.sentence
                      and c.expression.qualifier == "until"
                      and c.expression.start >= start.expression.end), None)  # fmt: skip
        opened, closed = chron.mention_of(start), chron.mention_of(until) if until else None
        if not (opened and closed and opened.span.precision == closed.span.precision == "day"):
            continue
        days = (opened.span.start, closed.span.start)
        if until and until.expression.kind == "weekday":  # "from Monday to Wednesday"
            on = _next_from(until, days[0])
            days = (days[0], on[0]) if on else days
        if (days[1] - days[0]).days < MAX_MEETING_DAYS:
            yield days, start.sentence


def _next_from(cue: Cue, day: date) -> Interval | None:
    """What a later day of the meeting means told from its first `day`: the next such day
    ("from Monday to Wednesday": the Wednesday after that Monday)."""
    return resolve(replace(cue, tense="future"), day)


def _latest_close(chron: Chronology, cues: Sequence[Cue], first: DateSpan) -> date | None:
    """The latest last day of a meeting whose first is known within days only ("on Saturday"
    under "03/04/2022"): a last day told ("which lasted until Sunday") may come after them."""
    if first.end is None:
        return None
    closes = (
        found.span.end for cue in cues
        if cue.sentence_index < LEAD_SENTENCES + 4 and _closes_on(cue)
        and not textlib.turns_to_another_story(cue.sentence)
        and (found := chron.mention_of(cue)) and found.span.end
    )  # fmt: skip
    limit = first.end + timedelta(days=MAX_MEETING_DAYS - 1)
    return max([first.end, *(day for day in closes if day <= limit)])


def _opens_a_clause(cue: Cue) -> bool:
    """Whether a subject follows a day, whose clause tells another deed: "met on Tuesday in
    Brega, and on Wednesday its members flew home"."""
    after = cue.sentence[cue.expression.end :].lstrip(" ,").split(maxsplit=1)
    return bool(after) and after[0].lower() in CLAUSE_SUBJECTS


def _a_day_from_the_writing(cue: Cue) -> bool:
    """A day counted from the writing's: "today", "yesterday" ("met yesterday and today")."""
    return cue.expression.kind == "relative" and cue.expression.unit == "day"


def _day_told(chron: Chronology, cue: Cue) -> Interval | None:
    """The one day a cue became, if it became one."""
    found = chron.mention_of(cue)
    if found is None or found.span.precision != "day" or found.span.start is None:
        return None
    return found.span.start, found.span.start


def _set_off_after_the_meeting(cue: Cue) -> bool:
    """Whether the date lies in a clause set off by a comma right after the sentence's subject,
    the meeting: "The talks, organized by X from Sept. 7 to 9, brought together ..."."""
    subject = MEETING_SUBJECT.match(cue.sentence)
    if subject is None or not cue.sentence.startswith(",", subject.end()):
        return False
    return "," not in cue.sentence[subject.end() + 1 : cue.expression.start]


def yearless_days(cues: Sequence[Cue]) -> tuple[tuple[int, int], ...]:
    """The (month, day) of each date without a year that the lead gives the meeting, for a
    report whose text names no year to date it by: "The conference held in the French capital
    on Nov. 12 ended ..." (not a saying's day, nor one to come)."""
    return tuple(
        (cue.expression.month, cue.expression.day) for cue in cues
        if cue.sentence_index < LEAD_SENTENCES and cue.expression.kind == "calendar"
        and cue.expression.year is None and cue.expression.month and cue.expression.day
        and cue.tense != "future" and not cue.planned and not _told_on(cue)
        and _of_a_meeting(cue)
    )  # fmt: skip


def still_to_come(chron: Chronology, cues: Sequence[Cue]) -> DateSpan | None:
    """A lead that announces the meeting ("The commanders will meet in X next week, the UN
    said on Thursday. The talks will begin on Monday"): its first day is the earliest day or
    week to come that the lead names, and its last is not known. None when the lead's first
    date that is no saying's is not one to come, or the lead names a day gone by that is no
    saying's nor an agreement's recalled. A plan's day that did not hold is none of them."""
    lead = [c for c in cues if c.sentence_index < LEAD_SENTENCES and not c.dropped_plan
            and not textlib.turns_to_another_story(c.sentence)]  # fmt: skip
    first = next((c for c in lead if not _told_on(c)), None)
    if first is None or first.tense != "future" or not _tells_the_meeting(first):
        return None
    if _a_time_limit(first) and GOING_ON.search(first.sentence.lower()):
        return None  # "The talks are expected to continue until March 9": under way
    if any(c.tense != "future" and _names_a_day(c) and not _told_on(c)
           and not RECALLED_AGREEMENT.search(c.sentence, 0, c.expression.start)
           and not OCCASION_SUBJECT.match(c.sentence)
           for c in lead):  # fmt: skip
        # "The commission, which will meet again on Monday, agreed on Friday"; not the day an
        # agreement recalled was reached ("will discuss the truce signed on October 23"), nor
        # one of an earlier occasion ("The third round was held in X on Sept. 28-29")
        return None
    coming = [(c, found) for c in lead
              if c.tense == "future" and (_names_a_day(c) or _names_a_week(c)) and not _told_on(c)
              and (found := chron.mention_of(c)) and found.span.start]  # fmt: skip
    if not coming:
        return None
    # a day the meeting is told to start on beats another deed's: "will leave for X tomorrow to
    # take part in the talks, which will start on Monday"
    starting = [found for c, found in coming
                if STARTING_VERBS & set(c.clause_before().lower().split())]  # fmt: skip
    earliest = min(starting or [found for _, found in coming],
                   key=lambda found: found.span.start or date.max)  # fmt: skip
    why = f"still to come, from “{earliest.text}” in “{earliest.sentence}”"
    # a span the announcement sets ("on 9-15 November") gives its last day too
    until = next((found for c in lead if c.expression.qualifier == "until"
                  and c.sentence == earliest.sentence and (found := chron.mention_of(c))
                  and found.span.precision == "day"), None)  # fmt: skip
    if until and until.span.start >= earliest.span.start:
        why = f"still to come, from “{earliest.text}” to “{until.text}” in “{earliest.sentence}”"
        return DateSpan(earliest.span.start, until.span.start, "interval", (why,))
    return DateSpan(earliest.span.start, None, "interval", (why,))


def _earlier_start(
    chron: Chronology, lead: list[Cue], day: date
) -> tuple[Cue, DatedMention, bool] | None:
    """The lead's date of a meeting before `day`, and whether the meeting was held on it
    rather than opened: "the talks ... began on Monday 19 October" or "has been meeting ...
    since May 22" (_in_session_since) before a later day (opened, at most
    MAX_OPENED_MEETING_DAYS before it), "The talks, held ... on Monday and Tuesday" after a
    statement of Tuesday (held, at most MAX_MEETING_DAYS before it). A day of another event ("a
    ceasefire signed on ..."), of a meeting recalled ("had met on ..."), its last ("through
    Wednesday", "from November 9 to 15") or a later one listed ("on Monday and Tuesday") is
    not its first."""
    for cue in lead:
        before = cue.sentence[: cue.expression.start].lower().split()
        opened = _of_a_meeting(cue) and bool(
            OPENING_VERBS & set(before[-OPENING_REACH_WORDS:]) or _in_session_since(cue)
        )
        held = (cue.event_kind in (None, "meeting") and HELD_VERBS & set(before)
                and not RECALLED & set(before) and before[-1:] != ["through"]
                and cue.expression.qualifier != "until"  # "from November 9 to 15"
                and not _met_someone(cue))  # fmt: skip
        if not (opened or held) or _follows_in_a_list(cue, lead[0]) or _told_on(cue):
            continue
        if cue.sentence == lead[0].sentence and (
            _placed_apart(lead[0], cue) or (held and not opened and _told_later(lead[0], cue))
        ):
            continue
        found = chron.mention_of(cue)
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


def _openings_below_the_lead(cues: Sequence[Cue]) -> list[Cue]:
    """Days below the lead that open the meeting the sentence is about: "The talks, which
    began on December 6, ...", not "The previous round began on ..." (MEETING_SUBJECT)."""
    return [
        cue for cue in cues
        if cue.sentence_index >= LEAD_SENTENCES and MEETING_SUBJECT.match(cue.sentence)
        and OPENING_VERBS & set(cue.words_before(OPENING_REACH_WORDS))
        and not (EARLIER_OCCASION | RECALLED) & set(cue.words_before(len(cue.sentence)))
        and not textlib.turns_to_another_story(cue.sentence)
    ]  # fmt: skip


def _opens(cue: Cue) -> bool:
    """Whether a day's clause opens a meeting or a session of it on it: "began talks in X on
    Saturday", "The conference opened on Monday", "The talks, which began on Monday", "resumed
    talks in X on Tuesday", "have been meeting in X since Tuesday" (not "opened the border
    crossing on Monday after talks")."""
    if _in_session_since(cue):
        return True
    clause = cue.clause_before().lower()
    verbs = OPENING_VERBS | RESUMING_VERBS
    if not verbs & set(clause.split()):
        return False
    if clause.split()[0] in verbs:
        # the verb's subject comes before an aside: "Talks between X, originally set for Oct. 26,
        # opened on Monday"
        clause = cue.sentence.split(",")[0].lower()
    return MEETING_WORDS.search(clause) is not None or (
        cue.event_kind == "meeting" and bool(verbs & set(cue.words_before(OPENING_REACH_WORDS)))
    )


def _of_a_meeting(cue: Cue) -> bool:
    """Whether a date is a meeting's: by its event noun, or when it has none in reach, by a
    meeting's word before it ("at the end of a meeting in Geneva that began on Wednesday")."""
    return cue.event_kind == "meeting" or (
        cue.event_kind is None
        and MEETING_WORDS.search(cue.sentence[: cue.expression.start].lower()) is not None
    )


def _follows_in_a_list(cue: Cue, first: Cue) -> bool:
    """ "met on Monday and Tuesday": a day listed right after the lead's first is a later one."""
    if cue.sentence != first.sentence or cue.expression.start < first.expression.end:
        return False
    return (
        DAY_LIST_LINK.fullmatch(cue.sentence, first.expression.end, cue.expression.start)
        is not None
    )


def _listed_after_a_day_of_it(
    cue: Cue, cues: Sequence[Cue], chron: Chronology, first: date, last: date
) -> bool:
    """ "The commission met on Sunday and Monday", below a lead that dates the meeting Sunday:
    a day listed after one of the meeting's days, in a clause that holds the meeting on them."""
    for prior in cues:
        if prior is cue or not _follows_in_a_list(cue, prior):
            continue
        found = chron.mention_of(prior)
        before = set(prior.clause_before().lower().split())
        return bool(
            found and found.span.precision == "day" and first <= found.span.start <= last
            and (HELD_VERBS | CONTINUING_VERBS) & before and not RECALLED & before
        )  # fmt: skip
    return False


def _in_session_since(cue: Cue) -> bool:
    """ "has been meeting in X since May 22", "the delegates, meeting in X near Y since November
    9": the meeting has gone on from that day (not "the first meeting since May 22")."""
    clause = cue.clause_before().lower().split()
    if clause[-1:] != ["since"]:
        return False
    return "been" in clause or (
        clause[:1] == ["meeting"] and (len(clause) == 2 or clause[1] in PLACE_PREPOSITIONS)
    )


def _long_before(chron: Chronology, cue: Cue) -> bool:
    """Whether a date lies more than REPORTED_WITHIN_DAYS before the report was written: the
    lead recalls it ("Eighteen months after the ceasefire signed on 23 October 2020")."""
    found = chron.mention_of(cue)
    written = chron.published.start
    if found is None or found.span.end is None or written is None:
        return False
    return (written - found.span.end).days > REPORTED_WITHIN_DAYS


def _after_the_writing(chron: Chronology, cue: Cue) -> bool:
    """Whether a date lies wholly after the last day the report may have been written: a plan's
    ("urged Libya to hold elections on December 24"), never a day of the meeting it reports."""
    found = chron.mention_of(cue)
    written = chron.published.end
    if found is None or found.span.start is None or written is None:
        return False
    return found.span.start > written


def _a_plans_date(cue: Cue) -> bool:
    """Whether a date is that of another event a plan sets, never a day of the meeting: "agreed
    to hold national elections on Dec. 24, 2021", "agreed to sign the truce on 23 October"."""
    return (cue.planned and cue.expression.kind == "calendar"
            and cue.event_kind not in (None, "meeting"))  # fmt: skip


def _tells_the_meeting(cue: Cue) -> bool:
    """Whether a cue's sentence speaks of a meeting or an agreement ("met", "resumed its
    discussions", "signed", "ceasefire"), not only of a reaction to one ("rejected the plan")."""
    return _speaks_of_a_meeting(cue.sentence)


def _speaks_of_a_meeting(sentence: str) -> bool:
    """Whether a sentence speaks of a meeting or an agreement (MEETING_WORDS,
    MEETING_VOCABULARY)."""
    lowered = sentence.lower()
    return bool(MEETING_WORDS.search(lowered) or MEETING_VOCABULARY & set(textlib.words(lowered)))


def _a_day_of_it(cue: Cue) -> bool:
    """Whether a day's clause makes it one the meeting went on or ended, not the one it opened:
    "The meeting, which ended on Wednesday" (not "has been meeting since May 22")."""
    return (
        (concludes(cue) or _meets_on(cue))
        and not _in_session_since(cue)
        and not OPENING_VERBS & set(cue.words_before(OPENING_REACH_WORDS))
    )


def _of_the_talks(cue: Cue) -> bool:
    """Whether a day is named right after a meeting's noun: "talks on Monday", "the meeting
    Monday"."""
    before = cue.words_before(2)
    if before[-1:] == ["on"]:
        before = before[:-1]
    return bool(before) and before[-1] in MEETING_NOUNS


def _meets_on(cue: Cue) -> bool:
    """Whether the meeting itself goes on on a day, by its clause: "The forum resumed its
    discussions in Tunis on Wednesday" (not "a statement issued on Wednesday")."""
    words = set(cue.clause_before().lower().split())
    return bool(CONTINUING_VERBS & words or any(MEETING_WORDS.fullmatch(w) for w in words))


def _met_someone(cue: Cue) -> bool:
    """Whether the day's clause tells that someone met someone (MET_SOMEONE), not a calendar
    word ("met Monday")."""
    met = MET_SOMEONE.search(cue.clause_before())
    return met is not None and (met["whom"] or "").lower() not in CALENDAR_WORDS


def _told_later(first: Cue, cue: Cue) -> bool:
    """Whether a day comes after the lead's first in their sentence, with no word between that
    puts it before ("met X on Monday and Y on Tuesday", not "signed on Friday after talks held
    on Wednesday")."""
    between = first.sentence[first.expression.end : cue.expression.start].lower().split()
    return cue.expression.start > first.expression.start and not BEFORE_LINKS & set(between)


def _placed_apart(one: Cue, other: Cue) -> bool:
    """Whether two days of one sentence each have a place of their own, and not the same
    (PLACE_PHRASE). When a clause joined by "and" (CLAUSES_JOINED) holds the later day, the
    earlier day's place is the last before it, else the first after it in its own clause, and
    the later day's the first in the later clause ("met on Monday with X in the city of
    Benghazi, and on Tuesday with Y in Tripoli"). Otherwise the earlier day's is the last place
    before it, else the one right after it; the later day's the last place between them left,
    else the one right after it."""
    first, second = sorted((one, other), key=lambda cue: cue.expression.start)
    sentence = first.sentence

    def places(start: int, end: int) -> list[str]:
        return [m["place"] for m in PLACE_PHRASE.finditer(sentence, start, end)
                if m["place"].lower() not in CALENDAR_WORDS]  # fmt: skip

    def right_after(cue: Cue) -> list[str]:
        at = PLACE_RIGHT_AFTER.match(sentence, cue.expression.end)
        return places(at.start(), at.end()) if at else []

    before = places(0, first.expression.start)
    joined = [*CLAUSES_JOINED.finditer(sentence, first.expression.end, second.expression.start)]
    if joined:
        split = joined[-1]
        first_place = (before or places(first.expression.end, split.start()) or [None])[-1]
        second_place = ([*places(split.end(), len(sentence)), None])[0]
    else:
        first_place = (before or right_after(first) or [None])[-1]
        between = [place for place in places(first.expression.end, second.expression.start)
                   if place != first_place]  # fmt: skip
        second_place = (between or right_after(second) or [None])[-1]
    return None not in (first_place, second_place) and first_place != second_place


def _told_on(cue: Cue) -> bool:
    """Whether a day is that of a saying, a statement or a reaction ("..., officials said
    Sunday", "said in a statement on Thursday", "The mission on Saturday welcomed the plan"),
    not of the meeting."""
    return (
        bool(SAY_VERBS & set(cue.words_before(2)))
        or STATEMENT_ON.search(cue.sentence, 0, cue.expression.start) is not None
        or REACTED.match(cue.sentence[cue.expression.end :].lstrip()) is not None
    )


def _closes_on(cue: Cue) -> bool:
    """Whether a day is the meeting's last: "through Wednesday", "the talks, which will run
    until Wednesday", "The round, which runs until June 19", "The talks are expected to end on
    Sunday"."""
    e = cue.expression
    if e.qualifier is None:
        if "through" in cue.sentence[max(0, e.start - 9) : e.start]:
            return True
        if cue.words_before(1) in (["until"], ["till"]):
            return _lasts_until(cue)
        # the meeting's end, still to come, in a sentence about it
        return (cue.tense == "future" and bool(ENDING_VERBS & set(cue.words_before(3)))
                and _about_a_meeting(cue))  # fmt: skip
    # a time limit ("until", "till"; not "by Wednesday") of the meeting
    return e.qualifier == "deadline" and cue.words_before(1) != ["by"] and _lasts_until(cue)


def _said_as_it_ended(cue: Cue) -> bool:
    """Whether a saying's day is the meeting's last: "she said on Sunday, as the first round
    ended"."""
    return SAID_AS_IT_ENDED.match(cue.sentence, cue.expression.end) is not None


def _since_another(cue: Cue) -> bool:
    """Whether a date is in a clause of what the meeting came after (SINCE_ANOTHER), not one of
    its own opening ("since the talks began last Thursday")."""
    since = SINCE_ANOTHER.search(cue.sentence.lower(), 0, cue.expression.start)
    words = set(since.group().split()) if since else set()
    return since is not None and not (words & MEETING_NOUNS and words & OPENING_VERBS)


def _a_time_limit(cue: Cue) -> bool:
    """Whether a day is one something lasts until: "until Wednesday", "till March 9"."""
    return cue.expression.qualifier in ("until", "deadline") or cue.words_before(1) in (
        ["until"], ["till"])  # fmt: skip


def _lasts_until(cue: Cue) -> bool:
    """Whether a time limit ("until Sunday") is the meeting's: its clause has the meeting last
    ("the forum would run until Sunday", "the talks, which will run until Wednesday"), where
    "requesting until Tuesday morning to think it over" gives someone time."""
    clause = cue.clause_before().lower().split()
    return bool(LASTING_VERBS.intersection(clause)) and _about_a_meeting(cue)


def _about_a_meeting(cue: Cue) -> bool:
    """Whether a day's sentence speaks of a meeting (MEETING_WORDS, MEETING_NOUNS) or of those
    who sit in one (SITTING_BODIES), or its event noun names one: "the forum would run until
    Sunday", "The forum is expected to run until November 15", "The committee will discuss the
    proposals until 16 January"."""
    lowered = cue.sentence.lower()
    words = textlib.words(lowered)
    return (cue.event_kind == "meeting" or MEETING_WORDS.search(lowered) is not None
            or not (MEETING_NOUNS | SITTING_BODIES).isdisjoint(words))  # fmt: skip


def _closing_day(chron: Chronology, lead: list[Cue], day: date) -> DatedMention | None:
    """When the lead's first date opens the meeting ("which began on May 22"), the later day
    an agreement closed it ("signed the agreement on Tuesday"), known to the day."""
    if not OPENING_VERBS & set(lead[0].words_before(OPENING_REACH_WORDS)):
        return None
    for cue in lead[1:]:
        before = CLOSED_DOORS.sub("", " ".join(cue.words_before(CLOSING_REACH_WORDS)))
        if not CLOSING_VERBS & set(before.split()):
            continue
        found = chron.mention_of(cue)
        if (found and found.span.precision == "day"
                and 0 < (found.span.start - day).days <= MAX_OPENED_MEETING_DAYS):  # fmt: skip
            return found
    return None


def _names_a_week(cue: Cue) -> bool:
    """ "this week", "earlier this week", "last week", "over the weekend": a week or a weekend
    told from the day of writing."""
    e = cue.expression
    return e.kind == "relative" and (
        (e.unit == "week" and e.qualifier in (None, "earlier"))
        or (e.unit == "weekend" and e.qualifier in (None, "the"))
    )


def _names_a_month(cue: Cue) -> bool:
    """ "in October", "in early November", "in October 2020", "last month", "this month"."""
    e = cue.expression
    return e.kind in ("month", "month_year") or (e.kind == "relative" and e.unit == "month")


def _names_a_day(cue: Cue) -> bool:
    """A weekday, a calendar date, or a day counted from the day of writing ("yesterday")."""
    e = cue.expression
    if e.qualifier == "deadline":  # "until Tuesday": a time limit, no day of the meeting
        return False
    return e.kind in ("weekday", "calendar", "monthday") or (
        e.kind == "relative" and e.unit == "day"
    )
