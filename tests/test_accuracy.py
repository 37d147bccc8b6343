"""The accuracy gate: seed figures pinned as floors (raise them, never lower them)."""

from __future__ import annotations

from conftest import EXPECTED, invoke_json
from libtalks import api
from libtalks.evaluate import evaluate

FLOORS = {
    "f1": 1.0,
    "precision": 1.0,
    "recall": 1.0,
    "place_accuracy": 1.0,
    "start_day_accuracy": 1.0,
}
MAX_WRONG_DAYS = 0


def test_seed_accuracy_does_not_fall_below_its_floors():
    scores = evaluate(api.meetings(api.load()), EXPECTED).to_json()
    for measure, floor in FLOORS.items():
        assert scores[measure] >= floor, (measure, scores)
    assert scores["wrong_days"] <= MAX_WRONG_DAYS


def test_evaluation_penalises_a_wrong_grouping():
    found = api.meetings(api.load())
    everything_apart = {"meetings": [
        {"reports": [r], "place": "Ghadames", "true_start": "2020-11-02"}
        for m in EXPECTED["meetings"] for r in m["reports"]
    ]}  # fmt: skip
    scores = evaluate(found, everything_apart)
    assert scores.precision < 1.0 and scores.recall == 1.0 and scores.place_accuracy < 1.0


def test_evaluate_command_prints_the_figures(tmp_path):
    labels = tmp_path / "labels.json"
    labels.write_text('{"meetings": []}')
    record = invoke_json("evaluate", str(labels))
    assert record["reports"] == 0
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    from conftest import invoke

    result = invoke("evaluate", str(bad))
    assert result.exit_code == 2 and "not a labels file: Expecting" in result.stderr
    bad.write_text("[1, 2]")
    result = invoke("evaluate", str(bad))
    assert result.exit_code == 2 and "not a labels file" in result.stderr
    bad.write_text('{"meetings": [{"reports": ["x"]}]}')
    result = invoke("evaluate", str(bad))
    assert result.exit_code == 2 and "not a labels file" in result.stderr
