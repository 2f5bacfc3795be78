"""The backtest report: an HTML page with plots, for a paper's appendix (``casus backtest --report DIR``).

Writes ``DIR/index.html`` (plots embedded and also saved as PNG files beside
it), ``DIR/pairs.csv`` (alliance–war pairs, the headline unit), ``DIR/commitments.csv``
and ``DIR/joiners.csv``.  Everything is written to
a temporary folder first and moved into place at the end.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

__all__ = ["write_report"]


def _fig_png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=130, bbox_inches="tight")
    return buf.getvalue()


def _plots(result: dict) -> dict[str, bytes]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cs = [c for c in result["commitments"] if c.outcome != "undecidable"]
    s = result["summary"]
    out: dict[str, bytes] = {}

    # reliability over time, by decade
    dec: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for c in cs:
        d = int(c.date[:4]) // 10 * 10
        dec[d][1] += 1
        dec[d][0] += c.outcome == "honoured"
    xs = sorted(dec)
    fig, ax = plt.subplots(figsize=(8, 3.4))
    ax.bar(xs, [dec[x][0] / dec[x][1] for x in xs], width=8, color="#4c72b0")
    for x in xs:
        ax.text(x, dec[x][0] / dec[x][1] + 0.02, str(dec[x][1]), ha="center", fontsize=7)
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("honoured / invoked")
    ax.set_title("Reliability by decade of invocation, per member commitment (numbers: commitments decided)")
    out["reliability_by_decade.png"] = _fig_png(fig)
    plt.close(fig)

    # by kind and by era, beside the published figures
    labels = ["defense", "offense", "neutrality", "nonaggression", "before_1945", "1945_2003", "overall"]
    ours = [(s["by_kind"][k] if k in s["by_kind"] else s[k])["rate"] or 0 for k in labels]
    pub = [s["published"][k]["rate"] for k in labels]
    fig, ax = plt.subplots(figsize=(8, 3.4))
    idx = range(len(labels))
    ax.bar([i - 0.2 for i in idx], ours, width=0.4, label="casus, alliance–war pairs", color="#4c72b0")
    ax.bar([i + 0.2 for i in idx], pub, width=0.4, label="Berkemeier & Fuhrmann 2018", color="#dd8452")
    ax.set_xticks(list(idx), labels, rotation=20)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("honoured / invoked")
    ax.legend(fontsize=8)
    ax.set_title("Reliability by obligation kind and era")
    out["reliability_by_kind_and_era.png"] = _fig_png(fig)
    plt.close(fig)

    # joiners by war
    js = [j for j in result["joiners"] if "skipped" not in j and (j["predicted"] or j["actual"])]
    fig, ax = plt.subplots(figsize=(8, max(3, 0.22 * len(js))))
    names = [f"{j['war']} {j['war_name']}"[:34] for j in js]
    y = range(len(js))
    ax.barh([i + 0.2 for i in y], [len(j["actual"]) for j in js], height=0.4, label="actually joined", color="#55a868")
    ax.barh([i - 0.2 for i in y], [len(j["predicted"]) for j in js], height=0.4, label="predicted", color="#c44e52")
    ax.scatter([len(j["hits"]) for j in js], list(y), marker="|", color="black", s=80, label="predicted and joined")
    ax.set_yticks(list(y), names, fontsize=7)
    ax.invert_yaxis()
    ax.legend(fontsize=8)
    ax.set_title("Joiners: the cascade from the first attack against who actually joined")
    out["joiners_by_war.png"] = _fig_png(fig)
    plt.close(fig)
    return out


def _table(rows: list[list], head: list[str]) -> str:
    h = "".join(f"<th>{html.escape(x)}</th>" for x in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>"


def _rate_rows(s: dict) -> list[list]:
    rows = []
    for key in ("overall", "before_1945", "1945_2003", *s["by_kind"]):
        r = s[key] if key in s and key != "by_kind" else s["by_kind"][key]
        cm = s["commitments"][key] if key in s["commitments"] and key != "by_kind" else s["commitments"]["by_kind"][key]
        p = s["published"][key]
        rows.append([key, r["honoured"], r["invoked"], r["rate"], r["undecidable"], cm["honoured"], cm["invoked"],
                     cm["rate"], p["honoured"] or "", p["invoked"] or "", p["rate"]])
    return rows


def _write_csvs(tmp: Path, result: dict) -> None:
    with open(tmp / "pairs.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["alliance", "atopid", "war", "war_name", "kind", "date", "outcome", "members", "reason"])
        for p in [*result["pairs"], *result["pairs_by_kind"]]:
            w.writerow([p.alliance, p.atopid, p.war, p.war_name, p.kind or "all", p.date, p.outcome,
                        " ".join(map(str, p.members)), p.reason])
    with open(tmp / "commitments.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["war", "war_name", "atopid", "treaty_id", "obligor", "beneficiary", "kind", "date", "outcome",
                    "reason", "rule"])
        for c in result["commitments"]:
            w.writerow([c.war, c.war_name, c.atopid, c.treaty_id, c.obligor, c.beneficiary, c.kind, c.date,
                        c.outcome, c.reason, c.rule or ""])
    with open(tmp / "joiners.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["war", "war_name", "predicted", "predicted_wartime", "actual", "hits", "missed", "false_alarms",
                    "every_ally"])
        for j in result["joiners"]:
            w.writerow([j["war"], j["war_name"], len(j["predicted"]), len(j.get("predicted_wartime", [])),
                        len(j["actual"]), len(j["hits"]), len(j.get("missed", [])), len(j.get("false_alarms", [])),
                        len(j.get("baselines", {}).get("every_ally", []))])


def _joiners_html(result: dict, name_of) -> str:
    jm = result["summary"]["joiners"]
    if not jm:
        return ""
    worst = sorted((j for j in result["joiners"] if "skipped" not in j),
                   key=lambda j: -(len(j.get("missed", [])) + len(j.get("false_alarms", []))))[:10]
    miss_rows = [[j["war"], j["war_name"], ", ".join(name_of(c) for c in j["missed"]) or "—",
                  ", ".join(name_of(c) for c in j["false_alarms"]) or "—"] for j in worst]
    base_rows = [["the cascade (with wartime alliances)", jm["predicted"], jm["hits"], jm["precision"], jm["recall"]]]
    base_rows += [[f"baseline: {k.replace('_', ' ')}", b["predicted"], b["hits"], b["precision"], b["recall"]]
                  for k, b in jm["baselines"].items()]
    return f"""<h2>Joiners</h2>
<p>From the first attack of each war (COW initiators against the states they fought on the war's first day), the
cascade predicts who joins; it is run again on each day of the war on which a belligerent's alliance begins
({jm['from_wartime_alliances']} predictions come from those wartime alliances). {jm['actual']} states actually
joined. Two naive baselines, measured in the same run, show what the treaties explain.</p>
{_table(base_rows, ["prediction", "predicted", "hits", "precision", "recall"])}
<h3>Biggest misses</h3>
{_table(miss_rows, ["war", "name", "joined, not predicted", "predicted, did not join"])}"""


def _effects_html(effects: list[dict] | None) -> str:
    if not effects:
        return ""
    rows = [[e["rule"], e["overall"], e["before_1945"], e["1945_2003"], e["invoked"],
             *(e["by_kind"][k] for k in ("defense", "offense", "neutrality", "nonaggression"))] for e in effects]
    return "<h2>How each rule moves the pair figures</h2>" + _table(
        rows, ["rules", "overall", "before 1945", "1945–2003", "pairs decided", "defence", "offence", "neutrality",
               "non-aggression"])


def write_report(result: dict, folder: str | os.PathLike, name_of=str, effects: list[dict] | None = None) -> Path:
    target = Path(folder)
    tmp = Path(tempfile.mkdtemp(prefix=".casus-report-", dir=target.parent if target.parent.exists() else None))
    try:
        plots = _plots(result)
        for fname, data in plots.items():
            (tmp / fname).write_bytes(data)
        _write_csvs(tmp, result)
        s = result["summary"]
        headers = ["subset", "pairs honoured", "pairs decided", "pair rate", "pairs undecidable",
                   "commitments honoured", "commitments decided", "commitment rate", "published honoured",
                   "published invoked", "published rate"]
        rules = "".join(f"<li><code>{html.escape(k)}</code>: {html.escape(str(v))}</li>" for k, v in s["rules"].items())
        diffs = "".join(f"<li><b>{html.escape(d['what'])}</b>: {html.escape(d['why'])}</li>"
                        for d in s["definition_differences"])
        imgs = "".join(
            f'<figure><img alt="{html.escape(n)}" src="data:image/png;base64,{base64.b64encode(b).decode()}">'
            f"<figcaption>{html.escape(n)}</figcaption></figure>" for n, b in plots.items())
        replication = (" Open conditions were decided by the obligor's conduct (the replication option)."
                       if s["rules"].get("resolve_open_by_conduct") else "")
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>casus backtest: alliance reliability in COW interstate wars</title>
<style>body{{font-family:sans-serif;max-width:64rem;margin:2rem auto;line-height:1.45}}
table{{border-collapse:collapse;font-size:.9rem}}td,th{{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}}
td:first-child,th:first-child{{text-align:left}}img{{max-width:100%}}</style></head><body>
<h1>Alliance reliability in COW interstate wars, 1823–2003</h1>
<p>Every war in COW Inter-State War v4.0 (95 wars), checked against the commitments in the casus corpus
(ATOP 5.1 refined by hand-encoded treaties), counted from {html.escape(result['basis'])}. Definitions follow
Leeds, Long &amp; Mitchell (2000) as far as published; the module documentation of
<code>casus.analysis.backtest_rules</code> states each rule.{replication} Published figures:
{html.escape(s['published_source'])}.</p>
<h2>Honoured / invoked</h2>
<p>The headline unit is the <b>alliance–war pair</b>, as in the published studies: an alliance is violated in a war
if any member violated a commitment the war invoked, honoured if every decided commitment was honoured. The
figures <b>per member commitment</b> (one per war, obligor, beneficiary, treaty and kind) are beside them and are
not the published unit: a multilateral alliance in a long war makes many commitments.</p>
{_table(_rate_rows(s), headers)}
<h3>Rules applied</h3><ul>{rules}</ul>
<h3>Differences that are definitions, not errors</h3><ul>{diffs}</ul>
{_effects_html(effects)}
{_joiners_html(result, name_of)}
<h2>Plots</h2>{imgs}
<p>Data: pairs.csv, commitments.csv, joiners.csv in this folder. Cite ATOP 5.1, COW Inter-State War v4.0 and the
Maoz dyadic war data (<code>casus cite</code>).</p></body></html>"""
        (tmp / "index.html").write_text(page, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target / "index.html"
