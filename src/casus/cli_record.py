"""``casus invocations`` and ``casus actors``: the record of what states did with collective-defence and
consultation clauses, and the attackers that are not states (registered on the CLI by :mod:`casus.cli`;
the options and helpers they share are :mod:`casus.cli_common`'s)."""

from __future__ import annotations

import click

from .cli_common import JSON, LANG
from .cli_common import echo_json as _echo_json
from .cli_common import session as _session

__all__ = ["invocations_command", "actors_command"]


@click.command("invocations")
@click.option("--treaty", "treaty", default=None, metavar="TREATY",
              help="Only this treaty's (a casus id, an ATOP id, or words of its name: nato, csto, rio).")
@click.option("--state", "state", default=None, metavar="STATE", help="Only those this state requested.")
@JSON
@LANG
def invocations_command(treaty, state, as_json, lang):
    """What states did with collective-defence and consultation clauses: every invocation, request,
    refusal and deployment in the record, each step dated and cited.

    \b
    Example:
      casus invocations --treaty nato
      casus invocations --state TUR --lang hi
    """
    from .present.record import invocations_doc, render_invocations

    session = _session()
    doc = invocations_doc(session.corpus, session.invocations(treaty, state), lang)
    if as_json:
        _echo_json(doc)
    else:
        click.echo(render_invocations(doc, lang), nl=False)


@click.command("actors")
@JSON
@LANG
def actors_command(as_json, lang):
    """Attackers that are not states, for --by: the named groups (with aliases and the designations that
    identify them, cited), non-state and unknown."""
    from .present.record import actors_doc, render_actors

    doc = actors_doc(_session().corpus.actors, lang)
    if as_json:
        _echo_json(doc)
    else:
        click.echo(render_actors(doc, lang), nl=False)
