"""The state one cleaning run carries between steps: extracted metadata and the change log."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Change


@dataclass
class Context:
    """What the steps learn about the page, and every change they made."""

    changes: list[Change] = field(default_factory=list)
    warnings: list = field(default_factory=list)  # notices.Notice
    title: str | None = None
    title_score: float | None = None  # confidence that the chosen title is right, 0–1 (metadata.choose_title)
    original_title: str | None = None  # what a reposted page says its title was (原标题：《…》)
    date: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    abstract: str | None = None
    truncated: bool = False
    paginated: bool = False
    page_count: int | None = None
    stated_chars: int | None = None  # the length the page says the text has (文章共1155字)
    original_script: str = "simplified"

    def warn(self, kind: str, message: str) -> None:
        from ..notices import Notice
        self.warnings.append(Notice(kind, message))

    def removed(self, rule: str, line: str) -> None:
        if line.strip():
            self.changes.append(Change(rule, line))

    def changed(self, rule: str, before: str, after: str) -> None:
        if before != after:
            self.changes.append(Change(rule, before, after))
