"""Time libtalks on synthetic corpora of growing size, beside MinHash-LSH as a reference.

    pip install -e '.[bench]'
    python benchmarks/run.py                 # 1,000, 10,000 and 50,000 reports
    python benchmarks/run.py 1000 --jobs 2   # one size, two extraction processes

For each size it generates a labelled corpus (benchmarks/synthetic.py), then prints:
- each stage run in this process: load, extract (dates and names of each report, in --jobs
  processes), actors (aliases resolved), cluster (which reports cover one meeting), meetings
  (facts, clusters and merged meetings) and digest (every meeting's briefing);
- the whole command `libtalks meetings --json`, cold (empty cache) and warm (second run);
- reports per second, peak memory (largest process, MiB) and B-cubed cluster F1;
- datasketch MinHashLSH grouping the same reports by their headline and lead, timed the same.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write

from libtalks import api
from libtalks.actors import named_people
from libtalks.cluster import group, lead_text
from libtalks.evaluate import bcubed
from libtalks.meetings import with_participants
from libtalks.views import meeting_detail

# MinHash: word shingles of this many words, this many permutations, and the Jaccard
# similarity above which LSH pairs two reports.
SHINGLE_WORDS = 3
PERMUTATIONS = 128
LSH_THRESHOLD = 0.5
# Runs a command and prints its peak memory (KiB): ru_maxrss of the waited-for children.
PEAK = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:], "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
    "file=sys.stderr); sys.exit(code)"
)


def timed(stage: str, rows: list, reports: int | None, call):
    """Run `call`, add (stage, seconds, reports/s) to `rows`; with no count, the result's
    length is the number of reports."""
    start = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - start
    count = len(result) if reports is None else reports
    rows.append((stage, seconds, count / seconds if seconds else float("inf")))
    return result


def in_process(folder: Path, labels: dict, jobs: int) -> tuple[list, float]:
    rows: list = []
    articles = timed("load", rows, None, lambda: api.load([str(folder)], jobs=jobs))
    n = len(articles)
    extracted = timed("extract", rows, n, lambda: api.extract(articles, None, jobs))
    cast = timed("actors", rows, n, lambda: api.cast(articles, extracted))
    dated = api.chronologies(articles, extracted)
    people = named_people(cast.actors)
    found = {
        a.id: with_participants(extracted[a.id].meeting, a, people.get(a.id, ())) for a in articles
    }
    timed("cluster", rows, n, lambda: group(articles, found))
    meetings = timed(
        "meetings", rows, n, lambda: api.meetings(articles, cast.actors, dated, extracted)
    )
    by_id = {a.id: a for a in articles}
    quotes: dict[str, list] = {}
    for quote in cast.quotes:
        quotes.setdefault(quote.article, []).append(quote)
    timed("digest", rows, n, lambda: [meeting_detail(m, by_id, quotes) for m in meetings])
    truth = {r: m["key"] for m in labels["meetings"] for r in m["reports"]}
    predicted = {r: m.id for m in meetings for r, _ in m.reports}
    return rows, bcubed(predicted, truth)[2]


def command_line(folder: Path, jobs: int, cache: Path) -> list:
    rows = []
    env = {**os.environ, "LIBTALKS_CACHE_DIR": str(cache)}
    command = [
        sys.executable,
        "-m",
        "libtalks",
        "--jobs",
        str(jobs),
        "--corpus",
        str(folder),
        "meetings",
        "--json",
    ]
    for stage in ("cli cold", "cli warm"):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PEAK, *command], env=env,
                              capture_output=True, text=True, check=True)  # fmt: skip
        seconds = time.perf_counter() - start
        peak = int(done.stderr.strip().splitlines()[-1]) / 1024
        rows.append((stage, seconds, len(list(folder.iterdir())) / seconds, peak))
    return rows


def minhash(folder: Path, labels: dict) -> tuple[float, float]:
    """Seconds and B-cubed F1 of MinHashLSH grouping the reports by headline and lead."""
    from datasketch import MinHash, MinHashLSH

    articles = api.load([str(folder)])
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    hashes = {}
    for article in articles:
        words = lead_text(article).lower().split()
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words))}
        signature = MinHash(num_perm=PERMUTATIONS)
        signature.update_batch([s.encode() for s in shingles])
        hashes[article.id] = signature
        lsh.insert(article.id, signature)
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Reports that share a bucket in any band are candidates, as lsh.query(signature) would
    # return them; walking the buckets joins them in time linear in the corpus.
    for table in lsh.hashtables:
        for key in table.keys():  # noqa: SIM118 (a datasketch storage, not a dict)
            first, *others = table.get(key)
            for other in others:
                parent[find(other)] = find(first)
    seconds = time.perf_counter() - start
    truth = {r: m["key"] for m in labels["meetings"] for r in m["reports"]}
    return seconds, bcubed({a: find(a) for a in parent}, truth)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 50000])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "libtalks-bench"
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, --jobs {args.jobs}")
    for size in args.sizes:
        folder = args.workdir / f"corpus-{size}"
        if not folder.exists():
            write(size, folder)
        labels = json.loads((args.workdir / f"corpus-{size}.labels.json").read_text())
        print(f"\n{size} reports, {len(labels['meetings'])} meetings", flush=True)
        rows, f1 = in_process(folder, labels, args.jobs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cache = args.workdir / f"cache-{size}"
        subprocess.run(["rm", "-rf", str(cache)], check=True)
        cli_rows = command_line(folder, args.jobs, cache)
        print(f"  {'stage':<10} {'seconds':>9} {'reports/s':>10} {'peak MiB':>9}")
        for stage, seconds, rate in rows:
            print(f"  {stage:<10} {seconds:9.2f} {rate:10.0f}")
        print(f"  {'in-process':<10} {sum(r[1] for r in rows):9.2f} {'':>10} {peak:9.0f}")
        for stage, seconds, rate, cli_peak in cli_rows:
            print(f"  {stage:<10} {seconds:9.2f} {rate:10.0f} {cli_peak:9.0f}")
        print(f"  cluster F1 {f1:.4f}", flush=True)
        lsh_seconds, lsh_f1 = minhash(folder, labels)
        print(
            f"  MinHashLSH {lsh_seconds:.2f} s, {size / lsh_seconds:.0f} reports/s, F1 {lsh_f1:.4f}"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
