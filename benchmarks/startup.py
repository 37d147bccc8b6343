"""Start-up: `libtalks meetings` on the seeds against importing its dependencies alone.

    python benchmarks/startup.py            # 30 runs of each, interleaved
    python benchmarks/startup.py --runs 50

Runs the libtalks of the Python running this script (install it with `pip install .`, as the
README does: an editable install adds an import hook to every start). The first run fills the
cache, so every timed run is a warm one, as an analyst's second command is. Each round runs
the bare imports, then each command, so that a busy moment of the machine hits all alike.
Prints the fastest and the median wall time of each, and their ratios to the bare imports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = [sys.executable, "-c", "import click, rich, rapidfuzz, dateutil"]
# The `libtalks` script pip installed beside this Python.
SCRIPT = os.path.join(os.path.dirname(sys.executable), "libtalks")
COMMANDS = {
    "libtalks meetings": ["meetings"],
    "libtalks meetings --json": ["meetings", "--json"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "LIBTALKS_CACHE_DIR": cache}
        env.pop("LIBTALKS_CORPUS", None)
        commands = {"bare imports": BARE} | {
            label: [SCRIPT, *arguments] for label, arguments in COMMANDS.items()
        }
        for command in commands.values():  # fill the cache; load the files into memory
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        seconds: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
                seconds[label].append(time.perf_counter() - start)
    base = seconds["bare imports"]
    print(f"python {sys.version.split()[0]}, {runs} runs each, wall time")
    print(f"  {'command':26} {'min ms':>7} {'median ms':>10} {'x bare (min, median)':>22}")
    for label, times in seconds.items():
        low, middle = min(times), statistics.median(times)
        ratio = f"{low / min(base):.2f}, {middle / statistics.median(base):.2f}"
        print(f"  {label:26} {low * 1000:7.0f} {middle * 1000:10.0f} {ratio:>22}")


if __name__ == "__main__":
    main()
