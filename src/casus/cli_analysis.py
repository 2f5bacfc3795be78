"""The researchers' commands of ``casus``: dyad-year tables (dyads), similarity scores, the alliance graph,
the backtest against every COW interstate war, the reliability model, the atlas of every pair, simulations
of a cascade, and the engine's benchmark (registered on the CLI by :mod:`casus.cli`)."""

from __future__ import annotations

import click

from .cli_common import JSON, LANG
from .cli_common import bar as _bar
from .cli_common import corpus as _corpus
from .cli_common import echo_json as _echo_json
from .cli_common import say as _say
from .cli_common import session as _session
from .errors import InvalidScenarioError
from .extras import need

__all__ = ["COMMANDS"]


@click.command()
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


@click.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--year", type=int, required=True, help="Year of the portfolios.")
@click.option("--source", type=click.Choice(["atop", "casus"]), default="atop", show_default=True)
@JSON
def similarity(state_a, state_b, year, source, as_json):
    """Alliance-portfolio similarity of two states: S score and Cohen's kappa."""
    from .analysis.similarity import similarity as sim

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


@click.command()
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


@click.command()
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


@click.command()
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


@click.command()
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


@click.command()
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


@click.command()
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


#: the commands this module adds to ``casus``
COMMANDS = [dyads, similarity, graph, backtest, reliability, atlas, simulate, bench]
