"""Docs stay complete: every CLI command is in the README and has help text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casus.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_documented(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"casus {name}" in readme
    assert cli.commands[name].help


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme


def test_condition_kinds_documented():
    from casus.importers.treaty_files import CONDITION_KINDS

    doc = (ROOT / "docs" / "treaty-files.md").read_text(encoding="utf-8")
    for kind in CONDITION_KINDS:
        assert f"`{kind}`" in doc


def test_readme_python_runs():
    """The README's Python block runs as written (casus.load() gives a Session)."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)  # noqa: S102 - our own README
    assert scope["res"].binding("defend")


def test_nothing_cites_a_folder_outside_the_repository():
    """Every path casus cites is one a user has: nothing shipped points at the project's shared folder."""
    root = Path(__file__).resolve().parents[1]
    import re

    # the project's folders beside the repository (spelled apart so that this file does not match itself);
    # a web address that happens to contain the word is no such path
    needle = re.compile(r"(?<![\w./:-])(?:\.\./)?" + "shared" + r"/(?:research|data|seed|guide)\b")
    hits = []
    for folder in ("src", "docs", "data-raw", "tests"):
        for p in (root / folder).rglob("*"):
            if p.is_file() and p.suffix in (".py", ".md", ".yaml", ".yml", ".txt", ".cff", ".toml") \
                    and needle.search(p.read_text(encoding="utf-8", errors="replace")):
                hits.append(str(p.relative_to(root)))
    hits += [n for n in ("README.md", "CITATION.cff", "pyproject.toml", "Makefile")
             if needle.search((root / n).read_text(encoding="utf-8"))]
    assert not hits, hits
