"""HTML cleaning: main text and page metadata, by a numbered fallback cascade.

1. trafilatura with ``favor_precision`` (boilerplate-averse; tables kept, because report
   figures often sit in them), without its own fallback extractors: they cost a third of its time
   and change the result on few pages, nearly all of them short ones;
2. when that yields under ``MIN_FAST_CHARS``, the same with trafilatura's readability and
   jusText fallbacks;
3. when that yields under ``MIN_PRECISE_CHARS`` (short or oddly marked-up pages), trafilatura
   with ``favor_recall``;
4. when all yield nothing, the page's ``<p>`` paragraphs of sentence length, found by a plain
   scan of the markup (a last resort for pages lxml cannot parse, such as absurdly deep nesting),
   so a page is only empty when it has no paragraph text.

A result of fewer than ``MIN_WORDS`` words (a lone menu item) counts as no article text.

Measured on the article-extraction-benchmark by ``python -m eval main_text``. Metadata
(title, date, author, outlet) comes from trafilatura's meta-tag and JSON-LD readers and htmldate,
run on the same parsed tree; trafilatura's full metadata pass also collects categories, tags,
licence and scans the body for authors, which doubles the cost of cleaning and is not needed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from ..model import Removed
from .meta import find_byline

MIN_FAST_CHARS = 500
MIN_PRECISE_CHARS = 300
MIN_WORDS = 5
_MIN_FALLBACK_PARAGRAPH_CHARS = 80


@dataclass
class CleanedHtml:
    text: str
    title: str | None
    published: str | None
    author: str | None
    source: str | None
    url: str | None
    method: str = "precision"  # cascade step: precision | precision+fallbacks | recall | paragraphs | none
    removed: list[Removed] = field(default_factory=list)  # byline lines taken off the top of the text


def clean_html(html: str, url: str | None = None, *, find_published: bool = True) -> CleanedHtml:
    """Main text and metadata; ``find_published=False`` skips the date search (the date is given)."""
    tree = _parse(html)
    meta = _metadata(tree, url, find_published) if tree is not None else None
    if tree is not None:
        _drop_inert(tree)
    page: Any = tree if tree is not None else html
    text, method = _text(_extract(page, url, precision=True, fast=True)), "precision"
    if len(text) < MIN_FAST_CHARS:
        full = _text(_extract(page, url, precision=True, fast=False))
        if full:
            text, method = full, "precision+fallbacks"
    if len(text) < MIN_PRECISE_CHARS:
        recall = _text(_extract(page, url, precision=False, fast=False))
        if len(recall) > len(text):
            text, method = recall, "recall"
    if len(text.split()) < MIN_WORDS:
        text, method = _paragraphs(html), "paragraphs"
    if len(text.split()) < MIN_WORDS:
        text, method = "", "none"
    published = meta.get("date") if meta else _page_date(html) if find_published else None
    meta = meta or {}
    text = _without_title(text, meta.get("title"))
    # Bylines the extractor kept ("By Ana Lind | March 3, 2025"): metadata, and a date when the page had none.
    removed: list[Removed] = []
    author = meta.get("author")
    while text:
        first, _, rest = text.partition("\n\n")
        byline = find_byline(first)
        if byline is None or len(removed) >= 2:
            break
        removed.append(Removed(first, "byline"))
        author, published, text = author or byline.author, published or byline.published, rest
    return CleanedHtml(
        text=text,
        title=meta.get("title"),
        published=published,
        author=author,
        removed=removed,
        source=meta.get("sitename") or meta.get("hostname"),
        url=meta.get("url") or url,
        method=method,
    )


def _parse(html: str) -> Any:
    """trafilatura's ``load_html``, with a parser that picks element classes in C.

    lxml.html's parser asks a Python method for the class of every element it hands to Python, which
    trafilatura's tree walks do hundreds of thousands of times a batch; one class for all elements
    (lxml.html's form-control classes: trafilatura and htmldate use none of their methods) makes that free.
    """
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    try:
        try:
            tree = lxml.html.fromstring(html, parser=_PARSER)
        except ValueError:  # a str with an encoding declaration: lxml wants bytes
            tree = None
        if tree is None or len(tree) < 1:
            tree = lxml.html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except (ValueError, RecursionError, etree.LxmlError):
        return None
    if tree is None or (is_dubious_html(beginning) and len(tree) < 2):
        return None  # not (well-formed) HTML at all
    return tree


_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
))


# Subtrees trafilatura's tree cleaning deletes whole anyway; dropping them once, after the metadata is read,
# spares its XPath pruning passes (run before that cleaning, on every cascade step) a scan through them.
_INERT = (
    "script", "style", "noscript", "svg", "iframe", "object", "embed", "canvas", "video", "audio", "map",
    "nav", "footer", "aside", "button", "select", "textarea", "input", "label", "menu", "dialog",
)


def _drop_inert(tree: Any) -> None:
    for element in list(tree.iter(*_INERT)):
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue  # trafilatura reads forum markup from JSON-LD
        element.drop_tree()


def _metadata(tree: Any, url: str | None, find_published: bool) -> dict[str, Any] | None:
    """Title, author, outlet and date from meta tags, JSON-LD and htmldate (trafilatura's readers)."""
    from htmldate import find_date
    from trafilatura import metadata as tm
    from trafilatura.settings import set_date_params

    try:
        doc = tm.examine_meta(tree)
        if doc.author and " " not in doc.author:
            doc.author = None  # a lone word in the author tag is mostly a site handle
        doc = tm.extract_meta_json(tree, doc)
        doc.title = doc.title or tm.extract_title(tree)
        doc.url = doc.url or tm.extract_url(tree, url)
        doc.sitename = (doc.sitename or tm.extract_sitename(tree) or "").lstrip("@") or None
        if not doc.sitename and doc.url:
            doc.hostname = tm.extract_domain(doc.url, fast=True)
        if find_published:
            # The quick search (meta tags, JSON-LD, URL, <time>) finds nearly every date; the
            # extensive text scan costs 20x more, so it runs only when the quick one finds nothing.
            for extensive in (False, True):
                params = set_date_params(extensive)
                params["url"] = doc.url
                doc.date = find_date(tree, **params)
                if doc.date:
                    break
    except Exception:  # a page whose metadata trips the readers still has its text
        return None
    return doc.as_dict()


def _extract(page: Any, url: str | None, *, precision: bool, fast: bool) -> dict[str, Any] | None:
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=False, include_comments=False, include_tables=True,
            favor_precision=precision, favor_recall=not precision, fast=fast,
        )
    except (ValueError, RecursionError):  # malformed or absurdly nested markup: try the next step
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def _text(meta: dict[str, Any] | None) -> str:
    return _normalise_paragraphs((meta or {}).get("text") or "")


def _without_title(text: str, title: str | None) -> str:
    # Extractors keep the page's <h1>; the headline is metadata, and the body should open with the dateline.
    first, _, rest = text.partition("\n\n")
    if title and rest and _key(first) and (_key(first) == _key(title) or _key(title).startswith(_key(first))):
        return rest
    return text


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _normalise_paragraphs(text: str) -> str:
    # trafilatura separates paragraphs by single newlines; the pipeline uses blank lines.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


_SKIP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)(?=</p\s*>|<p\b|</div|</article|</body|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def _paragraphs(html: str) -> str:
    kept = []
    for match in _PARAGRAPH.finditer(_SKIP.sub(" ", html)):
        line = re.sub(r"\s+", " ", unescape(_TAG.sub(" ", match.group(1)))).strip()
        if len(line) >= _MIN_FALLBACK_PARAGRAPH_CHARS and re.search(r"[.!?]", line):
            kept.append(line)
    return "\n\n".join(kept)


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on some malformed pages; a date is optional
        return None
