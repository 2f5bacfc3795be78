"""``casus read FILE... [--date REFERENCE] [--json]``: pact events in news articles.

The lead registers it in :mod:`casus.cli` with ``cli.add_command(read_command)``.
Reads each FILE (``-`` or no FILE: standard input) as one article, plain text
or HTML, Hindi or English, and prints the pact events it reports: type,
parties, date (and how it was found), kind of obligation, the sentences it
rests on, and the corpus pact it refers to or a draft treaty file proposing it.
A file that cannot be read gets one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

__all__ = ["read_command"]


def _fail(message: str) -> None:
    click.echo(f"casus read: {message}", err=True)
    raise SystemExit(2)


def _reference(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        d = date.fromisoformat(value.strip())
    except ValueError:
        _fail(f"--date {value!r} is not a date; give the article's date as YYYY-MM-DD (e.g. 2024-06-20)")
    if d.year < 1816:
        _fail(f"--date {value!r} is before 1816, where casus begins; give the article's date as YYYY-MM-DD")
    return d


def _load(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        _fail(f"{path}: no such file; give the path of an article (text or HTML), or - for standard input")
    if p.is_dir():
        _fail(f"{path}: is a folder; give article files (e.g. {path}/*.txt)")
    try:
        return p.read_bytes()
    except OSError as exc:
        _fail(f"{path}: cannot be read ({exc.strerror or exc}); check its permissions")
    return b""  # unreachable


def _corpus():
    from ..corpus import build_corpus, load_corpus

    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx is not None else None
    extra = tuple(root.params.get("treaties") or ()) if root is not None and root is not ctx else ()
    if not extra:
        return load_corpus()
    from ..importers.treaty_files import bundled_treaty_files, files_in

    return build_corpus(bundled_treaty_files() + files_in(list(extra)))


def _names(corpus, parties, lang: str) -> str:
    out = []
    for ab in parties:
        try:
            out.append(f"{corpus.states.resolve(f'cow:{ab}').name_on(None, lang)} ({ab})")
        except Exception:  # noqa: BLE001
            out.append(ab)
    return ", ".join(out)


def _render(name: str, reading, corpus, lang: str, answers: list[dict] | None = None) -> str:
    ref = reading.reference
    head = f"== {name}  [{reading.lang}"
    head += f"; reference {ref[0].isoformat()}: {ref[1]}]" if ref else "; no reference date]"
    lines = [head]
    if not reading.events:
        lines.append("   no pact events")
    for n, ev in enumerate(reading.events, 1):
        lines.append(f"{n}. {ev.type} — {_names(corpus, ev.parties, lang)} — {ev.date or 'date unknown'}"
                     f" — kind: {ev.kind or 'not stated'}")
        if ev.kind_learned is not None:
            lines.append(f"   kind proposed by the article-level model (probability {ev.kind_learned:.2f}): the text "
                         "states none; check the article")
        if ev.learned is not None:
            lines.append(f"   proposed by the article-level model (probability {ev.learned:.2f}): no sentence was "
                         "read as reporting it; check the article")
        if ev.helped:
            lines.append(f"   forces sent to: {_names(corpus, ev.helped, lang)}")
        lines.append(f"   date: {ev.date_basis}")
        m = ev.match or {}
        if m.get("status") == "corpus":
            lines.append(f"   match: {m['treaty']} — {m['short_name']} (fits: {', '.join(m['fits'])})")
        elif m.get("status") == "draft":
            lines.append(f"   match: none in the corpus; draft treaty file {m['file']} (a person must check it):")
            lines.extend("      " + ln for ln in m["text"].rstrip().splitlines())
        lines.append("   evidence:")
        for e in ev.evidence:
            text = " ".join(e.text.split())
            lines.append(f"     [{e.start}–{e.end}, {e.role}] {text}")
        if answers is not None:
            from .answer import render_answer

            lines.extend(render_answer(answers[n - 1]))
    for aside in reading.stats.get("set_aside_by_article_model", ()):
        lines.append(f"   set aside: {aside['type']} — {_names(corpus, aside['parties'], lang)} — "
                     f"{aside['date'] or 'date unknown'}: read in a sentence, but the article-level model gives its "
                     f"type a probability of {aside['probability']:.3f}")
    return "\n".join(lines) + "\n"


@click.command("read")
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option("--date", "reference", default=None, metavar="YYYY-MM-DD",
              help="The articles' date, for weekdays and 'yesterday' when an article gives no date of its own.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per article (file, lang, "
              "reference_date, events, stats).")
@click.option("--lang", type=click.Choice(["en", "hi"]), default="en", show_default=True,
              help="Language of state names in the text output.")
@click.option("--answer", is_flag=True,
              help="Run each event through the engine: an invocation becomes the attack it implies (as casus "
                   "attack answers it); a signing or accession comes back with the corpus pact's duties.")
def read_command(files, reference, as_json, lang, answer):
    """Pact events reported in news articles (Hindi or English, text or HTML).

    For each FILE (or standard input): events signed, ratified,
    entered_into_force, joined, withdrew, suspended or announced, with their
    parties (COW abbreviations), date, kind of obligation, the sentences they
    rest on, and the corpus pact they match or a draft treaty file.

    \b
    Example:
      casus read article.txt --date 2024-06-20
      curl -s URL | casus read - --json
    """
    from . import read

    ref = _reference(reference)
    paths = list(files) or ["-"]
    if paths.count("-") > 1:
        _fail("standard input (-) can be read only once")
    data = [(p, _load(p)) for p in paths]
    corpus = _corpus()
    out = []
    session = None
    if answer:
        from ..session import Session

        session = Session(corpus)
    for path, raw in data:
        name = "<stdin>" if path == "-" else path
        reading = read(raw, reference_date=ref, corpus=corpus, source=Path(name).name)
        answers = None
        if session is not None:
            from .answer import answer_reading

            answers = answer_reading(session, reading)
        if as_json:
            d = reading.to_dict()
            d.pop("source", None)
            if answers is not None:
                for e, a in zip(d["events"], answers, strict=True):
                    e["answer"] = a
            out.append({"file": name, **d})
        else:
            click.echo(_render(name, reading, corpus, lang, answers), nl=False)
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    sys.stdout.flush()
