"""Grouping is a function of the corpus, not of the order or repetition of its reports."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from libtalks import api, views

SEED_ARTICLES = api.load()
WRITTEN = [
    ("w_ubari_a", "Rival army chiefs meet in Ubari",
     "Army chiefs from the rival camps met on Tuesday, March 4, 2025 in the desert town of "
     "Ubari for talks on the withdrawal of fighters."),
    ("w_ubari_b", "Army chiefs hold talks in desert town",
     "Army chiefs from the rival camps met on Tuesday, March 4, 2025 in the desert town of "
     "Ubari for talks on the withdrawal of fighters."),
    ("w_kufra", "Army chiefs meet again, in Kufra",
     "Army chiefs from the rival camps met on April 8, 2025 in the oasis town of Kufra."),
]  # fmt: skip


def _written():
    from libtalks.anatomy import from_fields

    return [from_fields(i, f"{i}.txt", {"title": t, "text": body}) for i, t, body in WRITTEN]


CORPUS = SEED_ARTICLES + _written()


def meetings_json(articles) -> str:
    by_id = {a.id: a for a in articles}
    return json.dumps([views.meeting(m, by_id) for m in api.meetings(articles)], sort_keys=True)


BASELINE = meetings_json(CORPUS)


@settings(max_examples=15, deadline=None)
@given(st.permutations(CORPUS))
def test_grouping_does_not_depend_on_input_order(order):
    assert meetings_json(list(order)) == BASELINE


def test_a_corpus_run_twice_gives_byte_identical_meetings():
    assert meetings_json(CORPUS) == meetings_json(CORPUS) == BASELINE


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(CORPUS))
def test_a_duplicated_report_joins_its_own_meeting(original):
    copy = dataclasses.replace(original, id=original.id + "_copy", path=original.path + ".copy")
    before = {m.id: {r for r, _ in m.reports} for m in api.meetings(CORPUS)}
    after = {m.id: {r for r, _ in m.reports} for m in api.meetings([*CORPUS, copy])}
    assert after.keys() == before.keys()
    home = next(key for key, reports in before.items() if original.id in reports)
    assert after[home] == before[home] | {copy.id}
