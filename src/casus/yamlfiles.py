"""The YAML dialect of casus's data files.

A safe loader with two changes from PyYAML's YAML 1.1 defaults, so that data
means what a reader sees: ``on``/``off``/``yes``/``no`` stay strings (only
``true``/``false`` are booleans; ``on: USA`` is a key named "on"), and dates
stay strings for the validators to check and report with their field name.
"""

from __future__ import annotations

import re

import yaml

__all__ = ["CasusLoader", "load_yaml"]


#: libyaml's parser where PyYAML was built with it (it is, in the wheels), else the pure-Python one
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CasusLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """SafeLoader: YAML 1.2-style booleans, dates left as strings."""


CasusLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers
         if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CasusLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(text: str):
    """Parse ``text`` with :class:`CasusLoader` (errors are ``yaml.YAMLError``)."""
    return yaml.load(text, Loader=CasusLoader)  # noqa: S506 - a SafeLoader subclass
