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


# A table's row as the source wrote it, cells between bars (| 阶段 | 主要工作内容 |), its closing bar perhaps lost.
TABLE_ROW_RE = re.compile(r"^\|.*\|")
TABLE_RULE_CELL_RE = re.compile(r"^:?-{3,}:?$")


def row_cells(text: str) -> list[str]:
    cells = [c.strip() for c in text.strip().split("|")][1:]
    return cells[:-1] if text.rstrip().endswith("|") else cells


def table_runs(blocks: list[Block]) -> dict[int, int]:
    """Where runs of two or more paragraphs that are a table's rows start, and where they end: the first row has
    two cells or more and no other row has more (a row the page cut short has fewer)."""
    runs, k = {}, 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "p" and TABLE_ROW_RE.match(b.text) and len(width := row_cells(b.text)) >= 2:
            end = k + 1
            while end < len(blocks) and blocks[end].kind == "p" and TABLE_ROW_RE.match(blocks[end].text) \
                    and 1 <= len(row_cells(blocks[end].text)) <= len(width):
                end += 1
            if end - k >= 2:
                runs[k] = end
                k = end
                continue
        k += 1
    return runs


def render_table(rows: list[Block]) -> str:
    """Rows → a Markdown table (the site's tables extension): the first row its header, each cell escaped as text."""
    cells = [row_cells(r.text) for r in rows if not all(TABLE_RULE_CELL_RE.match(c) for c in row_cells(r.text))]
    width = len(cells[0])
    lines = ["| " + " | ".join(escape_md(c) or " " for c in row + [""] * (width - len(row))) + " |" for row in cells]
    return "\n".join(lines[:1] + ["|" + " --- |" * width] + lines[1:])


# A list's item as a page writes it: a bullet before the item's words (- 加强组织领导：…, • 党员示范岗, ● 三会一课).
BULLET_ITEM_RE = re.compile(r"^(?:-\s+|[•●▪]\s*)(?=\S)")


def bullet_runs(blocks: list[Block]) -> dict[int, int]:
    """Where runs of two or more paragraphs that are a list's bulleted items start, and where they end."""
    runs, k = {}, 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and blocks[end].kind == "p" and BULLET_ITEM_RE.match(blocks[end].text):
            end += 1
        if end - k >= 2:
            runs[k] = end
        k = max(end, k + 1)
    return runs


def render_list(items: list[Block]) -> str:
    """Bulleted items → a Markdown list, each item's words escaped as text."""
    return "\n".join("- " + escape_md(BULLET_ITEM_RE.sub("", b.text, count=1)) for b in items)


def render_body(blocks: list[Block], abstract: str | None, truncated: bool) -> str:
    parts = []
    if abstract:
        parts.append(f"> **摘要：**{escape_md(abstract)}")
    tables = table_runs(blocks) if any(b.text.startswith("|") for b in blocks) else {}
    lists = bullet_runs(blocks) if any(b.text[:1] in "-•●▪" for b in blocks) else {}
    skip_to = 0
    for k, b in enumerate(blocks):
        if k < skip_to:
            continue
        if k in tables:
            parts.append(render_table(blocks[k: tables[k]]))
            skip_to = tables[k]
        elif k in lists:
            parts.append(render_list(blocks[k: lists[k]]))
            skip_to = lists[k]
        elif b.kind == "h":
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
