"""Word lists the extractors share: event nouns by kind, and the markers of tense.

These are closed-class and general news vocabulary, not names: they hold for any report.
"""

from __future__ import annotations

# Nouns that name an event, by kind. Two dated phrases about the same kind of event in one
# report may refer to the same event ("signed last month" ... "an October 23 agreement").
EVENT_KINDS: dict[str, frozenset[str]] = {
    "agreement": frozenset(
        "agreement agreements deal deals ceasefire cease-fire truce accord accords pact "
        "treaty armistice".split()
    ),
    "meeting": frozenset(
        "meeting meetings talks summit summits conference conferences forum round rounds "
        "negotiations dialogue session sessions consultations gathering".split()
    ),
    "offensive": frozenset(
        "attack attacks offensive assault fighting campaign siege battle clashes invasion "
        "blockade".split()
    ),
    "war": frozenset("war uprising revolution revolt fall toppled coup".split()),
    "election": frozenset("election elections vote poll polls referendum ballot".split()),
}
EVENT_NOUNS = {noun: kind for kind, nouns in EVENT_KINDS.items() for noun in nouns}

# Markers that put the event a date belongs to after the time of writing.
FUTURE_MARKERS = frozenset(
    "will would 'll shall expected scheduled planned planning plans plan due upcoming next "
    "ahead slated set to-be intends intend aims forthcoming".split()
)
# Markers that put it before the time of writing ("-ed" verbs count too, see dating.py).
PAST_MARKERS = frozenset(
    "was were had did ago last earlier since after following met held took began came made "
    "went saw led left fought won lost broke rose fell struck told gave brought sought "
    "ended".split()
)
PRESENT_MARKERS = frozenset(
    "is are marks begins starts opens continues meets takes runs holds".split()
)
# Words that make a stated plan a past one ("originally set for December").
REVISED_PLAN_MARKERS = frozenset("originally initially previously".split())
# Verbs saying that an event ended at the time given ("collapsed this summer").
END_VERBS = frozenset(
    "collapsed ended ceased concluded finished failed stalled expired broke".split()
)
# Words that look like "-ed" verbs but are not past-tense markers.
NOT_PAST = frozenset(
    "expected scheduled planned slated proposed intended supposed united need speed red "
    "hundred bed".split()
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "few": 2,
}  # fmt: skip
