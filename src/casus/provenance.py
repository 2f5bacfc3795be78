"""Citations and versions of the bundled datasets (``casus cite``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["datasets", "cite", "bibtex", "versions", "used_by", "made_by", "stamp"]


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


def _chosen(ids) -> list[dict]:
    if ids is None:
        return datasets()
    wanted = list(dict.fromkeys(ids))
    known = {d["id"]: d for d in datasets()}
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ValueError(f"unknown dataset {unknown[0]!r}; the bundled ones are {', '.join(known)}")
    return [known[i] for i in wanted]


def cite(ids=None) -> str:
    """Readable citations with provenance, one block per dataset (``ids``: only these, e.g. ``["atop"]``)."""
    blocks = []
    for d in _chosen(ids):
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


def bibtex(ids=None) -> str:
    """BibTeX entries of the datasets (``ids``: only these)."""
    return "\n".join(d["bibtex"].rstrip() for d in _chosen(ids) if d.get("bibtex")) + "\n"


def used_by(obj) -> list[str] | None:
    """The dataset ids a result names: a DataFrame's ``attrs["casus_sources"]`` (or ``casus_datasets``), a
    result's ``datasets``; None when it names none (then everything is cited)."""
    attrs = getattr(obj, "attrs", None)
    if isinstance(attrs, dict):
        for key in ("casus_datasets", "casus_sources"):
            if attrs.get(key):
                return [str(x) for x in attrs[key]]
    got = getattr(obj, "datasets", None)
    return [str(x) for x in got] if isinstance(got, (list, tuple)) and got else None


@lru_cache(maxsize=1)
def made_by() -> dict:
    """What made a document: casus's version and the bundled datasets' versions (CLDR's included)."""
    from ._version import __version__

    return {"version": __version__, "datasets": versions()}


def stamp(doc):
    """``doc`` with ``casus: made_by()`` added, if it is a casus document (it has a ``schema``) without one."""
    if isinstance(doc, dict) and "schema" in doc and "casus" not in doc:
        return {**doc, "casus": made_by()}
    return doc

