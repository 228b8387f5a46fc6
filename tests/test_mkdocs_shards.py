"""MkDocs run in several processes side by side writes exactly the site one process writes."""
from __future__ import annotations

import filecmp
import os
import shutil
import sys
from pathlib import Path

import pytest

from build_scripts import pipeline


def mkdocs(project: Path, site: Path, shards: int):
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
           "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site)]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", NO_MKDOCS_2_WARNING="1")
    return pipeline.run_mkdocs_process(cmd, project, env, site, pages=0, shards=shards)


def tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_three_processes_write_the_same_files_as_one(built_site, tmp_path):
    one, three = tmp_path / "one", tmp_path / "three"
    assert mkdocs(built_site, one, 1).returncode == 0
    assert mkdocs(built_site, three, 3).returncode == 0
    files = tree(one)
    assert files == tree(three)
    assert any(f.startswith("articles/") for f in files) and "sitemap.xml" in files and "404.html" in files
    _, mismatch, errors = filecmp.cmpfiles(one, three, files, shallow=False)
    assert mismatch == [] and errors == []


def test_a_broken_link_in_any_share_fails_the_strict_build(built_site, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site", ".cache"))
    article = sorted((project / "docs" / "articles").glob("*.md"))[-1]
    article.write_text(article.read_text(encoding="utf-8") + "\n[断开的链接](no-such-page.md)\n", encoding="utf-8")
    assert mkdocs(project, tmp_path / "site", 2).returncode != 0


@pytest.mark.parametrize(("cores", "articles", "expected"), [
    (8, pipeline.SHARD_MKDOCS_FROM - 1, 1),  # a small library: one process
    (8, pipeline.SHARD_MKDOCS_FROM, 4),  # a large one: one per core, at most four
    (2, pipeline.SHARD_MKDOCS_FROM, 2),
    (1, pipeline.SHARD_MKDOCS_FROM, 1),
    (None, pipeline.SHARD_MKDOCS_FROM, 1),  # os.cpu_count() may not know
])
def test_shards_start_once_the_library_is_large(tmp_path, monkeypatch, cores, articles, expected):
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    for i in range(articles):
        (docs / "articles" / f"a{i}.md").write_text("# t\n", encoding="utf-8")
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: cores)
    assert pipeline.mkdocs_shards(docs) == expected
