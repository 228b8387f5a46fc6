"""The pull-request step summary: what the site will show for each added or changed source text."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts.contributor.pr_summary import Row, changed_sources, main, render, summarise
from build_scripts.topics import load_taxonomy

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO / "tests" / "contributor" / "news_page.txt"


def table_rows(markdown: str) -> list[list[str]]:
    """Cells of each table row, split on the pipes GitHub would split on (not escaped ones)."""
    rows = []
    for line in markdown.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows[1:]  # without the header


def test_a_news_page_shows_title_date_topics_and_removed_lines():
    row = summarise(NEWS, load_taxonomy())
    assert row.error == ""
    assert row.title.startswith("“红色引擎”驱动检修一线")
    assert row.date == "2024-03-15"
    assert "党建品牌" in row.topics
    assert row.removed >= 10  # menu, share buttons, 责任编辑, 上一篇/下一篇, copyright …
    [cells] = table_rows(render([row]))
    assert cells[0] == f"`{NEWS}`" and "党建品牌" in cells[4] and cells[5] == str(row.removed)


def test_an_unusable_source_shows_why(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    row = summarise(empty, load_taxonomy())
    assert row.error.startswith("empty file: ")
    markdown = render([row])
    assert "❌ empty file" in markdown and "不能发布" in markdown


def test_text_from_a_source_cannot_break_the_table_or_become_markup():
    hostile = Row(
        file="source_texts/x.txt",
        title="<script>alert(1)</script> | [点我](javascript:alert(1)) **粗体**",
        source="某网 | 其他", source_url="javascript:alert(1)",
        topics=["党建品牌"], warnings=["<img src=x onerror=alert(1)>"],
    )
    markdown = render([hostile])
    assert "<script" not in markdown and "<img" not in markdown
    assert "](javascript" not in markdown and "**" not in markdown
    [cells] = table_rows(markdown)
    assert len(cells) == 7


@pytest.fixture
def git_project(tmp_path, monkeypatch):
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)

    def git(*args):
        subprocess.run(["git", *args], check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "test@example.org")
    git("config", "user.name", "test")
    return git


def test_changed_sources_since_the_base_branch(git_project, tmp_path):
    sources = tmp_path / "source_texts"
    sources.mkdir()
    for name in ("kept.txt", "edited.txt", "removed.txt"):
        (sources / name).write_text(f"{name} 的正文。\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("说明\n", encoding="utf-8")
    git_project("add", "-A")
    git_project("commit", "-qm", "base")
    git_project("checkout", "-qb", "pr")
    (sources / "edited.meta.yml").write_text("date: 2024-01-02\n", encoding="utf-8")
    (sources / "added.txt").write_text("新文章的正文。\n", encoding="utf-8")
    (sources / "removed.txt").unlink()
    (tmp_path / "README.md").write_text("说明有改动\n", encoding="utf-8")
    git_project("add", "-A")
    git_project("commit", "-qm", "pr")
    changed, deleted = changed_sources("main")
    assert [str(p) for p in changed] == ["source_texts/added.txt", "source_texts/edited.txt"]
    assert deleted == ["source_texts/removed.txt"]


def test_no_source_changes_says_so(git_project, tmp_path, capsys):
    (tmp_path / "README.md").write_text("说明\n", encoding="utf-8")
    git_project("add", "-A")
    git_project("commit", "-qm", "base")
    assert main(["--base", "HEAD"]) == 0
    assert "没有改动" in capsys.readouterr().out


def test_an_unknown_base_is_one_line_not_a_traceback(git_project, tmp_path):
    (tmp_path / "README.md").write_text("说明\n", encoding="utf-8")
    git_project("add", "-A")
    git_project("commit", "-qm", "base")
    # As CI runs it, in its own process: what it prints is all the contributor sees.
    done = subprocess.run([sys.executable, "-m", "build_scripts.contributor.pr_summary", "--base", "origin/nope"],
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True)
    assert done.returncode == 1
    assert "fetch-depth" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
