"""The command line: options, calling the pipeline, choosing a renderer, exit codes."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from libtalks import __version__
from libtalks.errors import LibtalksError

if TYPE_CHECKING:
    from libtalks.analysis import Analysis
    from libtalks.corpus import LoadOptions

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as `cat` reports a closed pipe
EXIT_INTERNAL = 70  # EX_SOFTWARE from sysexits.h: a bug, not the user's input
# A corpus this large gets a progress bar (on a terminal) while its reports are read.
PROGRESS_FROM = 500
# A collection threshold never reached in a run (see _young_collections_only).
NEVER = 10**9


@dataclass
class Settings:
    """What the root options asked for; commands add their own --corpus paths."""

    corpus: list[str] = field(default_factory=list)
    strict: bool = False
    max_bytes: int | None = None
    no_cache: bool = False
    jobs: int | None = None


class LibtalksGroup(click.Group):
    """Turns domain errors, Ctrl-C and closed pipes into clean exits, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LibtalksError as error:
            failure = click.ClickException(str(error))
            failure.exit_code = error.exit_code
            raise failure from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:  # a bug: say so in one line; LIBTALKS_DEBUG=1 shows the trace
            if os.environ.get("LIBTALKS_DEBUG"):
                raise
            failure = click.ClickException(
                f"internal error: {type(error).__name__}: {error}. "
                "Please report it; LIBTALKS_DEBUG=1 shows the details."
            )
            failure.exit_code = EXIT_INTERNAL
            raise failure from None


def _silence_stdout() -> None:
    """After the reader of our stdout has gone, send what is left to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def corpus_option(command: Callable) -> Callable:
    return click.option(
        "--corpus",
        "corpus",
        multiple=True,
        metavar="PATH",
        help="Article file, folder, glob or - for stdin; repeatable. "
        "Default: $LIBTALKS_CORPUS, else the embedded seed articles.",
    )(command)


def output_options(command: Callable) -> Callable:
    """--json, --jsonl, --csv and --markdown, folded into one `fmt` argument."""

    @functools.wraps(command)
    def wrapper(*args: Any, json_: bool, jsonl: bool, csv: bool, markdown: bool, **kwargs: Any):
        chosen = [
            name
            for name, on in (
                ("json", json_),
                ("jsonl", jsonl),
                ("csv", csv),
                ("markdown", markdown),
            )
            if on
        ]
        if len(chosen) > 1:
            raise click.UsageError(f"Choose one output format, not {' and '.join(chosen)}.")
        return command(*args, fmt=chosen[0] if chosen else "table", **kwargs)

    for name, flags, text in reversed(
        [
            ("json_", ("--json",), "Output JSON (see docs/json.md)."),
            ("jsonl", ("--jsonl", "--nl"), "Output one JSON object per line."),
            ("csv", ("--csv",), "Output CSV."),
            ("markdown", ("--markdown",), "Output a Markdown table."),
        ]
    ):
        wrapper = click.option(*flags, name, is_flag=True, help=text)(wrapper)
    return wrapper


def load_options(
    ctx: click.Context, on_warning: Callable[[str], None] | None = None
) -> LoadOptions:
    """How the root options say to read the corpus; warnings go to stderr unless told."""
    from libtalks.corpus import DEFAULT_MAX_BYTES, LoadOptions

    settings: Settings = ctx.find_object(Settings) or Settings()
    return LoadOptions(
        on_warning=on_warning or warn,
        strict=settings.strict,
        max_bytes=settings.max_bytes or DEFAULT_MAX_BYTES,
    )


def analyse(ctx: click.Context, corpus: tuple[str, ...]) -> Analysis:
    """The corpus, with each report's extraction done: from the cache unless --no-cache, in
    --jobs processes, with a progress bar on a terminal's stderr for a large corpus. A corpus
    whose files are all unchanged since a run kept its results is not read again."""
    from libtalks import corpus as corpus_module
    from libtalks.analysis import Analysis
    from libtalks.cache import Cache

    _young_collections_only()
    settings: Settings = ctx.find_object(Settings) or Settings()
    paths = [*settings.corpus, *corpus]
    cache = None if settings.no_cache else Cache(warn=warn)
    key = corpus_module.fingerprint(paths, load_options(ctx)) if cache else None
    kept = cache.get_result(key) if cache and key else None
    if kept is not None:
        corpus_module.replay(kept["warnings"], load_options(ctx))
        run = Analysis.restore(kept, cache, settings.jobs)
    else:
        warnings: list[str] = []
        from libtalks.parallel import default_jobs

        items = corpus_module.load(
            paths,
            load_options(ctx, lambda w: (warn(w), warnings.append(w))),
            settings.jobs or default_jobs(),
        )
        run = Analysis(items, cache, settings.jobs)
        with _progress(len(items)) as advance:
            run.extract(advance)
    if cache:

        def keep() -> None:  # after the command: with whatever stages it computed
            if key and (kept is None or run.stages() - kept.keys()):
                warned = kept["warnings"] if kept is not None else warnings
                cache.put_result(key, {**run.snapshot(), "warnings": warned})
            cache.close()

        ctx.call_on_close(keep)
    return run


def _young_collections_only() -> None:
    """Let Python's cycle collector look at young objects only. A run keeps millions of
    records (reports, extractions, actors) to its end, without cycles, and each full
    collection walked all of them again: at 50,000 reports, actors took 57 s with full
    collections and 42 s without."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER)


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal and the corpus is large, else nothing."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading reports", total=total)
        yield lambda done: bar.advance(task, done)


def warn(message: str) -> None:
    from libtalks.text import clean

    click.echo("warning: " + clean(message).replace("\n", "\\n"), err=True)


@click.group(cls=LibtalksGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="libtalks")
@corpus_option
@click.option("--strict", is_flag=True, help="Stop with exit 2 on any unreadable file.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    metavar="N",
    help="Skip files larger than N bytes (default 20 MiB).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Read reports in N processes (default: one per processor; used from 200 reports).",
)
@click.pass_context
def cli(ctx: click.Context, corpus: tuple[str, ...], strict: bool, max_bytes: int | None,
        no_cache: bool, jobs: int | None) -> None:  # fmt: skip
    """Which meetings happened, who was there, what was agreed, and which reports say so.

    Reads news articles (.txt .md .html .json .jsonl) and prints tables, or JSON for other
    tools. With no --corpus it reads $LIBTALKS_CORPUS, else the five embedded seed reports.

    \b
    Examples:
      libtalks articles
      libtalks --corpus reports/ meetings --json | jq '.[].id'
    """
    ctx.obj = Settings(list(corpus), strict, max_bytes, no_cache, jobs)


@cli.command()
@corpus_option
@output_options
@click.pass_context
def articles(ctx: click.Context, corpus: tuple[str, ...], fmt: str) -> None:
    """List the articles of the corpus: title, outlet, publication date, length.

    \b
    Examples:
      libtalks articles
      libtalks articles --corpus reports/ --csv > articles.csv
      libtalks articles --json | jq '.[] | {id, published: .published.date}'
    """
    from libtalks import render, views

    run = analyse(ctx, corpus)
    published = {key: c.published for key, c in run.chronologies.items()}
    records = views.articles(run.articles, published, run.meeting_of())
    render.emit(records, views.ARTICLE_COLUMNS, fmt)


@cli.command()
@corpus_option
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or after DAY.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or before DAY.")
@output_options
@click.pass_context
def timeline(ctx: click.Context, corpus: tuple[str, ...], since, until, fmt: str) -> None:
    """Every dated event the reports mention, oldest first, one row per event.

    A row cites every report that mentions the event. Dates are given at the precision the
    text supports: a day, a month, a year, or an interval "first/last".

    \b
    Examples:
      libtalks timeline
      libtalks timeline --since 2020-10-01 --until 2020-11-30
      libtalks timeline --json | jq '.[] | select(.precision == "day")'
    """
    from libtalks import render, views
    from libtalks import timeline as timeline_module

    events = timeline_module.between(
        analyse(ctx, corpus).timeline,
        since.date() if since else None,
        until.date() if until else None,
    )
    render.emit(views.timeline(events), views.TIMELINE_COLUMNS, fmt)


@cli.command()
@corpus_option
@click.option("--explain", is_flag=True, help="Show why reports were grouped, or kept apart.")
@output_options
@click.pass_context
def meetings(ctx: click.Context, corpus: tuple[str, ...], explain: bool, fmt: str) -> None:
    """List the meetings the reports cover, oldest first, with the reports of each.

    Days are given at the precision the reports support: "2020-11-02 …04" known to the day,
    "within 2020-06-01 …09-28" somewhere in that interval, "≥ 2021-11-30" open towards the
    present, "from 2020-11-02" its first day, the last not told.

    \b
    Examples:
      libtalks meetings
      libtalks meetings --explain
      libtalks meetings --json | jq '.[] | {id, start, place}'
    """
    from libtalks import render, views

    run = analyse(ctx, corpus)
    found = run.meetings
    records = [views.meeting(m, run.by_id) for m in found]
    if fmt == "table":
        rows = [{**record, "row": n} for n, record in enumerate(records, start=1)]
        render.emit(rows, views.MEETING_COLUMNS, fmt)
    else:
        render.emit(records, views.MEETING_COLUMNS[1:], fmt)
    if explain:
        links = {(x.left, x.right): x for m in found for x in m.links}
        render.section(
            "Why reports were grouped or kept apart",
            [
                render.safe(
                    f"{x.left} + {x.right}: {'grouped' if x.merged else 'apart'}, "
                    f"{x.reason}; text similarity {x.similarity}"
                )
                for x in sorted(links.values(), key=lambda x: (x.left, x.right))
            ]
            or [
                "No two reports were compared: only reports of one place are, and a report "
                "without days only with a near copy of its text."
            ],
        )


@cli.command()
@click.argument("meeting_id", metavar="ID")
@corpus_option
@output_options
@click.pass_context
def meeting(ctx: click.Context, meeting_id: str, corpus: tuple[str, ...], fmt: str) -> None:
    """Show one meeting: its facts merged from all its reports, each once with its sources.

    ID is the meeting's id, a unique prefix, a place name or its row number in `meetings`.

    \b
    Examples:
      libtalks meeting ghadames-2020-11
      libtalks meeting Ghadames --markdown
      libtalks meeting 2 --json | jq '.digest[] | select(.sources | length > 1)'
    """
    from libtalks import lookup, render, views

    run = analyse(ctx, corpus)
    chosen = lookup.meeting(run.meetings, meeting_id)
    record = views.meeting_detail(chosen, run.by_id, run.quotes)
    if fmt in ("json", "jsonl"):
        render.emit(record, [], fmt)
        return
    render.briefing(record["id"], views.meeting_sections(record), markdown=fmt == "markdown")


@cli.command()
@corpus_option
@click.option(
    "--kind",
    type=click.Choice(["person", "organization", "place", "country"]),
    help="Only actors of this kind.",
)
@click.option(
    "--sort",
    "order",
    type=click.Choice(["mentions", "name", "articles"]),
    default="mentions",
    show_default=True,
    help="Order of the rows.",
)
@output_options
@click.pass_context
def actors(ctx: click.Context, corpus: tuple[str, ...], kind: str | None, order: str,
           fmt: str) -> None:  # fmt: skip
    """List the people, organisations, places and countries the reports name.

    Each actor appears once under its most common spelling; `libtalks actor NAME` shows its
    other spellings, roles, quotes and every sentence that names it.

    \b
    Examples:
      libtalks actors --kind person
      libtalks actors --sort name --csv > actors.csv
      libtalks actors --json | jq '.[] | select(.kind == "person") | .name'
    """
    from libtalks import render, views

    run = analyse(ctx, corpus)
    meetings_by_article = run.meeting_of()
    chosen = [a for a in run.cast.actors if kind is None or a.kind == kind]
    keys = {
        "mentions": lambda a: (-a.mentions, a.name.lower()),
        "articles": lambda a: (-len(a.articles), -a.mentions, a.name.lower()),
        "name": lambda a: (a.name.lower(), a.kind),
    }
    records = [views.actor(a, meetings_by_article) for a in sorted(chosen, key=keys[order])]
    render.emit(records, views.ACTOR_COLUMNS, fmt)


@cli.command()
@click.argument("name", metavar="NAME")
@corpus_option
@output_options
@click.pass_context
def actor(ctx: click.Context, name: str, corpus: tuple[str, ...], fmt: str) -> None:
    """Show one actor: other spellings, roles, side, meetings, quotes and every mention.

    NAME may be a full name, any spelling the reports use, a surname, a unique prefix, an
    acronym or a misspelling; an unknown or ambiguous NAME exits 1 with suggestions.

    \b
    Examples:
      libtalks actor Williams
      libtalks actor "Qaddafi" --markdown
      libtalks actor UNSMIL --json | jq '.contexts[].sentence'
    """
    from libtalks import lookup, render, views

    run = analyse(ctx, corpus)
    chosen = lookup.actor(list(run.cast.actors), name)
    record = views.actor_detail(chosen, run.meeting_of())
    if fmt in ("json", "jsonl"):
        render.emit(record, [], fmt)
        return
    render.briefing(record["name"], views.actor_sections(record), markdown=fmt == "markdown")


@cli.command()
@click.argument("target", required=False, metavar="[ARTICLE|MEETING]")
@click.option(
    "--sentences",
    "count",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    metavar="N",
    help="Sentences per summary.",
)
@corpus_option
@output_options
@click.pass_context
def summary(ctx: click.Context, target: str | None, count: int, corpus: tuple[str, ...],
            fmt: str) -> None:  # fmt: skip
    """Summarise an article or a meeting in its own most central sentences.

    TARGET is an article id (or unique prefix), else anything `libtalks meeting` accepts.
    With no TARGET, one line per meeting. Headlines, captions and bylines are never used.

    \b
    Examples:
      libtalks summary
      libtalks summary ghadames --sentences 2
      libtalks summary 003 --json | jq -r '.sentences[]'
    """
    from libtalks import lookup, render, summarize, views

    run = analyse(ctx, corpus)
    if target is None:
        records = [summarize.of_meeting(m, run.by_id, 1).to_json() for m in run.meetings]
        render.emit(records, views.SUMMARY_COLUMNS, fmt)
        return
    article = lookup.article(run.articles, target)
    if article is not None:
        result = summarize.of_article(article, count)
    else:
        result = summarize.of_meeting(lookup.meeting(run.meetings, target), run.by_id, count)
    record = result.to_json()
    if fmt in ("json", "jsonl"):
        render.emit(record, [], fmt)
        return
    lines = [f"- {s}" for s in record["sentences"]] + [f"Sources: {', '.join(record['sources'])}"]
    render.briefing(f"Summary of {record['target']}", [("Summary", lines)], fmt == "markdown")


@cli.command()
@corpus_option
@output_options
@click.pass_context
def digest(ctx: click.Context, corpus: tuple[str, ...], fmt: str) -> None:
    """Print every meeting's digest, oldest first: a briefing to read or paste.

    Each fact appears once with every report that states it; quotes, disagreements and a
    short summary follow. --markdown gives a document for a wiki or an e-mail.

    \b
    Examples:
      libtalks digest
      libtalks digest --markdown > briefing.md
      libtalks digest --json | jq '.[] | {id, summary}'
    """
    from libtalks import render, views

    run = analyse(ctx, corpus)
    records = [views.meeting_detail(m, run.by_id, run.quotes) for m in run.meetings]
    if fmt in ("json", "jsonl", "csv"):
        render.emit(records, views.MEETING_COLUMNS[1:], fmt)
        return
    for record in records:
        render.briefing(record["id"], views.meeting_sections(record), markdown=fmt == "markdown")


@cli.command()
@click.argument("labels", type=click.File("r", encoding="utf-8"))
@corpus_option
@output_options
@click.pass_context
def evaluate(ctx: click.Context, labels, corpus: tuple[str, ...], fmt: str) -> None:
    """Score the meetings found against LABELS, a JSON file of the true meetings.

    LABELS holds {"meetings": [{"reports": [ids], "place", "true_start", ...}]}, the shape of
    tests/data/expected_seeds.json. Prints B-cubed cluster precision, recall and F1, place
    accuracy, start-day accuracy and the number of meetings given a wrong day.

    \b
    Examples:
      libtalks evaluate tests/data/expected_seeds.json
      libtalks --corpus labelled/ evaluate labelled/labels.json --json
    """
    import json

    from libtalks import render, views
    from libtalks.errors import LibtalksError
    from libtalks.evaluate import check_labels
    from libtalks.evaluate import evaluate as score

    try:
        truth = json.load(labels)
        check_labels(truth)
    except ValueError as error:  # json.JSONDecodeError is a ValueError too
        raise LibtalksError(f"{labels.name} is not a labels file: {error}") from None
    record = score(analyse(ctx, corpus).meetings, truth).to_json()
    if fmt in ("json", "jsonl"):
        render.emit(record, [], fmt)
        return
    rows = [{"measure": key, "value": value} for key, value in record.items()]
    render.emit(rows, views.EVALUATION_COLUMNS, fmt)


@cli.group()
def cache() -> None:
    """The cache of what each report says, kept so that a second run is fast.

    It lives in $LIBTALKS_CACHE_DIR, else $XDG_CACHE_HOME/libtalks (~/.cache/libtalks). An
    entry is used only while its file and the libtalks version are unchanged.

    \b
    Examples:
      libtalks cache path
      libtalks cache clear
    """


@cache.command("clear")
def cache_clear() -> None:
    """Delete the cache; the next run reads every report again.

    \b
    Example:
      libtalks cache clear
    """
    from libtalks import cache as cache_module

    click.echo(f"Removed {cache_module.clear()}")


@cache.command("path")
def cache_path() -> None:
    """Print where the cache file lives.

    \b
    Example:
      du -h "$(libtalks cache path)"
    """
    from libtalks.cache import cache_file

    click.echo(cache_file())
