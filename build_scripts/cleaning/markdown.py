"""Body blocks → safe Markdown (nothing from a source becomes live markup), and the article file."""
from __future__ import annotations

import re

import yaml

from ..article import Article, Block

TRUNCATED_NOTE = "原网页只提供了本文的一部分，正文到此中断。"


# Only characters the site's Markdown gives a meaning to and unescapes (Python-Markdown's
# ESCAPED_CHARS, | for tables); a backslash before any other character shows on the page.
# '#' too: a heading loses trailing '#'s that are not escaped.
MD_SYNTAX_RE = re.compile(r"([\\`*_\[\]{}|#])")
MD_LINE_START_RE = re.compile(r"^([+\-!])")
# citation markers [1], [9-10] and document codes [J], [EB/OL] cannot become links (nor the
# [TOC] marker) unless followed by ( [ or : — keep them as written
MD_CITATION_RE = re.compile(r"\\\[(\d{1,3}(?:[-–,，]\d{1,3})*|[A-Z]{1,2}(?:/[A-Z]{1,2})?)\\\](?![(\[:\\]|\\[\[(:])")
MD_NUMBERED_RE = re.compile(r"^(\d+)([.)])")


def escape_md(text: str, heading: bool = False) -> str:
    """Make source text literal in Markdown and HTML: entities for <>&, backslashes for syntax."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = MD_SYNTAX_RE.sub(r"\\\1", text)
    if text[:1] in ("+", "-", "!"):
        text = MD_LINE_START_RE.sub(r"\\\1", text)
    if "\\[" in text:
        text = MD_CITATION_RE.sub(r"[\1]", text)
    if not heading and text[:1].isdigit():  # \d is a decimal digit, all of which isdigit() takes
        text = MD_NUMBERED_RE.sub(r"\1\\\2", text)
    return text


def render_body(blocks: list[Block], abstract: str | None, truncated: bool) -> str:
    parts = []
    if abstract:
        parts.append(f"> **摘要：**{escape_md(abstract)}")
    for b in blocks:
        if b.kind == "h":
            parts.append("#" * b.level + " " + escape_md(b.text, heading=True))
        else:
            parts.append(escape_md(b.text))
    if truncated:
        parts.append(f"> **注：**{TRUNCATED_NOTE}")
    return "\n\n".join(parts) + "\n"


# libyaml's emitter when PyYAML was built with it (the PyPI wheels are): about ten times faster.
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_frontmatter(data: dict) -> str:
    """Frontmatter YAML; always valid whatever characters the values hold."""
    return yaml.dump(data, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=1000,
                     default_flow_style=False)


def render_markdown(article: Article) -> str:
    """The cleaned article as a file: YAML frontmatter between --- lines, then the body."""
    return f"---\n{dump_frontmatter(article.frontmatter())}---\n\n{article.body}"
