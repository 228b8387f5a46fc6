"""A new contributor's path, end to end: `new`, paste a news page, `check`, correct metadata, build, read the page."""
from __future__ import annotations

import hashlib
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import site_search_results

REPO = Path(__file__).resolve().parent.parent
NEWS_PAGE = REPO / "tests" / "contributor" / "news_page.txt"
NAME = "2024-hongse-yinqing"
SHORT_TITLE = "“红色引擎”驱动检修一线"
# What a fresh clone does not have: VCS data, the venv, build outputs and caches.
NOT_IN_A_CLONE = shutil.ignore_patterns(".git", ".venv", "site", "dist", ".cache", "__pycache__", ".pytest_cache", ".hypothesis", "out", "mutants")


def cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m build_scripts ARGS` as `make check` / `make site` run it."""
    return subprocess.run([sys.executable, "-m", "build_scripts", *args], cwd=project, capture_output=True, text=True)


def visible_text(page: str) -> str:
    """The text of the page's <article>, tags removed."""
    article = page[page.index("<article"):page.index("</article>")]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article)))


@pytest.fixture(scope="module")
def contributed(tmp_path_factory) -> Path:
    """A copy of the repository after a contributor added a sixth article and built the site."""
    project = tmp_path_factory.mktemp("contributor") / "repo"
    shutil.copytree(REPO, project, ignore=NOT_IN_A_CLONE)
    done = cli(project, "new", NAME, "--url", "https://example.org/news/2024/0315/hongse-yinqing.html")
    assert done.returncode == 0, done.stderr
    source = project / "source_texts" / f"{NAME}.txt"
    with source.open("a", encoding="utf-8") as f:
        f.write(NEWS_PAGE.read_text(encoding="utf-8"))
    (project / "pasted.sha256").write_text(hashlib.sha256(source.read_bytes()).hexdigest(), encoding="utf-8")

    done = cli(project, "check", f"source_texts/{NAME}.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", f"a plain news page should check clean:\n{done.stdout}"

    # The contributor prefers the headline without its subtitle: a correction in a sidecar,
    # the pasted text left as it is.
    (project / "source_texts" / f"{NAME}.meta.yml").write_text(f"title: {SHORT_TITLE}\n", encoding="utf-8")
    done = cli(project, "build")
    assert done.returncode == 0, done.stdout + done.stderr
    return project


def test_the_raw_source_is_kept_as_pasted(contributed):
    """`check` and `build` never rewrite a source text (the corrections go in the sidecar); the page names its file."""
    pasted = (contributed / "pasted.sha256").read_text(encoding="utf-8")
    assert hashlib.sha256((contributed / "source_texts" / f"{NAME}.txt").read_bytes()).hexdigest() == pasted
    page = (contributed / "docs" / "articles" / f"{NAME}.md").read_text(encoding="utf-8")
    assert yaml.safe_load(page.split("---\n")[1])["source_file"] == f"source_texts/{NAME}.txt"


def test_the_article_gets_a_pinned_address(contributed):
    table = yaml.safe_load((contributed / "build_scripts" / "taxonomy" / "slugs.yml").read_text(encoding="utf-8"))
    assert table["articles"][f"{NAME}.txt"] == NAME


def test_the_article_page_shows_clean_text_metadata_and_topics(contributed):
    page = (contributed / "site" / "articles" / NAME / "index.html").read_text(encoding="utf-8")
    text = visible_text(page)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    h1 = re.sub(r'<a class="headerlink".*?</a>', "", h1)  # the ¶/# permalink
    assert html.unescape(re.sub(r"<[^>]+>", "", h1)).strip() == SHORT_TITLE  # the metadata wins
    assert "2024-03-15" in text and "东江热电公司党委工作部" in text
    assert "党员突击队连续奋战三十多个小时" in text
    for junk in ("责任编辑", "分享到", "上一篇", "下一篇", "版权所有", "浏览次数", "字号"):
        assert junk not in text, junk
    assert re.search(r"<h2[^>]*>\s*一、找准定位", page)
    topic_links = re.findall(r'href="\.\./\.\./topics/([a-z0-9-]+)/"', page[page.index("<article"):])
    # a workshop branch creating its party-building brand: the headline says 创建党建品牌 and every
    # section is about the brand (让品牌有魂、有形、有效), so 党建品牌 comes first. (It used to be
    # 班组建设, won by the 一线 of the short title alone; 一线 is no 班组 term any more.)
    assert topic_links and topic_links[0] == "dangjian-pinpai", topic_links


def test_the_topic_page_and_search_list_the_article(contributed):
    topic = (contributed / "site" / "topics" / "dangjian-pinpai" / "index.html").read_text(encoding="utf-8")
    assert f"articles/{NAME}/" in topic
    found = site_search_results(contributed / "site", "党员突击队连续奋战")  # words of its body
    assert [(r["title"], r["url"]) for r in found] == [(SHORT_TITLE, f"articles/{NAME}/")]
