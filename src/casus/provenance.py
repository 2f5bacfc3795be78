"""Citations and versions of the bundled datasets (``casus cite``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["datasets", "cite", "bibtex", "versions"]


@lru_cache(maxsize=1)
def datasets() -> list[dict]:
    raw = yaml.safe_load(resources.files("casus.data").joinpath("sources.yaml").read_text(encoding="utf-8"))
    out = raw["datasets"]
    for d in out:
        if d["id"] == "cldr":
            import babel

            d["version"] = f"CLDR bundled with babel {babel.__version__}"
    return out


def versions() -> dict[str, str]:
    """Dataset id → bundled version (as peacesciencer's ps_version)."""
    return {d["id"]: str(d["version"]) for d in datasets()}


def cite() -> str:
    """Readable citations with provenance, one block per dataset."""
    blocks = []
    for d in datasets():
        lines = [f"{d['name']} — version {d['version']}", f"  Cite: {' '.join(d['citation'].split())}"]
        if d.get("codebook"):
            lines.append(f"  Codebook: {d['codebook']}")
        if d.get("url"):
            lines.append(f"  URL: {d['url']}")
        lines.append(f"  Copy from: {d['origin']}")
        if d.get("files"):
            lines.append("  Bundled files: " + ", ".join(f"casus/data/{f}" for f in d["files"]))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def bibtex() -> str:
    return "\n".join(d["bibtex"].rstrip() for d in datasets() if d.get("bibtex")) + "\n"
