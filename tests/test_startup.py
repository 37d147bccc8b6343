"""Start-up: a run whose results the cache keeps imports none of the pipeline, nor rapidfuzz,
and JSON output does without rich. (How fast that is, benchmarks/startup.py measures; tests
only pin the cause.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Prints, after running the command line given as arguments, the modules it imported.
PROBE = (
    "import json, sys\n"
    "from libtalks.cli import cli\n"
    "try:\n"
    "    cli.main(sys.argv[1:], prog_name='libtalks')\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
)
PIPELINE = {
    "libtalks.actors", "libtalks.aliases", "libtalks.anatomy", "libtalks.assemble",
    "libtalks.cluster", "libtalks.dates", "libtalks.dating", "libtalks.extract",
    "libtalks.meetings", "libtalks.mentions", "libtalks.quotes",
}  # fmt: skip


def imported(*arguments: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True, text=True, check=True, env=os.environ.copy(),
    )  # fmt: skip
    return set(json.loads(done.stderr.splitlines()[-1]))


def test_a_kept_result_is_shown_without_the_pipeline(seeds):
    corpus = ("--corpus", str(seeds))
    assert imported("meetings", "--json", *corpus) >= PIPELINE  # cold: computes
    warm = imported("meetings", "--json", *corpus)
    assert not warm & PIPELINE
    assert not warm & {"rich", "rapidfuzz", "glob"}
    table = imported("meetings", *corpus)
    assert not table & PIPELINE
    assert "rapidfuzz" not in table
    assert "rich.table" in table


def test_a_stage_not_kept_is_computed_on_a_warm_run(seeds):
    corpus = ("--corpus", str(seeds))
    imported("meetings", "--json", *corpus)  # keeps the stages meetings need: no timeline
    assert "libtalks.dating" in imported("timeline", "--json", *corpus)
    assert "libtalks.dating" not in imported("timeline", "--json", *corpus)
