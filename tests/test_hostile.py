"""Hostile input: huge, many, deep, oddly named, deeply nested and escape-laden files. Each
case must end with exit 0 (or the documented exit code), no traceback, and the input intact."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from conftest import invoke

REPORT = (
    "Rivals meet in Zuwara\n\n"
    "Military officers of the two sides met on Monday, March 2, 2020, in the town of Zuwara, "
    "the United Nations said.\n\n"
    "General Omar Belkacem, the head of the western delegation, said the talks were useful.\n"
)


def run(*args: str):
    result = invoke(*args)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def digest_of(folder: Path) -> str:
    """A hash of every file's name and bytes, to show that nothing was altered."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(os.fsencode(path))
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def test_a_file_over_the_size_limit_is_skipped_with_a_warning(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # 200 MB, sparse: never read into memory
        handle.truncate(200 * 2**20)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    result = run("articles", "--corpus", str(tmp_path), "--json")
    assert result.exit_code == 0
    assert [a["id"] for a in json.loads(result.stdout)] == ["report"]
    assert "huge.txt: skipped, 209,715,200 bytes is over the limit" in result.stderr
    small_limit = run("--max-bytes", "100", "articles", "--corpus", str(tmp_path), "--json")
    assert json.loads(small_limit.stdout) == [] and "report.txt: skipped" in small_limit.stderr
    assert run("--strict", "articles", "--corpus", str(tmp_path)).exit_code == 2


def test_a_hundred_thousand_tiny_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(100_000):
        (folder / f"{n:06d}.txt").write_bytes(b"Tiny report %d\n\nIt says little.\n" % n)
    result = run("--no-cache", "meetings", "--corpus", str(folder), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_deeply_nested_folders(tmp_path):
    deep = tmp_path.joinpath(*["d"] * 200)
    deep.mkdir(parents=True)
    (deep / "report.txt").write_text(REPORT, encoding="utf-8")
    result = run("meetings", "--corpus", str(tmp_path), "--json")
    assert [m["place"] for m in json.loads(result.stdout)] == ["Zuwara"]


def test_file_names_with_newlines_and_invalid_utf8(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    for name in (b"new\nline.txt", b"bad\xff\xfename.txt", b"-dash.txt", b"[red]x[red].txt"):
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as handle:
            handle.write(REPORT)
    before = digest_of(folder)
    table = run("articles", "--corpus", str(folder))
    assert table.exit_code == 0 and "\x1b" not in table.stdout
    listed = json.loads(run("articles", "--corpus", str(folder), "--json").stdout)
    assert len(listed) == 4
    assert digest_of(folder) == before


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # deeper than any parser's recursion limit
        json.dumps([{"title": f"Report {n}", "text": "Nothing."} for n in range(5_000)]),
        json.dumps(list(range(200_000))),  # a huge array of things that are not articles
    ],
    ids=["deep", "many-records", "huge-array"],
)
def test_hostile_json(tmp_path, text):
    path = tmp_path / "feed.json"
    path.write_text(text, encoding="utf-8")
    result = run("articles", "--corpus", str(path), "--json")
    assert result.exit_code == 0
    assert len(result.stderr.splitlines()) <= 3  # a summary, not one warning per record


def test_html_with_ten_thousand_nested_tags(tmp_path):
    path = tmp_path / "nested.html"
    body = (
        "<div>" * 10_000
        + "<p>Officers met in the town of Zuwara on Monday.</p>"
        + "</div>" * 10_000
    )
    path.write_text(f"<html><head><title>Nested</title></head><body>{body}</body></html>")
    listed = json.loads(run("articles", "--corpus", str(path), "--json").stdout)
    assert listed[0]["title"] == "Nested" and listed[0]["words"] > 5


def test_a_five_megabyte_single_line_article(tmp_path, seeds):
    """A scraper that lost every line break: one seed's text, repeated to 5 MB on one line."""
    lines = (next(seeds.glob("002_*.txt")).read_text(encoding="utf-8")).splitlines()
    body = " ".join(line.strip() for line in lines if line.strip()) + " "
    path = tmp_path / "one-line.txt"
    path.write_text(body * (5 * 2**20 // len(body.encode())), encoding="utf-8")
    result = run("--no-cache", "meetings", "--corpus", str(path), "--json")
    assert result.exit_code == 0
    assert "only the first 2,000 are analysed" in result.stderr
    assert [m["place"] for m in json.loads(result.stdout)] == ["Ghadames"]


HOSTILE = "\x1b[2J\x1b]0;owned\x07[bold red]Haftar[/bold red]\x9b31m"


@pytest.mark.parametrize("fmt", ["", "--json", "--csv", "--markdown"])
@pytest.mark.parametrize(
    "command", [["articles"], ["meetings"], ["actors"], ["digest"], ["timeline"]]
)
def test_escapes_and_markup_never_reach_the_output(tmp_path, command, fmt):
    path = tmp_path / "hostile.txt"
    path.write_text(
        f"Talks in Zuwara {HOSTILE}\n\n"
        f"Officers met on Monday, March 2, 2020, in the town of Zuwara. "
        f"General Omar {HOSTILE} Belkacem said: “We agreed {HOSTILE} on a ceasefire.”\n",
        encoding="utf-8",
    )
    result = run(*command, "--corpus", str(path), *([fmt] if fmt else []))
    assert result.exit_code == 0
    for char in ("\x1b", "\x07", "\x9b"):
        assert char not in result.stdout
    if fmt == "--json":
        json.loads(result.stdout)
    if command == ["articles"] and fmt in ("", "--csv", "--markdown"):  # the title, shown
        assert "[bold red]Haftar[/bold red]" in result.stdout  # markup printed, not applied


@pytest.mark.parametrize("command", [["articles"], ["actors"], ["meetings"], ["timeline"]])
def test_csv_cells_never_start_a_formula(tmp_path, command):
    path = tmp_path / "formula.txt"
    path.write_text(
        '=HYPERLINK("http://evil.example","Click") in Zuwara\n\n'
        "Officers met on Monday, March 2, 2020, in the town of Zuwara.\n"
        "+Cmd|' /C calc'!A0 said @SUM(1+1) and -2+3 were agreed.\n",
        encoding="utf-8",
    )
    result = run(*command, "--corpus", str(path), "--csv")
    for row in csv.reader(io.StringIO(result.stdout)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
