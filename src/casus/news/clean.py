"""Noise removal: what is not the article's own reporting is blanked out.

:func:`clean` turns any input (text or bytes, plain or HTML) into a
:class:`Cleaned` article:

* bytes are decoded (a BOM decides UTF-16/32, otherwise UTF-8, bad bytes
  replaced); input that is mostly control characters is *binary* and read as
  empty;
* HTML is reduced to its text with ``selectolax`` (the Lexbor parser): scripts,
  styles, embedded tweets and posts, figure captions, share bars, bylines and
  navigation are dropped, block elements become lines;
* mojibake (UTF-8 read as Windows-1252) is repaired with ``ftfy`` when its
  detector says so;
* in the resulting text, embedded tweets (``pic.twitter.com``, the
  ``— Name (@handle) date`` line and the tweet's text above it), bylines,
  "Published:"/"अपडेटेड:" lines, share widgets, menus and breadcrumbs, photo
  captions, "Also read" and "Related:" links, advertisements and URLs are *blanked*: replaced by spaces of the same
  length, so that offsets in the cleaned text are offsets in the article text
  (:attr:`Cleaned.text`), which is the input itself for plain text.

A tweet's date is kept as a hint (:attr:`Cleaned.tweet_dates`), never as the
article's date; the first and last lines are kept (:attr:`Cleaned.header_lines`)
to find the article's own date.  Every pattern is anchored to one line and
bounded, so cleaning is linear in the input's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

__all__ = ["Cleaned", "clean", "decode_bytes", "looks_like_html"]

#: Inputs larger than this are not passed to ftfy (repair is a whole-text pass).
MAX_REPAIR = 4_000_000
_SAMPLE = 65_536
#: UTF-8 read as Windows-1252 (or Latin-1) leaves a lead byte (0xC2-0xF4: Â … ô) followed by a
#: continuation byte (0x80-0xBF, as Windows-1252 or Latin-1 shows it): text without such a pair has no
#: mojibake of that kind, and skips ftfy's whole-text check (a fifth of the time of reading a long article)
_MOJIBAKE_PAIR = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021"
                            "\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
                            "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")


@dataclass
class Cleaned:
    """An article after noise removal.

    ``text`` is the article text (the input, or the text extracted from HTML
    or repaired); ``blanked`` has the same length with noise replaced by spaces.
    """

    text: str
    blanked: str
    is_html: bool = False
    repaired: bool = False
    binary: bool = False
    tweet_dates: list[date] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)  # HTML bylines and <time> elements
    removed: dict[str, int] = field(default_factory=dict)


def decode_bytes(data: bytes) -> str:
    """Bytes to text: UTF-32/16 by BOM, else UTF-8 (with a BOM or not), bad bytes replaced."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def _is_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if len(sample) < 64:
        return False
    return len(_CONTROL.findall(sample)) > 0.1 * len(sample)


_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|br|script|style|article|span|a|h[1-6]|meta|li|table)\b",
                        re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True if the text is markup rather than prose with the odd ``<``."""
    sample = text[:_SAMPLE]
    return len(_HTML_HINT.findall(sample, 0, _SAMPLE)) >= 3 or sample.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html"))


_BLOCK = re.compile(
    r"<(?=/?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|article|section|header|footer|aside|nav|figure|"
    r"figcaption|title|br|hr|main|pre|dd|dt|dl)\b)", re.IGNORECASE)
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "form", "button",
              "nav", "footer", "aside", "figcaption", "head", "select", "canvas", "video", "audio"]
_DROP_CLASS = re.compile(r"share|social|byline|caption|related|newsletter|advert|promo|tags?\b|breadcrumb|"
                         r"comment|subscribe|author|timestamp|dateline|credit|also-read|read-more", re.IGNORECASE)
_TWEET_CLASS = re.compile(r"twitter-tweet|instagram-media|fb-post|tiktok-embed|embed", re.IGNORECASE)


def _html_text(html: str, tweet_dates: list[date], removed: dict[str, int]) -> tuple[str, list[str]]:
    from selectolax.lexbor import LexborHTMLParser

    from .dates import parse_date_text

    flat = html.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    tree = LexborHTMLParser(_BLOCK.sub("\n<", flat))
    header: list[str] = []
    for node in tree.css("blockquote, div"):
        cls = (node.attributes.get("class") or "") + " " + (node.attributes.get("id") or "")
        if _TWEET_CLASS.search(cls):
            links = node.css("a")
            if links:
                got = parse_date_text(links[-1].text(strip=True)[:40])
                if got and got[1] == "day":
                    tweet_dates.append(got[0])
            node.remove()
            removed["embedded posts"] = removed.get("embedded posts", 0) + 1
    tree.strip_tags(_DROP_TAGS)
    for node in tree.css("[class], [id]"):
        cls = (node.attributes.get("class") or "") + " " + (node.attributes.get("id") or "")
        if _DROP_CLASS.search(cls) and node.tag not in ("body", "html", "article", "main"):
            t = node.text(strip=True)
            if len(t) < 300:
                header.append(t)
                node.remove()
                removed["widgets and bylines"] = removed.get("widgets and bylines", 0) + 1
    for node in tree.css("time"):
        header.append(node.attributes.get("datetime") or node.text(strip=True))
    root = tree.body or tree.root
    text = root.text(separator="") if root is not None else ""
    return text, header


# -- line noise in plain text ---------------------------------------------------

_TWEET_SIG = re.compile(
    r"^[^\S\n]*[—–-]{1,2}[^\S\n]*[^\n(]{0,80}\(@[A-Za-z0-9_]{1,20}\)[^\S\n]*(?P<d>[^\n]{0,40})$", re.MULTILINE)
_PIC = re.compile(r"^[^\n]{0,400}pic\.twitter\.com/[^\n]{0,100}$", re.MULTILINE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,500}|pic\.twitter\.com/\S{0,40}")
#: the labels of links to other pages ("Also read", "Related", "ये भी पढ़ें"), before a link or above a list of them
_LINK_LABELS = (r"also read|read also|read more|see also|related|related stories|related articles|"
                r"ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|ये भी देखें")
_LABELLED = re.compile(
    r"^[^\S\n]*(?:updated|published|last updated|first published|posted|photo|photos|image|images|file photo|"
    rf"caption|credit|credits|source|tags?|watch|listen|more on|more from|{_LINK_LABELS}|"
    r"लेखक|रिपोर्ट|रिपोर्टर|एडिटेड बाय|अपडेटेड|अपडेट|प्रकाशित|फोटो|फ़ोटो|फाइल फोटो|तस्वीर|सोर्स|स्रोत|टैग्स|टैग|"
    r"शेयर करें|फॉलो करें)[^\S\n]*[:|][^\n]{0,250}$",
    re.MULTILINE | re.IGNORECASE)
_SHORT_NOISE = re.compile(
    r"^[^\S\n]*(?:by|written by|reported by|edited by|posted by|share|share this|share this article|follow us|"
    r"advertisement|sponsored|subscribe|click here|download the app|विज्ञापन|शेयर करें|फॉलो करें)\b[^\n.!?।]{0,120}$",
    re.MULTILINE | re.IGNORECASE)
_CAPTION = re.compile(r"\((?:photo|image|file photo|pic|फोटो|फ़ोटो|तस्वीर|फाइल फोटो)\s*:?[^()\n]{0,300}\)",
                      re.IGNORECASE)
_WIDGET = re.compile(
    r"^(?=[^\n]{0,160}$)[^\S\n]*(?:(?:facebook|twitter|x|whatsapp|email|e-mail|telegram|linkedin|reddit|copy link|"
    r"print|koo|फेसबुक|एक्स|व्हाट्सऐप|व्हाट्सएप|ट्विटर|ईमेल|टेलीग्राम)(?:[^\S\n]*[|,/•·][^\S\n]*|[^\S\n]+|$)){2,}$",
    re.MULTILINE | re.IGNORECASE)
#: A menu or breadcrumb line: three or more items of at most three words, without sentence punctuation, between
#: "|", "›" or "»" ("World › Europe", "होम | देश | विदेश"); two items may be a dateline ("Paris | 5 May"), and a
#: headline is longer ("Sweden joins the alliance as its 32nd member | World").
_MENU_ITEM = r"[^\S\n]*[^\s|›».!?।]{1,25}(?:[^\S\n][^\s|›».!?।]{1,25}){0,2}[^\S\n]*"
_MENU = re.compile(rf"(?:{_MENU_ITEM}[|›»]){{2,}}(?:{_MENU_ITEM})?")
_MENU_SEP = re.compile(r"[|›»]")


def _menus(text: str) -> list[tuple[int, int]]:
    """The spans of menu lines (:data:`_MENU`): only lines with a separator are tried, each once."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _MENU_SEP.search(text, pos)
        if m is None:
            return out
        s, e = _line_bounds(text, m.start())
        if e - s <= 200 and _MENU.fullmatch(text, s, e):
            out.append((s, e))
        pos = e + 1
#: A list of links under a heading of its own ("READ MORE", "Related stories:", "ये भी पढ़ें"): other pages' headlines
_LIST_HEADING = re.compile(
    rf"^[^\S\n]*(?:{_LINK_LABELS}|related news|more stories|more on this|you may also like|recommended|"
    r"संबंधित खबरें|संबंधित ख़बरें)[^\S\n]*:?[^\S\n]*$", re.MULTILINE | re.IGNORECASE)
#: ... whose items are short lines, each a bullet or a headline without a sentence's end
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-•*–·▪►][^\n]{1,160}|[^\n.!?।]{1,120})")


def _link_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the items of link lists (:data:`_LIST_HEADING`, then up to ten :data:`_LIST_ITEM` lines, blank
    lines between them allowed)."""
    out: list[tuple[int, int]] = []
    for m in _LIST_HEADING.finditer(text):
        pos, items = m.end() + 1, 0
        while pos < len(text) and items < 10:
            s, e = _line_bounds(text, pos)
            if s == e:
                pos = e + 1
                continue
            if not _LIST_ITEM.fullmatch(text, s, e):
                break
            out.append((s, e))
            items += 1
            pos = e + 1
    return out


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    spans.sort()
    out: list[str] = []
    prev = 0
    for s, e in spans:
        s = max(s, prev)
        if e <= s:
            continue
        out.append(text[prev:s])
        chunk = text[s:e]
        out.append(re.sub(r"[^\n]", " ", chunk) if "\n" in chunk else " " * (e - s))
        prev = e
    out.append(text[prev:])
    return "".join(out)


def _header_lines(text: str, first: int = 8, last: int = 3) -> list[str]:
    lines: list[str] = []
    pos = 0
    n = len(text)
    while len(lines) < first and pos < n:
        e = text.find("\n", pos)
        e = n if e < 0 else e
        line = text[pos:min(e, pos + 400)]
        if line.strip():
            lines.append(line)
        pos = e + 1
    tail: list[str] = []
    end = n
    while len(tail) < last and end > pos:
        s = text.rfind("\n", max(pos, end - 4000), end)
        line = text[s + 1:end] if s >= 0 else text[max(pos, end - 400):end]
        if line.strip():
            tail.append(line[:400])
        if s < 0:
            break
        end = s
    return lines + tail[::-1]


#: What a match of some noise patterns must hold: a cheap test first (these patterns are slow to run over a text).
_NEEDS: dict[re.Pattern, tuple[str, ...]] = {_TWEET_SIG: ("(@",), _PIC: ("pic.twitter.com/",),
                                             _URL: ("://", "www.", "pic.twitter.com/")}


def _matches(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)``, skipped when the text lacks what every match holds (:data:`_NEEDS`)."""
    need = _NEEDS.get(rx)
    if need is not None and not any(k in text for k in need):
        return iter(())
    return rx.finditer(text)


def _tweets(text: str, tweet_dates: list, removed: dict[str, int]) -> list[tuple[int, int]]:
    """The spans of embedded tweets (their signature lines and the tweet's own text, the non-empty line above if
    tweet-sized); their days are added to ``tweet_dates``, their count to ``removed``."""
    from .dates import parse_date_text

    spans: list[tuple[int, int]] = []
    for m in _matches(_TWEET_SIG, text):
        got = parse_date_text(m.group("d").strip()[:40])
        if got and got[1] == "day":
            tweet_dates.append(got[0])
        spans.append((m.start(), m.end()))
        removed["tweets"] = removed.get("tweets", 0) + 1
        e = m.start() - 1
        while e > 0 and text[e - 1] == "\n":
            e -= 1
        if e > 0:
            s, _ = _line_bounds(text, e - 1)
            if e - s <= 320:
                spans.append((s, e))
    return spans


def clean(data: str | bytes) -> Cleaned:
    """Decode, de-HTML, repair and blank the noise of one article (see the module docs)."""
    text = decode_bytes(bytes(data)) if isinstance(data, (bytes, bytearray, memoryview)) else str(data)
    if _SURROGATE.search(text):  # lone surrogates (only from Python strings) cannot be encoded
        text = _SURROGATE.sub("\ufffd", text)
    if _is_binary(text):
        return Cleaned(text="", blanked="", binary=True)
    tweet_dates: list[date] = []
    removed: dict[str, int] = {}
    is_html = looks_like_html(text)
    extra_header: list[str] = []
    if is_html:
        text, extra_header = _html_text(text, tweet_dates, removed)
    repaired = False
    if len(text) <= MAX_REPAIR and _MOJIBAKE_PAIR.search(text, 0, _SAMPLE):
        import ftfy.badness

        if ftfy.badness.is_bad(text[:_SAMPLE]):
            import ftfy

            fixed = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization=None)
            repaired = fixed != text
            text = fixed
    header = _header_lines(text)


    spans = _tweets(text, tweet_dates, removed)
    for m in _matches(_PIC, text):
        spans.append((m.start(), m.end()))
    for rx, what in ((_LABELLED, "bylines and labels"), (_SHORT_NOISE, "bylines and widgets"),
                     (_WIDGET, "share widgets"), (_CAPTION, "captions"), (_URL, "links")):
        for m in _matches(rx, text):
            spans.append((m.start(), m.end()))
            removed[what] = removed.get(what, 0) + 1
    for what, found in (("menus", _menus(text)), ("link lists", _link_lists(text))):
        spans.extend(found)
        if found:
            removed[what] = removed.get(what, 0) + len(found)
    blanked = _blank(text, spans)
    return Cleaned(text=text, blanked=blanked, is_html=is_html, repaired=repaired, tweet_dates=tweet_dates,
                   header_lines=header, meta_lines=extra_header, removed=removed)
