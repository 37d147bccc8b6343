"""Dates on the seeds, against the analyst's reading in expected_seeds.json."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import invoke, invoke_json


@pytest.fixture(scope="module")
def published():
    return {record["id"]: record["published"] for record in invoke_json("articles")}


@pytest.mark.parametrize(
    ("article", "day"),
    [("001_05a61378f0d2bfea", "2020-11-02"), ("002_1d03824f4f11dffd", "2020-11-02"),
     ("003_b34e344dc6ad405a", "2020-10-19")],
)  # fmt: skip
def test_seed_publication_days(published, article, day):
    assert published[article]["date"] == day
    assert published[article]["precision"] == "day"
    assert published[article]["evidence"]


def test_undatable_seeds_get_a_span_that_holds_the_truth(published, expected):
    truths = {"000_eaa25dd388c2d1af": date(2022, 7, 19), "004_6ed4bc7687809824": date(2020, 9, 28)}
    for article, truth in truths.items():
        span = published[article]
        assert span["precision"] != "day"
        assert date.fromisoformat(span["earliest"]) <= truth
        assert span["latest"] is None or truth <= date.fromisoformat(span["latest"])


def test_timeline_holds_the_mentioned_events(expected):
    rows = invoke_json("timeline")
    by_date = {}
    for row in rows:
        by_date.setdefault(row["date"], []).append(set(row["sources"]))
    for event in expected["mentioned_events"]:
        if len(event["date"]) < 10 and event["date"] != "2019-04":
            continue
        assert any(set(event["in"]) <= sources for sources in by_date.get(event["date"], [])), (
            event["what"]
        )
    dates = [row["date"].split("/")[0] for row in rows]
    assert dates == sorted(dates, key=lambda d: (d + "-01-01")[:10])


def test_no_day_without_evidence_for_it(expected):
    """Every day-precision date in the timeline is one the analyst's reading supports."""
    true_days = {e["date"] for e in expected["mentioned_events"] if len(e["date"]) == 10}
    true_days |= {"2020-11-02", "2020-11-04", "2020-10-19", "2020-10-24"}
    for row in invoke_json("timeline"):
        if row["precision"] == "day":
            assert row["date"] in true_days, row


def test_since_and_until_filter_and_csv():
    rows = invoke_json("timeline", "--since", "2020-10-01", "--until", "2020-10-31")
    assert {row["date"] for row in rows} >= {"2020-10-05", "2020-10-19", "2020-10-23"}
    assert all(row["date"].startswith("2020") for row in rows)  # rows that may fall in Oct 2020
    assert invoke("timeline", "--csv").stdout.startswith("date,precision,event,sources")
    assert invoke("timeline", "--since", "yesterday").exit_code == 2
