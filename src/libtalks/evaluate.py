"""How well the meetings found match a labelled corpus (labels shaped like
tests/data/expected_seeds.json): cluster precision, recall and F1, place and start-day accuracy.

Clusters are scored with B-cubed (Bagga & Baldwin, 1998): for each report, the share of its
predicted meeting that truly belongs with it (precision) and the share of its true meeting that
was predicted with it (recall), averaged over reports. Unlike pair counting it is defined when
every meeting has one report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from libtalks.aliases import same_place
from libtalks.models import Meeting


@dataclass(frozen=True)
class Scores:
    reports: int
    meetings: int
    precision: float
    recall: float
    f1: float
    place_accuracy: float
    start_day_accuracy: float  # over meetings whose first day the text gives
    wrong_days: int  # a day (or span) claimed that excludes the true first day

    def to_json(self) -> dict[str, Any]:
        return {key: (round(value, 4) if isinstance(value, float) else value)
                for key, value in self.__dict__.items()}  # fmt: skip


LABEL_FIELDS = {"reports": list, "place": str, "true_start": str}


def check_labels(labels: Any) -> None:
    """Raise ValueError naming the first meeting label that lacks a field or has a bad one."""
    if not isinstance(labels, dict) or not isinstance(labels.get("meetings"), list):
        raise ValueError('expected an object with a "meetings" list')
    for n, label in enumerate(labels["meetings"], start=1):
        for field, kind in LABEL_FIELDS.items():
            if not isinstance(label, dict) or not isinstance(label.get(field), kind):
                raise ValueError(f"meeting {n}: {field!r} must be a {kind.__name__}")
        date.fromisoformat(label["true_start"])


def bcubed(
    predicted: dict[str, Hashable], truth: dict[str, Hashable]
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of `predicted` (report → cluster) against `truth`
    (report → true cluster), over the reports both name."""
    reports = [r for r in predicted if r in truth]
    members: dict[tuple[str, Hashable], set[str]] = defaultdict(set)
    for r in reports:
        members[("predicted", predicted[r])].add(r)
        members[("true", truth[r])].add(r)
    precision = recall = 0.0
    for r in reports:
        same_pred, same_true = members[("predicted", predicted[r])], members[("true", truth[r])]
        both = len(same_pred & same_true)
        precision += both / len(same_pred)
        recall += both / len(same_true)
    n = len(reports) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(found: Sequence[Meeting], labels: dict[str, Any]) -> Scores:
    """Scores of `found` against `labels["meetings"]`; reports no label names are ignored."""
    check_labels(labels)
    truth = {r: i for i, m in enumerate(labels["meetings"]) for r in m["reports"]}
    predicted = {r: m.id for m in found for r, _ in m.reports if r in truth}
    precision, recall, f1 = bcubed(predicted, truth)
    by_id = {m.id: m for m in found}
    places = starts = derivable = wrong = 0
    for label in labels["meetings"]:
        matched = [by_id[predicted[r]] for r in label["reports"] if r in predicted]
        if not matched:
            continue
        meeting = max(matched, key=lambda m: sum(1 for r, _ in m.reports if r in label["reports"]))
        places += same_place(meeting.place, label["place"])
        true_start = date.fromisoformat(label["true_start"])
        days = meeting.days
        if days.known and not (days.start <= true_start <= (days.end or true_start)):
            wrong += 1
        if label.get("day_derivable_from_text"):
            derivable += 1
            starts += days.precision == "day" and days.start == true_start
    count = len(labels["meetings"]) or 1
    return Scores(
        reports=len(predicted), meetings=len(labels["meetings"]), precision=precision,
        recall=recall, f1=f1, place_accuracy=places / count,
        start_day_accuracy=starts / derivable if derivable else 1.0, wrong_days=wrong,
    )  # fmt: skip
