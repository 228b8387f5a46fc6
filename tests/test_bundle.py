"""The offline bundle: its name, its determinism, and that every page and link works without a server."""
from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from build_scripts import bundle
from build_scripts.__main__ import main

MINI_CONFIG = """\
site_name: 党建文库
site_url: https://example.org/wenku/
repo_url: https://github.com/example/wenku
edit_uri: edit/main/docs/
theme:
  name: material
  language: zh
  font: false
  features:
    - navigation.instant
    - content.action.edit
    - search.highlight
plugins:
  - search:
      lang: zh
"""
MINI_PAGES = {
    "index.md": "# 党建文库\n\n收录两篇文章：[班组建设](articles/banzu.md)、[支部工作法](articles/zhibu.md#工作法)。\n",
    "articles/banzu.md": (
        "# 班组建设的几点做法\n\n班组是生产经营的基本单元。回到[首页](../index.md)。\n\n"
        # markup quoted in an article, shown as text (the pipeline escapes it the same way)
        "台账里写着 &lt;b&gt;加粗&lt;/b&gt; 字样。\n"
    ),
    "articles/zhibu.md": "# 支部工作法\n\n## 工作法\n\n支部把三会一课和生产任务一起安排。见[班组](banzu.md)。\n",
}
BUNDLE_DATE = dt.date(2024, 5, 1)


def write_mini_project(root: Path, pages: dict[str, str] = MINI_PAGES) -> Path:
    """A small MkDocs-Material project with Chinese pages; returns its mkdocs.yml."""
    (root / "mkdocs.yml").write_text(MINI_CONFIG, encoding="utf-8")
    (root / "docs").mkdir()
    for name, text in pages.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def mini_bundle(tmp_path_factory) -> Path:
    """The zip of the small project, dated BUNDLE_DATE."""
    root = tmp_path_factory.mktemp("mini")
    config = write_mini_project(root)
    assert bundle.run_bundle(False, config_file=config, dist_dir=root / "dist", date=BUNDLE_DATE) == 0
    (zip_path,) = (root / "dist").glob("*.zip")
    return zip_path


class _Refs(HTMLParser):
    """Collects (tag, attribute, value) for every href/src in a page."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append((tag, name, value))


def page_refs(html: str) -> list[tuple[str, str, str]]:
    parser = _Refs()
    parser.feed(html)
    return parser.refs


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


@pytest.mark.parametrize(("site_name", "expected"), [
    ("党建文库", "dangjian-wenku"),
    ("Party Library 2024", "party-library-2024"),
    ("《》！", "site"),
])
def test_bundle_name_is_ascii_pinyin_of_the_site_name(site_name, expected):
    assert bundle.bundle_name(site_name) == expected


def test_zip_is_named_after_site_and_date_and_unzips_into_one_folder(mini_bundle):
    assert mini_bundle.name == "dangjian-wenku-offline-2024-05-01.zip"
    with zipfile.ZipFile(mini_bundle) as zf:
        names = zf.namelist()
    assert {n.split("/", 1)[0] for n in names} == {"dangjian-wenku-offline-2024-05-01"}
    assert "dangjian-wenku-offline-2024-05-01/index.html" in names
    assert "dangjian-wenku-offline-2024-05-01/articles/banzu.html" in names
    assert "dangjian-wenku-offline-2024-05-01/search/search_index.js" in names
    assert "dangjian-wenku-offline-2024-05-01/search/search_data.js" in names


def test_bundle_of_the_same_site_is_byte_identical(mini_bundle, tmp_path):
    config = write_mini_project(tmp_path)
    assert bundle.run_bundle(False, config_file=config, dist_dir=tmp_path / "dist", date=BUNDLE_DATE) == 0
    again = tmp_path / "dist" / mini_bundle.name
    assert again.read_bytes() == mini_bundle.read_bytes()


def test_offline_pages_drop_features_that_fetch_from_a_server(mini_bundle, tmp_path):
    with zipfile.ZipFile(mini_bundle) as zf:
        zf.extractall(tmp_path)
    index = (tmp_path / mini_bundle.stem / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', index, re.S)[1])
    assert "navigation.instant" not in config["features"], "instant loading uses fetch(), which fails on file://"
    assert "md-source" not in index, "the repository widget fetches api.github.com"
    article = (tmp_path / mini_bundle.stem / "articles" / "banzu.html").read_text(encoding="utf-8")
    assert "https://github.com/example/wenku/edit/main/docs/articles/banzu.md" in article, "edit link lost"


def test_no_build_without_generated_pages_is_one_actionable_line(tmp_path, monkeypatch, capsys):
    write_mini_project(tmp_path, pages={"about.md": "# 关于\n\n手写页面。\n"})
    monkeypatch.chdir(tmp_path)
    assert main(["bundle", "--no-build"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err  # one line (an exception would have failed main() above)
    assert err.startswith("docs/index.md: missing:") and "python -m build_scripts build" in err


def test_vendored_shim_keeps_its_licence_and_is_shipped_unchanged(unzipped_bundle):
    vendored = bundle.SHIM_SOURCE.read_bytes()
    assert b"MIT License" in vendored and b"Martin Donath" in vendored
    assert (unzipped_bundle / bundle.SHIM_SITE_PATH).read_bytes() == vendored


def test_every_page_loads_scripts_styles_and_images_from_the_bundle(unzipped_bundle):
    remote = []
    for path in html_pages(unzipped_bundle):
        for tag, attr, value in page_refs(path.read_text(encoding="utf-8")):
            if tag == "a" or (tag == "link" and attr == "href" and _is_navigation_link(path, value)):
                continue
            if urlsplit(value).scheme not in ("", "data"):
                remote.append(f"{path.relative_to(unzipped_bundle)}: <{tag} {attr}={value}>")
    assert remote == []


def _is_navigation_link(path: Path, value: str) -> bool:
    """<link rel=canonical> names the published URL; it is metadata, not a request."""
    html = path.read_text(encoding="utf-8")
    return f'<link rel="canonical" href="{value}">' in html


def test_every_link_in_the_bundle_opens_a_file(unzipped_bundle):
    """From file:// a link to a folder shows a directory listing, and a missing file an error page."""
    broken = []
    pages = html_pages(unzipped_bundle)
    assert unzipped_bundle / "index.html" in pages
    for path in pages:
        for tag, attr, value in page_refs(path.read_text(encoding="utf-8")):
            parts = urlsplit(value)
            if tag != "a" or parts.scheme or parts.netloc or not parts.path:
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{path.relative_to(unzipped_bundle)}: {value}")
    assert broken == []


# --- search in the small bundle, from file:// in Chromium ------------------------------------

@pytest.fixture(scope="module")
def unzipped_mini_bundle(mini_bundle, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("mini-unzipped")
    with zipfile.ZipFile(mini_bundle) as zf:
        zf.extractall(target)
    return target / mini_bundle.stem


def search_results(page, bundle_root: Path, query: str):
    """Open the bundle's home page with ?q=`query`; return the locator of the result list once filled."""
    page.goto((bundle_root / "index.html").as_uri() + "?q=" + query)
    page.wait_for_selector(".md-search-result__item")
    return page.locator(".md-search-result__list")


def test_search_results_show_markup_quoted_in_an_article_as_text(page, unzipped_mini_bundle, external_requests):
    results = search_results(page, unzipped_mini_bundle, "加粗")
    assert "<b>加粗</b>" in results.inner_text()
    assert results.locator("b").count() == 0, "quoted markup became live in the result list"
    assert results.locator("mark").first.inner_text() == "加粗"
    assert external_requests() == []


def test_search_for_words_written_together_finds_a_page_that_has_them_apart(page, unzipped_mini_bundle):
    """支部任务 is in no page; 支部 and 任务 are both in 支部工作法 (支部把三会一课和生产任务一起安排)."""
    results = search_results(page, unzipped_mini_bundle, "支部任务")
    titles = results.locator(".md-search-result__item > a:first-child h1").all_inner_texts()
    assert titles[0] == "支部工作法"


def test_search_leaves_out_pages_with_a_word_marked_with_minus(page, unzipped_mini_bundle):
    results = search_results(page, unzipped_mini_bundle, "班组 -生产经营")
    titles = results.locator(".md-search-result__item > a:first-child h1").all_inner_texts()
    assert "支部工作法" in titles, "见班组 is in 支部工作法"
    assert "班组建设的几点做法" not in titles, "班组建设的几点做法 has 生产经营"
