"""Every output format: rich tables for people, JSON/JSONL/CSV/Markdown for tools.

Commands hand over records in their JSON form (see docs/json.md) plus a list of `Column`s that
say how a table shows them; this module is, with cli.py, the only one that knows rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from libtalks.text import clean

if TYPE_CHECKING:  # rich is imported by the terminal formats only: JSON goes without it
    from rich.console import Console
    from rich.text import Text

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
    from rich.console import Console

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


def safe(value: Any, style: str = "") -> Text:
    """Text from an article made safe for a terminal: no escapes, and printed as it is (rich
    markup in it stays literal)."""
    from rich.text import Text

    return Text(clean(cell_text(value)).replace("\n", " "), style=style)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        import json  # here, not at the top: a table rarely needs it, and start-up counts

        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def to_json(value: Any) -> str:
    """The one JSON form: UTF-8, two-space indent, stable key order from the records."""
    import json

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
        import json

        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        out.write(to_csv(rows, columns))
    elif fmt == "markdown":
        out.write(to_markdown(rows, columns))
    else:
        table(rows, columns, title)


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[Column]) -> str:
    import csv
    import io

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
    from rich.table import Table

    out = console()
    cells = [[safe(column.value(row)) for column in columns] for row in rows]
    widths = _widths(columns, cells, out.width) or [None] * len(columns)
    grid = Table(title=title, show_lines=False, header_style="bold")
    for column, width in zip(columns, widths, strict=True):
        grid.add_column(
            column.header,
            justify="right" if column.numeric else "left",
            max_width=column.max_width,
            width=width,
            no_wrap=column.no_wrap,
            overflow="ellipsis" if column.no_wrap else "fold",
        )
    for row in cells:
        grid.add_row(*row)
    out.print(grid)


def _widths(columns: Sequence[Column], cells: list[list[Text]], width: int) -> list[int] | None:
    """Column widths for a table too wide for `width` that wrap text between words rather
    than cut one ("participant / s"): the widest columns give way first, none narrower than
    its header's longest word, nor than its cells' where there is room. None when the table
    fits as it is, or when not even the headers' words fit, and rich shares out the width
    (cutting words) itself."""
    room = width - (3 * len(columns) + 1)  # a border and two spaces of padding per column
    texts = [[row[at].plain for row in cells] for at in range(len(columns))]

    def longest(pieces: Iterable[str], column: Column) -> int:
        return min(max(map(len, pieces), default=1), column.max_width or width)

    def words(at: int, column: Column) -> list[str]:
        return texts[at] if column.no_wrap else [w for text in texts[at] for w in text.split()]

    natural = [longest([c.header, *(ln for t in texts[at] for ln in t.splitlines())], c)
               for at, c in enumerate(columns)]  # fmt: skip
    if sum(natural) <= room:
        return None
    in_cells = [longest([*c.header.split(), *words(at, c)], c) for at, c in enumerate(columns)]
    in_headers = [longest([*c.header.split(), *(words(at, c) if c.no_wrap else ())], c)
                  for at, c in enumerate(columns)]  # fmt: skip
    if sum(in_headers) > room:
        return None
    floors = list(in_headers)
    for at in sorted(range(len(columns)), key=lambda at: in_cells[at] - in_headers[at]):
        if sum(floors) - floors[at] + in_cells[at] <= room:
            floors[at] = in_cells[at]  # the columns that need least room keep words whole
    widths = list(natural)
    for _ in range(sum(natural) - room):
        widest = max((at for at in range(len(columns)) if widths[at] > floors[at]),
                     key=lambda at: widths[at])  # fmt: skip
        widths[widest] -= 1
    return widths


def section(heading: str, lines: Iterable[str | Text]) -> None:
    """A heading and its lines, for the single-record views (meeting, actor, summary)."""
    out = console()
    out.print(safe(heading, style="bold"))
    for line in lines:
        out.print(line)
    out.print()


def markdown_section(heading: str, lines: Iterable[str], level: int = 2) -> str:
    return "#" * level + " " + clean(heading) + "\n\n" + "\n".join(clean(x) for x in lines) + "\n\n"


def briefing(heading: str, sections: Sequence[tuple[str, Sequence[str]]],
             markdown: bool = False) -> None:  # fmt: skip
    """One record as a briefing: a heading, then headed sections of lines (views.py makes
    them), as terminal text or Markdown an analyst can paste."""
    if markdown:
        sys.stdout.write(
            "# " + clean(heading) + "\n\n"
            + "".join(markdown_section(title, lines) for title, lines in sections)
        )  # fmt: skip
        return
    out = console()
    out.print(safe(heading, style="bold"))
    out.print()
    for title, lines in sections:
        section(title, [safe(line) for line in lines])
