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

LANG = click.option("--lang", type=click.Choice(["en", "hi"]), default="en", show_default=True,
                    help="Language of names, duties and headings (quotes stay in their source language).")
JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON (stable schema) instead of text.")


_EXTRA: list[str] = []


def _session():
    """The session over the bundled corpus (plus --treaties files), speaking in CLI flags."""
    from .session import CLI, load

    if not _EXTRA:
        return load().speaking(CLI)
    from .importers.treaty_files import files_in

    return load(files_in(_EXTRA)).speaking(CLI)


def _corpus():
    return _session().corpus


_QUIET = [False]


def _say(message: str) -> None:
    """A status line on stderr ("casus: wrote ..."), unless --quiet."""
    if not _QUIET[0]:
        click.echo(f"casus: {message}", err=True)


def _bar(total: int, what: str):
    """A progress bar on stderr (tqdm) that stays quiet when stderr is not a terminal, or with --quiet."""
    from tqdm import tqdm

    return tqdm(total=total, desc=f"casus: {what}", unit="", file=sys.stderr, leave=False,
                disable=_QUIET[0] or not sys.stderr.isatty(), dynamic_ncols=True)


def _echo_json(obj) -> None:
    from .provenance import stamp

    click.echo(json.dumps(stamp(obj), ensure_ascii=False, indent=2))


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
              help="Attacker: COW code, COW abbreviation, ISO3, or name in English or Hindi (repeatable).")
@click.option("--on", "on", required=True, multiple=True, help="Target (repeatable), named as for --by.")
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
def attack(by, on, date_, where, basis, policy, provoked, requested, joint_finding, without, without_member,
           with_files, automatic, detail, as_json, lang):
    """Who must defend, join, stay neutral or consult if BY attacks ON.

    \b
    Example:
      casus attack --by USA --on PRK --date 2025-01-01
      casus attack --by अमेरिका --on "उत्तर कोरिया" --date 2025-01-01 --lang hi
    """
    from .engine.counterfactual import Changes, parse_pair
    from .present.render import render_attack, render_changes
    from .present.result import compare

    session = _session()
    kwargs = dict(by=list(by), on=list(on), date=date_, where=where, basis=basis, policy=policy,
                  provoked=provoked, requested=requested, joint_finding=joint_finding)
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
                                           "casus.backtest/2"]))
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
@click.option("--from", "y1", type=int, default=1816, show_default=True, help="First year.")
@click.option("--to", "y2", type=int, default=None, help="Last year [default: this year].")
@click.option("--directed/--undirected", default=True, show_default=True,
              help="Directed dyads (a row says what ccode1 owes ccode2; as create_dyad_years() and peacesciencer) "
                   "or undirected (ccode1 < ccode2; a flag holds if either owes the other).")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "dta"]), default=None,
              help="Output format [default: from the file extension].")
@click.option("--casus/--no-casus", "with_casus", default=True, show_default=True,
              help="Add casus_* columns from the whole corpus (through today) beside the atop_* ones.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
def dyads(y1, y2, directed, fmt, with_casus, output):
    """Dyad-year table of COW system members with ATOP (and casus) obligation columns."""
    import time

    from .analysis.dyad_years import dyad_year_table
    from .analysis.export import write_table
    from .errors import InvalidScenarioError

    t0 = time.perf_counter()
    this_year = __import__("datetime").date.today().year
    y2 = this_year if y2 is None else y2
    if not 1816 <= y1 <= y2 <= this_year:
        raise InvalidScenarioError(f"years {y1}..{y2} are out of range; give 1816 <= --from <= --to <= {this_year}")
    fmt = fmt or output.rsplit(".", 1)[-1].lower()
    if fmt not in ("csv", "parquet", "dta"):
        raise InvalidScenarioError(f"cannot tell the format of {output!r}; give --format csv, parquet or dta")
    _say(f"building {'directed ' if directed else ''}dyad-years {y1}–{y2}"
               + (" with casus columns (loading the corpus)" if with_casus else "") + " …")
    tab = dyad_year_table(y1, y2, directed=directed, corpus=_corpus() if with_casus else None)
    write_table(tab, output, fmt)
    _say(f"wrote {tab.num_rows:,} rows × {tab.num_columns} columns to {output} "
               f"({time.perf_counter() - t0:.2f} s)")


@cli.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--year", type=int, required=True, help="Year of the portfolios.")
@click.option("--source", type=click.Choice(["atop", "casus"]), default="atop", show_default=True)
@JSON
def similarity(state_a, state_b, year, source, as_json):
    """Alliance-portfolio similarity of two states: S score and Cohen's kappa."""
    from .analysis.similarity import similarity as sim
    from .errors import InvalidScenarioError

    session = _session()
    c = session.corpus
    a, b = session.state(state_a, "STATE_A"), session.state(state_b, "STATE_B")
    try:
        res = sim(a.ccode, b.ccode, year, source, c)
    except ValueError as exc:
        raise InvalidScenarioError(str(exc)) from None
    if as_json:
        _echo_json(res.to_dict())
    else:
        click.echo(f"{a.name} – {b.name}, {year} ({source.upper()} portfolios of {res.n} states): "
                   f"S = {res.s_score:.3f}, kappa = {res.kappa:.3f}")


@cli.command()
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="Day [default: today].")
@click.option("--basis", type=click.Choice(["in-force", "signed"]), default="in-force", show_default=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="A .graphml file.")
def graph(date_, basis, output):
    """The obligation network on a date as GraphML (Gephi, networkx)."""
    import datetime

    need("graph", "casus graph")

    import networkx as nx

    from .analysis.export import atomic_path
    from .analysis.network import obligation_graph
    from .model.dates import parse_date

    d = parse_date(date_ or datetime.date.today())
    g = obligation_graph(_corpus(), d, basis)
    with atomic_path(output) as tmp:
        nx.write_graphml(g, tmp)
    _say(f"wrote {g.number_of_nodes()} states and {g.number_of_edges()} obligations on {d} to {output}")


@cli.command()
@click.option("--basis", type=click.Choice(["signed", "in-force"]), default="signed", show_default=True,
              help="Count memberships from signature (ATOP's convention) or entry into force.")
@click.option("--resolve-open-by-conduct", is_flag=True,
              help="Replication option: decide a commitment whose conditions casus cannot decide by what the "
                   "obligor did (fought alongside: honoured; against: violated; stayed out: undecidable).")
@click.option("--late-join-days", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="An obligor that entered the war more than DAYS after the commitment was invoked did not "
                   "honour it [default: no threshold].")
@click.option("--rule-effects", is_flag=True,
              help="Also run the backtest once with each rule switched off and show how the pair figures move.")
@click.option("--report", "report_dir", default=None, type=click.Path(file_okay=False),
              help="Write an HTML report with plots (and CSV files) to this folder.")
@JSON
def backtest(basis, resolve_open_by_conduct, late_join_days, rule_effects, report_dir, as_json):
    """Every COW interstate war (1823–2003) against the commitments it invoked: honoured, violated, undecidable.

    The headline counts alliance–war pairs as the published studies do (an alliance is violated in a war
    if any member violated it); the figures per member commitment are shown beside them."""
    from .analysis.backtest import Rules
    from .analysis.backtest import backtest as run_backtest
    from .analysis.backtest import rule_effects as effects

    c = _corpus()
    rules = Rules(resolve_open_by_conduct=resolve_open_by_conduct, late_join_days=late_join_days)

    if report_dir:
        need("plot", "--report")
    with _bar(95, "wars") as bar:
        def progress(i, n, war):
            bar.total = n
            bar.set_postfix_str(f"{war.num} {war.name}"[:40], refresh=False)
            bar.update(1)

        res = run_backtest(c, basis=basis, progress=progress, rules=rules)
    moved = effects(c, basis, rules) if rule_effects else None
    if report_dir:
        from .analysis.report import write_report

        path = write_report(res, report_dir, name_of=lambda x: c.state_label(x), effects=moved)
        _say(f"report written to {path}")
    if as_json:
        _echo_json({"schema": res["schema"], "basis": basis, "rules": res["rules"], "summary": res["summary"],
                    "pairs": [p.to_dict() for p in res["pairs"]],
                    "pairs_by_kind": [p.to_dict() for p in res["pairs_by_kind"]],
                    "commitments": [x.to_dict() for x in res["commitments"]], "joiners": res["joiners"],
                    **({"rule_effects": moved} if moved is not None else {})})
        return
    _echo_backtest(c, res, basis, moved)


@cli.command()
@click.option("--report", "report_dir", default=None, type=click.Path(file_okay=False),
              help="Write an HTML and a Markdown page (calibration plot, every row's out-of-fold probability) "
                   "to this folder.")
@JSON
def reliability(report_dir, as_json):
    """How likely an ally honours its duty: the reliability model, cross-validated leave one war out.

    Builds one row per alliance, obligor and war from the backtest, fits the model and measures it against
    three baselines (needs the 'model' extra; without it, shows the figures recorded with the shipped model)."""
    from .analysis.reliability import run, same_as_shipped
    from .analysis.reliability_report import report_doc, shipped_doc, shipped_result, text_lines, write_report
    from .extras import MissingExtraError

    c = _corpus()
    if report_dir:
        need("plot", "--report")
    same = None
    try:
        res = run(c, progress=_say)
        same = same_as_shipped(res["model"], shipped_doc())
    except MissingExtraError as exc:
        shipped = shipped_result()
        if shipped is None:
            raise
        _say(str(exc))
        res = shipped
    if report_dir:
        path = write_report(res, report_dir, name_of=lambda x: c.state_label(x))
        _say(f"report written to {path}")
    if as_json:
        _echo_json(report_doc(res, same))
        return
    for line in text_lines(res, same):
        click.echo(line)


def _echo_backtest(c, res: dict, basis: str, moved: list[dict] | None) -> None:
    s = res["summary"]
    opt = " · open conditions decided by conduct (replication option)" if res["rules"]["resolve_open_by_conduct"] \
        else ""
    click.echo(f"Backtest over 95 COW interstate wars (memberships counted from {basis}{opt}).")
    click.echo("Alliance–war pairs (an alliance violated in a war if any member violated it), per member "
               "commitment beside them, and the published figures:")
    click.echo(f"{'subset':<15}{'pairs h/inv':>12}{'rate':>7}{'undec.':>7}  {'commitm. h/inv':>15}{'rate':>7}"
               f"{'undec.':>7}   published (B&F 2018)")
    rows = [(k, s[k], s["commitments"][k]) for k in ("overall", "before_1945", "1945_2003")]
    rows += [(k, v, s["commitments"]["by_kind"][k]) for k, v in s["by_kind"].items()]
    for k, r, cm in rows:
        p = s["published"][k]
        pub = f"{p['honoured']}/{p['invoked']} = {p['rate']}" if p["invoked"] else f"{p['rate']}"
        click.echo(f"{k:<15}{r['honoured']:>5}/{r['invoked']:<6}{_rate_text(r['rate']):>7}{r['undecidable']:>7}  "
                   f"{cm['honoured']:>8}/{cm['invoked']:<6}{_rate_text(cm['rate']):>7}{cm['undecidable']:>7}   {pub}")
    j = s["joiners"]
    click.echo(f"Joiners: the cascade predicts {j['predicted']} ({j['from_wartime_alliances']} through wartime "
               f"alliances), {j['actual']} joined, {j['hits']} hits: precision {j['precision']}, "
               f"recall {j['recall']}.")
    for name, b in j["baselines"].items():
        click.echo(f"  baseline {name.replace('_', ' ')}: predicted {b['predicted']}, hits {b['hits']}: "
                   f"precision {b['precision']}, recall {b['recall']}")
    if moved:
        click.echo("How each rule moves the pair figures (rule switched off → overall, before 1945, 1945–2003):")
        for m in moved:
            click.echo(f"  {m['rule']:<28} {_rate_text(m['overall'])} {_rate_text(m['before_1945'])} "
                       f"{_rate_text(m['1945_2003'])}  (pairs decided: {m['invoked']})")
    click.echo("Definitions that differ from the published studies: "
               + "; ".join(d["what"] for d in s["definition_differences"]) + " (see the report or --json).")


def _rate_text(r) -> str:
    return "-" if r is None else f"{r:.3f}"


@cli.command()
@click.option("--from", "y1", type=int, default=1816, show_default=True, help="First year.")
@click.option("--to", "y2", type=int, default=None, help="Last year [default: this year].")
@click.option("--on", "on", default="07-01", show_default=True, metavar="MM-DD", help="Day of each year.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://host:8786; 'local' starts one here). Needs casus[dask].")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="A .parquet file.")
def atlas(y1, y2, on, scheduler, output):
    """Every ordered (attacker, target) pair of members, every year: who is bound, side sizes."""
    import datetime
    import time

    from .analysis.atlas import atlas_table
    from .analysis.export import write_table
    from .errors import InvalidScenarioError

    this_year = datetime.date.today().year
    y2 = this_year if y2 is None else y2
    if not 1816 <= y1 <= y2 <= this_year:
        raise InvalidScenarioError(f"years {y1}..{y2} are out of range; give 1816 <= --from <= --to <= {this_year}")
    try:
        mm, dd = (int(x) for x in on.split("-"))
        datetime.date(2000, mm, dd)
    except ValueError:
        raise InvalidScenarioError(f"--on {on!r} is not a day of the year; write MM-DD, e.g. 07-01") from None
    t0 = time.perf_counter()

    with _bar(y2 - y1 + 1, "atlas years") as bar:
        def progress(i, n, year):
            bar.set_postfix_str(str(year), refresh=False)
            bar.update(1)

        tab = atlas_table(_corpus(), y1, y2, on, progress=progress, scheduler=scheduler)
    write_table(tab, output, "parquet")
    _say(f"wrote {tab.num_rows:,} attacker–target pairs × years to {output} "
         f"({time.perf_counter() - t0:.1f} s)")


@cli.command()
@click.option("--by", "by", required=True, help="Attacker.")
@click.option("--on", "on", required=True, help="Target.")
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="Day [default: today].")
@click.option("--draws", type=click.IntRange(1, 100_000_000), default=100_000, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed: the same seed, the same answer.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Run the draws on a Dask cluster.")
@click.option("--plot", "plot", default=None, type=click.Path(dir_okay=False), help="Write a PNG plot here.")
@JSON
@LANG
def simulate(by, on, date_, draws, seed, scheduler, plot, as_json, lang):
    """Draw the cascade many times, each duty honoured with its own probability (casus reliability)."""
    from .analysis.simulate import simulate as run

    session = _session()
    c = session.corpus
    sc = session.scenario(by, on, date_)
    if len(sc.attackers) != 1 or len(sc.targets) != 1:
        from .errors import InvalidScenarioError

        raise InvalidScenarioError("simulate takes one attacker and one target")
    if plot:
        need("plot", "--plot")
    res = run(c, sc.attackers[0], sc.targets[0], sc.date, draws=draws, seed=seed, scheduler=scheduler)
    name = lambda x: c.state_label(x, lang, sc.date)  # noqa: E731
    if plot:
        from .analysis.plots import plot_simulation

        plot_simulation(res, plot, name)
        _say(f"plot written to {plot}")
    if as_json:
        _echo_json(res.to_dict(name))
        return
    click.echo(f"{name(res.attacker)} attacks {name(res.target)} on {sc.date}: {draws:,} draws (seed {seed}); "
               "each duty honoured with its own probability (casus reliability):")
    for line in res.duty_lines(name):
        click.echo(line)
    click.echo("War size (states at war): " + ", ".join(f"{k}: {v:.1%}" for k, v in res.war_size.items()))
    click.echo("Probability of joining:")
    for code, v in sorted(res.join_probability.items(), key=lambda kv: -sum(kv[1].values()))[:15]:
        click.echo(f"  {name(code):<28} attacker's side {v['A']:6.1%}   defender's side {v['D']:6.1%}")
    click.echo("Most likely coalitions:")
    for att, dfn, pr in res.coalitions(5):
        click.echo(f"  {pr:6.1%}  {' + '.join(map(name, att))}  vs  {' + '.join(map(name, dfn))}")


@cli.command()
@click.option("--quick", is_flag=True, help="Fewer repetitions (a smoke run).")
@JSON
def bench(quick, as_json):
    """Engine benchmarks, each measured against its baseline in the same run."""
    from .analysis.bench import run_bench

    res = run_bench(_corpus(), quick=quick, progress=lambda m: _say(f"{m}"))
    if as_json:
        _echo_json(res)
        return
    for k, v in res.items():
        click.echo(f"{k:<28} {v}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(host, port):
    """Serve the web page and the REST API (read-only) on HOST:PORT."""
    need("web", "casus serve")
    import uvicorn

    from .web.app import create_app

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
    from .news.cli_read import read_command

    cli.add_command(read_command)


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
