"""Every output format: rich tables for people, JSON/JSONL/CSV/Markdown for tools.

Commands hand over records in their JSON form (see docs/json.md) plus a list of `Column`s that
say how a table shows them; this module is, with cli.py, the only one that knows rich.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from libtalks.text import clean

# Width of tables written to a pipe or file, where no terminal says how wide to be.
PIPE_WIDTH = 160
FORMATS = ("table", "json", "jsonl", "csv", "markdown")
# Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """One column of a table, CSV or Markdown view of a record."""

    header: str
    value: Callable[[dict[str, Any]], Any]
    numeric: bool = False
    max_width: int | None = None
    no_wrap: bool = False


def console(stderr: bool = False) -> Console:
    """A console that colours only a terminal, and never when NO_COLOR is set."""
    stream = sys.stderr if stderr else sys.stdout
    terminal = stream.isatty()
    colour = terminal and "NO_COLOR" not in os.environ
    width = None if terminal or os.environ.get("COLUMNS") else PIPE_WIDTH
    return Console(
        file=stream,
        width=width,
        no_color=not colour,
        color_system="auto" if colour else None,
        highlight=False,
        soft_wrap=False,
        force_terminal=False if not colour else None,
    )


def safe(value: Any) -> str:
    """Text from an article made safe for a terminal: no escapes, rich markup printed literally."""
    return escape(clean(cell_text(value)).replace("\n", " "))


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def to_json(value: Any) -> str:
    """The one JSON form: UTF-8, two-space indent, stable key order from the records."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def emit(
    records: Sequence[dict[str, Any]] | dict[str, Any],
    columns: Sequence[Column],
    fmt: str,
    title: str | None = None,
) -> None:
    """Write records to stdout in the chosen format."""
    out = sys.stdout
    if fmt == "json":
        out.write(to_json(records) + "\n")
        return
    rows = [records] if isinstance(records, dict) else list(records)
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        out.write(to_csv(rows, columns))
    elif fmt == "markdown":
        out.write(to_markdown(rows, columns))
    else:
        table(rows, columns, title)


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[Column]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.header for column in columns])
    for row in rows:
        writer.writerow([neutralise_formula(clean(cell_text(c.value(row)))) for c in columns])
    return buffer.getvalue()


def neutralise_formula(cell: str) -> str:
    """Prefix a quote to a cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def to_markdown(rows: Iterable[dict[str, Any]], columns: Sequence[Column]) -> str:
    def cell(value: Any) -> str:
        return clean(cell_text(value)).replace("\n", " ").replace("|", "\\|")

    lines = [
        "| " + " | ".join(column.header for column in columns) + " |",
        "| " + " | ".join("---:" if c.numeric else "---" for c in columns) + " |",
    ]
    lines += ["| " + " | ".join(cell(c.value(row)) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def table(
    rows: Sequence[dict[str, Any]], columns: Sequence[Column], title: str | None = None
) -> None:
    grid = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        grid.add_column(
            column.header,
            justify="right" if column.numeric else "left",
            max_width=column.max_width,
            no_wrap=column.no_wrap,
            overflow="ellipsis" if column.no_wrap else "fold",
        )
    for row in rows:
        grid.add_row(*(safe(column.value(row)) for column in columns))
    console().print(grid)


def section(heading: str, lines: Iterable[str]) -> None:
    """A heading and its lines, for the single-record views (meeting, actor, summary)."""
    out = console()
    out.print(f"[bold]{escape(heading)}[/bold]")
    for line in lines:
        out.print(line)
    out.print()


def markdown_section(heading: str, lines: Iterable[str], level: int = 2) -> str:
    return "#" * level + " " + clean(heading) + "\n\n" + "\n".join(clean(x) for x in lines) + "\n\n"


def meeting(record: dict[str, Any], markdown: bool = False) -> None:
    """One meeting as a briefing: its facts, then its digest with sources."""
    days = record["start"] or "unknown"
    if record["end"] and record["end"] != record["start"]:
        days += f" … {record['end']}"
    facts = [
        f"Days: {days} ({record['precision']})",
        f"Place: {', '.join(filter(None, [record['place'], record['country']]))}",
        f"Round: {record['round'] or '-'}    Body: {record['body'] or '-'}",
        f"Participants: {', '.join(record['participants']) or '-'}",
        f"Mediators: {', '.join(record['mediators']) or '-'}",
        f"Topics: {', '.join(record['topics']) or '-'}",
        f"Reports: {', '.join(r['article'] for r in record['reports'])}",
        f"Mentioned in: {', '.join(record['mentioned_in']) or '-'}",
    ]
    digest = [f"- {d['text']} [{', '.join(d['sources'])}]" for d in record["digest"]]
    disagreements = [f"- {d}" for d in record["disagreements"]] or ["- none"]
    if markdown:
        sys.stdout.write(
            markdown_section(record["id"], [f"- {line}" for line in facts], level=1)
            + markdown_section("Digest", digest)
            + markdown_section("Disagreements", disagreements)
        )
        return
    section(record["id"], [safe(line) for line in facts])
    section("Digest", [safe(line) for line in digest])
    section("Disagreements", [safe(line) for line in disagreements])
