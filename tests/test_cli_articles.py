"""`libtalks articles` in every output format, and the CLI's handling of bad input."""

from __future__ import annotations

import csv
import io
import json

from conftest import invoke, invoke_json


def test_table_lists_the_seeds(expected):
    result = invoke("articles")
    assert result.exit_code == 0
    for article_id in expected["titles"]:
        assert article_id in result.stdout
    assert "Baghdadpost" in result.stdout


def test_json_follows_the_contract(expected):
    records = invoke_json("articles")
    assert [r["id"] for r in records] == sorted(expected["titles"])
    assert {r["id"]: r["title"] for r in records} == expected["titles"]
    for record in records:
        assert set(record) >= {
            "id",
            "path",
            "title",
            "outlet",
            "byline",
            "published",
            "words",
            "meeting",
        }
        assert set(record["published"]) == {"date", "precision", "earliest", "latest", "evidence"}
        assert record["words"] > 0


def test_jsonl_csv_and_markdown():
    lines = invoke("articles", "--jsonl").stdout.splitlines()
    assert len(lines) == 5 and all(json.loads(line)["id"] for line in lines)
    rows = list(csv.DictReader(io.StringIO(invoke("articles", "--csv").stdout)))
    assert [row["id"] for row in rows][:1] == ["000_eaa25dd388c2d1af"]
    assert rows[3]["title"] == "UN meets Libyan military leaders to broker peace"
    markdown = invoke("articles", "--markdown").stdout.splitlines()
    assert markdown[0].startswith("| id | title |") and markdown[1].endswith("---: |")
    assert len(markdown) == 7


def test_conflicting_formats_are_a_usage_error():
    result = invoke("articles", "--json", "--csv")
    assert result.exit_code == 2
    assert "Choose one output format" in result.stderr


def test_corpus_before_or_after_the_command_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("Envoys meet\nThey met. They agreed.", encoding="utf-8")
    assert [r["id"] for r in invoke_json("--corpus", str(tmp_path), "articles")] == ["a"]
    assert [r["id"] for r in invoke_json("articles", "--corpus", str(tmp_path))] == ["a"]
    result = invoke("articles", "--corpus", "-", "--json", input="From stdin\nThey met.")
    assert [(r["id"], r["title"]) for r in json.loads(result.stdout)] == [("stdin", "From stdin")]


def test_missing_path_exits_2_naming_it():
    result = invoke("articles", "--corpus", "/no/such/folder")
    assert result.exit_code == 2
    assert "/no/such/folder" in result.stderr and "Traceback" not in result.stderr


def test_bad_file_warns_and_strict_fails(tmp_path):
    (tmp_path / "a.txt").write_text("Envoys meet\nThey met. They agreed.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("articles", "--corpus", str(tmp_path), "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1
    assert result.stderr.count("warning:") == 1 and "empty.txt" in result.stderr
    strict = invoke("--strict", "articles", "--corpus", str(tmp_path))
    assert strict.exit_code == 2 and "empty.txt" in strict.stderr


def test_markup_and_escapes_from_articles_never_reach_the_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(
        "[bold red]Envoys[/bold red] \x1b[31mmeet\x1b]0;pwned\x07\nThey met. They agreed.",
        encoding="utf-8",
    )
    table = invoke("articles", "--corpus", str(tmp_path)).stdout
    assert "[bold red]Envoys[/bold red]" in table
    assert "\x1b" not in table and "\x07" not in table
    csv_out = invoke("articles", "--corpus", str(tmp_path), "--csv").stdout
    assert "\x1b" not in csv_out


def test_csv_neutralises_formulas(tmp_path):
    (tmp_path / "a.txt").write_text('=HYPERLINK("http://x")\nThey met.', encoding="utf-8")
    rows = list(
        csv.DictReader(io.StringIO(invoke("articles", "--corpus", str(tmp_path), "--csv").stdout))
    )
    assert rows[0]["title"].startswith("'=")


def test_no_colour_off_a_terminal():
    assert "\x1b[" not in invoke("articles").stdout


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    result = invoke("--version")
    assert result.exit_code == 0 and version("libtalks") in result.stdout


def test_every_command_has_help_with_an_example():
    from libtalks.cli import cli

    commands = dict(cli.commands)
    for name, group in cli.commands.items():  # and the commands of a group (`cache clear`)
        commands.update({f"{name} {sub}": c for sub, c in getattr(group, "commands", {}).items()})
    for name, command in commands.items():
        assert "Example" in (command.help or ""), name
    assert "cache clear" in commands
