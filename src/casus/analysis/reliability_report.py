"""The reliability model's outputs: the shipped files, the command's text and JSON, the report page, and each
backtest pair's out-of-fold probability.

* ``casus/data/reliability/model.json``: the fit the core applies (:mod:`casus.engine.reliability`), with
  the figures of the run that made it; ``casus/data/reliability/oof.csv``: every row's out-of-fold
  probability from that run (written by :func:`write_model`; ``data-raw/fit_reliability.py`` runs it);
* ``casus reliability [--json] [--report DIR]`` (:func:`text_lines`, :func:`report_doc`,
  :func:`write_report`): the cross-validated figures against the baselines, the calibration table, the
  coefficients with their intervals; the report also has the calibration plot and every row.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from .reliability import BASELINES
from .reliability_oof import pair_oof, shipped_oof

__all__ = ["write_model", "shipped_doc", "shipped_oof", "shipped_result", "pair_oof", "report_doc", "text_lines",
           "write_report", "REPORT_SCHEMA", "OOF_COLUMNS"]

REPORT_SCHEMA = "casus.reliability-report/1"
OOF_COLUMNS = ("alliance", "war", "war_name", "obligor", "treaty_id", "kind", "date", "outcome", "p_oof",
               "supported", "p_constant", "p_kind_era")
_NAMES = {"model": "the model", "constant": "constant rate", "kind_era": "rate by kind and era (simulate before)",
          "every_ally": "every ally honours"}


def _folder() -> Path:
    return Path(str(resources.files("casus").joinpath("data", "reliability")))


def _oof_csv(table: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(OOF_COLUMNS), lineterminator="\n")
    w.writeheader()
    w.writerows({k: row[k] for k in OOF_COLUMNS} for row in table)
    return buf.getvalue()


def write_model(res: dict, folder: str | Path | None = None) -> Path:
    """Write ``model.json`` and ``oof.csv`` of a :func:`casus.analysis.reliability.run` into ``folder``
    (default: the package's ``data/reliability``)."""
    out = Path(folder) if folder is not None else _folder()
    out.mkdir(parents=True, exist_ok=True)
    doc = dict(res["model"])
    (out / "model.json").write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n",
                                    encoding="utf-8")
    (out / "oof.csv").write_text(_oof_csv(res["oof"]), encoding="utf-8")
    return out


def shipped_doc() -> dict | None:
    """The shipped model document, or None."""
    path = _folder() / "model.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def shipped_result() -> dict | None:
    """The shipped run, as :func:`casus.analysis.reliability.run` returns one (its figures as recorded when the
    model was fitted, its out-of-fold table; no timing); None if nothing is shipped."""
    doc = shipped_doc()
    if doc is None or "figures" not in doc:
        return None
    table = []
    for rows in shipped_oof().values():
        for r in rows:
            table.append({**r, "war": int(r["war"]), "obligor": int(r["obligor"]), "p_oof": float(r["p_oof"]),
                          "supported": r["supported"] == "True", "p_constant": float(r["p_constant"]),
                          "p_kind_era": float(r["p_kind_era"])})
    table.sort(key=lambda r: (r["war"], r["alliance"], r["obligor"]))
    return {"model": doc, "figures": doc["figures"], "oof": table, "timing": None, "shipped": True}


def report_doc(res: dict, shipped_same: bool | None) -> dict:
    """The command's JSON document."""
    f = res["figures"]
    return {"schema": REPORT_SCHEMA, "rows": f["rows"], "wars": f["wars"], "honoured": f["honoured"],
            "left_out_obligor_fought_ally": f["left_out_obligor_fought_ally"], "fitted_rows": f["fitted_rows"],
            "C": f["C"], "cv": f["cv"], "cv_supported": f["cv_supported"], "calibration": f["calibration"],
            "coefficients": f["coefficients"], "timing": res.get("timing"), "shipped_model_matches": shipped_same,
            "measured_now": not res.get("shipped", False), "oof": res["oof"]}


def _loss(m: dict) -> str:
    return "inf" if m["log_loss_infinite"] else f"{m['log_loss']:.3f}"


def text_lines(res: dict, shipped_same: bool | None = None) -> list[str]:
    """What ``casus reliability`` prints."""
    f = res["figures"]
    out = [f"Reliability model: {f['rows']} commitments to defend or join (alliance, obligor, war) in "
           f"{f['wars']} wars, {f['honoured']} honoured; {f['left_out_obligor_fought_ally']} left out (the obligor "
           f"fought its ally that day); L2-penalised logistic regression, C = {f['C']}.",
           "Leave-one-war-out cross-validation (each war predicted by a fit on the others), same rows:",
           f"  {'':<42}{'log loss':>9}{'Brier':>8}"]
    for k in ("model", *BASELINES):
        m = f["cv"][k]
        out.append(f"  {_NAMES[k]:<42}{_loss(m):>9}{m['brier']:>8.3f}")
    sup = f["cv_supported"].get("model")
    if sup:
        out.append(f"  on the {sup['n']} rows the model answers (support rules in each fold): log loss "
                   f"{_loss(sup)}, Brier {sup['brier']:.3f}")
    out.append("Calibration (out of fold): predicted band, rows, mean prediction, honoured share:")
    for b in f["calibration"]["model"]:
        if b["n"]:
            out.append(f"  {b['bin']:<9}{b['n']:>5}{b['mean_p']:>8.2f}{b['honoured']:>8.2f}")
    out.append("Coefficients (log-odds per standard deviation; 95% interval and SE from a bootstrap over wars):")
    for c in f["coefficients"]:
        out.append(f"  {c['name']:<22}{c['coef']:>7.2f}  ({c['low']:.2f} to {c['high']:.2f}; se {c['se']:.2f})")
    t = res.get("timing")
    if t:
        out.append(f"Time: fitting and cross-validation {t['fit_and_cv_s']} s (CPU {t.get('fit_and_cv_cpu_s')} s); "
                   f"building the rows {t['rows_s']} s.")
    if res.get("shipped"):
        out.append("These are the figures recorded when the shipped model was fitted; install the 'model' extra "
                   "(pip install 'casus-foederis[model]') to measure them again.")
    elif shipped_same is not None:
        out.append("The shipped model (casus/data/reliability/model.json) is this fit." if shipped_same else
                   "The shipped model differs from this fit: refit it (data-raw/fit_reliability.py).")
    return out


def _plot(res: dict) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.plot([0, 1], [0, 1], color="grey", lw=1, ls="--", label="perfect calibration")
    styles = {"model": ("#4c72b0", "o"), "kind_era": ("#dd8452", "s"), "constant": ("#55a868", "^")}
    for k, (colour, marker) in styles.items():
        bins = [b for b in res["figures"]["calibration"][k] if b["n"]]
        ax.plot([b["mean_p"] for b in bins], [b["honoured"] for b in bins], marker=marker, color=colour,
                label=_NAMES[k])
        for b in bins:
            ax.annotate(str(b["n"]), (b["mean_p"], b["honoured"]), fontsize=7, xytext=(3, 3),
                        textcoords="offset points", color=colour)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("predicted probability of honouring (out of fold)")
    ax.set_ylabel("share honoured")
    ax.set_title("Calibration, leave one war out (numbers: rows)")
    ax.legend(fontsize=8, loc="upper left")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=130, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _markdown(res: dict, name_of) -> str:
    lines = ["# Reliability model: cross-validated figures", "", "```", *text_lines(res), "```", "",
             "![calibration](calibration.png)", "", "## Every row, out of fold", "",
             "| war | alliance | obligor | kind | date | outcome | p (model) | answered | p (kind, era) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in res["oof"]:
        lines.append(f"| {r['war']} {r['war_name']} | {r['alliance']} | {name_of(r['obligor'])} | {r['kind']} | "
                     f"{r['date']} | {r['outcome']} | {r['p_oof']:.3f} | {'yes' if r['supported'] else 'no'} | "
                     f"{r['p_kind_era']:.3f} |")
    return "\n".join(lines) + "\n"


def _html(res: dict, name_of) -> str:
    rows = "".join(
        f"<tr><td>{r['war']} {html.escape(r['war_name'])}</td><td>{html.escape(r['alliance'])}</td>"
        f"<td>{html.escape(name_of(r['obligor']))}</td><td>{r['kind']}</td><td>{r['date']}</td>"
        f"<td>{r['outcome']}</td><td>{r['p_oof']:.3f}</td><td>{'yes' if r['supported'] else 'no'}</td>"
        f"<td>{r['p_kind_era']:.3f}</td></tr>" for r in res["oof"])
    text = html.escape("\n".join(text_lines(res)))
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>casus reliability</title>"
            "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}td,th{padding:2px 8px;"
            "border-bottom:1px solid #ddd;font-size:90%}</style></head><body>"
            "<h1>Reliability model: cross-validated figures</h1>"
            f"<pre>{text}</pre><img src=\"calibration.png\" alt=\"calibration plot: predicted probability "
            "against the share honoured, out of fold, for the model and two baselines\">"
            "<h2>Every row, out of fold</h2><table><tr><th>war</th><th>alliance</th><th>obligor</th>"
            "<th>kind</th><th>date</th><th>outcome</th><th>p (model)</th><th>answered</th>"
            f"<th>p (kind, era)</th></tr>{rows}</table>"
            "<p>Also: <a href=\"reliability.md\">reliability.md</a>, <a href=\"oof.csv\">oof.csv</a>.</p>"
            "</body></html>\n")


def write_report(res: dict, folder: str | Path, name_of=str) -> Path:
    """``folder/index.html`` and ``folder/reliability.md`` (the figures, the calibration plot
    ``calibration.png``, every row's out-of-fold probability) and ``folder/oof.csv``; written to a
    temporary folder first, moved into place at the end."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".reliability-", dir=folder.parent))
    try:
        (tmp / "calibration.png").write_bytes(_plot(res))
        (tmp / "index.html").write_text(_html(res, name_of), encoding="utf-8")
        (tmp / "reliability.md").write_text(_markdown(res, name_of), encoding="utf-8")
        (tmp / "oof.csv").write_text(_oof_csv(res["oof"]), encoding="utf-8")
        folder.mkdir(exist_ok=True)
        for p in tmp.iterdir():
            os.replace(p, folder / p.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder / "index.html"
