"""The REST API and the web page, built by :func:`create_app` (FastAPI).

Every route is read-only (GET/HEAD), except ``POST /api/read``, which takes a news article in its
body (at most :data:`MAX_ARTICLE_BYTES`) and changes nothing either.  JSON answers are the same documents as
the CLI's ``--json`` (``casus.attack/1`` …).  HTML pages are one static shell
(``static/index.html`` + the ES modules of ``static/js/``, entry ``main.js``; no inline script) that reads the
JSON twins: ``/`` ↔ ``/api/attack``, ``/treaty/{id}`` ↔ ``/api/treaties/{id}``,
``/state/{q}`` ↔ ``/api/states/{q}``; each HTML response names its twin in a
``Link: rel="alternate"`` header.

Invalid input is a 422 whose ``detail`` names the query field and the problem
(FastAPI's shape: ``[{"loc": ["query", "by"], "msg": "...", "type": "..."}]``);
any other failure is a 500 with a generic message — no stack trace reaches a
client.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import logging
import re
from collections import OrderedDict
from importlib import resources
from typing import TYPE_CHECKING, Annotated
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .._version import __version__
from ..errors import CasusError, InvalidDateError, InvalidScenarioError, UnknownStateError, UnknownTreatyError
from ..present.messages import LANGS
from ..present.serialize import areas_doc, state_doc, states_doc, treaties_doc, treaty_dict
from ..provenance import stamp
from ..session import WEB, Session, corpus_of
from .heap import HeapTrimmer

if TYPE_CHECKING:  # pragma: no cover
    from importlib.resources.abc import Traversable

    from starlette.types import Receive, Scope, Send

__all__ = ["create_app", "SECURITY_HEADERS", "MAX_QUERY_LENGTH", "MAX_QUERY_PARAMS", "MAX_ARTICLE_BYTES", "READ_PATH",
           "MAX_PAIRS", "ByteLRU"]

log = logging.getLogger("casus.web")

MAX_QUERY_LENGTH = 2048
#: the one route that takes a body: a news article to read (``casus read --answer``)
READ_PATH = "/api/read"
MAX_ARTICLE_BYTES = 200_000
MAX_QUERY_PARAMS = 24
MAX_NAME = 80
#: the most attacker-target pairs one request may ask about (each pair is a scenario's worth of work)
MAX_PAIRS = 36
#: the parameters that may be repeated (``by=USA&by=GBR`` means ``by=USA,GBR``); any other, given twice, is refused
REPEATABLE = ("by", "on")
#: what the answers cached in memory may weigh together, and the most one of them may weigh
ANSWER_CACHE_BYTES = 16_000_000
ANSWER_MAX_BYTES = 4_000_000
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}


Name = Annotated[str, Query(min_length=1, max_length=200, description="states, comma-separated: COW code, "
                                                                      "COW abbreviation, ISO3, English or Hindi name")]
Lang = Annotated[str, Query(pattern="^(en|hi)$", description="language of names and words: en or hi")]
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD (default: today)")]
Where = Annotated[str | None, Query(max_length=80, description="a place, a sea or a state (see /api/areas)")]
Basis = Annotated[str, Query(pattern="^(in-force|signed)$",
                             description="count treaties from entry into force (where known) or from signature")]
Policy = Annotated[str, Query(pattern="^(defensive|escalation|strict)$",
                              description="cascade policy: defensive (default), escalation or strict")]
Fact = Annotated[bool | None,
                 Query(description="a fact of the scenario; leave out when unknown (conditions stay open)")]
Detail = Annotated[str, Query(pattern="^(summary|full)$",
                              description="summary (default): the duties that decide sides in full, the rest counted "
                                          "by treaty and duty in `summarised`; full: every finding")]
Duties = Annotated[str | None, Query(max_length=60, pattern="^[a-z,]*$",
                                     description="only these duties in `findings`, comma-separated: "
                                                 "defend, join, neutral, nonaggression, consult")]
StateQ = Annotated[str, Query(alias="state", min_length=1, max_length=80)]
TreatyFilter = Annotated[str | None, Query(max_length=80, description="a treaty: casus id, ATOP id or words of "
                                                                     "its name (nato, csto, rio)")]
OriginQ = Annotated[str | None, Query(max_length=80, description="for an attack by a group or an unknown attacker: "
                                                                 "a state, named as for `on`")]
KindQ = Annotated[str | None, Query(pattern="^(defense|offense|neutrality|nonaggression|consultation)$",
                                    description="only treaties with clauses of this kind")]
PairState = Annotated[str, Query(min_length=1, max_length=80, description="a state, named as for `by`")]
FromQ = Annotated[str, Query(alias="from", max_length=10)]
ToQ = Annotated[str, Query(max_length=10)]
OptStateQ = Annotated[str | None, Query(alias="state", max_length=80)]
SearchQ = Annotated[str, Query(max_length=80)]
Limit = Annotated[int, Query(ge=1, le=300)]
#: duties gained and lost in one page of ``/api/diff``
DIFF_PAGE = 500
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="skip this many duties gained and lost")]
PageSize = Annotated[int, Query(ge=1, le=5000, description="at most this many duties gained and lost")]


class ByteLRU:
    """A least-recently-used cache bounded in bytes, not entries: at most ``max_bytes`` together, and nothing
    heavier than ``max_item`` is kept."""

    def __init__(self, max_bytes: int, max_item: int):
        self.max_bytes, self.max_item = max_bytes, max_item
        self.items: OrderedDict = OrderedDict()
        self.bytes = 0

    def get(self, key):
        hit = self.items.get(key)
        if hit is not None:
            self.items.move_to_end(key)
        return hit

    def put(self, key, value: bytes) -> None:
        if len(value) > self.max_item or key in self.items:
            return
        self.items[key] = value
        self.bytes += len(value)
        while self.bytes > self.max_bytes:
            self.bytes -= len(self.items.popitem(last=False)[1])


class _FieldError(Exception):
    def __init__(self, field: str, msg: str, kind: str = "value_error"):
        self.field, self.msg, self.kind = field, msg, kind


def _unprocessable(field: str, msg: str, kind: str = "value_error") -> JSONResponse:
    return JSONResponse({"detail": [{"loc": ["query", field], "msg": msg, "type": kind}]}, status_code=422)


class _Guard:
    """Pure-ASGI guard: read-only, bounded requests; security headers on every response;
    and a response cache for the API (the corpus is immutable, so a GET's answer depends only
    on its path and query — and on today's date, which is part of the key)."""

    def __init__(self, app, cache_size: int = 50_000, max_body: int = 8_000_000, max_bytes: int = 24_000_000):
        self.app = app
        #: (path, query, today) -> (headers, gzip-compressed body, its length unpacked)
        self.cache: OrderedDict[tuple, tuple[list, bytes, int]] = OrderedDict()
        self.cache_size = cache_size
        self.max_body = max_body
        self.max_bytes = max_bytes  # memory stays bounded whatever is asked
        self.bytes = 0
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def _send_simple(self, send, status: int, body: bytes, extra=()) -> None:
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *extra, *self.headers]})
        await send({"type": "http.response.body", "body": body})

    async def _article(self, scope: Scope, receive: Receive, send: Send, hdrs: dict) -> None:
        """``POST /api/read``: a bounded body with a declared length, never cached."""
        length = hdrs.get(b"content-length")
        if length is None or b"transfer-encoding" in hdrs or not length.isdigit():
            return await self._send_simple(send, 411, orjson.dumps(
                {"detail": [{"loc": ["body"], "msg": "send the article with a Content-Length header",
                             "type": "length_required"}]}))
        if int(length) > MAX_ARTICLE_BYTES:
            return await self._send_simple(send, 413, orjson.dumps(
                {"detail": [{"loc": ["body"], "msg": f"an article is at most {MAX_ARTICLE_BYTES} bytes; "
                                                     f"this one is {int(length)}", "type": "too_large"}]}))

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", []))
                           + [h for h in self.headers if h[0] not in names]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:  # noqa: BLE001 - never leak a trace
            log.exception("unhandled error on %s", scope.get("path"))
            await self._send_simple(send, 500, b'{"detail":"internal error"}')

    def _keep(self, key: tuple, headers: list, body: bytes) -> None:
        """Cache an answer gzip-compressed (answers compress about tenfold), bounded in bytes and entries."""
        if len(body) > self.max_body or key in self.cache:
            return
        packed = gzip.compress(body, compresslevel=1, mtime=0)
        kept = [(k, v) for k, v in headers if k not in (b"content-length", b"content-encoding")]
        self.cache[key] = (kept, packed, len(body))
        self.bytes += len(packed)
        while len(self.cache) > self.cache_size or self.bytes > self.max_bytes:
            self.bytes -= len(self.cache.popitem(last=False)[1][1])

    @staticmethod
    async def _from_cache(entry: tuple, gzip_ok: bool, send: Send) -> None:
        headers, packed, _ = entry
        body = packed if gzip_ok else gzip.decompress(packed)
        extra = [(b"content-encoding", b"gzip")] if gzip_ok else []
        await send({"type": "http.response.start", "status": 200,
                    "headers": [*headers, (b"content-length", str(len(body)).encode()), (b"vary", b"accept-encoding"),
                                *extra]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _refusal(method: str, query: bytes, hdrs: dict) -> tuple[int, bytes, list] | None:
        """(status, body, extra headers) for a request the guard refuses, else None."""
        if method not in ("GET", "HEAD"):
            return 405, (b'{"detail":"casus is read-only: use GET (POST only to /api/read, with an article)"}'), \
                [(b"allow", b"GET, HEAD")]
        if len(query) > MAX_QUERY_LENGTH:
            return 414, orjson.dumps({"detail": f"query string longer than {MAX_QUERY_LENGTH} characters"}), []
        if query.count(b"&") + 1 > MAX_QUERY_PARAMS:
            msg = f"too many query parameters (at most {MAX_QUERY_PARAMS})"
            return 422, orjson.dumps({"detail": [{"loc": ["query", "*"], "msg": msg, "type": "value_error"}]}), []
        if int(hdrs.get(b"content-length", b"0") or 0) > 0 or b"transfer-encoding" in hdrs:
            return 413, b'{"detail":"requests carry no body"}', []
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method = scope["method"]
        query = scope.get("query_string", b"")
        hdrs = dict(scope.get("headers") or [])
        if method == "POST" and scope["path"] == READ_PATH:
            return await self._article(scope, receive, send, hdrs)
        refused = self._refusal(method, query, hdrs)
        if refused is not None:
            return await self._send_simple(send, *refused)
        merged = _merge_repeated(query) if query else query
        if isinstance(merged, str):
            return await self._send_simple(send, 422, orjson.dumps(
                {"detail": [{"loc": ["query", merged], "msg": f"{merged} is given more than once; give it once "
                             f"(only {' and '.join(REPEATABLE)} may be repeated)", "type": "value_error"}]}))
        query = merged
        if method == "HEAD":  # answered as GET, without the body
            send = _headless(send)
        scope = {**scope, "query_string": query, "method": "GET"}
        cacheable = scope["path"].startswith("/api/") and method == "GET"
        key = (scope["path"], query, dt.date.today().toordinal()) if cacheable else None
        if key is not None and key in self.cache:
            self.cache.move_to_end(key)
            return await self._from_cache(self.cache[key], b"gzip" in hdrs.get(b"accept-encoding", b""), send)
        started: dict = {}
        chunks: list[bytes] = []

        async def wrapped(message):
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", []))
                           + [h for h in self.headers if h[0] not in names]}
                started.update(message)
            elif message["type"] == "http.response.body" and key is not None:
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and started.get("status") == 200:
                    self._keep(key, started["headers"], b"".join(chunks))
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        except Exception:  # noqa: BLE001 - never leak a trace
            log.exception("unhandled error on %s", scope.get("path"))
            if not started:
                await self._send_simple(send, 500, b'{"detail":"internal error"}')


def _merge_repeated(query: bytes) -> bytes | str:
    """The query string with repeated ``by`` / ``on`` joined by commas; or the name of another parameter that is
    repeated (the request is refused)."""
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    counts: dict[str, int] = {}
    for k, _ in pairs:
        counts[k] = counts.get(k, 0) + 1
    twice = [k for k, n in counts.items() if n > 1]
    if not twice:
        return query
    bad = [k for k in twice if k not in REPEATABLE]
    if bad:
        return bad[0][:40]
    joined: dict[str, list[str]] = {}
    for k, v in pairs:
        joined.setdefault(k, []).append(v)
    return urlencode({k: ",".join(vs) for k, vs in joined.items()}, encoding="latin-1").encode("latin-1")


def _headless(send):
    async def without_body(message):
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return without_body


def _not_found(field: str, exc: Exception, kind: str) -> JSONResponse:
    return JSONResponse({"detail": [{"loc": ["path", field], "msg": str(exc), "type": kind}]}, status_code=404)


def _path_param(field: str, value: str) -> None:
    if len(value) > MAX_NAME:
        raise _FieldError(field, f"longer than {MAX_NAME} characters")


def _json(obj, status: int = 200, headers: dict | None = None) -> Response:
    return Response(orjson.dumps(stamp(obj)), status_code=status, media_type="application/json", headers=headers)


def _kind(exc: CasusError) -> str:
    if isinstance(exc, UnknownStateError):
        return "unknown_state"
    if isinstance(exc, InvalidScenarioError):
        return exc.kind
    return "invalid_date" if isinstance(exc, InvalidDateError) else "value_error"


def _names(field: str, value: str) -> list[str]:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        raise _FieldError(field, f"name at least one state in {field}")
    return parts


def create_app(corpus=None, cache_bytes: int = ANSWER_CACHE_BYTES) -> FastAPI:
    """The ASGI app over ``corpus`` (a Corpus or a Session; default: the bundled one)."""
    session = Session(corpus_of(corpus), WEB)
    app = FastAPI(
        title="casus", version=__version__, docs_url=None, redoc_url=None,
        description="The world's mutual-defence pacts as executable, cited data. Read-only. "
                    "JSON documents are those of the `casus` CLI's --json (schemas casus.attack/1, casus.treaty/1, "
                    "casus.allies/1, casus.diff/1, casus.areas/1, casus.states/1, casus.backtest/1).",
    )
    app.add_middleware(_Guard)
    static = resources.files("casus.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _register_errors(app)
    # the order of registration is the order of the OpenAPI document's paths
    _register_attack(app, session, cache_bytes)
    _register_lookups(app, session)
    _register_summaries(app, session)
    _register_pages(app, static)
    return app


def _register_errors(app: FastAPI) -> None:
    """Invalid input: a 422 whose ``detail`` names the field at fault."""

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError):
        out = []
        for e in exc.errors():
            msg = e.get("msg", "invalid")
            choices = re.fullmatch(r"\^\(([a-z|-]+)\)\$", str((e.get("ctx") or {}).get("pattern", "")))
            if choices:  # "String should match pattern '^(en|hi)$'" -> "lang is one of en, hi"
                msg = f"{e['loc'][-1]} is one of {', '.join(choices.group(1).split('|'))}"
            out.append({"loc": list(e.get("loc", ())), "msg": msg, "type": e.get("type", "")})
        return JSONResponse({"detail": out}, status_code=422)

    @app.exception_handler(_FieldError)
    async def _field(_: Request, exc: _FieldError):
        return _unprocessable(exc.field, exc.msg, exc.kind)

    @app.exception_handler(CasusError)
    async def _casus(_: Request, exc: CasusError):
        # the session names the parameter at fault, in the web's words
        return _unprocessable(exc.field or "query", str(exc), _kind(exc))


def _register_attack(app: FastAPI, session: Session, cache_bytes: int) -> None:
    """``/api/attack``: the answers cached by scenario, at most ``cache_bytes`` of them together."""

    answers = ByteLRU(cache_bytes, ANSWER_MAX_BYTES)
    trimmer = HeapTrimmer()

    def _attack(*key) -> bytes:
        hit = answers.get(key)
        if hit is None:
            by, on, d, where, basis, policy, provoked, requested, joint, lang, detail, launched, attributed = key
            res = session.attack(by=list(by), on=list(on), date=d, where=where, basis=basis, policy=policy,
                                 provoked=provoked, requested=requested, joint_finding=joint,
                                 launched_from=launched, attributed_to=attributed)
            hit = orjson.dumps(stamp(res.to_dict(lang, detail)))
            answers.put(key, hit)
            trimmer.tick()
        return hit

    @app.get("/api/attack", summary="Who must defend, join, stay neutral or consult if BY attacks ON")
    def attack(by: Name, on: Name, date: Day = None, where: Where = None, basis: Basis = "in-force",
               policy: Policy = "defensive", provoked: Fact = None, requested: Fact = None,
               joint_finding: Fact = None, duties: Duties = None, detail: Detail = "summary", lang: Lang = "en",
               launched_from: OriginQ = None, attributed_to: OriginQ = None):
        attackers = tuple(dict.fromkeys(session.attacker(x, "by").ccode for x in _names("by", by)))
        targets = tuple(dict.fromkeys(session.state(x, "on").ccode for x in _names("on", on)))
        if len(attackers) * len(targets) > MAX_PAIRS:
            raise _FieldError("on" if len(targets) > len(attackers) else "by",
                              f"{len(attackers)} attackers × {len(targets)} targets is "
                              f"{len(attackers) * len(targets)} pairs; one request may ask about at most {MAX_PAIRS}",
                              "too_many")
        d = session.day(date, "date")
        body = _attack(attackers, targets, d, where, basis, policy, provoked, requested, joint_finding, lang,
                       detail, launched_from or None, attributed_to or None)
        if duties:
            wanted = {x for x in duties.split(",") if x}
            bad = wanted - {"defend", "join", "neutral", "nonaggression", "consult"}
            if bad:
                raise _FieldError("duties", f"unknown duties {sorted(bad)}; use defend, join, neutral, "
                                            "nonaggression, consult")
            doc = orjson.loads(body)
            doc["findings"] = [f for f in doc["findings"] if f["duty"] in wanted]
            doc["filtered_duties"] = sorted(wanted)
            return _json(doc)
        return Response(body, media_type="application/json")


def _register_lookups(app: FastAPI, session: Session) -> None:
    """``/api/allies``, ``/api/treaties/{id}``, ``/api/states`` and ``/api/states/{q}``."""

    @app.get("/api/allies", summary="Whom a state must defend and who must defend it, on a date")
    def allies(state_: StateQ, date: Day = None, lang: Lang = "en"):
        return _json(session.allies(state_, date).to_dict(lang))

    @app.get("/api/pair", summary="Two states over time: when either was bound to defend, join, stay neutral "
                                  "towards, not attack or consult the other, and under which treaties")
    def pair(a: PairState, b: PairState, basis: Basis = "in-force", lang: Lang = "en"):
        return _json(session.pair(a, b, basis).to_dict(lang))

    @app.get("/api/treaties", summary="List and search treaties: words of a name, a party, a day, a kind")
    def treaties(q: SearchQ = "", state_: OptStateQ = None, date: Day = None, kind: KindQ = None):
        return _json(treaties_doc(q or None, session.treaties_table(q or None, state_, date, kind)))

    @app.get("/api/treaties/{treaty_id}", summary="A treaty in full: parties and spans, clauses, articles, sources")
    def treaty(treaty_id: str):
        _path_param("treaty_id", treaty_id)
        try:
            t = session.treaty(treaty_id)
        except UnknownTreatyError as exc:
            return _not_found("treaty_id", exc, "unknown_treaty")
        return _json(treaty_dict(t, session.corpus))

    @app.get("/api/states", summary="Search states by code, abbreviation, ISO3 or name (English or Hindi)")
    def states(q: SearchQ = "", limit: Limit = 10, date: Day = None):
        d = session.day(date, "date") if date else None
        found = list(session.states) if not q.strip() else session.states.search(q, limit=limit)
        if d is not None:
            found = [s for s in found if s.is_member(d)]
        return _json(states_doc(q, found[:limit], d))

    @app.get("/api/states/{query}", summary="A state and its pacts over time")
    def state_page(query: str):
        _path_param("query", query)
        try:
            st = session.corpus.state(query)
        except UnknownStateError as exc:
            return _not_found("query", exc, "unknown_state")
        return _json(state_doc(session.corpus, st))


def _register_summaries(app: FastAPI, session: Session) -> None:
    """``/api/diff``, ``/api/areas``, ``/api/backtest`` and the page's words, ``/api/i18n/{lang}``."""

    @app.get("/api/diff", summary="Pacts, memberships and duties that changed between two dates (duties paged)")
    def diff(from_: FromQ, to: ToQ, state_: OptStateQ = None, offset: Offset = 0, limit: PageSize = DIFF_PAGE):
        return _json(session.diff(from_, to, state_).to_dict(offset=offset, limit=limit))

    @app.get("/api/invocations", summary="What states did with collective-defence and consultation clauses: "
                                         "the record of invocations, requests, refusals and deployments")
    def invocations(treaty: TreatyFilter = None, state_: OptStateQ = None, lang: Lang = "en"):
        from ..present.record import invocations_doc

        return _json(invocations_doc(session.corpus, session.invocations(treaty, state_), lang))

    @app.get("/api/actors", summary="Attackers that are not states, usable as `by`: named groups (with their "
                                    "designations, cited), non-state and unknown")
    def actors(lang: Lang = "en"):
        from ..present.record import actors_doc

        return _json(actors_doc(session.corpus.actors, lang))

    @app.get("/api/areas", summary="Treaty areas, places and seas usable as `where`")
    def areas():
        return _json(areas_doc(session.corpus))

    @functools.lru_cache(maxsize=1)
    def _backtest() -> bytes:
        from ..analysis.backtest import backtest as run_backtest

        res = run_backtest(session.corpus)
        return orjson.dumps({"schema": "casus.backtest-summary/1", "basis": res["basis"], "summary": res["summary"]})

    @app.get("/api/backtest", summary="Alliance reliability in every COW interstate war: the summary")
    def backtest():
        return Response(_backtest(), media_type="application/json")

    @app.post(READ_PATH, summary="Pact events in a news article (the body, text or HTML, Hindi or English), "
                                 "each with what it implies")
    async def read_article(request: Request, date: Day = None, answer: bool = True):
        from ..extras import has

        if not has("news"):
            return JSONResponse({"detail": [{"loc": ["body"], "msg": "this server has no news reader: install "
                                             "'casus-foederis[news]'", "type": "not_installed"}]}, status_code=501)
        from ..news import read
        from ..news.answer import answer_reading

        raw = await request.body()
        if not raw.strip():
            return JSONResponse({"detail": [{"loc": ["body"], "msg": "the body is empty: send the article's text",
                                             "type": "value_error"}]}, status_code=422)
        ref = session.day(date, "date") if date else None
        reading = read(raw, reference_date=ref, corpus=session.corpus)
        doc = {"schema": "casus.read/1", **reading.to_dict()}
        doc.pop("source", None)
        if answer:
            for e, a in zip(doc["events"], answer_reading(session, reading), strict=True):
                e["answer"] = a
        return _json(doc)

    @app.get("/api/i18n/{lang}", summary="The page's words in English or Hindi")
    def i18n(lang: str):
        if lang not in LANGS:
            return JSONResponse({"detail": [{"loc": ["path", "lang"], "msg": "lang must be en or hi",
                                             "type": "value_error"}]}, status_code=422)
        from .page_words import words

        return _json(words(lang))


def _register_pages(app: FastAPI, static: Traversable) -> None:
    """The HTML pages: one static shell, each response naming its JSON twin in a ``Link`` header."""
    index = static.joinpath("index.html")

    def page(twin: str) -> FileResponse:
        return FileResponse(str(index), media_type="text/html; charset=utf-8",
                            headers={"Link": f'<{twin}>; rel="alternate"; type="application/json"',
                                     "Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def home(request: Request):
        q = request.url.query
        return page("/api/attack" + (f"?{q}" if q else ""))

    @app.get("/pair", include_in_schema=False)
    def pair_page(request: Request):
        q = request.url.query
        return page("/api/pair" + (f"?{q}" if q else ""))

    @app.get("/invocations", include_in_schema=False)
    def invocations_page(request: Request):
        q = request.url.query
        return page("/api/invocations" + (f"?{q}" if q else ""))

    @app.get("/treaty/{treaty_id}", include_in_schema=False)
    def treaty_page(treaty_id: str):
        return page(f"/api/treaties/{treaty_id}")

    @app.get("/state/{query}", include_in_schema=False)
    def state_html(query: str):
        return page(f"/api/states/{query}")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return FileResponse(str(static.joinpath("docs.html")), media_type="text/html; charset=utf-8",
                            headers={"Link": '</openapi.json>; rel="alternate"; type="application/json"'})
