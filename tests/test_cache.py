"""The extraction cache: same answers as a cold run, changed and removed files noticed, and
a damaged or unwritable cache never breaks a run. Parallel extraction gives the same answers."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import invoke, invoke_json
from libtalks import api, parallel
from libtalks.cache import FILE_NAME, Cache


@pytest.fixture
def corpus(tmp_path, seeds) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds, folder)
    return folder


def cache_file() -> Path:
    return Path(os.environ["LIBTALKS_CACHE_DIR"]) / FILE_NAME


def cached_sources() -> set[str]:
    with sqlite3.connect(cache_file()) as db:
        return {
            Path(os.fsdecode(row[0])).name for row in db.execute("SELECT source FROM extraction")
        }


def test_a_warm_run_gives_the_json_of_a_cold_one(corpus):
    cold = invoke_json("--jobs", "1", "meetings", "--corpus", str(corpus))
    assert len(cached_sources()) == 5
    warm = invoke_json("meetings", "--corpus", str(corpus))
    uncached = invoke_json("--no-cache", "meetings", "--corpus", str(corpus))
    assert cold == warm == uncached
    for command in ("actors", "timeline", "articles", "digest"):
        assert invoke_json(command, "--corpus", str(corpus)) == invoke_json(
            "--no-cache", command, "--corpus", str(corpus)
        )


def test_a_changed_file_is_read_again(corpus):
    places = {m["place"] for m in invoke_json("meetings", "--corpus", str(corpus))}
    assert "Geneva" in places
    report = next(corpus.glob("003_*.txt"))
    report.write_text(report.read_text(encoding="utf-8").replace("Geneva", "Lausanne"), "utf-8")
    places = {m["place"] for m in invoke_json("meetings", "--corpus", str(corpus))}
    assert "Lausanne" in places and "Geneva" not in places


def test_a_removed_file_is_forgotten(corpus):
    invoke_json("articles", "--corpus", str(corpus))
    report = next(corpus.glob("004_*.txt"))
    report.unlink()
    ids = [a["id"] for a in invoke_json("articles", "--corpus", str(corpus))]
    assert len(ids) == 4 and not any(i.startswith("004") for i in ids)
    assert report.name not in cached_sources() and len(cached_sources()) == 4


@pytest.mark.parametrize(
    "damage", [b"this is not a database", b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_a_corrupt_cache_is_rebuilt_without_an_error(corpus, damage):
    expected = invoke_json("--no-cache", "meetings", "--corpus", str(corpus))
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(damage)
    result = invoke("meetings", "--corpus", str(corpus), "--json")
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    assert invoke_json("meetings", "--corpus", str(corpus)) == expected
    assert len(cached_sources()) == 5  # rebuilt as a real database


def test_damaged_entries_are_computed_again(corpus):
    expected = invoke_json("meetings", "--corpus", str(corpus))
    with sqlite3.connect(cache_file()) as db:
        db.execute("UPDATE extraction SET value = x'00ff'")
        db.execute("UPDATE result SET value = x'00ff'")
    assert invoke_json("meetings", "--corpus", str(corpus)) == expected


def test_an_edit_of_the_same_size_is_noticed(corpus):
    invoke_json("meetings", "--corpus", str(corpus))
    report = next(corpus.glob("003_*.txt"))
    report.write_text(report.read_text(encoding="utf-8").replace("Geneva", "Genova"), "utf-8")
    places = {m["place"] for m in invoke_json("meetings", "--corpus", str(corpus))}
    assert "Genova" in places and "Geneva" not in places


def test_an_unchanged_corpus_gives_its_warnings_again(corpus):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    for _ in range(2):
        result = invoke("meetings", "--corpus", str(corpus), "--json")
        assert result.exit_code == 0 and "empty.txt: skipped" in result.stderr
    assert invoke("--strict", "meetings", "--corpus", str(corpus)).exit_code == 2


def test_a_kept_run_serves_every_command(corpus):
    for command in ("meetings", "actors", "timeline", "digest", "articles"):
        first = invoke_json(command, "--corpus", str(corpus))
        assert invoke_json(command, "--corpus", str(corpus)) == first


def test_an_unwritable_cache_folder_only_warns(corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LIBTALKS_CACHE_DIR", str(blocker / "cache"))
    result = invoke("meetings", "--corpus", str(corpus), "--json")
    assert result.exit_code == 0
    assert "running without it" in result.stderr and "Traceback" not in result.stderr


def test_cache_path_and_clear(corpus):
    invoke_json("articles", "--corpus", str(corpus))
    shown = invoke("cache", "path")
    assert shown.stdout.strip() == str(cache_file()) and cache_file().exists()
    cleared = invoke("cache", "clear")
    assert cleared.exit_code == 0 and not cache_file().exists()


def test_changed_code_does_not_read_old_entries(corpus, monkeypatch):
    articles = api.load([str(corpus)])
    cache = Cache()
    api.extract(articles, cache)
    article = articles[0]
    source = os.path.abspath(article.path)
    assert cache.get(source, article.id, article.digest) is not None
    monkeypatch.setattr("libtalks.cache.code_fingerprint", lambda: "another version")
    assert cache.get(source, article.id, article.digest) is None
    assert cache.get(source, article.id, "another content hash") is None


def test_parallel_extraction_gives_what_one_process_gives(corpus, monkeypatch):
    articles = api.load([str(corpus)])
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    done = []
    in_processes = api.extract(articles, None, jobs=2, progress=done.append)
    assert in_processes == api.extract(articles, None, jobs=1)
    assert sum(done) == len(articles)


def test_a_progress_bar_only_on_a_terminal_for_a_large_corpus(monkeypatch):
    import sys

    from libtalks import cli

    with cli._progress(10_000) as advance:
        assert advance is None  # stderr is not a terminal here
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with cli._progress(10) as advance:
        assert advance is None  # too small to need one
    with cli._progress(10_000) as advance:
        assert callable(advance)
        advance(5_000)
