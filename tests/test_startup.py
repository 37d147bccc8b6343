"""Start-up: a run whose results the cache keeps imports none of the pipeline, nor rapidfuzz,
and JSON output does without rich; and a run spares its records full garbage collections.
(How fast that is, benchmarks/ measures; tests only pin the cause.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from libtalks.cli import NEVER

# Prints, after running the command line given as arguments, the modules it imported and
# the garbage collector's thresholds.
PROBE = (
    "import gc, sys\n"
    "from libtalks.cli import cli\n"
    "try:\n"
    "    cli.main(sys.argv[1:], prog_name='libtalks')\n"
    "except SystemExit:\n"
    "    pass\n"
    "modules = sorted(sys.modules)\n"
    "import json\n"
    "print(json.dumps([modules, gc.get_threshold()]), file=sys.stderr)\n"
)
# What no warm run imports: rapidfuzz compares texts, hashlib loads OpenSSL (4 ms of 100),
# glob expands patterns. A table does without json too, and JSON without rich.
NOT_WARM = {"rapidfuzz", "hashlib", "glob"}
PIPELINE = {
    "libtalks.actors", "libtalks.aliases", "libtalks.anatomy", "libtalks.assemble",
    "libtalks.bylines", "libtalks.cluster", "libtalks.coverage", "libtalks.datelines",
    "libtalks.dates", "libtalks.dating", "libtalks.extract", "libtalks.meeting_days",
    "libtalks.meeting_lengths", "libtalks.meetings", "libtalks.mentions", "libtalks.quotes",
}  # fmt: skip


def probe(*arguments: str) -> tuple[set[str], list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True, text=True, check=True, env=os.environ.copy(),
    )  # fmt: skip
    modules, thresholds = json.loads(done.stderr.splitlines()[-1])
    return set(modules), thresholds


def imported(*arguments: str) -> set[str]:
    return probe(*arguments)[0]


def test_a_kept_result_is_shown_without_the_pipeline(seeds):
    corpus = ("--corpus", str(seeds))
    assert imported("meetings", "--json", *corpus) >= PIPELINE  # cold: computes
    warm = imported("meetings", "--json", *corpus)
    assert not warm & PIPELINE
    assert not warm & {"rich", *NOT_WARM}
    table = imported("meetings", *corpus)
    assert not table & PIPELINE
    assert not table & {"json", *NOT_WARM}
    assert "rich.table" in table


def test_a_stage_not_kept_is_computed_on_a_warm_run(seeds):
    corpus = ("--corpus", str(seeds))
    imported("meetings", "--json", *corpus)  # keeps the stages meetings need: no timeline
    assert "libtalks.dating" in imported("timeline", "--json", *corpus)
    assert "libtalks.dating" not in imported("timeline", "--json", *corpus)


def test_a_run_collects_young_objects_only(seeds):
    """Reports, extractions and actors live to the end of a run: a full collection would walk
    them all again and again, a young one still frees short-lived cycles."""
    young, middle, full = probe("meetings", "--json", "--corpus", str(seeds))[1]
    assert young > 0 and middle > 0
    assert full == NEVER
