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


@pytest.mark.slow
def test_every_readme_command_runs(tmp_path):
    """Each command of the README's "What you can ask" runs as written (outputs redirected into a temporary
    folder; the web server, the benchmarks and the full atlas are left out: they run for minutes or forever)."""
    import re
    import shlex
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## What you can ask", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    casus = str(Path(sys.executable).with_name("casus"))
    failures = []
    for line in block.splitlines():
        if not line.startswith(".venv/bin/casus "):
            continue
        cmd = line.split("  #", 1)[0].strip()
        if re.search(r"casus (serve|bench|atlas)\b", cmd):
            continue
        argv = shlex.split(cmd.replace(".venv/bin/casus", casus, 1))
        argv = [str(tmp_path / a) if i and argv[i - 1] in ("-o", "--output", "--plot", "--report") else a
                for i, a in enumerate(argv)]
        argv = ["20000" if i and argv[i - 1] == "--draws" else a for i, a in enumerate(argv)]
        argv = [str(tmp_path / a) if a == "my-treaty.yaml" else a for a in argv]
        expanded = []
        for a in argv:
            expanded += sorted(str(p) for p in ROOT.glob(a)) if "*" in a else [a]
        r = subprocess.run(expanded, cwd=ROOT, capture_output=True, text=True, timeout=600)
        want = 2 if " validate my-treaty.yaml" in cmd else 0  # a new treaty file refuses to validate until cited
        if r.returncode != want:
            failures.append(f"{cmd}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
    assert failures == []
