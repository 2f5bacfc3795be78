"""The ``casus`` command line: a thin skin over the Python API.

Every command that answers a question takes ``--json`` (stable schemas, see
``docs/json-schema.md``) and ``--lang en|hi``.  Bad input prints one line on
stderr naming what was wrong and what would be right, and exits with code 2.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from ._version import __version__
from .errors import CasusError, InvalidScenarioError
from .extras import need

__all__ = ["main", "cli"]

from .cli_common import EXTRA as _EXTRA
from .cli_common import JSON, LANG
from .cli_common import QUIET as _QUIET
from .cli_common import corpus as _corpus
from .cli_common import echo_json as _echo_json
from .cli_common import say as _say
from .cli_common import session as _session


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="casus")
@click.option("--treaties", "treaties", multiple=True, metavar="PATH",
              help="Also load hand-encoded treaty files from PATH (a .yaml file or a folder); repeatable.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or status lines on stderr (errors still).")
def cli(treaties, quiet) -> None:
    """casus: the world's mutual-defence pacts as executable, cited data.

    Ask who must fight if a state is attacked (attack), whom a state must
    defend (allies), read a treaty (treaty), find a state (states), and see
    where the data comes from (cite).
    """
    _EXTRA[:] = list(treaties)
    _QUIET[0] = quiet


@cli.command()
@click.option("--by", "by", required=True, multiple=True,
              help="Attacker: COW code, COW abbreviation, ISO3, or name in English or Hindi; or a group that is "
                   "not a state (al-Qaeda, ISIL, Hamas, …: `casus actors`), non-state, or unknown (repeatable).")
@click.option("--on", "on", required=True, multiple=True, help="Target (repeatable), a state named as for --by.")
@click.option("--launched-from", "launched_from", default=None, metavar="STATE",
              help="For an attack by a group or an unknown attacker: the state it was launched from.")
@click.option("--attributed-to", "attributed_to", default=None, metavar="STATE",
              help="For an attack by a group or an unknown attacker: the state it is attributed to (a duty that "
                   "only a state's attack triggers becomes conditional on the attribution).")
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="Day of the attack [default: today].")
@click.option("--where", default=None, metavar="PLACE",
              help="A named place (`casus areas`), e.g. hawaii, crimea, senkakus; a sea; a state; or a point "
                   "LAT,LON, e.g. 30,-40 [default: the target's home territory].")
@click.option("--basis", type=click.Choice(["in-force", "signed"]), default="in-force", show_default=True,
              help="Count a treaty from its entry into force (where known) or from its signature.")
@click.option("--policy", type=click.Choice(["defensive", "escalation", "strict"]), default="defensive",
              show_default=True,
              help="Cascade policy: defensive (binding duties draw states in), escalation (a defender's entry "
                   "also triggers the aggressors' pacts), strict (only automatic duties draw states in).")
@click.option("--provoked/--not-provoked", default=None, help="Did the target provoke the attack? [default: unknown]")
@click.option("--requested/--not-requested", default=None,
              help="Has the victim requested assistance or consultation? [default: unknown]")
@click.option("--joint-finding/--no-joint-finding", default=None,
              help="Have the parties jointly found an armed attack? [default: unknown]")
@click.option("--without", "without", multiple=True, metavar="TREATY", help="What if: drop this treaty (repeatable).")
@click.option("--without-member", "without_member", multiple=True, metavar="STATE:TREATY",
              help="What if: as if STATE had not joined TREATY (repeatable).")
@click.option("--with", "with_files", multiple=True, metavar="FILE",
              help="What if: add a hypothetical pact written as a treaty file (repeatable).")
@click.option("--automatic", "automatic", multiple=True, metavar="TREATY:ARTICLE",
              help="What if: treat the clauses of this article as automatic (repeatable).")
@click.option("--detail", type=click.Choice(["summary", "full"]), default="summary", show_default=True,
              help="summary: the duties that decide sides in full, the rest (non-aggression, consultation, duties "
                   "towards states that join later) counted by treaty; full: every finding.")
@JSON
@LANG
def attack(by, on, launched_from, attributed_to, date_, where, basis, policy, provoked, requested, joint_finding,
           without, without_member, with_files, automatic, detail, as_json, lang):
    """Who must defend, join, stay neutral or consult if BY attacks ON.

    \b
    Example:
      casus attack --by USA --on PRK --date 2025-01-01
      casus attack --by अमेरिका --on "उत्तर कोरिया" --date 2025-01-01 --lang hi
      casus attack --by al-Qaeda --on USA --date 2001-09-11
    """
    from .engine.counterfactual import Changes, parse_pair
    from .present.render import render_attack, render_changes
    from .present.result import compare

    session = _session()
    kwargs = dict(by=list(by), on=list(on), date=date_, where=where, basis=basis, policy=policy,
                  provoked=provoked, requested=requested, joint_finding=joint_finding, launched_from=launched_from,
                  attributed_to=attributed_to)
    changes = Changes(list(without), [parse_pair(x, "--without-member", "without_member") for x in without_member],
                      list(with_files), [parse_pair(x, "--automatic", "automatic") for x in automatic])
    if not changes:
        res = session.attack(**kwargs)
        if as_json:
            _echo_json(res.to_dict(lang, detail))
        else:
            click.echo(render_attack(res, lang, detail), nl=False)
        return
    real = session.attack(**kwargs)
    what_if = session.what_if(changes.without, changes.without_member, changes.with_files,
                              changes.automatic).attack(**kwargs)
    cmp = compare(real, what_if, lang)
    described = changes.describe(session.corpus)
    if as_json:
        _echo_json({**what_if.to_dict(lang, detail), "counterfactual": {"changes": described, **cmp}})
    else:
        click.echo(render_attack(what_if, lang, detail), nl=False)
        click.echo(render_changes(described, cmp, lang), nl=False)


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--basis", type=click.Choice(["in-force", "signed"]), default="in-force", show_default=True,
              help="Count a treaty from its entry into force (where known) or from its signature.")
@JSON
@LANG
def pair(a, b, basis, as_json, lang):
    """When A and B were bound to defend, join, stay neutral towards, not attack or consult each other.

    A strip from 1816 to today, one mark per five years, and the spans by treaty.

    \b
    Example:
      casus pair USA UKG
      casus pair RUS PRK --json
    """
    from .present.pair import render_pair

    res = _session().pair(a, b, basis)
    if as_json:
        _echo_json(res.to_dict(lang))
    else:
        click.echo(render_pair(res, lang), nl=False)


@cli.command()
@click.argument("state")
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="Day [default: today].")
@JSON
@LANG
def allies(state, date_, as_json, lang):
    """Whom STATE must defend and who must defend STATE on a date."""
    from .present.render import render_allies

    res = _session().allies(state, date_)
    if as_json:
        _echo_json(res.to_dict(lang))
    else:
        click.echo(render_allies(res, lang), nl=False)


@cli.command()
@click.argument("treaty_id")
@JSON
def treaty(treaty_id, as_json):
    """A treaty in full: parties and spans, clauses, articles, sources.

    TREATY_ID is a casus id (north-atlantic-1949, rus-prk-2024), an ATOP id (3180), or words of its name that
    name one treaty (nato, rio, anzus); `casus treaties QUERY` lists the matches.
    """
    from .present.render import render_treaty
    from .present.serialize import treaty_dict

    c = _corpus()
    tr = _session().treaty(treaty_id)
    if as_json:
        _echo_json(treaty_dict(tr, c))
    else:
        click.echo(render_treaty(tr, lambda x: f"{c.state_label(x)} ({c.states.get(x).abbrev})"), nl=False)


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--limit", default=10, show_default=True, help="At most this many matches.")
@JSON
@LANG
def states(query, limit, as_json, lang):
    """Find states by code, abbreviation, ISO3 or name (English or Hindi); no QUERY lists all."""
    from .present.render import render_states
    from .present.serialize import states_doc

    reg = _corpus().states
    found = list(reg) if not query else reg.search(query, limit=limit)
    if query and not found:
        reg.resolve(query)  # raises UnknownStateError with suggestions
    if as_json:
        _echo_json(states_doc(query, found))
    else:
        click.echo(render_states(found, lang), nl=False)


@cli.command()
@click.argument("query", required=False, default=None)
@click.option("--state", default=None, help="Only treaties this state was ever party to.")
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="Only treaties holding on this day.")
@click.option("--kind", type=click.Choice(["defense", "offense", "neutrality", "nonaggression", "consultation"]),
              default=None, help="Only treaties with clauses of this kind.")
@click.option("--limit", default=50, show_default=True, help="At most this many rows in the text output.")
@JSON
def treaties(query, state, date_, kind, limit, as_json):
    """List and search the treaties casus holds (QUERY: words of a name, an id, an ATOP id).

    \b
    Example:
      casus treaties nato
      casus treaties --state IND --date 2025-01-01 --kind defense
    """
    from .present.serialize import treaties_doc

    rows = _session().treaties_table(query, state, date_, kind)
    if as_json:
        _echo_json(treaties_doc(query, rows))
        return
    for r in rows[:limit]:
        kinds = ", ".join(r["kinds"]) or "no clauses"
        title = r["name"] if r["origin"] == "atop" else r["short_name"]
        click.echo(f"{r['id']:<28} {title}  (signed {r['signed']}; {kinds}; {len(r['parties'])} parties)")
    if len(rows) > limit:
        click.echo(f"… {len(rows) - limit} more (--limit, or --json for all)")
    if not rows:
        click.echo("no treaty matches")


@cli.command("new-treaty")
@click.argument("treaty_id")
@click.option("--name", required=True, help="The treaty's name as signed.")
@click.option("--party", "parties", multiple=True, required=True, help="A party (repeatable), named as for --by.")
@click.option("--signed", "signed", required=True, metavar="YYYY-MM-DD", help="Day of signature.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The .yaml file to write.")
def new_treaty(treaty_id, name, parties, signed, output):
    """Write a treaty file to fill in: the facts given, and every field still needed marked TODO.

    It does not validate until its dates cite a source: add the document (the treaty's published text, a
    depositary's or a party's record), then run `casus validate FILE`.
    """
    from .analysis.export import atomic_path
    from .present.template import treaty_template

    s = _session()
    states = [s.state(p, "party") for p in parties]
    day = s.day(signed, "signed")
    text = treaty_template(treaty_id, name, [st.abbrev_on(day) for st in states], day)
    if os.path.exists(output):
        raise InvalidScenarioError(f"{output} exists; give a new file with -o (casus never overwrites a treaty file)")
    with atomic_path(output) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")
    _say(f"wrote {output}; fill in the TODO fields, then: casus validate {output}")


@cli.command()
@click.argument("name", type=click.Choice(["casus.attack/1", "casus.pair/1", "casus.treaties/1", "casus.allies/1",
                                           "casus.diff/1", "casus.treaty/1", "casus.states/1", "casus.areas/1",
                                           "casus.backtest/2", "casus.invocations/1", "casus.actors/1"]))
def schema(name):
    """The JSON Schema of one of casus's JSON documents (generated from its model; also docs/schemas/)."""
    from .present.schemas import json_schema

    click.echo(json.dumps(json_schema(name), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def validate(paths):
    """Check hand-encoded treaty files (PATHS: files or folders); exit 2 on the first problem."""
    from .importers.cow_states import load_states
    from .importers.treaty_files import files_in, read_treaty_files

    found = read_treaty_files(files_in(paths), load_states().resolve)
    for _, t in found:
        click.echo(f"ok  {t.file}: {t.id} — {len(t.memberships)} memberships, {len(t.clauses)} clauses")


@cli.command()
@click.option("--from", "start", required=True, metavar="YYYY-MM-DD", help="First date (changes after it).")
@click.option("--to", "end", required=True, metavar="YYYY-MM-DD", help="Second date (changes up to it).")
@click.option("--state", default=None, help="Only pacts and duties of this state.")
@click.option("--basis", type=click.Choice(["in-force", "signed"]), default="in-force", show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many duties gained and lost (the web API pages them: see `duties.next_offset`).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most this many duties gained and lost [default: all].")
@JSON
@LANG
def diff(start, end, state, basis, offset, limit, as_json, lang):
    """What changed between two dates: pacts in force or ended, members joined or left, duties gained or lost."""
    from .present.render import render_diff

    res = _session().diff(start, end, state=state, basis=basis)
    if as_json:
        _echo_json(res.to_dict(offset=offset, limit=limit))
    else:
        click.echo(render_diff(res.to_dict(offset=offset, limit=limit), lang), nl=False)


@cli.command()
@JSON
@LANG
def areas(as_json, lang):
    """Named areas (treaty areas such as NATO's Art. 6), places and zones usable with --where."""
    from .present.render import render_areas
    from .present.serialize import areas_doc

    data = areas_doc(_corpus())
    if as_json:
        _echo_json(data)
    else:
        click.echo(render_areas(data, lang), nl=False)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(host, port):
    """Serve the web page and the REST API (read-only) on HOST:PORT."""
    need("web", "casus serve")
    import uvicorn

    from .web.app import create_app
    from .web.heap import limit_arenas

    limit_arenas(2)  # before the server's threads exist (glibc; see casus.web.heap)
    app = create_app(_corpus())
    _say(f"open http://{host}:{port}/  — e.g. http://{host}:{port}/?by=USA&on=PRK&date=2025-01-01&lang=hi"
               f"  (API: http://{host}:{port}/docs; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, limit_concurrency=256,
                timeout_keep_alive=5)


@cli.command()
@click.option("--bibtex", is_flag=True, help="BibTeX entries instead of text.")
@click.option("--data-notes", is_flag=True,
              help="Where ATOP's member file and its directed dyad-year data disagree: a summary and the table's path.")
def cite(bibtex, data_notes):
    """How to cite the bundled datasets, with their versions and provenance."""
    if data_notes:
        from .importers.atop_notes import data_notes_summary

        click.echo(data_notes_summary(), nl=False)
        return
    from . import provenance

    click.echo(provenance.bibtex() if bibtex else provenance.cite(), nl=False)


def _register_extras() -> None:
    from .cli_analysis import COMMANDS
    from .cli_record import actors_command, invocations_command
    from .news.cli_read import read_command

    cli.add_command(read_command)
    cli.add_command(invocations_command)
    cli.add_command(actors_command)
    for command in COMMANDS:
        cli.add_command(command)


_register_extras()


def _utf8_streams() -> None:
    """Write UTF-8 whatever the console's code page (Windows redirects output in cp1252, which has no →
    and no Devanagari)."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv=None) -> None:
    """Entry point: run the CLI; user errors exit 2 with one line, no traceback."""
    _utf8_streams()
    try:
        cli.main(args=argv, prog_name="casus", standalone_mode=False)
    except CasusError as exc:
        click.echo(f"casus: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("casus: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # e.g. `casus states | head`
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
