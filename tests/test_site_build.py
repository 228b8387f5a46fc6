"""End to end: the five seeds built with the real CLI (once, shared), then the built site checked as a reader would."""
from __future__ import annotations

import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from build_scripts import pipeline

from .conftest import REPO, indexed_documents, run_cli, site_search_results

SEEDS = sorted(p.name for p in (REPO / "source_texts").glob("*.txt"))
# The path of site_url in mkdocs.yml, which 404.html puts before its (absolute) links.
SITE_PATH = urlsplit(re.search(r"^site_url:\s*(\S+)", (REPO / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)).path


class Links(HTMLParser):
    """Every href/src on a page, and the hrefs inside elements of some classes (the navigation, the topic chips)."""

    WATCHED = {"md-nav--primary": "nav", "article-topics": "topics"}

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (attribute, value)
        self.inside: dict[str, list[str]] = {name: [] for name in self.WATCHED.values()}
        self._open: list[tuple[str, int]] = []  # (watched name, depth) of the elements we are inside
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._depth += 1
        classes = (attrs.get("class") or "").split()
        for cls, name in self.WATCHED.items():
            if cls in classes:
                self._open.append((name, self._depth))
        for key in ("href", "src", "action"):  # action: the header's search form
            if attrs.get(key):
                self.links.append((key, attrs[key]))
                if key == "href":
                    for name, _ in self._open:
                        self.inside[name].append(attrs[key])
        if tag in ("img", "link", "meta", "input", "br", "hr", "source", "path", "rect", "line"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        self._open = [(n, d) for n, d in self._open if d < self._depth]
        self._depth -= 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("img", "link", "meta", "input", "br", "hr", "source", "path", "rect", "line"):
            self.handle_endtag(tag)

    @property
    def nav_links(self) -> list[str]:
        return self.inside["nav"]


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site / "site"


@pytest.fixture(scope="module")
def html_pages(site) -> list[Path]:
    return sorted(site.rglob("*.html"))


def resolve(page: Path, site: Path, url: str) -> Path | None:
    """The file a relative link on `page` opens, or None for links that leave the site."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:", "data:")):
        return None
    if not parts.path:
        return page
    if parts.path.startswith("/"):  # 404.html links from the root of site_url
        target = site / unquote(parts.path).removeprefix(SITE_PATH)
    else:
        target = page.parent / unquote(parts.path)
    return target / "index.html" if target.is_dir() or parts.path.endswith("/") else target


def article_pages(site: Path) -> list[Path]:
    return sorted((site / "articles").glob("*/index.html"))


# --- the build ----------------------------------------------------------------------------------

def test_every_seed_has_an_article_page_at_its_pinned_slug(built_site, site):
    pins = pipeline.slugs.load_slug_table(built_site / "build_scripts" / "taxonomy" / "slugs.yml")
    for name in SEEDS:
        assert (site / "articles" / pins.articles[name] / "index.html").is_file(), name


def test_every_internal_link_and_resource_resolves(site, html_pages):
    broken = []
    for page in html_pages:
        for _, url in parse(page).links:
            target = resolve(page, site, url)
            if target is not None and not target.exists():
                broken.append(f"{page.relative_to(site)}: {url}")
    assert not broken, "\n".join(broken[:20])


def test_no_page_loads_anything_from_another_host(site, html_pages):
    remote = []
    for page in html_pages:
        for key, url in parse(page).links:
            if key == "src" and urlsplit(url).netloc:
                remote.append(f"{page.relative_to(site)}: {url}")
        text = page.read_text(encoding="utf-8")
        if "fonts.googleapis" in text or "fonts.gstatic" in text or "api.github.com" in text:
            remote.append(f"{page.relative_to(site)}: fonts or repository API")
    assert not remote, "\n".join(remote)


def test_every_article_links_to_a_topic_and_every_topic_links_back(site):
    for page in article_pages(site):
        topic_links = {re.sub(r"^(\.\./)+", "", u).split("#")[0] for u in parse(page).inside["topics"]}
        assert topic_links, f"{page.relative_to(site)} links to no topic"
        slug = page.parent.name
        for link in topic_links:
            topic_page = site / link / "index.html"
            back = [u for _, u in parse(topic_page).links if u.rstrip("/").endswith(f"articles/{slug}")]
            assert back, f"{link} does not link back to {slug}"


def test_no_page_shows_the_markup_of_the_generated_markdown(site, html_pages):
    """{:div} blocks (build_scripts/website/markdown_ext.py) all became <div>s; no Markdown shows as text."""
    for page in html_pages:
        text = page.read_text(encoding="utf-8")
        assert "{:div" not in text and "{:/div}" not in text, page.relative_to(site)
    for page in article_pages(site):
        text = page.read_text(encoding="utf-8")
        assert '<div class="article-footer" data-search-exclude' in text and "](" not in text, page.relative_to(site)


def test_navigation_lists_sections_and_topics_but_no_article(site, html_pages):
    nav = parse(site / "index.html").nav_links
    assert any("topics/" in u for u in nav) and any("years/" in u for u in nav)
    for page in html_pages:
        assert not [u for u in parse(page).nav_links if "articles/" in u], page.relative_to(site)


def test_article_edit_link_opens_its_metadata_on_github_never_the_raw_text(site):
    """The pencil opens where a correction goes: the sidecar <name>.meta.yml (a new one, holding the title,
    when the source has none) or the .txt only when its metadata is a header block at its top."""
    from html import unescape
    from urllib.parse import parse_qs, urlparse

    seen = set()
    for page in article_pages(site):
        edit = re.search(r'<a href="([^"]+)"[^>]*rel="edit"', page.read_text(encoding="utf-8"))
        assert edit, f"{page.relative_to(site)} has no edit link"
        url = unescape(edit.group(1))
        m = re.match(r"https://github\.com/[^/]+/[^/]+/(edit/main/source_texts/([^/?]+)|new/main/source_texts\?(.+))$", url)
        assert m, url
        if m.group(2) and m.group(2).endswith(".txt"):
            assert (REPO / "source_texts" / m.group(2)).read_text(encoding="utf-8").startswith("---"), url
            seen.add("header")
        elif m.group(2):
            assert m.group(2).endswith(".meta.yml") and (REPO / "source_texts" / m.group(2)).exists(), url
            seen.add("sidecar")
        else:
            query = parse_qs(urlparse(url).query)
            assert query["filename"][0].endswith(".meta.yml") and "title:" in query["value"][0], url
            seen.add("new")
    assert {"sidecar", "new"} <= seen  # the seeds: 002 has a sidecar, the others none


def test_search_indexes_each_article_text_and_nothing_else(site):
    """The search index holds the articles, not the topic, year and source pages (which list every
    title and would match every search) nor the report; of an article, its text without the
    topic chips, keywords, related list and the site's truncation note."""
    documents = indexed_documents(site)
    assert sorted(d["url"] for d in documents) == sorted(f"articles/{p.parent.name}/" for p in article_pages(site))
    # seed 003: words of its body find it
    for words in ("面对新形势和新任务", "创新内容体现出的前瞻性不够"):
        assert [r["title"] for r in site_search_results(site, words)] == ["基层党建工作创新难点研究"], words
    # seed 003's page shows 原文不完整 (the site's note) and every article page 相关文章 and 关键词
    for left_out in ("相关文章", "关键词", "原文不完整"):
        assert site_search_results(site, left_out) == [], left_out


def test_readers_download_no_index_of_the_whole_library(site):
    """Material's search_index.json (3.7 MB gzip at 1,000 articles) is not written; the site's
    own index is many small files, each far smaller than the library's text."""
    assert not (site / "search" / "search_index.json").exists()
    index = site / "search-index"
    assert (index / "manifest.json").is_file()
    files = [p for p in index.rglob("*.bin")]
    assert len(files) > 10
    text_bytes = sum(p.stat().st_size for p in article_pages(site))
    assert max(p.stat().st_size for p in files) < text_bytes / 10


def test_maintainers_report_is_built_but_not_in_the_navigation(site):
    report = site / "report" / "index.html"
    assert report.is_file()
    text = report.read_text(encoding="utf-8")
    assert "删除的行" in text
    assert not [u for u in parse(site / "index.html").nav_links if "report" in u]
    # a title read from its line is listed as moved into the metadata, not among the deleted lines
    assert "移入元数据的行" in text and "<code>title</code>" not in text


def test_years_page_has_the_chart_and_topics_page_the_map(site):
    assert "<svg" in (site / "years" / "index.html").read_text(encoding="utf-8")
    assert "专题关联图" in (site / "topics" / "index.html").read_text(encoding="utf-8")


def digest_tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_building_again_gives_a_byte_identical_site_and_rewrites_no_page(built_site, site):
    docs = built_site / "docs"
    site_before, docs_before = digest_tree(site), digest_tree(docs)
    mtimes = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    run_cli(built_site, "build")
    assert digest_tree(site) == site_before
    assert digest_tree(docs) == docs_before
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")} == mtimes


# --- unusable sources ---------------------------------------------------------------------------

def test_unusable_sources_get_one_line_each_and_the_rest_is_built(tmp_path, capsys):
    root = tmp_path / "project"
    shutil.copytree(REPO / "build_scripts" / "taxonomy", root / "build_scripts" / "taxonomy")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    sources = root / "source_texts"
    sources.mkdir()
    shutil.copy(REPO / "source_texts" / SEEDS[0], sources / SEEDS[0])
    (sources / "empty.txt").write_text("  \n", encoding="utf-8")
    (sources / "bad-topic.txt").write_text("---\ntopics: [no-such-topic]\n---\n标题\n\n正文一段。\n", encoding="utf-8")
    code = pipeline.run_build(run_mkdocs=False, sources_dir=str(sources), root=root)
    err = capsys.readouterr().err
    assert code == 1
    assert f"{sources / 'empty.txt'}: empty file:" in err
    assert f"{sources / 'bad-topic.txt'}: unknown topic: 'no-such-topic'" in err
    assert [p.name for p in (root / "docs" / "articles").iterdir()] == [
        pipeline.slugs.load_slug_table(root / "build_scripts" / "taxonomy" / "slugs.yml").articles[SEEDS[0]] + ".md"]
    assert "empty.txt" in (root / "docs" / "report.md").read_text(encoding="utf-8")


def test_problem_lines_name_sources_relative_to_the_working_directory(tmp_path, capsys, monkeypatch):
    root = tmp_path / "project"
    shutil.copytree(REPO / "build_scripts" / "taxonomy", root / "build_scripts" / "taxonomy")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "source_texts").mkdir()
    (root / "source_texts" / "empty.txt").write_text("  \n", encoding="utf-8")
    monkeypatch.chdir(root)
    assert pipeline.run_build(run_mkdocs=False, sources_dir=str(root / "source_texts"), root=root) == 1
    assert capsys.readouterr().err.startswith(f"{Path('source_texts', 'empty.txt')}: empty file:")


# --- MkDocs hooks -------------------------------------------------------------------------------

def test_hooks_add_topic_pages_to_the_nav_and_redirect_moved_articles(tmp_path):
    from mkdocs.config import load_config

    from build_scripts.website import mkdocs_hooks

    root = tmp_path / "project"
    shutil.copytree(REPO / "build_scripts" / "taxonomy", root / "build_scripts" / "taxonomy")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides")  # the theme's custom_dir must exist
    (root / "build_scripts" / "website").mkdir(parents=True, exist_ok=True)
    for hooks in ("mkdocs_hooks.py", "mkdocs_pages.py"):  # mkdocs.yml's hooks
        shutil.copy(REPO / "build_scripts" / "website" / hooks, root / "build_scripts" / "website" / hooks)
    (root / "docs" / "articles").mkdir(parents=True)
    (root / "docs" / "topics").mkdir()
    (root / "docs" / "articles" / "new-name.md").write_text("# 新\n", encoding="utf-8")
    (root / "docs" / "topics" / "dangjian-pinpai.md").write_text("# 党建品牌\n", encoding="utf-8")
    table = pipeline.slugs.SlugTable(articles={"x.txt": "new-name"}, redirects={"old-name": "new-name", "gone": "removed"})
    (root / "build_scripts" / "taxonomy" / "slugs.yml").write_text(table.dump(), encoding="utf-8")
    config = mkdocs_hooks.on_config(load_config(str(root / "mkdocs.yml")))
    topics_section = next(v for item in config.nav for k, v in item.items() if k == "专题")
    assert {"党建品牌": "topics/dangjian-pinpai.md"} in topics_section
    assert not any("banzu-jianshe" in str(item) for item in topics_section)  # no page, no nav entry
    assert config.plugins["redirects"].config["redirect_maps"] == {"articles/old-name.md": "articles/new-name.md"}


def test_the_menu_offers_no_topic_or_genre_without_articles_but_their_pages_stay(site):
    """A topic or genre with no article yet keeps its page (its address never moves) but the menu leaves it out."""
    nav = set(parse(site / "topics" / "index.html").nav_links)
    empty = [d for d in (site / "topics").iterdir() if d.is_dir() and (d / "index.html").is_file()
             and "本专题暂时还没有文章" in (d / "index.html").read_text(encoding="utf-8")]
    full = [d for d in (site / "topics").iterdir() if d.is_dir() and d not in empty and (d / "index.html").is_file()
            and "本专题收录" in (d / "index.html").read_text(encoding="utf-8")]
    assert empty and full  # the seeds leave some topics empty
    assert not [d.name for d in empty if any(u.rstrip("/").endswith(d.name) for u in nav)]
    assert all(any(u.rstrip("/").endswith(d.name) for u in nav) for d in full)
