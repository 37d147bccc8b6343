"""A labelled synthetic corpus made from the seeds, for benchmarks.

Each synthetic meeting takes one seed meeting's reports as its template, moves it to another
town (an invented name, so that no two meetings meet by accident unless the generator wants
them to) and to another year whose calendar has the same weekdays, so that "began Monday" still
fits the dates. It is then reported 1 to 4 times, each report with sentences dropped, paragraphs
reordered and words reworded. Some towns host several meetings, years apart, so that the days,
not only the place, must keep them apart.

    python benchmarks/synthetic.py 1000 /tmp/c1k   # the reports, and /tmp/c1k.labels.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from libtalks.aliases import PLACE_SIMILARITY, fold, place_key

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
LABELS = ROOT / "tests" / "data" / "expected_seeds.json"
# Reports per synthetic meeting, and how often each count occurs.
REPORTS_PER_MEETING = {1: 3, 2: 3, 3: 2, 4: 2}
# The first lines (headline, byline, lead) are kept as written. Of the rest, a sentence is
# dropped with this probability, and a word that has a synonym is replaced with this one.
DROP_SENTENCE = 0.2
REWORD = 0.5
LEAD_PARAGRAPHS = 7
# How far in years a meeting may move, either way.
YEAR_REACH = 40
SYNONYMS = {
    "said": "stated", "talks": "negotiations", "warring": "rival", "began": "started",
    "major": "leading", "officials": "officers", "expected": "due", "agreement": "accord",
    "rivals": "opponents", "army": "military", "fighters": "combatants",
}  # fmt: skip
SYLLABLES = ("ba da fa ga ha ja ka la ma na qa ra sa ta wa za be de ke le me ne re se te we "
             "bi di ki li mi ni ri si ti zi bu du ku lu mu nu ru su tu zu").split()  # fmt: skip


@dataclass(frozen=True)
class Template:
    """A seed meeting: its town, first day and the texts of its reports."""

    town: str
    start: date
    texts: tuple[str, ...]
    open_ended: bool  # the text bounds its days on one side only: never share its town


def templates() -> list[Template]:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    found = []
    for meeting in labels["meetings"]:
        texts = tuple((SEEDS / f"{r}.txt").read_text(encoding="utf-8") for r in meeting["reports"])
        bounds = meeting.get("text_bounds", {})
        open_ended = bool(bounds) and not bounds.get("latest")
        found.append(Template(meeting["place"], date.fromisoformat(meeting["true_start"]),
                              texts, open_ended))  # fmt: skip
    return found


def same_calendar_shifts(year: int) -> list[int]:
    """Year offsets whose calendar from March on has the same weekdays as `year`'s."""
    weekday = date(year, 3, 1).weekday()
    return [d for d in range(-YEAR_REACH, YEAR_REACH + 1)
            if d and date(year + d, 3, 1).weekday() == weekday]  # fmt: skip


def town_names(count: int, rng: random.Random) -> list[str]:
    """Invented town names, no two of which libtalks would take for spellings of one place
    (aliases.same_place), so that the labels never call one town two."""
    names: list[str] = []
    folded: dict[str, list[str]] = {}  # by place_key, as libtalks compares them
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(4, 5))).capitalize()
        bucket = folded.setdefault(place_key(name), [])
        if process.extractOne(fold(name), bucket, scorer=fuzz.ratio, processor=None,
                              score_cutoff=PLACE_SIMILARITY - 1) is None:  # fmt: skip
            bucket.append(fold(name))
            names.append(name)
    return sorted(names)


def shift_years(text: str, shift: int) -> str:
    return re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group()) + shift), text)


def reword(text: str, town: str, rng: random.Random) -> str:
    """One report of a meeting: the headline and the lead (through the line that names the
    town) kept, later sentences dropped, later paragraphs reordered, words replaced by synonyms."""
    lines = [line for line in text.splitlines() if line.strip()]
    named = next((n for n, line in enumerate(lines) if n and town in line), 0)
    lead = max(LEAD_PARAGRAPHS, named + 1)
    head, body = lines[:lead], lines[lead:]
    rng.shuffle(body)
    kept = []
    for paragraph in body:
        sentences = re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", paragraph)
        sentences = [s for s in sentences if rng.random() >= DROP_SENTENCE]
        if sentences:
            kept.append(" ".join(sentences))

    def synonym(match: re.Match[str]) -> str:
        word = match.group()
        return SYNONYMS[word] if rng.random() < REWORD else word

    pattern = re.compile(r"\b(?:" + "|".join(SYNONYMS) + r")\b")
    return pattern.sub(synonym, "\n\n".join(head + kept))


def generate(reports: int, seed: int = 0) -> tuple[dict[str, str], dict]:
    """`reports` texts by file name, and labels shaped like tests/data/expected_seeds.json."""
    rng = random.Random(seed)
    bases = templates()
    towns = town_names(reports, rng)
    shared_towns = towns[: max(1, len(towns) // 8)]  # each hosts several meetings
    solo_towns = iter(towns[len(shared_towns) :])
    used: set[tuple[str, int]] = set()
    files: dict[str, str] = {}
    meetings = []
    counts, weights = zip(*REPORTS_PER_MEETING.items(), strict=True)
    while len(files) < reports:
        base = rng.choice(bases)
        shift = rng.choice(same_calendar_shifts(base.start.year))
        town = next(solo_towns)
        if not base.open_ended and rng.random() < 0.5:
            town = rng.choice(shared_towns)
            if (town, base.start.year + shift) in used:
                continue
        used.add((town, base.start.year + shift))
        number = len(meetings)
        ids = []
        for n in range(min(rng.choices(counts, weights)[0], reports - len(files))):
            text = rng.choice(base.texts).replace(base.town, town)
            report_id = f"m{number:06d}-r{n}"
            files[f"{report_id}.txt"] = reword(shift_years(text, shift), town, rng)
            ids.append(report_id)
        start = base.start.replace(year=base.start.year + shift)
        meetings.append({"key": f"m{number:06d}", "place": town, "true_start": start.isoformat(),
                         "reports": ids})  # fmt: skip
    return files, {"meetings": meetings}


def write(reports: int, folder: Path, seed: int = 0) -> Path:
    """Write the corpus and its labels.json into `folder`; returns the labels' path."""
    folder.mkdir(parents=True, exist_ok=True)
    files, labels = generate(reports, seed)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    labels_path = folder.parent / f"{folder.name}.labels.json"
    labels_path.write_text(json.dumps(labels, indent=1), encoding="utf-8")
    return labels_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reports", type=int, help="how many reports to write")
    parser.add_argument("folder", type=Path, help="where to write them")
    parser.add_argument("--seed", type=int, default=0, help="the random generator's seed")
    arguments = parser.parse_args()
    print(write(arguments.reports, arguments.folder, arguments.seed))


if __name__ == "__main__":
    main()
