"""`python -m build_scripts clean PATH [--explain]`: print one cleaned article, or audit it."""
from __future__ import annotations

import sys

from ..errors import SourceError
from ..sources import read_source
from . import clean_source, render_markdown


def shorten(s: str, width: int = 160) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def run_clean(path: str, explain: bool = False) -> int:
    source = read_source(path)
    try:
        article = clean_source(source)
    except RecursionError as e:  # pathological nesting; never a traceback for a source
        raise SourceError(source.path, "cleaner failed", f"{e}；这是清洗程序的错误，请附上这个文件在 Issues 里报告") from None
    if not article.slug:
        article.slug = source.stem if source.stem.isascii() else ""
    from ..topics import assign_topics, load_taxonomy, no_topic_notice, validate_pinned_topics
    taxonomy = load_taxonomy()
    pinned = validate_pinned_topics(source.meta.get("topics", []), taxonomy, source.path)
    # the topics the build would assign (the same function, the same taxonomy)
    article.topics = pinned or assign_topics(article, taxonomy)
    if not article.topics:
        article.warnings.append(no_topic_notice())
    if explain:
        for ch in article.changes:
            if ch.after is None:
                print(f"[{ch.rule}] - {ch.before}")
            else:
                print(f"[{ch.rule}] ~ {shorten(ch.before)}\n{' ' * (len(ch.rule) + 3)}→ {shorten(ch.after)}")
        for w in article.warnings:
            print(f"warning: {w}")
        return 0
    sys.stdout.write(render_markdown(article))
    for w in article.warnings:
        print(f"{source.path}: warning: {w}", file=sys.stderr)
    return 0
