"""docs/ say what the code does: the CLI reference is the commands' own help, and the
library examples of the package docstring and the README run."""

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_cli_reference", DOCS / "make_cli_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_matches_the_help_of_every_command():
    expected = _generator().reference()
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == expected, (
        "docs/cli.md drifted: run `python docs/make_cli_reference.py`"
    )


def test_cli_reference_covers_every_command():
    from libtalks.cli import cli

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"## libtalks {name}\n" in text


def test_the_library_example_of_the_package_docstring_runs(seeds, capsys):
    import libtalks

    example = libtalks.__doc__.split("::", 1)[1]
    code = "\n".join(line.removeprefix("    ") for line in example.splitlines())
    exec(code.replace('["reports/"]', f"[{str(seeds)!r}]"), {})
    printed = capsys.readouterr().out.splitlines()
    assert "ghadames-2020-11 Ghadames" in printed
    assert len(printed) == 4


def test_the_python_example_of_the_readme_runs(seeds, capsys):
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(example.replace('["reports/"]', f"[{str(seeds)!r}]"), {})
    printed = capsys.readouterr().out.splitlines()
    assert "ghadames-2020-11 Ghadames 2020-11-02/2020-11-04" in printed  # both days, known
    assert len(printed) == 4
