"""The pull-request step summary: for each added or changed source text, what the site will show.

Usage: python -m build_scripts.contributor.pr_summary --base origin/main >> "$GITHUB_STEP_SUMMARY"
       python -m build_scripts.contributor.pr_summary source_texts/x.txt …
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .check import SIDECAR_SUFFIX, SOURCES_DIR, text_of_sidecar
from ..cleaning import clean_source
from ..errors import LibraryError, SourceError
from ..sources import read_source
from ..topics import Taxonomy, assign_topics, load_taxonomy, validate_pinned_topics

# Backslash-escaped in a table cell so that text from a source cannot become a link, emphasis,
# code or a column break; & < > become entities so it cannot become HTML either.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


@dataclass
class Row:
    """One source text as the site will show it, or why it will not be shown."""

    file: str
    title: str = ""
    date: str = ""
    source: str = ""
    source_url: str = ""
    topics: list[str] = field(default_factory=list)
    removed: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""


def changed_sources(base: str, sources_dir: Path = SOURCES_DIR) -> tuple[list[Path], list[str]]:
    """Source texts added or changed since `base` (a sidecar counts for its text), and those deleted."""
    diff = subprocess.run(
        ["git", "diff", "--name-status", "--no-renames", f"{base}...HEAD", "--", str(sources_dir)],
        capture_output=True, text=True,
    )
    if diff.returncode != 0:
        raise LibraryError(f"git diff {base}...HEAD: {diff.stderr.strip() or 'failed'}; fetch the base branch (actions/checkout with fetch-depth: 0)")
    changed, deleted = [], []
    for line in diff.stdout.splitlines():
        status, _, name = line.partition("\t")
        path = Path(name)
        if path.name.endswith(SIDECAR_SUFFIX):
            path = text_of_sidecar(path)
        if path.suffix != ".txt":
            continue
        if status == "D" and not path.exists():
            deleted.append(str(path))
        elif path.exists():
            changed.append(path)
    return sorted(set(changed)), sorted(set(deleted))


def summarise(path: Path, taxonomy: Taxonomy) -> Row:
    """Clean one source the way the build does and collect what its page will show."""
    row = Row(file=str(path))
    try:
        source = read_source(path)
        pinned = validate_pinned_topics(source.meta.get("topics", []), taxonomy, str(path))
        article = clean_source(source)
    except SourceError as e:
        row.error = f"{e.rule}: {e.hint}"
        return row
    names = {t.slug: t.name for t in taxonomy.topics}
    row.title = article.title
    row.date = article.date or ""
    row.source = article.source_name or ""
    row.source_url = article.source_url or ""
    row.topics = [names[s] for s in (pinned or assign_topics(article, taxonomy))]  # as pipeline.gather does
    row.removed = sum(1 for c in article.changes if c.after is None)
    row.warnings = list(article.warnings)
    return row


def cell(text: str) -> str:
    """Text from a source, safe inside one Markdown table cell."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def file_cell(name: str) -> str:
    return f"`{name}`" if re.fullmatch(r"[^`|\s]+", name) else cell(name)


def source_cell(row: Row) -> str:
    name = cell(row.source) or "—"
    if re.fullmatch(r"https?://[^\s()<>\"'`]+", row.source_url):
        return f"[{name if row.source else cell(row.source_url)}](<{row.source_url}>)"
    return name


def render(rows: list[Row], deleted: list[str] = ()) -> str:
    """The Markdown summary: a table of the changed sources and a line per deleted one."""
    lines = ["## 本次改动的源文本在网站上的样子", ""]
    if not rows and not deleted:
        lines.append("这个 PR 没有改动 `source_texts/` 里的源文本。")
        return "\n".join(lines) + "\n"
    if rows:
        lines += [
            "| 文件 | 标题 | 日期 | 来源 | 专题 | 删除的行 | 警告 / 错误 |",
            "|---|---|---|---|---|---:|---|",
        ]
    for row in rows:
        file = file_cell(row.file)
        if row.error:
            lines.append(f"| {file} | — | — | — | — | — | ❌ {cell(row.error)} |")
            continue
        warnings = "<br>".join(f"⚠️ {cell(w)}" for w in row.warnings) or "—"
        lines.append(
            f"| {file} | {cell(row.title)} | {cell(row.date) or '—'} | {source_cell(row)} | "
            f"{cell('、'.join(row.topics)) or '—'} | {row.removed} | {warnings} |"
        )
    if deleted:
        lines += ["", "删除的源文本（网站上将不再有这些文章）："]
        lines += [f"- {file_cell(name)}" for name in deleted]
    errors = sum(1 for r in rows if r.error)
    if errors:
        lines += ["", f"❌ {errors} 个源文本不能发布；请按表中提示修改（详见 `make check`）。"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.contributor.pr_summary", description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref the pull request is compared with, e.g. origin/main")
    parser.add_argument("paths", nargs="*", help="source texts to summarise instead of the changed ones")
    args = parser.parse_args(argv)
    try:
        if args.paths:
            paths, deleted = [Path(p) for p in args.paths], []
        elif args.base:
            paths, deleted = changed_sources(args.base)
        else:
            parser.error("give --base REF or source text paths")
        taxonomy = load_taxonomy()
    except LibraryError as e:
        print(e, file=sys.stderr)
        return 1
    sys.stdout.write(render([summarise(p, taxonomy) for p in paths], deleted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
