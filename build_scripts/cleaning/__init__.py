"""The cleaning engine: a raw source text → an Article (frontmatter fields + Markdown body).

Steps run in one declared order (STEPS); each is a pure function of its input and the Context it
records into. `clean_text` is the text engine; `clean_source` adds metadata overrides and the slug.
"""
from __future__ import annotations

import re

from ..article import Article, Source
from .boilerplate import cut_trailing_lists, is_body_paragraph, junk_rule, remove_junk_lines, trim_tail_chrome
from .context import Context
from .markdown import render_body, render_markdown
from .metadata import choose_title, extract_byline, extract_metadata
from .normalize import decode_entities
from .normalize import (convert_traditional, normalize_whitespace, restore_punctuation, split_side_by_side,
                        strip_pinyin_annotations)
from .repair import join_broken_paragraphs, remove_stray_page_numbers, repair_pagination
from .structure import merge_ordinal_headings
from .structure import extract_abstract_keywords, split_glued_headings, split_glued_labels, to_blocks
from .text import ends_sentence, squeeze

__all__ = ["clean_source", "clean_text", "render_markdown", "render_body", "Context"]

TEXT_STEPS = [decode_entities, normalize_whitespace, strip_pinyin_annotations, convert_traditional, restore_punctuation,
              split_side_by_side]


def find_title(lines: list[str], ctx: Context) -> list[str]:
    """Choose the title while the date and source lines under it are still there to show it."""
    ctx.title = choose_title(lines, ctx, junk_rule)
    return lines


def remove_title_lines(lines: list[str], ctx: Context) -> list[str]:
    """Drop the title's repeats and the short chrome lines above it."""
    key = squeeze(ctx.title) if ctx.title else None
    out: list[str] = []
    seen_title = False
    for line in lines:
        s = squeeze(line)
        if key and s == key:
            ctx.removed("repeated-title", line) if seen_title else ctx.removed("title", line)
            seen_title = True
            continue
        if key and not seen_title and s and len(s) <= 40 and not ends_sentence(line):
            ctx.removed("head-chrome", line)
            continue
        out.append(line)
    return out


LINE_STEPS = [
    extract_metadata,
    repair_pagination,
    split_glued_labels,
    merge_ordinal_headings,
    find_title,
    remove_stray_page_numbers,
    remove_junk_lines,
    cut_trailing_lists,
    extract_byline,
    remove_title_lines,
    extract_abstract_keywords,
    trim_tail_chrome,
    split_glued_headings,
]


def drop_repeated_paragraphs(blocks: list[dict], ctx: Context) -> list[dict]:
    """A paragraph that repeats the abstract, or an earlier paragraph, appears once."""
    out = []
    seen: set[str] = set()
    abstract = squeeze(ctx.abstract or "")
    for b in blocks:
        s = squeeze(b["text"])
        if b["kind"] == "p" and len(s) >= 30:
            if s in seen or (abstract and (s == abstract or (s in abstract) or (abstract in s and len(abstract) >= 0.9 * len(s)))):
                ctx.removed("repeated-paragraph", b["text"])
                continue
            seen.add(s)
        out.append(b)
    return out


def detect_truncation(blocks: list[dict], ctx: Context) -> list[dict]:
    """A page whose last paragraph stops mid-sentence was cut off by the site (preview limits)."""
    paras = [b for b in blocks if b["kind"] == "p"]
    if paras and len(squeeze(paras[-1]["text"])) >= 20 and not ends_sentence(paras[-1]["text"]):
        ctx.truncated = True
    return blocks


BLOCK_STEPS = [to_blocks, join_broken_paragraphs, drop_repeated_paragraphs, detect_truncation]


def clean_text(text: str, ctx: Context | None = None) -> tuple[list[dict], Context]:
    """Run every step on one page's text; return its body blocks and what was learned."""
    ctx = ctx or Context()
    for step in TEXT_STEPS:
        text = step(text, ctx)
    lines = text.split("\n")
    for step in LINE_STEPS:
        lines = step(lines, ctx)
    blocks = lines
    for step in BLOCK_STEPS:
        blocks = step(blocks, ctx)
    return blocks, ctx


def derive_title(blocks: list[dict]) -> str | None:
    for b in blocks:
        if b["kind"] == "h":
            return re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]、?|\d+(?:\.\d+)*[、.]?)\s*", "", b["text"])
    for b in blocks:
        first = re.split(r"[。！？]", b["text"])[0]
        if first:
            return first[:30]
    return None


def make_summary(abstract: str | None, blocks: list[dict]) -> str | None:
    if abstract:
        return abstract
    for b in blocks:
        if b["kind"] == "p" and is_body_paragraph(b["text"]):
            text = b["text"]
            if len(text) <= 160:
                return text
            cut = max(text.rfind(p, 0, 160) for p in "。！？；")
            return text[: cut + 1] if cut > 40 else text[:150] + "…"
    return None


def clean_source(source: Source) -> Article:
    """Clean one source; metadata given in a header or sidecar overrides what the cleaner found."""
    blocks, ctx = clean_text(source.text)
    meta = source.meta
    warnings = list(ctx.warnings)
    title = meta.get("title") or ctx.title
    if not title:
        title = derive_title(blocks) or source.stem
        warnings.append(f"no title found; derived {title!r} — give one with 'title:' in a metadata header or {source.stem}.meta.yml")
    if not (meta.get("date") or ctx.date):
        warnings.append("no date found; add 'date: YYYY-MM-DD' if the page gives one")
    if ctx.truncated:
        warnings.append("the page was cut off (preview limit or text ending mid-sentence)")
    body = render_body(blocks, ctx.abstract, ctx.truncated)
    return Article(
        title=title,
        body=body,
        slug=meta.get("slug") or "",
        source_file=f"source_texts/{source.name}",
        source_sha256=source.sha256,
        date=meta.get("date") or ctx.date,
        authors=meta.get("authors") or ctx.authors,
        affiliations=ctx.affiliations,
        source_name=meta.get("source_name") or ctx.source_name,
        source_url=meta.get("source_url") or ctx.source_url,
        keywords=meta.get("keywords") or ctx.keywords,
        summary=make_summary(ctx.abstract, blocks),
        topics=meta.get("topics") or [],
        truncated=ctx.truncated,
        original_script=ctx.original_script,
        changes=ctx.changes,
        warnings=warnings,
    )
