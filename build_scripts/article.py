"""Data carried through the pipeline: Source (raw, decoded) and Article (clean)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Source:
    """A source text as read from disk: decoded text plus the metadata given for it."""

    path: str  # as given, for messages (e.g. source_texts/x.txt)
    name: str  # file name, e.g. x.txt
    stem: str
    text: str  # decoded, newlines normalised to \n, metadata header removed
    sha256: str  # of the raw bytes
    encoding: str
    meta: dict = field(default_factory=dict)  # validated override keys from header/sidecar
    raw_size: int = 0


@dataclass(frozen=True)
class Block:
    """One block of a cleaned body: a paragraph ("p"), or a heading ("h") with its level (2–4)."""

    kind: str
    text: str
    level: int | None = None


@dataclass
class Change:
    """One line the cleaner removed or changed, and the rule that did it."""

    rule: str
    before: str
    after: str | None = None  # None: the line was removed


@dataclass
class Article:
    """A cleaned article: frontmatter fields plus the Markdown body."""

    title: str
    body: str
    slug: str
    source_file: str
    source_sha256: str
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    source_name: str | None = None
    source_url: str | None = None
    keywords: list[str] = field(default_factory=list)
    summary: str | None = None
    topics: list[str] = field(default_factory=list)
    genre: str | None = None  # a slug of taxonomy/genres.yml
    truncated: bool = False
    original_script: str = "simplified"
    changes: list[Change] = field(default_factory=list)
    warnings: list = field(default_factory=list)  # notices.Notice
    # filled by the site stage
    also_sources: list[dict] = field(default_factory=list)

    def frontmatter(self) -> dict:
        """The frontmatter mapping, with the exact keys and order of the contract."""
        return {
            "title": self.title,
            "date": self.date,
            "authors": list(self.authors),
            "affiliations": list(self.affiliations),
            "source": {"name": self.source_name, "url": self.source_url},
            "keywords": list(self.keywords),
            "summary": self.summary,
            "genre": self.genre,
            "topics": list(self.topics),
            "truncated": self.truncated,
            "original_script": self.original_script,
            "source_file": self.source_file,
            "source_sha256": self.source_sha256,
            "slug": self.slug,
        }
