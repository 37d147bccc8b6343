"""Every command's --json output validates against docs/libtalks.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, invoke_json

SCHEMA = json.loads((ROOT / "docs" / "libtalks.schema.json").read_text(encoding="utf-8"))
LABELS = str(ROOT / "tests" / "data" / "expected_seeds.json")
COMMANDS = [
    (["articles"], "articles"),
    (["timeline"], "timeline"),
    (["meetings"], "meetings"),
    (["meeting", "ghadames"], "meeting_detail"),
    (["actors"], "actors"),
    (["actor", "Williams"], "actor_detail"),
    (["summary"], "summaries"),
    (["summary", "ghadames"], "summary"),
    (["summary", "003"], "summary"),
    (["digest"], "digest"),
    (["evaluate", LABELS], "evaluation"),
]


def validator(definition: str) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator({**SCHEMA, "$ref": f"#/$defs/{definition}"})


@pytest.mark.parametrize(
    ("args", "definition"), COMMANDS, ids=lambda x: "-".join(x) if isinstance(x, list) else x
)
def test_json_output_validates(args, definition):
    output = invoke_json(*args)
    validator(definition).validate(output)


def test_every_command_with_json_is_covered():
    from libtalks.cli import cli

    with_json = {
        name for name, c in cli.commands.items() if any(p.name == "json_" for p in c.params)
    }
    assert with_json == {args[0] for args, _ in COMMANDS}


def test_the_schema_rejects_a_broken_record():
    record = invoke_json("meetings")[0]
    broken = {**record, "reports": [{"article": 3}]}
    with pytest.raises(jsonschema.ValidationError):
        validator("meeting").validate(broken)


def test_an_empty_corpus_validates_too(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("A headline only\n", encoding="utf-8")
    for args, definition in COMMANDS[:3] + COMMANDS[4:5]:
        validator(definition).validate(invoke_json(*args, "--corpus", str(empty)))
