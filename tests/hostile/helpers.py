"""Shared helpers for hostile-input tests: the site's Markdown renderer and a live-markup inspector."""
from __future__ import annotations

import functools
import html.parser
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from mkdocs.utils.yaml import yaml_load

REPO = Path(__file__).resolve().parents[2]
INPUTS = Path(__file__).parent / "inputs"
# MkDocs always loads these before the ones mkdocs.yml lists (mkdocs/config/defaults.py).
MKDOCS_BUILTIN_EXTENSIONS = ["toc", "tables", "fenced_code"]
# Elements that run code, load something, or take input, whatever their attributes.
ACTIVE_TAGS = {"script", "iframe", "img", "svg", "object", "embed", "frame", "frameset", "style", "link",
               "meta", "base", "form", "input", "button", "audio", "video", "source", "math", "template"}


@functools.lru_cache(maxsize=1)
def _extensions() -> tuple[list[str], dict]:
    with open(REPO / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    names, configs = list(MKDOCS_BUILTIN_EXTENSIONS), {}
    for item in config.get("markdown_extensions") or []:
        if isinstance(item, dict):
            ((name, options),) = item.items()
            configs[name] = options or {}
        else:
            name = item
        if name not in names:
            names.append(name)
    return names, configs


def render_html(md_text: str) -> str:
    """Markdown → HTML exactly as the site's pages are converted (the extensions of mkdocs.yml)."""
    names, configs = _extensions()
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(md_text)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""


@dataclass
class Page:
    """What a browser would build from an HTML text: every element (with its text) and the comments."""

    elements: list[Element] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    def tags(self) -> set[str]:
        return {e.tag for e in self.elements}

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.open: list[Element] = []

    def handle_starttag(self, tag, attrs):
        el = Element(tag, dict(attrs))
        self.page.elements.append(el)
        if tag not in ("br", "hr", "img", "meta", "link", "input", "source", "base", "wbr"):
            self.open.append(el)

    def handle_startendtag(self, tag, attrs):
        self.page.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                break

    def handle_data(self, data):
        # The toc extension's permalink ("#" after each heading) is the site's, not the source's text.
        if any(el.tag == "a" and "headerlink" in (el.attrs.get("class") or "") for el in self.open):
            self.open[-1].text += data
            return
        for el in self.open:
            el.text += data

    def handle_comment(self, data):
        self.page.comments.append(data)


def parse_html(text: str) -> Page:
    parser = _Parser()
    parser.feed(text)
    parser.close()
    return parser.page


URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster", "background")


def live_markup(page: Page, payload: re.Pattern | None = None) -> list[str]:
    """Everything in the page that a browser would run or load from a source; [] when it is inert.

    Without `payload`, any active element, event attribute or script URL counts (for HTML made only
    from source text). With it, only those carrying the payload count (for whole site pages, whose
    theme has scripts of its own): an event attribute or URL attribute holding it, or an active
    element loading it. A payload in a passive attribute (a meta description, a title) is text.
    """
    found = []
    for el in page.elements:
        for name, value in el.attrs.items():
            if payload is not None and not payload.search(value or ""):
                continue
            if name.startswith("on"):
                found.append(f"<{el.tag} {name}={value!r}>")
            elif name in URL_ATTRS and value and (payload is not None or
                                                  re.match(r"\s*(?:javascript|vbscript|data):", value, re.I)):
                if payload is None or el.tag in ACTIVE_TAGS or re.match(r"\s*(?:javascript|vbscript|data):", value, re.I):
                    found.append(f"<{el.tag} {name}={value!r}>")
        if payload is None and el.tag in ACTIVE_TAGS:
            found.append(f"<{el.tag}>")
    return found


def visible_text(page: Page, tags=("p", "h1", "h2", "h3", "h4", "h5", "h6")) -> list[str]:
    """The text of each paragraph and heading, in order, without toc permalink anchors."""
    out = []
    for el in page.elements:
        if el.tag in tags:
            out.append(el.text)
    return out


def norm(s: str) -> str:
    """For comparing text across punctuation width and whitespace: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
