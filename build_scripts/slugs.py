"""Stable ASCII slugs: derive, pin in a committed file, detect collisions, record redirects."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ConfigError, SourceError

SLUGS_FILE = Path(__file__).parent / "taxonomy" / "slugs.yml"
# libyaml's loader and emitter when PyYAML has them (ten times faster on a table of 10,000 pins).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
MAX_DERIVED = 60
# A file stem is used as the slug only when it reads like words (2024-party-brand), not like a
# scraper's hash (000_406509754edb76a3).
_READABLE_STEM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HASHLIKE = re.compile(r"[0-9a-f]{8,}")

HEADER = """\
# 每篇文章的网址：源文件名 → /articles/<slug>/。构建时自动追加新文章；请随源文件一起提交。
# 发布后不要改动已有的值（网址会失效）。要改网址，在源文件元数据里写 slug: 新值，
# 构建会把旧网址记入 redirects 并自动跳转。
# sources: 每个来源页面的网址（来源名称 → /sources/<slug>/），同样由构建追加，不要改动已有的值。
# Source file → article URL slug. The build appends new sources; commit this file with them.
"""


@dataclass
class SlugTable:
    """The committed pins: file name → slug, and old slug → new slug for moved pages."""

    articles: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # source name → /sources/<slug>/

    def dump(self) -> str:
        data = {"articles": dict(sorted(self.articles.items())), "redirects": dict(sorted(self.redirects.items()))}
        if self.sources:
            data["sources"] = dict(sorted(self.sources.items()))
        body = yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
        return HEADER + body


def load_slug_table(path: Path = SLUGS_FILE) -> SlugTable:
    if not path.exists():
        return SlugTable()
    label = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"{label}: invalid YAML: {str(e).splitlines()[0]}")
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: write 'articles:' and 'redirects:' mappings")
    table = SlugTable(dict(data.get("articles") or {}), dict(data.get("redirects") or {}), dict(data.get("sources") or {}))
    for key, value in list(table.articles.items()) + list(table.sources.items()) + list(table.redirects.items()):
        for slug in ([value] if key in table.articles or key in table.sources else [key, value]):
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                raise ConfigError(f"{label}: {key}: {slug!r} is not a slug; use lowercase ASCII letters, digits and '-'")
    seen: dict[str, str] = {}
    for name, slug in table.sources.items():
        if slug in seen:
            raise ConfigError(f"{label}: sources: {name} and {seen[slug]} both have the slug {slug!r}; give one of them another")
        seen[slug] = name
    return table


def pinyin_slug(text: str, limit: int = MAX_DERIVED) -> str:
    """Chinese text → 'tanxi-qiye-jiceng-dangjian': one pinyin word per jieba word, cut at a word."""
    from pypinyin import Style, lazy_pinyin

    from .topics import segmenter

    words = []
    for word in segmenter().cut(text):
        syllables = lazy_pinyin(word, style=Style.NORMAL, errors=lambda s: list(s))
        # 9-10 stays two words (jieba-rs keeps such a run as one token, jieba split it)
        words += re.findall(r"[a-z0-9]+", "".join(syllables).lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words else "")


def assign_source_slugs(names: list[str], table: SlugTable) -> dict[str, str]:
    """Each source's page slug: its pin in the table, else the pinyin of its name made unique; new ones are pinned.

    Pinned, a source page keeps its address when another source with a name that reads the same
    arrives later (unpinned, the -2 suffixes would be dealt again in name order).
    """
    out = {name: table.sources[name] for name in names if name in table.sources}
    taken = set(table.sources.values()) | {"index"}
    for name in sorted(names):
        if name in out:
            continue
        base = pinyin_slug(name) or "source"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out[name] = table.sources[name] = slug
    return out


def derive_slug(stem: str, title: str) -> str:
    """A new article's slug: a readable ASCII file stem, else the pinyin of its title."""
    lowered = stem.lower()
    if _READABLE_STEM.match(lowered) and not _HASHLIKE.search(lowered) and re.search(r"[a-z]{3,}", lowered):
        return lowered[:MAX_DERIVED].strip("-")
    return pinyin_slug(title) or re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")[:MAX_DERIVED] or "article"


def assign_slugs(entries: list[tuple[str, str, str, str | None]], table: SlugTable) -> tuple[dict[str, str], list[SourceError]]:
    """Give every source its slug and update the table in place.

    entries: (source label, file name, title, slug from metadata or None), sorted by file name.
    Metadata wins, then the pin, then a derived slug (made unique with -2, -3 …). A metadata slug
    that differs from the pin moves the page: the old slug is recorded as a redirect. Two sources
    that claim the same slug explicitly are an error naming both files; neither is published.
    """
    slugs: dict[str, str] = {}
    claimed: dict[str, str] = {}  # slug → label of the source that claimed it explicitly
    errors: list[SourceError] = []
    bad: set[str] = set()
    for label, name, _title, meta_slug in entries:
        slug = meta_slug or table.articles.get(name)
        if not slug:
            continue
        if slug in claimed:
            errors.append(SourceError(label, "slug collision", f"网址名 {slug!r} 已经被 {claimed[slug]} 使用；请在其中一篇的元数据里写另一个 slug:"))
            bad.update({label, claimed[slug]})
            continue
        claimed[slug] = label
        slugs[name] = slug
    taken = set(claimed) | set(table.redirects) | set(table.articles.values())  # removed sources keep theirs
    for label, name, title, meta_slug in entries:
        if name in slugs or label in bad:
            continue
        base = derive_slug(Path(name).stem, title)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs[name] = slug
    for label, name, _title, _meta in entries:
        if label in bad:
            slugs.pop(name, None)
            continue
        old = table.articles.get(name)
        if old and old != slugs[name]:
            table.redirects[old] = slugs[name]
        table.redirects.pop(slugs[name], None)  # a page moved back: its URL is live again
        table.articles[name] = slugs[name]
    for old, new in list(table.redirects.items()):  # follow chains a → b → c to their end
        seen = {old}
        while new in table.redirects and new not in seen:
            seen.add(new)
            new = table.redirects[new]
        table.redirects[old] = new
    return slugs, errors
