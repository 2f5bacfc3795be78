"""The package's layering, checked on every import statement under src/casus.

Each casus module belongs to one layer of LAYERS (lowest first). A module may
import modules of its own layer or of lower layers, never of a higher one, and
no set of casus modules may import one another in a cycle (at any layer).

Every ``import``/``from ... import`` counts, wherever it stands: at module
level, inside functions and methods, and under ``if TYPE_CHECKING:``.
Relative imports are resolved; ``from .pkg import name`` is an import of
``pkg.name`` when that is a module, else of ``pkg``. Strings handed to
``importlib.import_module`` (the lazy names of ``casus/__init__.py``) are not
imports and are not counted. Importing ``a.b.c`` is an edge to ``a.b.c`` only,
not to its parent packages ``a.b`` and ``a``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

# Lowest layer first. ``name.*`` means the package ``name`` and everything under it.
LAYERS: list[tuple[str, ...]] = [
    ("casus.errors", "casus.model.*", "casus.cache", "casus._version", "casus.extras"),  # 0
    ("casus.importers.*", "casus.yamlfiles", "casus.provenance"),  # 1
    ("casus.corpus",),  # 2
    ("casus.engine.*",),  # 3
    ("casus.present.*",),  # 4
    ("casus.session",),  # 5
    ("casus.analysis.*", "casus.news.*"),  # 6
    ("casus.cli", "casus.cli_common", "casus.cli_record", "casus.cli_analysis", "casus.web.*", "casus",
     "casus.api"),  # 7
]

SRC = Path(__file__).resolve().parents[1] / "src"
TABLE = "the LAYERS table at the top of tests/test_layers.py"


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int


def module_files(src: Path, top: str) -> dict[str, Path]:
    """Every module of the package ``top`` under ``src``, by dotted name."""
    modules = {}
    for path in sorted((src / top).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _resolve_from(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute name of the ``from X`` part of ``node`` inside ``module``."""
    if node.level == 0:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    keep = len(package) - (node.level - 1)
    if keep <= 0:
        raise ValueError(f"{module}:{node.lineno}: relative import beyond the top-level package")
    base = ".".join(package[:keep])
    return f"{base}.{node.module}" if node.module else base


def imports_of(module: str, path: Path, known: set[str], top: str) -> list[Import]:
    """Every import of a ``top`` module by ``module`` (whose source is ``path``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve_from(node, module, is_package)
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names  # ``from x import *`` gives "x.*": not known, so x
            ]
        else:
            continue
        for target in targets:
            if target == top or target.startswith(top + "."):
                found.append(Import(module, target, node.lineno))
    return found


def layer_of(module: str, layers: list[tuple[str, ...]]) -> int | None:
    for number, patterns in enumerate(layers):
        for pattern in patterns:
            if pattern.endswith(".*"):
                package = pattern[:-2]
                if module == package or module.startswith(package + "."):
                    return number
            elif module == pattern:
                return number
    return None


def cycles(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    nodes = sorted(set(edges) | {b for targets in edges.values() for b in targets})

    for root in nodes:
        if root in index:
            continue
        # iterative Tarjan: (node, iterator over its successors)
        work = [(root, iter(sorted(edges.get(root, {}))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(edges.get(succ, {})))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return sorted(components)


def _cycle_path(component: list[str], edges: dict[str, dict[str, int]]) -> list[str]:
    """One closed walk through ``component``: a → b → … → a, with line numbers."""
    members = set(component)
    start = component[0]
    # breadth-first from start back to start, inside the component
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for succ in sorted(edges.get(node, {})):
                if succ not in members:
                    continue
                if succ == start:
                    walk = [node]
                    while walk[-1] != start:
                        walk.append(previous[walk[-1]])
                    walk.reverse()
                    walk.append(start)
                    return [f"{a} (line {edges[a][b]}) → {b}" for a, b in pairwise(walk)]
                if succ not in previous:
                    previous[succ] = node
                    following.append(succ)
        frontier = following
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - a component always has one


def violations(src: Path, layers: list[tuple[str, ...]], top: str = "casus") -> list[str]:
    """Every breach of ``layers`` by the package ``top`` under ``src``, one message each."""
    modules = module_files(src, top)
    shown = {module: path.relative_to(src.parent) for module, path in modules.items()}
    known = set(modules)
    problems = []
    for module in sorted(modules):
        if layer_of(module, layers) is None:
            problems.append(f"{module} ({shown[module]}) is in no layer: add it to {TABLE}")
    edges: dict[str, dict[str, int]] = {}
    for module, path in modules.items():
        for imp in imports_of(module, path, known, top):
            if imp.imported == module:
                continue
            targets = edges.setdefault(module, {})
            targets[imp.imported] = min(imp.line, targets.get(imp.imported, imp.line))
            where = f"{shown[module]}:{imp.line}"
            if imp.imported not in known:
                problems.append(f"{where}: {module} imports {imp.imported}, which is not a module under {src}")
                continue
            mine, theirs = layer_of(module, layers), layer_of(imp.imported, layers)
            if mine is not None and theirs is not None and theirs > mine:  # a module in no layer is reported above
                problems.append(
                    f"{where}: upward import: {module} (layer {mine}) imports {imp.imported} (layer {theirs})"
                )
    for component in cycles(edges):
        problems.append(f"import cycle among {', '.join(component)}: " + "; ".join(_cycle_path(component, edges)))
    return problems


def test_casus_is_layered_and_acyclic():
    problems = violations(SRC, LAYERS)
    assert not problems, f"{len(problems)} layering problem(s):\n" + "\n".join(problems)


# -- the checker itself -------------------------------------------------------

FAKE_LAYERS: list[tuple[str, ...]] = [("pkg.low", "pkg.base.*"), ("pkg.mid.*",), ("pkg.top", "pkg")]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_checker_catches_upward_imports_and_cycles(tmp_path):
    src = _write(
        tmp_path,
        {
            "pkg/__init__.py": "import importlib\nimportlib.import_module('pkg.top')\n",
            "pkg/low.py": "import os\n\ndef f():\n    from .mid import a\n",  # upward, inside a function
            "pkg/top.py": "from pkg.mid import b\nfrom . import low\n",  # downward: fine
            "pkg/base/__init__.py": "",
            "pkg/base/x.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..base import y\n",
            "pkg/base/y.py": "from . import x\n",  # x ↔ y: a cycle through ``from . import``
            "pkg/mid/__init__.py": "",
            "pkg/mid/a.py": "from ..base.x import thing\nfrom .b import g\n",
            "pkg/mid/b.py": "class C:\n    def m(self):\n        import pkg.mid.c\n",
            "pkg/mid/c.py": "from pkg.mid import a\n",  # a → b → c → a
            "pkg/stray.py": "",
        },
    )
    problems = violations(src, FAKE_LAYERS, top="pkg")
    text = "\n".join(problems)

    upward = [p for p in problems if ": upward import: " in p]
    assert len(upward) == 1, text
    assert re.search(r"low\.py:4: upward import: pkg\.low \(layer 0\) imports pkg\.mid\.a \(layer 1\)", upward[0])

    found = sorted(p for p in problems if p.startswith("import cycle"))
    assert len(found) == 2, text
    assert found[0].startswith("import cycle among pkg.base.x, pkg.base.y:"), text
    assert "pkg.base.x (line 3) → pkg.base.y" in found[0] and "pkg.base.y (line 1) → pkg.base.x" in found[0]
    assert found[1].startswith("import cycle among pkg.mid.a, pkg.mid.b, pkg.mid.c:"), text
    assert "pkg.mid.b (line 3) → pkg.mid.c" in found[1]

    stray = [p for p in problems if "no layer" in p]
    assert len(stray) == 1 and stray[0].startswith("pkg.stray ") and "add it to" in stray[0], text

    assert len(problems) == 4, text


def test_checker_passes_a_clean_tree(tmp_path):
    src = _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/low.py": "",
            "pkg/base/__init__.py": "from .x import X\n",  # package → its own module: not a cycle
            "pkg/base/x.py": "from .. import low\nX = 1\n",
            "pkg/mid/__init__.py": "from . import a\n",
            "pkg/mid/a.py": "from pkg.base import X\nfrom ..low import *\n",
            "pkg/top.py": "import pkg.mid.a\nimport pkg\n",
        },
    )
    assert violations(src, FAKE_LAYERS, top="pkg") == []


def test_relative_import_beyond_the_package_is_an_error(tmp_path):
    src = _write(tmp_path, {"pkg/__init__.py": "", "pkg/low.py": "from .. import other\n"})
    with pytest.raises(ValueError, match="beyond the top-level package"):
        violations(src, FAKE_LAYERS, top="pkg")
