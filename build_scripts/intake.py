"""What `check` and `build` share: the folder of sources, one source read and cleaned, and the duplicate verdict.

Both commands call these functions, so a contributor's `make check` and the site build can never
disagree about which files are used, what a cleaner failure says, or what a duplicate is.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .article import Article, Source
from .dedupe import Signature, find_duplicates
from .errors import LibraryError, SourceError
from .notices import Notice
from .sources import read_source


def require_folder(folder: Path) -> None:
    """Raise, naming the folder, when the folder of source texts is not there (run outside the project)."""
    if not Path(folder).is_dir():
        raise LibraryError(f"{folder}: missing: 没有这个源文本文件夹；"
                           "请在项目文件夹里运行，或用 --sources 指定文件夹")


def cleaner_failed(path, error: Exception) -> SourceError:
    """The problem line for a bug met while reading or cleaning a source: named, never a traceback."""
    return SourceError(str(path), "cleaner failed", f"{type(error).__name__}: {error}；这是清洗程序的错误，请附上这个文件在 Issues 里报告")


def prepare_cleaning() -> None:
    """Import the cleaner and load its tables, the genre list and its cue tables now, in this process
    (all happen on first use).

    The build calls it before it forks its workers, which then inherit them instead of each
    importing the cleaner's modules, reading its phrase lists, weights and pypinyin, parsing
    genres.yml and building the cue tables again (≈ 0.3 s, 0.5 s and 0.05 s of CPU per worker);
    the building process reads the genre list for its pages, and pypinyin for slugs, anyway.
    """
    from . import cleaning
    from .genres import cue_tables, load_genres

    cleaning.load_tables()
    load_genres()
    cue_tables()


def load_source(path) -> tuple[Source, Article]:
    """Read and clean one source text; a source that cannot be published raises SourceError.

    A bug in the reader or the cleaner raises SourceError too (see cleaner_failed): one bad source
    must not stop the others.
    """
    from .cleaning import clean_source  # imported on first use, not when the CLI starts

    try:
        source = read_source(path)
        return source, clean_source(source)
    except SourceError:
        raise
    except Exception as e:
        raise cleaner_failed(path, e) from e


@dataclass(frozen=True)
class Duplicate:
    """A source that repeats an earlier one: published once, on the earlier one's page, both sources listed."""

    kept: str  # the earlier source, in file order: its page stays
    later: str  # the copy, listed on that page
    score: float  # similarity of the cleaned texts; 1.0 is the same text

    @property
    def warning(self) -> Notice:
        what = "与下面的文章相同：" if self.score >= 1.0 else f"与下面的文章几乎相同（{self.score:.0%} 的文字一样）："
        return Notice("duplicate", f"{self.later} {what} {self.kept}；只发布一次，两个来源都列出；请删除其中一个文件")


def find_merges(items: list[tuple[str, str]], signatures: list[Signature] | None = None,
                known: dict | None = None, scored: dict | None = None) -> list[Duplicate]:
    """Every later copy in `items` ((label, cleaned body) in file order) with the source whose page it joins.

    A copy of a copy joins the first of them; each label is a `later` at most once.
    signatures / known / scored: as dedupe.find_duplicates.
    """
    merged_into: dict[str, str] = {}
    merges = []
    for first, later, score in find_duplicates(items, signatures=signatures, known=known, scored=scored):
        kept = merged_into.get(first, first)
        if later in merged_into or later == kept:
            continue
        merged_into[later] = kept
        merges.append(Duplicate(kept, later, score))
    return merges
