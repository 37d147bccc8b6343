"""Properties of resolving an expression against a day of writing, checked by hypothesis."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from libtalks.cues import cues_of
from libtalks.dates import find_expressions
from libtalks.dating import (
    Runs,
    _consistency_tests,
    _link_tests,
    _offset_tests,
    _passing,
    reach,
    resolve,
    resolver,
)

PHRASES = [
    "They met on Monday.", "They will meet next Tuesday.", "They met last Friday.",
    "It was signed last month.", "It was signed earlier this month.", "Talks resume next week.",
    "The offensive began last year.", "It collapsed this summer.", "It ended two weeks ago.",
    "They met yesterday.", "They meet tomorrow.", "The deal of Oct. 23 holds.",
    "Talks will be held on November 9th.", "Fighting began in June.", "It ends later this year.",
    "It was signed on Feb. 29.", "They met last weekend.", "The truce came three months ago.",
    "It will be signed on Feb. 29.", "They will meet in June.", "It was agreed later this week.",
    "Talks in October 2020 stalled.", "It ended in 2019.", "It fell two years ago.",
    "A truce came in October last year.", "They meet on March 3 next year.",
    "He asked for time until Tuesday.", "They met in early November.", "It came late last month.",
    "They met on the 31st.", "They will meet on the 2nd.", "It holds since the 15th.",
]  # fmt: skip
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES), DAYS, DAYS)
def test_resolve_never_goes_back_in_time(phrase, a, b):
    early, late = min(a, b), max(a, b)
    for cue in cues_of([phrase]):
        first, second = resolve(cue, early), resolve(cue, late)
        if first and second:
            assert first[0] <= second[0] and first[1] <= second[1], (phrase, early, late)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PHRASES), DAYS, st.lists(st.integers(0, 2000), min_size=1, max_size=30))
def test_reach_covers_what_every_day_would(phrase, start, offsets):
    days = sorted({start + timedelta(days=n) for n in offsets})
    for cue in cues_of([phrase]):
        every = [i for i in (resolve(cue, day) for day in days) if i]
        bounds = [i for i in reach(cue, days) if i]
        if every:
            assert min(i[0] for i in bounds) == min(i[0] for i in every)
            assert max(i[1] for i in bounds) == max(i[1] for i in every)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES), st.lists(DAYS, min_size=1, max_size=40), st.randoms())
def test_resolver_answers_as_resolve_does_on_each_day(phrase, days, random):
    """resolver() resolves once for days it deems alike: in any order, each day's answer is
    resolve()'s."""
    days += [day + timedelta(days=n) for day in days[:3] for n in range(-40, 40)]
    random.shuffle(days)
    for cue in cues_of([phrase]):
        resolved = resolver(cue)
        assert [resolved(day) for day in days] == [resolve(cue, day) for day in days], phrase


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES), DAYS)
def test_a_phrase_of_another_period_lies_on_its_side_of_every_day(phrase, day):
    """Why _consistency_tests() tests the order of "this ..." phrases only: any other past
    phrase began before the day of writing, any other future one ends after it."""
    for cue in cues_of([phrase]):
        e = cue.expression
        if e.kind == "relative" and (e.amount or e.qualifier) and cue.tense != "unknown":
            first, last = resolve(cue, day)
            assert first <= day if cue.tense == "past" else last >= day, phrase


# A relative phrase tied to a dated event of its kind, or an offset from a dated event: the
# tests that find their passing days by bisection (a dated anchor) or run by run (a yearless
# one); and a yearless date with its weekday.
ANCHORED = [
    "The truce signed last month replaced the {anchor} truce.",
    "The offensive that collapsed this summer followed the {anchor} offensive.",
    "The talks held earlier this year built on the {anchor} talks.",
    "It came less than two weeks after the {anchor} agreement.",
    "It came three months after the {anchor} agreement.",
    "It came weeks after the {anchor} agreement.",
    "The talks began on Monday 19 October, after the {anchor} talks.",
]
ANCHORS = ["Oct. 23, 2020", "June 2019", "2021", "Feb. 29, 2024", "Oct. 23", "Feb. 29"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ANCHORED), st.sampled_from(ANCHORS), DAYS,
       st.lists(st.integers(0, 3000), min_size=1, max_size=60))  # fmt: skip
def test_bisection_and_runs_keep_the_days_a_day_by_day_test_keeps(sentence, anchor, start,
                                                                 offsets):  # fmt: skip
    days = sorted({start + timedelta(days=n) for n in offsets})
    cues = cues_of([sentence.format(anchor=anchor)])
    tests = _link_tests(cues) + _offset_tests(cues) + _consistency_tests(cues)
    assert tests or ("after" in sentence and anchor == "2021"), sentence  # offsets need a day
    for test, _ in tests:
        assert _passing(test, days) == [day for day in days if test(day)], (sentence, anchor)


def test_yearless_anchors_and_weekdays_are_tested_run_by_run():
    """The property above checks runs only if some tests are Runs."""
    linked = cues_of(["The truce signed last month replaced the Oct. 23 truce."])
    weekday = cues_of(["The talks began on Monday 19 October."])
    assert any(isinstance(test, Runs) for test, _ in _link_tests(linked))
    assert any(isinstance(test, Runs) for test, _ in _consistency_tests(weekday))


def test_the_phrases_are_all_found():
    assert all(find_expressions(p) for p in PHRASES)
