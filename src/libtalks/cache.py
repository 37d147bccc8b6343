"""A cache in SQLite, so that a second run on an unchanged corpus is fast, at two levels.

Per report: its extraction (dates, names), found by the report's file and id (stored as bytes,
so that any name the system allows works) and used only while the report's content hash and
the code that extracted it are unchanged: a changed file is read again, a new version of
libtalks extracts afresh, entries of files that no longer exist are forgotten.

Per corpus: a whole run's results (articles, actors, meetings), found by the corpus
fingerprint (each file's path, size and modification time; see corpus.fingerprint), so that a
run on a corpus where no file changed reads nothing but this. Only the latest few are kept.

The cache is an optimisation only: a corrupt file is rebuilt, an unwritable folder means
running without it, and neither ever stops a run.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from libtalks import __version__

try:  # BLAKE2 without importing hashlib, which loads OpenSSL: 4 ms of a warm run's 100
    from _blake2 import blake2b
except ImportError:  # a Python without CPython's built-in module
    from hashlib import blake2b

FILE_NAME = "extractions.sqlite3"
SCHEMA = """CREATE TABLE IF NOT EXISTS extraction (
    source BLOB NOT NULL, article BLOB NOT NULL, digest TEXT NOT NULL, code TEXT NOT NULL,
    value BLOB NOT NULL, PRIMARY KEY (source, article));
CREATE TABLE IF NOT EXISTS result (key TEXT PRIMARY KEY, value BLOB NOT NULL, stamp REAL)"""
# Whole-corpus results kept: the latest runs on this many different corpora.
RESULTS_KEPT = 4


def cache_file(folder: str | os.PathLike[str] | None = None) -> str:
    """The cache's file in `folder`, else in $LIBTALKS_CACHE_DIR, else in the user's cache
    folder ($XDG_CACHE_HOME or ~/.cache)."""
    if folder is None and os.environ.get("LIBTALKS_CACHE_DIR"):
        folder = os.environ["LIBTALKS_CACHE_DIR"]
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "libtalks")
    return os.path.join(folder, FILE_NAME)


def new_hash(data: bytes = b"") -> blake2b:
    """The hash of every key here: the code's and a corpus's fingerprints, a report's
    content (32-byte BLAKE2b)."""
    return blake2b(data, digest_size=32)


@cache
def code_fingerprint() -> str:
    """The libtalks version and the size and modification time of each of its source and
    data files, so that changed code never reads entries an older extraction wrote (an
    editable install keeps its version number)."""
    digest = new_hash(__version__.encode())
    package = os.path.dirname(os.path.abspath(__file__))
    folders = (package, os.path.join(package, "data"))
    for path in sorted(entry.path for folder in folders for entry in os.scandir(folder)
                       if entry.is_file() and not entry.name.endswith(".pyc")):  # fmt: skip
        status = os.stat(path)
        digest.update(f"{os.path.basename(path)}:{status.st_size}:{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:16]


class Cache:
    """Extraction results by report; every failure turns the cache off instead of the run."""

    def __init__(
        self,
        folder: str | os.PathLike[str] | None = None,
        warn: Callable[[str], None] | None = None,
    ):
        self.path = cache_file(folder)
        self.warn = warn
        self.db: sqlite3.Connection | None = None
        try:
            self.db = self._open()
        except (OSError, sqlite3.Error) as error:
            self._disable(error)

    def _open(self) -> sqlite3.Connection:
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError:  # not a database, or a damaged one: start again
            _remove(self.path)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=5)
        db.executescript(SCHEMA)
        db.execute("SELECT 1 FROM extraction LIMIT 1").fetchone()  # reads a damaged file
        return db

    def _disable(self, error: Exception) -> None:
        if self.db is not None:
            self.db.close()
        self.db = None
        if self.warn:
            self.warn(f"cache {self.path} unusable ({error}); running without it")

    def get(self, source: str, article: str, digest: str) -> Any | None:
        """The stored value, or None when missing, stale or unreadable."""
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT value FROM extraction WHERE source=? AND article=? AND digest=? AND code=?",
                (os.fsencode(source), _bytes(article), digest, code_fingerprint()),
            ).fetchone()
        except (sqlite3.Error, ValueError) as error:
            self._disable(error)
            return None
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # a damaged entry is extracted again
            return None

    def put(self, entries: Iterable[tuple[str, str, str, bytes]]) -> None:
        """Store (source, article, digest, pickled value) entries, replacing older ones."""
        if self.db is None:
            return
        code = code_fingerprint()
        try:
            rows = [(os.fsencode(s), _bytes(a), d, code, blob) for s, a, d, blob in entries]
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO extraction VALUES (?,?,?,?,?)", rows)
        except (sqlite3.Error, ValueError) as error:
            self._disable(error)

    def get_result(self, key: str) -> Any | None:
        """A whole run's results for a corpus whose files are unchanged, or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM result WHERE key=?",
                                  (f"{code_fingerprint()}:{key}",)).fetchone()  # fmt: skip
            return pickle.loads(row[0]) if row else None
        except sqlite3.Error as error:
            self._disable(error)
        except Exception:  # a damaged entry: the run computes afresh
            return None
        return None

    def put_result(self, key: str, value: Any) -> None:
        """Keep a run's results; only the RESULTS_KEPT latest are kept."""
        if self.db is None:
            return
        try:
            blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO result VALUES (?, ?, julianday('now'))",
                                (f"{code_fingerprint()}:{key}", blob))  # fmt: skip
                self.db.execute("DELETE FROM result WHERE key NOT IN (SELECT key FROM result "
                                "ORDER BY stamp DESC LIMIT ?)", (RESULTS_KEPT,))  # fmt: skip
        except (sqlite3.Error, ValueError, pickle.PicklingError, RecursionError) as error:
            self._disable(error)

    def forget_missing(self) -> None:
        """Drop the entries of files that no longer exist."""
        if self.db is None:
            return
        try:
            sources = [row[0] for row in self.db.execute("SELECT DISTINCT source FROM extraction")]
            gone = [(s,) for s in sources if not os.path.exists(s)]
            with self.db:
                self.db.executemany("DELETE FROM extraction WHERE source=?", gone)
        except (sqlite3.Error, ValueError) as error:
            self._disable(error)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _bytes(article_id: str) -> bytes:
    """An article id as stored: ids made from undecodable file names keep their bytes."""
    return article_id.encode("utf-8", "surrogateescape")


def clear(folder: str | os.PathLike[str] | None = None) -> str:
    """Delete the cache file; returns its path."""
    path = cache_file(folder)
    for suffix in ("", "-journal", "-wal", "-shm"):
        _remove(path + suffix)
    return path


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)
