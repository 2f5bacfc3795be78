"""data-raw/rebuild.py: the bundled upstream files match data-raw/CHECKSUMS.sha256 (checksums only: no
upstream file is needed), and every bundled data file is one the script rebuilds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "data-raw" / "rebuild.py"

pytestmark = pytest.mark.skipif(not SCRIPT.is_file(), reason="data-raw/ is not part of this source tree")


def test_check_mode_passes_on_the_bundled_files():
    res = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "ok:" in res.stdout


def test_checksums_list_every_bundled_upstream_file():
    listed = {line.split(maxsplit=1)[1] for line in
              (ROOT / "data-raw" / "CHECKSUMS.sha256").read_text(encoding="utf-8").splitlines() if line.strip()}
    data = ROOT / "src" / "casus" / "data" / "upstream"
    bundled = {p.relative_to(ROOT).as_posix() for p in data.rglob("*")
               if p.is_file() and p.suffix != ".md" and "__pycache__" not in p.parts}
    assert bundled <= listed
    assert "src/casus/data/upstream/atop/atop5_1m.csv" in listed


def test_check_mode_catches_a_changed_file(tmp_path, monkeypatch):
    """Run the checker against a copy in which one byte of a bundled file differs."""
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location("rebuild", SCRIPT)
    assert spec is not None
    rebuild = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    monkeypatch.setitem(sys.modules, "rebuild", rebuild)  # dataclasses look their module up there
    spec.loader.exec_module(rebuild)
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "src" / "casus" / "data", root / "src" / "casus" / "data")
    (root / "data-raw").mkdir()
    shutil.copy(ROOT / "data-raw" / "CHECKSUMS.sha256", root / "data-raw" / "CHECKSUMS.sha256")
    monkeypatch.setattr(rebuild, "ROOT", root)
    monkeypatch.setattr(rebuild, "DATA", root / "src" / "casus" / "data")
    monkeypatch.setattr(rebuild, "CHECKSUMS", root / "data-raw" / "CHECKSUMS.sha256")
    assert rebuild.check_bundled() == []
    target = root / "src" / "casus" / "data" / "upstream" / "cow" / "directed_dyadic_war.csv"
    target.write_bytes(target.read_bytes() + b"\n")
    (root / "src" / "casus" / "data" / "upstream" / "cow" / "extra.csv").write_text("a\n", encoding="utf-8")
    problems = rebuild.check_bundled()
    assert any("directed_dyadic_war.csv: sha256 differs" in p for p in problems)
    assert any("extra.csv: bundled but not rebuilt" in p for p in problems)
