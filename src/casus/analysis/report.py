"""The backtest report: an HTML page with plots, for a paper's appendix (``casus backtest --report DIR``).

Writes ``DIR/index.html`` (plots embedded and also saved as PNG files beside
it), ``DIR/commitments.csv`` and ``DIR/joiners.csv``.  Everything is written to
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
    ax.set_title("Reliability by decade of invocation (numbers: commitments invoked)")
    out["reliability_by_decade.png"] = _fig_png(fig)
    plt.close(fig)

    # by kind and by era, beside the published figures
    labels = ["defense", "offense", "neutrality", "nonaggression", "before_1945", "1945_2003", "overall"]
    ours = [(s["by_kind"][k] if k in s["by_kind"] else s[k])["rate"] or 0 for k in labels]
    pub = [s["published"][k]["rate"] for k in labels]
    fig, ax = plt.subplots(figsize=(8, 3.4))
    idx = range(len(labels))
    ax.bar([i - 0.2 for i in idx], ours, width=0.4, label="casus", color="#4c72b0")
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


def write_report(result: dict, folder: str | os.PathLike, name_of=str) -> Path:
    target = Path(folder)
    tmp = Path(tempfile.mkdtemp(prefix=".casus-report-", dir=target.parent if target.parent.exists() else None))
    try:
        plots = _plots(result)
        for fname, data in plots.items():
            (tmp / fname).write_bytes(data)
        with open(tmp / "commitments.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["war", "war_name", "atopid", "treaty_id", "obligor", "beneficiary", "kind", "date", "outcome",
                        "reason"])
            for c in result["commitments"]:
                w.writerow([c.war, c.war_name, c.atopid, c.treaty_id, c.obligor, c.beneficiary, c.kind, c.date,
                            c.outcome, c.reason])
        with open(tmp / "joiners.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["war", "war_name", "predicted", "actual", "hits", "missed", "false_alarms"])
            for j in result["joiners"]:
                w.writerow([j["war"], j["war_name"], len(j["predicted"]), len(j["actual"]), len(j["hits"]),
                            len(j.get("missed", [])), len(j.get("false_alarms", []))])
        s = result["summary"]
        rows = []
        for key in ("overall", "before_1945", "1945_2003"):
            r, p = s[key], s["published"][key]
            rows.append([key, r["honoured"], r["invoked"], r["rate"], r["undecidable"], p["honoured"] or "",
                         p["invoked"] or "", p["rate"]])
        for key, r in s["by_kind"].items():
            p = s["published"][key]
            rows.append([key, r["honoured"], r["invoked"], r["rate"], r["undecidable"], p["honoured"], p["invoked"],
                         p["rate"]])
        jm = s["joiners"]
        worst = sorted((j for j in result["joiners"] if "skipped" not in j),
                       key=lambda j: -(len(j.get("missed", [])) + len(j.get("false_alarms", []))))[:10]
        miss_rows = [[j["war"], j["war_name"], ", ".join(name_of(c) for c in j["missed"]) or "—",
                      ", ".join(name_of(c) for c in j["false_alarms"]) or "—"] for j in worst]
        headers = ["subset", "honoured", "invoked", "rate", "undecidable", "published honoured", "published invoked",
                   "published rate"]
        imgs = "".join(
            f'<figure><img alt="{html.escape(n)}" src="data:image/png;base64,{base64.b64encode(b).decode()}">'
            f"<figcaption>{html.escape(n)}</figcaption></figure>" for n, b in plots.items())
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>casus backtest: alliance reliability in COW interstate wars</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}}
table{{border-collapse:collapse;font-size:.9rem}}td,th{{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}}
td:first-child,th:first-child{{text-align:left}}img{{max-width:100%}}</style></head><body>
<h1>Alliance reliability in COW interstate wars, 1823–2003</h1>
<p>Every war in COW Inter-State War v4.0 (95 wars), checked against the commitments in the casus corpus
(ATOP 5.1 refined by hand-encoded treaties), counted from {html.escape(result['basis'])}. Definitions follow
Leeds, Long &amp; Mitchell (2000) as far as published; see the module documentation of
<code>casus.analysis.backtest</code> for each departure. Published figures: {html.escape(s['published_source'])}.</p>
<h2>Honoured / invoked</h2>
{_table(rows, headers)}
<h2>Joiners</h2>
<p>From the first attack of each war (COW initiators against the states they attacked on the war's first day),
the cascade predicts {jm['predicted']} joiners; {jm['actual']} states actually joined; {jm['hits']} of the
predicted joined ({jm['side_correct']} on the predicted side): precision {jm['precision']}, recall {jm['recall']}.</p>
<h3>Biggest misses</h3>
{_table(miss_rows, ["war", "name", "joined, not predicted", "predicted, did not join"])}
<h2>Plots</h2>{imgs}
<p>Data: commitments.csv, joiners.csv in this folder. Cite ATOP 5.1, COW Inter-State War v4.0 and the Maoz
dyadic war data (<code>casus cite</code>).</p></body></html>"""
        (tmp / "index.html").write_text(page, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target / "index.html"
