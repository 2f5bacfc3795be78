"""What every ``casus`` command shares: the --json and --lang options, the session over the bundled corpus
(plus --treaties files), status lines and progress bars on stderr (quiet off a terminal or with --quiet),
JSON output with its provenance stamp."""

from __future__ import annotations

import json
import sys

import click

__all__ = ["LANG", "JSON", "EXTRA", "QUIET", "session", "corpus", "say", "bar", "echo_json"]

LANG = click.option("--lang", type=click.Choice(["en", "hi"]), default="en", show_default=True,
                    help="Language of names, duties and headings (quotes stay in their source language).")
JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON (stable schema) instead of text.")


EXTRA: list[str] = []


def session():
    """The session over the bundled corpus (plus --treaties files), speaking in CLI flags."""
    from .session import CLI, load

    if not EXTRA:
        return load().speaking(CLI)
    from .importers.treaty_files import files_in

    return load(files_in(EXTRA)).speaking(CLI)


def corpus():
    return session().corpus


QUIET = [False]


def say(message: str) -> None:
    """A status line on stderr ("casus: wrote ..."), unless --quiet."""
    if not QUIET[0]:
        click.echo(f"casus: {message}", err=True)


def bar(total: int, what: str):
    """A progress bar on stderr (tqdm) that stays quiet when stderr is not a terminal, or with --quiet."""
    from tqdm import tqdm

    return tqdm(total=total, desc=f"casus: {what}", unit="", file=sys.stderr, leave=False,
                disable=QUIET[0] or not sys.stderr.isatty(), dynamic_ncols=True)


def echo_json(obj) -> None:
    from .provenance import stamp

    click.echo(json.dumps(stamp(obj), ensure_ascii=False, indent=2))
