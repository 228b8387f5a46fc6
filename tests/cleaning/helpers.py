"""Shared helpers for cleaning tests: clean a file or a string, and compare as the seed checker does."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from build_scripts.article import Source
from build_scripts.cleaning import clean_source, is_menu_line, junk_rule, render_markdown
from build_scripts.cleaning.metadata import title_candidates
from build_scripts.sources import read_source

# A text written for the title tests in the style of a street office's news: two paragraphs, no title of its own.
STREET_BODY = ("今年以来，某某街道党工委把“红色楼栋”建设作为抓手，组织在职党员回社区报到，"
               "认领楼道照明、加装扶手等微心愿四十余个，居民满意度明显提升。\n\n"
               "下一步，街道将总结楼栋党小组的做法，在辖区内推广，让党员在家门口亮身份、作表率。\n")


def clean_page(text: str):
    """One page's text, cleaned as the build cleans a source file."""
    return clean_source(Source("t.txt", "t.txt", "t", text, "0" * 64, "utf-8"))


def candidate_texts(text: str) -> list[str]:
    """The title candidates the cleaner weighs on a page, in its order."""
    return [c.text for c in title_candidates(text.split("\n"), junk_rule, is_menu_line)]


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def clean_file(path: Path):
    article = clean_source(read_source(path))
    article.slug = article.slug or "test"
    return article


def split_md(md: str) -> tuple[dict, str]:
    m = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", md, re.S)
    assert m, "no frontmatter block"
    return yaml.safe_load(m.group(1)), m.group(2)


def headings(body: str) -> list[str]:
    return [norm(l) for l in body.splitlines() if re.match(r"^#{1,6}\s", l)]


def cleaned(path: Path) -> tuple[dict, str]:
    return split_md(render_markdown(clean_file(path)))
