"""Shared helpers for cleaning tests: clean a file or a string, and compare as the seed checker does."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from build_scripts.cleaning import clean_source, render_markdown
from build_scripts.sources import read_source


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
