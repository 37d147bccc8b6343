"""Finding article files, decoding them and reading each format into an `Article`.

Formats: .txt and .md (optional front matter), .html/.htm, .json (one object or a list) and
.jsonl, as written by trafilatura and news-please or by hand. Problems with one file become a
warning and the file is skipped; only a missing path or an empty corpus stops the run.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from libtalks import parallel
from libtalks.cache import new_hash
from libtalks.errors import CorpusError
from libtalks.models import Article
from libtalks.text import readable

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# How a page begins, whatever its file is called.
HTML_STARTS = ("<!doctype html", "<html", "<?xml")
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# Files larger than this are skipped with a warning: news articles are kilobytes, and reading
# a stray 2 GB dump into memory would stall the run (`--max-bytes` changes it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Share of NUL/control bytes in the first 8 KiB above which a file is binary, not text.
# Real text has none; a stray NUL or two (bad copy-paste) stays well below 1 %.
BINARY_CONTROL_SHARE = 0.05
ENV_VAR = "LIBTALKS_CORPUS"
STDIN = "-"
STDIN_LABEL = "standard input"  # a report read from standard input: its path in messages and JSON

# Field names per source, in order of preference (news-please, trafilatura, NewsAPI, the
# Guardian's API, schema.org's NewsArticle, plain). A source or an author given as an object
# ({"id": ..., "name": "Reuters"}), or a list of them, gives its name.
JSON_FIELDS = {
    "title": ("title", "headline", "webTitle"),
    "text": (
        "maintext",
        "text",
        "raw_text",
        "body",
        "bodyText",
        "articleBody",
        "full_text",
        "article",
        "content",
    ),
    "published": (
        "date_publish",
        "date",
        "published",
        "published_at",
        "publishedAt",
        "datePublished",
        "webPublicationDate",
        "pubdate",
        "pub_date",
    ),
    "outlet": ("outlet", "source_domain", "sitename", "hostname", "source", "publisher"),
    "url": ("url", "source_url"),
    "byline": ("authors", "author", "byline"),
    "description": ("description",),
}

# NewsAPI's mark at the end of a text it cut short: "… [+2114 chars]".
CUT_SHORT = re.compile(r"…?\s*\[\+\d+ chars\]\s*$")


@dataclass(frozen=True)
class LoadOptions:
    """How to read a corpus: where warnings go, whether they are fatal, the size limit."""

    on_warning: Callable[[str], None] = lambda message: None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES


def seed_paths() -> list[str]:
    """The seed articles embedded in the package (or, in an editable install, the checkout's)."""
    packaged = os.path.join(os.path.dirname(__file__), "seeds")
    if os.path.isdir(packaged):
        folder = packaged
    else:
        folder = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", "..", "seeds"))
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if name.endswith(".txt"))  # fmt: skip


def resolve_paths(specs: list[str] | tuple[str, ...]) -> list[str]:
    """The corpus paths asked for: the given ones, else $LIBTALKS_CORPUS, else the seeds."""
    if specs:
        return list(specs)
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env.split(os.pathsep)
    return seed_paths()


def iter_files(specs: list[str], options: LoadOptions) -> Iterator[str]:
    """Every file the specs name, each once: folders walked recursively in sorted order,
    globs expanded, symlink loops cut. A missing path raises CorpusError."""
    seen: set[tuple[int, int]] = set()
    for spec in specs:
        if spec == STDIN:
            yield STDIN
            continue
        if any(char in spec for char in "*?[") and not os.path.exists(spec):
            import glob  # here, as json below: a warm run reads no file and expands no pattern

            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise CorpusError(f"No file matches the pattern {spec!r}.")
            candidates = matches
        elif os.path.lexists(spec):
            candidates = [spec]
        else:
            raise CorpusError(f"Corpus path not found: {spec!r}.")
        for path in candidates:
            if os.path.isdir(path):
                yield from _walk(path, seen)
            elif _first_visit(path, seen):
                yield path


def _suffix(path: str) -> str:
    """ "A.HTML" → ".html"; "" for none."""
    return os.path.splitext(path)[1].lower()


def _first_visit(path: str, seen: set[tuple[int, int]]) -> bool:
    """True the first time a file or folder is met, under whatever name or link."""
    try:
        status = os.stat(path)
    except OSError:
        return True  # reading it will say what is wrong
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk(folder: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    """Files under a folder with a known suffix, sorted, following symlinks but never twice."""
    if not _first_visit(folder, seen):
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path, seen)
        elif _suffix(entry.name) in KNOWN_SUFFIXES and _first_visit(entry.path, seen):
            yield entry.path


def load(
    specs: list[str] | tuple[str, ...] = (), options: LoadOptions | None = None, jobs: int = 1
) -> list[Article]:
    """Read every article the specs name (see `resolve_paths`); many files are read in `jobs`
    processes. Warnings come in file order either way, and --strict stops at the first."""
    options = options or LoadOptions()
    files = list(iter_files(resolve_paths(specs), options))
    articles: list[Article] = []
    for found, warnings in _read_files(files, options.max_bytes, jobs):
        replay(warnings, options)
        articles.extend(found)
    return _with_unique_ids(articles)


def _read_files(
    files: list[str], max_bytes: int, jobs: int
) -> Iterator[tuple[list[Article], list[str]]]:
    """Each file's articles and warnings, in file order; standard input only here."""
    read = functools.partial(_read_file, max_bytes=max_bytes)
    return parallel.ordered_map(read, files, 1 if STDIN in files else jobs)


def _read_file(path: str, max_bytes: int) -> tuple[list[Article], list[str]]:
    """A file's articles, and the warnings reading it gave (for the caller to give)."""
    warnings: list[str] = []
    found = _load_file(path, LoadOptions(on_warning=warnings.append, max_bytes=max_bytes))
    return found, warnings


def fingerprint(specs: list[str] | tuple[str, ...], options: LoadOptions) -> str | None:
    """What identifies a corpus as it would be read: every file's path, size and modification
    time (change as make and git judge it) and the size limit. None when it includes stdin,
    which cannot be read twice."""
    specs = resolve_paths(specs)
    if STDIN in specs:
        return None
    digest = new_hash(f"max_bytes={options.max_bytes}".encode())
    for path in iter_files(specs, options):
        try:
            status = os.stat(path)
            stamp = f"{status.st_size}:{status.st_mtime_ns}"
        except OSError as error:
            stamp = f"unreadable:{error.errno}"
        digest.update(os.fsencode(path) + b"\0" + stamp.encode() + b"\0")
    return digest.hexdigest()


def replay(warnings: list[str], options: LoadOptions) -> None:
    """Give again the warnings an earlier reading of the same corpus gave."""
    for message in warnings:
        _warn(options, message)


def _warn(options: LoadOptions, message: str) -> None:
    if options.strict:
        raise CorpusError(message)
    options.on_warning(message)


def _with_unique_ids(articles: list[Article]) -> list[Article]:
    """Articles whose files share a stem keep apart: "a.txt" and "a.html" of one folder by
    their file names; "2020/report.txt" and "2021/report.txt" by as many of their folders as
    tell them apart ("2020/report"). The others keep their stem."""
    by_id: dict[str, list[int]] = {}
    for at, article in enumerate(articles):
        by_id.setdefault(article.id, []).append(at)
    renamed = list(articles)
    for article_id, positions in by_id.items():
        if len(positions) > 1:
            paths = [articles[at].path for at in positions]
            for at, qualified in zip(positions, _qualified(article_id, paths), strict=True):
                renamed[at] = replace(articles[at], id=qualified)
    return renamed


def _qualified(article_id: str, paths: list[str]) -> list[str]:
    """Ids for one id's files that tell them apart: by file name, else by folders, else by
    order."""
    named = [_file_name(p) + _record(article_id, p) for p in paths]
    if len(set(named)) == len(named):
        return named
    folders = [_folders(p) for p in paths]
    for depth in range(1, max(map(len, folders)) + 1):
        ids = ["/".join([*f[-depth:], article_id]) for f in folders]
        if len(set(ids)) == len(ids):
            return ids
    return [f"{article_id}~{n}" for n in range(1, len(paths) + 1)]


def _file_name(path: str) -> str:
    """A file's name with its suffix; "stdin" for standard input."""
    return "stdin" if path in (STDIN, STDIN_LABEL) else os.path.basename(path)


def _record(article_id: str, path: str) -> str:
    """What an id adds to its file's stem: "#2" for a JSON list's second record, else ""."""
    stem = os.path.splitext(_file_name(path))[0]
    return article_id[len(stem) :] if article_id.startswith(stem) else ""


def _folders(path: str) -> list[str]:
    """The folders a file's path goes through, outermost first."""
    return [part for part in os.path.dirname(os.path.abspath(path)).split(os.sep) if part]


def _read_bytes(path: str, options: LoadOptions) -> bytes | None:
    if path == STDIN:
        return sys.stdin.buffer.read(options.max_bytes + 1)[: options.max_bytes]
    try:
        size = os.path.getsize(path)
        if size > options.max_bytes:
            _warn(
                options,
                f"{readable(path)}: skipped, {size:,} bytes is over the limit of "
                f"{options.max_bytes:,} (--max-bytes changes it).",
            )
            return None
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        _warn(options, f"{readable(path)}: skipped, cannot read it ({error.strerror or error}).")
        return None


# A report longer than this many sentences (a book, a whole feed in one record) is analysed on
# its first ones: the longest seed has 33, and some of the analysis grows with the square of
# a report's length.
MAX_SENTENCES = 2000


# Bytes that never occur in text: C0 controls other than tab, newline, vertical tab, form feed
# and carriage return.
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Text of a file and a warning: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252.
    Returns (None, reason) for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None
    head = data[:8192]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if head and controls / len(head) > BINARY_CONTROL_SHARE:
        return None, "binary data, not text"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not UTF-8; read as cp1252"


def _load_file(path: str, options: LoadOptions) -> list[Article]:
    # Imported here: a run whose results are kept only fingerprints the files, never parses them.
    from libtalks import anatomy
    from libtalks.htmltext import parse_html

    data = _read_bytes(path, options)
    if data is None:
        return []
    text, problem = decode(data)
    label = STDIN_LABEL if path == STDIN else readable(path)
    if text is None:
        _warn(options, f"{label}: skipped, {problem}.")
        return []
    if problem:
        _warn(options, f"{label}: {problem}.")
    if not text.strip():
        _warn(options, f"{label}: skipped, the file is empty.")
        return []
    stem = "stdin" if path == STDIN else os.path.splitext(os.path.basename(label))[0]
    suffix = "" if path == STDIN else _suffix(path)
    digest = new_hash(data).hexdigest()
    if suffix in HTML_SUFFIXES or _is_html_page(text, suffix):
        articles = [anatomy.from_html(stem, label, parse_html(text))]
    elif (
        suffix in JSON_SUFFIXES
        or suffix in JSONL_SUFFIXES
        or (suffix == "" and text.lstrip()[:1] in "[{")
    ):
        articles = _load_json(stem, label, text, suffix in JSONL_SUFFIXES, options)
    else:
        articles = [anatomy.from_text(stem, label, text, suffix in MARKDOWN_SUFFIXES)]
    usable = []
    for article in articles:
        if article.words == 0:
            _warn(options, f"{label}: skipped {article.id}, no article text in it.")
            continue
        if len(article.sentences) > MAX_SENTENCES:
            _warn(options, f"{label}: {article.id} has {len(article.sentences):,} sentences; "
                           f"only the first {MAX_SENTENCES:,} are analysed.")  # fmt: skip
            article = replace(article, sentences=article.sentences[:MAX_SENTENCES])
        usable.append(_with_digest(article, digest))
    return usable


def _is_html_page(text: str, suffix: str) -> bool:
    """A page saved without its suffix, or under a text one ("page.txt" holding "<html>...")."""
    start = text.lstrip()[:20].lower()
    return (suffix == "" and start[:1] == "<") or start.startswith(HTML_STARTS)


def _with_digest(article: Article, digest: str) -> Article:
    return replace(article, digest=f"{digest}:{article.id}")


def _load_json(
    stem: str, label: str, text: str, lines: bool, options: LoadOptions
) -> list[Article]:
    import json

    records: list[tuple[str, object]] = []
    if lines:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"{stem}#{number}", json.loads(line)))
            except (ValueError, RecursionError):
                _warn(options, f"{label}: line {number} is not valid JSON; skipped.")
    else:
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as error:
            _warn(options, f"{label}: skipped, not valid JSON ({str(error)[:80]}).")
            return []
        if isinstance(value, dict) and not _field(value, JSON_FIELDS["text"]):
            value = _wrapped_records(value) or value
        if isinstance(value, list):
            records = [(f"{stem}#{n}", item) for n, item in enumerate(value, start=1)]
        else:
            records = [(stem, value)]
    articles = []
    not_objects = [record_id for record_id, record in records if not isinstance(record, dict)]
    if not_objects:
        shown = ", ".join(not_objects[:3]) + (", …" if len(not_objects) > 3 else "")
        _warn(options, f"{label}: {len(not_objects):,} record(s) not a JSON object ({shown}); "
                       "skipped.")  # fmt: skip
    from libtalks import anatomy

    for record_id, record in records:
        if not isinstance(record, dict):
            continue
        fields = {name: _field(record, keys) for name, keys in JSON_FIELDS.items()}
        if fields["text"]:
            fields["text"] = CUT_SHORT.sub("", fields["text"])
        articles.append(anatomy.from_fields(record_id, label, fields))
    return articles


def _wrapped_records(response: dict) -> list | None:
    """The records an API's response wraps, when it holds one list of objects at its top or
    one level down: NewsAPI's {"status": "ok", "articles": [...]}, the Guardian's {"response":
    {"results": [...]}}."""
    for level in (response, *(v for v in response.values() if isinstance(v, dict))):
        lists = [value for value in level.values() if isinstance(value, list) and value
                 and all(isinstance(item, dict) for item in value)]  # fmt: skip
        if len(lists) == 1:
            return lists[0]
    return None


def _field(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list):
            items = (item.get("name") if isinstance(item, dict) else item for item in value)
            value = ", ".join(str(item) for item in items if isinstance(item, (str, int, float)))
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None
