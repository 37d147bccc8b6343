"""Whether a report covers a meeting at all: its headline or lead speaks of one, names a body
that holds talks, tells a reception or places a signing; not an analysis, an interview or a
factbox, nor a lead whose meeting was called off or is only proposed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from libtalks import text as textlib
from libtalks.lexicon import EVENT_NOUNS, ROLE_NOUNS
from libtalks.mentions import in_sentence
from libtalks.models import LEAD_SENTENCES, Article
from libtalks.venue import (
    MEETING_WORDS,
    OTHER_OCCASION_BEFORE,
    OTHER_OCCASION_REACH_WORDS,
    names_a_meeting_place,
)

# The body that holds talks: a named commission, committee, forum or working group ("Libyan
# Political Dialogue Forum", "International Follow-up Committee", "Security Working Group of the
# Berlin Process"), or a joint one written lowercase ("the joint constitutional committee"). A
# council ("Presidential Council") is an institution, not talks, and a longer name is another
# organisation's ("International Committee of the Red Cross").
BODY = re.compile(
    r"\b(?:(?P<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+|-(?:up|in|out|off|over))? ){1,3}"
    r"(?:(?:Commission|Committee|Forum)(?! of (?:the )?[A-Z])|Working Group))"
    r"|(?P<joint>joint (?:[a-z]+ ){0,2}(?:commission|committee)))\b"
)
# Receiving someone is meeting them ("President X received on Tuesday Speaker of the House Y",
# "X receives Y"), when only linking words, role nouns and capitalised words (a weekday, a
# title) come between the verb and the person's name: "received a letter from Y" is no meeting.
RECEIVED = re.compile(r"\b(?:received|receives|receiving)\b")
RECEIVING_LINKS = frozenset("on in at of the for here today yesterday visiting".split())
# A headline's label for a piece that reports no one meeting, whatever meetings it names:
# "Analysis: Can Libya's army be unified?", "Q&A: ...", "Factbox - ...".
GENRE_LABEL = re.compile(
    r"(?i:analysis|opinion|comment|commentary|editorial|op-ed|explainer|explained|q\s*&\s*a"
    r"|interview|profile|timeline|factbox|fact box|feature|obituary|letters?|review"
    r"|breakingviews)\s*[:|–—-]"
)
# A lead whose meeting was called off reports none: "Talks ... scheduled to open on Monday
# have been postponed indefinitely", "The UN on Monday postponed a round of talks", "the
# meeting will not take place". Not one put off to a day ("postponed to Wednesday", "delayed
# until next week": still to come), nor talks broken off or suspended once they had run. On
# lowercased text.
CALLED_OFF = re.compile(
    r"\b(?:postpone[ds]?|postponing|postponement|put off|call(?:s|ed|ing)? off|cancel(?:l?ed|s)?"
    r"|cancell?ation|scrap(?:ped|s)|delay(?:ed|s)|(?:will|would|did|does|could) not (?:take place"
    r"|go ahead|happen|be held|convene)|never took place|(?:was|were) not held|failed to (?:take"
    r" place|go ahead|convene|open|start|begin))\b(?!\s+(?:until|till|to|from|by|for)\b)"
)
# Nor does a lead whose meeting is only proposed: "The envoy on Thursday invited the five
# main actors to a meeting", "proposed a summit", "called for new talks", "offered to host the
# talks" (what is proposed is the verb's object). On lowercased text.
PROPOSED = re.compile(
    r"\b(?:invit(?:ed|es|ing)\b[^.;]{0,80}?\bto|propos(?:ed|es|ing)|call(?:ed|s|ing) for"
    r"|offer(?:ed|s|ing) to host)\b"
)
# What is called off or proposed is named within this many words after an active verb
# ("called off the planned round of talks").
CALLED_OFF_OBJECT_WORDS = 5
# Verbs telling that a meeting took place after all: "Talks resumed on Monday after being
# postponed", "the rivals met in Cairo after the Geneva talks were called off" (not "the
# commission last met in X": OTHER_OCCASION_BEFORE).
TOOK_PLACE = re.compile(
    r"\b(?:met|meets|opened|opens|began|begins|resumed|resumes|convened|convenes|reconvened"
    r"|started|kicked off|got under way|concluded|ended|wrapped up|took place|signed|agreed)\b"
)


def reports_a_meeting(article: Article) -> bool:
    """Whether the report covers a meeting: its headline or lead says so ("met", "talks"),
    names a body that holds talks ("a deal signed by the Joint Military Commission"), tells
    someone received a person, or places a signing ("signed a ceasefire in X on Friday"); an
    analysis, an interview or a factbox covers none, nor a lead whose meeting was called off
    or is only proposed."""
    if article.genre or GENRE_LABEL.match(article.title):
        return False
    lead_sentences = article.sentences[:LEAD_SENTENCES]
    if _called_off(lead_sentences):
        return False
    lead_text = " ".join(lead_sentences)
    lead = f"{article.title} {lead_text}"
    return bool(
        MEETING_WORDS.search(lead.lower())
        or BODY.search(lead_text)
        or ("receiv" in lead and _receives_someone(lead))
        or ("signed" in lead and any(map(names_a_meeting_place, (article.title, *lead_sentences))))
    )


def _called_off(lead: Sequence[str]) -> bool:
    """Whether the lead's first sentence of a meeting calls it off (CALLED_OFF) or only
    proposes it (PROPOSED), and no sentence of the lead tells that one took place (TOOK_PLACE),
    but for one that recalls an earlier meeting ("The commission last met in X, when it agreed
    ...")."""
    lowered = [sentence.lower() for sentence in lead]
    first = next((s for s in lowered if MEETING_WORDS.search(s)), "")
    if not any(map(_calls_off_a_meeting, CALLED_OFF.finditer(first))) and not any(
        _names_a_meeting(_object_of(verb)) for verb in PROPOSED.finditer(first)
    ):
        return False
    took_place = [[s[: verb.start()].split()[-OTHER_OCCASION_REACH_WORDS:]
                   for verb in TOOK_PLACE.finditer(s)] for s in lowered]  # fmt: skip
    return not any(
        verbs and not any(OTHER_OCCASION_BEFORE & set(before) for before in verbs)
        for verbs in took_place
    )


def _calls_off_a_meeting(verb: re.Match[str]) -> bool:
    """Whether what a CALLED_OFF verb calls off is a meeting: the first event noun within
    CALLED_OFF_OBJECT_WORDS after it ("postponed a round of talks", not "postponed the vote"),
    else the last before it ("the talks ... have been postponed", not "after elections were
    postponed")."""
    before = reversed(textlib.words(verb.string[: verb.start()]))
    return _names_a_meeting(_object_of(verb) or next((w for w in before if w in EVENT_NOUNS), None))


def _object_of(verb: re.Match[str]) -> str | None:
    """The first event noun within CALLED_OFF_OBJECT_WORDS after the verb, if any."""
    after = textlib.words(verb.string[verb.end() :])[:CALLED_OFF_OBJECT_WORDS]
    return next((w for w in after if w in EVENT_NOUNS), None)


def _names_a_meeting(noun: str | None) -> bool:
    """Whether the event noun names a meeting ("talks", not "vote")."""
    return noun is not None and EVENT_NOUNS[noun] == "meeting"


def _receives_someone(text: str) -> bool:
    """Whether the text tells that someone received a person (RECEIVED)."""
    verbs = list(RECEIVED.finditer(text))
    mentions = in_sentence(text) if verbs else []
    for verb in verbs:
        person = next((m for m in mentions if m.start > verb.end()), None)
        if person is None or person.kind != "person":
            continue
        between = re.findall(r"[\w’'-]+", text[verb.end() : person.start])
        if all(w[0].isupper() or w in RECEIVING_LINKS or w in ROLE_NOUNS for w in between):
            return True
    return False
