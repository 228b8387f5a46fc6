"""Generated pages: escaping, frontmatter, what each page kind shows, and the atomic writer."""
from __future__ import annotations

import os
import posixpath
import re

import jinja2
import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st
import yaml

from build_scripts import output, topics
from build_scripts.website import render
from build_scripts.article import Article, Change
from build_scripts.website.markdown_ext import SiteExtension

# mkdocs.yml's markdown_extensions, and the one the hook build_scripts/website/mkdocs_pages.py adds
MD_EXTENSIONS = ["toc", "admonition", "tables", SiteExtension()]


def make_article(slug, title="标题", date="2024-01-06", body="正文第一段。\n\n## 一、小标题\n\n正文。", **kw) -> Article:
    return Article(title=title, body=body, slug=slug, source_file=f"source_texts/{slug}.txt", source_sha256="0" * 64,
                   date=date, **kw)


@pytest.fixture(scope="module")
def taxonomy():
    return topics.load_taxonomy()


def make_library(articles, taxonomy, related=None):
    articles = sorted(articles, key=render.sort_key_newest, reverse=True)
    names = sorted({render.source_of(a) for a in articles})
    return render.Library(articles, related or {}, taxonomy, {n: f"src-{i}" for i, n in enumerate(names)})


def html_of(md_text: str) -> str:
    """Render a generated page the way MkDocs does (frontmatter stripped)."""
    lines = md_text.split("\n")
    body = "\n".join(lines[lines.index("---", 1) + 1:])
    return markdown.markdown(body, extensions=MD_EXTENSIONS)


def meta_of(md_text: str) -> dict:
    """The frontmatter as MkDocs finds it: between the first two lines that are exactly ---."""
    lines = md_text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end]))


# --- escaping ------------------------------------------------------------------------------------

@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[点我](javascript:alert(1))",
    "**粗体** _斜体_ `代码`",
    "标题 # 井号 {: .x}",
])
def test_md_inline_makes_source_text_inert(hostile):
    html = markdown.markdown(render.md_inline(hostile), extensions=MD_EXTENSIONS)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>" not in html and "<em>" not in html and "<code>" not in html
    assert "\\" not in html  # escapes are consumed, not shown to the reader


def test_hostile_title_is_valid_frontmatter_and_escaped_for_the_html_head(taxonomy):
    title = '---\n"引号": <b>#井号</b>\n---\n- 开头'
    a = make_article("x", title=title, topics=["dangjian-pinpai"])
    page = render.render_article(render.make_env(), make_library([a], taxonomy), a)
    meta = meta_of(page)
    # Material prints page.meta.title into <title> unescaped, so it must arrive HTML-escaped.
    assert meta["title"] == '--- &quot;引号&quot;: &lt;b&gt;#井号&lt;/b&gt; --- - 开头'

    assert "<b>" not in html_of(page)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.dywdw.cn/a.html", "https://www.dywdw.cn/a.html"),
    ("https://example.org/a)b(c", "https://example.org/a%29b%28c"),
    ("https://example.org/a b", None),
    ("javascript:alert(1)", None),
    ("ftp://example.org/", None),
    (None, None),
])
def test_safe_href_allows_only_web_addresses(url, expected):
    assert render.safe_href(url) == expected


def test_templates_fail_loudly_on_a_missing_value():
    env = render.make_env()
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ nothing }}").render()


# --- article page --------------------------------------------------------------------------------

def test_article_page_shows_title_meta_line_topics_keywords_related_and_original(taxonomy):
    a = make_article("a", title="党建品牌创建", authors=["王荣华"], affiliations=["某公司"], source_name="某网站",
                     source_url="https://example.org/a.html", keywords=["党建品牌", "班组"], topics=["dangjian-pinpai"])
    b = make_article("b", title="另一篇", date="2023-05-17", topics=["dangjian-pinpai"])
    lib = make_library([a, b], taxonomy, related={"a": ["b"], "b": ["a"]})
    page = render.render_article(render.make_env(), lib, a)
    html = html_of(page)
    assert "<h1" in html and "党建品牌创建</h1>" in html
    assert "2024-01-06" in html and "王荣华" in html and "某公司" in html and "某网站" in html
    assert 'href="../topics/dangjian-pinpai.md"' in html
    assert 'href="b.md"' in html  # related article
    c = make_article("c", title="第三篇", date=None, topics=["dangjian-pinpai"])
    lib3 = make_library([a, b, c], taxonomy, related={"a": ["c", "b"]})
    related = html_of(render.render_article(render.make_env(), lib3, a)).split("<strong>相关文章</strong>")[1]
    assert related.count("<li>") == 2 and "第三篇</a></li>" in related and "</div>" in related  # one item each, block closed
    assert 'href="https://example.org/a.html"' in html
    assert 'href="?q=%E7%8F%AD%E7%BB%84"' in html  # keyword opens the search for it
    assert meta_of(page)["source_file"] == "source_texts/a.txt"  # the hook turns it into the edit link
    assert "<" not in page  # no raw HTML for Python-Markdown and MkDocs to parse (markdown_ext.py)


def test_truncated_article_says_so_before_the_text(taxonomy):
    a = make_article("a", truncated=True, topics=["dangjian-pinpai"], source_url="https://example.org/")
    html = html_of(render.render_article(render.make_env(), make_library([a], taxonomy), a))
    assert html.index("原文不完整") < html.index("正文第一段")


def test_abstract_block_only_when_the_body_does_not_already_show_it(taxonomy):
    own = make_article("a", summary="一段独立的摘要。", topics=["dangjian-pinpai"])
    repeated = make_article("b", summary="正文第一段。", topics=["dangjian-pinpai"])
    given = make_article("c", summary="摘要。", body="> **摘要：**摘要。\n\n正文。", topics=["dangjian-pinpai"])
    lib = make_library([own, repeated, given], taxonomy)
    env = render.make_env()
    assert "admonition abstract" in html_of(render.render_article(env, lib, own))
    assert "admonition abstract" not in html_of(render.render_article(env, lib, repeated))
    assert "admonition abstract" not in html_of(render.render_article(env, lib, given))


def test_duplicate_sources_are_listed_on_the_article(taxonomy):
    a = make_article("a", topics=["dangjian-pinpai"],
                     also_sources=[{"name": "另一网站", "url": "https://other.example/x", "file": "source_texts/b.txt"}])
    html = html_of(render.render_article(render.make_env(), make_library([a], taxonomy), a))
    assert "另见" in html and 'href="https://other.example/x"' in html


# --- index pages ---------------------------------------------------------------------------------

def test_every_page_kind_renders_and_links_articles_and_topics_both_ways(taxonomy):
    a = make_article("a", title="甲文", topics=["dangjian-pinpai", "banzu-jianshe"], source_name="某网站")
    b = make_article("b", title="乙文", date=None, topics=["banzu-jianshe"])
    pages = render.render_site(make_library([a, b], taxonomy, related={"a": ["b"], "b": ["a"]}))
    assert {"index.md", "report.md", "topics/index.md", "years/index.md", "sources/index.md",
            "articles/a.md", "articles/b.md", "years/2024.md", "years/undated.md"} <= set(pages)
    assert all(f"topics/{t.slug}.md" in pages for t in taxonomy.topics)
    topic_html = html_of(pages["topics/banzu-jianshe.md"])
    assert 'href="../articles/a.md"' in topic_html and 'href="../articles/b.md"' in topic_html
    assert 'href="dangjian-pinpai.md"' in topic_html  # related topic
    assert "暂时还没有文章" in html_of(pages["topics/dangfeng-lianzheng.md"])
    assert "未注明日期" in html_of(pages["years/undated.md"])
    home = html_of(pages["index.md"])
    assert "<strong>2</strong> 篇文章" in home and 'href="articles/a.md"' in home


def _links(page_path: str, html: str) -> list[str]:
    """The docs paths a rendered page links to (its relative .md links resolved)."""
    base = posixpath.dirname(page_path)
    return [posixpath.normpath(posixpath.join(base, h)) for h in re.findall(r'href="([^"#?]+\.md)"', html)]


@pytest.fixture(scope="module")
def big_library(taxonomy):
    """250 articles in one topic, one year and one source; 2024-01-01 … newest last-numbered."""
    arts = [make_article(f"a{i:03d}", title=f"文章{i:03d}", date=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}",
                         topics=["banzu-jianshe"], source_name="某网站") for i in range(250)]
    return make_library(arts, taxonomy)


@pytest.mark.parametrize("first", ["topics/banzu-jianshe.md", "years/2024.md", "sources/src-0.md", "report.md"])
def test_a_long_list_goes_over_pages_that_reach_every_article_once_newest_first(big_library, first):
    pages = render.render_site(big_library)
    stem = first.removesuffix(".md")
    chain = [first, f"{stem}/page/2.md", f"{stem}/page/3.md"]
    assert [p for p in pages if p == first or p.startswith(stem + "/page/")] == chain  # stable paths, in order
    assert f"{stem}/page/4.md" not in pages
    seen = []
    for number, path in enumerate(chain, 1):
        html = html_of(pages[path])
        links = _links(path, html)
        seen += [link for link in links if link.startswith("articles/")]
        # previous / next page and every page number shown resolve to pages of the list
        pager = set(links) & set(chain)
        assert {chain[number - 2]} <= pager if number > 1 else True
        assert {chain[number]} <= pager if number < len(chain) else True
        assert path not in pager  # this page is shown, not linked
        assert f'<strong aria-current="page">{number}</strong>' in html  # and a screen reader says so
        if number > 1:
            assert f"（第 {number} 页）" in html and meta_of(pages[path])["title"].endswith(f"（第 {number} 页）")
            assert "navigation" in meta_of(pages[path])["hide"]  # not in the nav: no empty sidebar
    articles = [a for a in seen if a.removeprefix("articles/").startswith("a")]
    assert sorted(articles) == sorted(f"articles/a{i:03d}.md" for i in range(250))  # each exactly once
    if first != "report.md":  # the report is in source-file order
        assert articles == sorted(articles, reverse=True)


def test_a_short_list_has_one_page_and_no_page_links(taxonomy):
    arts = [make_article(s, topics=["banzu-jianshe"]) for s in "abc"]
    pages = render.render_site(make_library(arts, taxonomy))
    assert not [p for p in pages if "/page/" in p or p.startswith("report/")]
    assert 'class="pager"' not in html_of(pages["topics/banzu-jianshe.md"])


def test_page_links_show_the_ends_and_the_neighbourhood():
    labels = [label for label, _ in render.pager_links("topics/x.md", 6, 30)]
    assert labels == ["上一页", "1", "…", "4", "5", "6", "7", "8", "…", "30", "下一页"]
    links = dict(render.pager_links("topics/x.md", 2, 3))
    assert links["1"] == "topics/x.md" and links["3"] == "topics/x/page/3.md" and links["2"] is None


def test_years_page_has_an_inline_svg_chart_with_a_bar_per_year(taxonomy):
    arts = [make_article(s, date=d, topics=["dangjian-pinpai"]) for s, d in
            [("a", "2017-12-29"), ("b", "2024-01-06"), ("c", "2024-04-03")]]
    page = render.render_years_index(render.make_env(), make_library(arts, taxonomy))
    html = html_of(page)
    assert "<svg" in html and "<script" not in html
    assert html.count('class="bar"') == 2 and ">2017<" in html and ">2020<" in html  # empty years shown


def test_topics_page_has_a_co_occurrence_map(taxonomy):
    arts = [make_article("a", topics=["dangjian-pinpai", "banzu-jianshe"]), make_article("b", topics=["banzu-jianshe"])]
    html = html_of(render.render_topics_index(render.make_env(), make_library(arts, taxonomy)))
    assert "<svg" in html and "班组建设 + 党建品牌：1 篇" in html


def chart_text_alternative(html: str) -> str:
    """What a screen reader says for the page's chart: its role=img svg's title and desc, by aria-labelledby."""
    (ids,) = re.findall(r'<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"', html)
    return " ".join(re.search(f'id="{i}">([^<]*)<', html).group(1) for i in ids.split())


def test_years_chart_tells_screen_readers_every_year_count(taxonomy):
    arts = [make_article(s, date=d, topics=["dangjian-pinpai"]) for s, d in
            [("a", "2021-12-29"), ("b", "2023-01-06"), ("c", "2023-04-03")]]
    html = html_of(render.render_years_index(render.make_env(), make_library(arts, taxonomy)))
    assert chart_text_alternative(html) == "每年文章数 2021 年 1 篇，2022 年 0 篇，2023 年 2 篇。"


def test_topic_map_tells_screen_readers_each_topic_and_each_shared_pair(taxonomy):
    arts = [make_article("a", topics=["dangjian-pinpai", "banzu-jianshe"]), make_article("b", topics=["banzu-jianshe"])]
    said = chart_text_alternative(html_of(render.render_topics_index(render.make_env(), make_library(arts, taxonomy))))
    assert said.startswith("专题关联图 各专题的文章数：")
    assert "党建品牌 1 篇" in said and "班组建设 2 篇" in said
    assert "同时属于两个专题的文章数：“班组建设”和“党建品牌” 1 篇。" in said


def test_report_lists_removed_lines_and_warnings_escaped(taxonomy):
    a = make_article("a", topics=["dangjian-pinpai"], warnings=["no date found"],
                     changes=[Change("site-chrome", "<script>分享到</script>"), Change("punct", "a,b", "a，b")])
    lib = make_library([a], taxonomy)
    lib.problems.append("source_texts/z.txt: empty file: paste the text")
    html = html_of(render.render_report(render.make_env(), lib)["report.md"])
    assert "&lt;script&gt;分享到&lt;/script&gt;" in html and "<script>" not in html
    assert "no date found" in html and "source_texts/z.txt: empty file" in html
    assert "<code>punct</code> 1 行" in html and "a，b" not in html  # changed lines are counted per rule
    assert meta_of(render.render_report(render.make_env(), lib)["report.md"])["search"] == {"exclude": True}


def test_report_links_each_warned_article_to_its_page(taxonomy):
    a = make_article("a", title="某支部<b>活动</b>", topics=["dangjian-pinpai"], warnings=["no date found"])
    html = html_of(render.render_report(render.make_env(), make_library([a], taxonomy))["report.md"])
    warned = html.split("有警告的文章", 1)[1].split("逐篇清单", 1)[0]
    assert 'href="articles/a.md"' in warned or 'href="../articles/a.md"' in warned
    assert "某支部&lt;b&gt;活动&lt;/b&gt;" in warned and "no date found" in warned


def test_rendering_twice_gives_identical_pages(taxonomy):
    arts = [make_article(s, topics=["dangjian-pinpai"]) for s in "abc"]
    assert render.render_site(make_library(arts, taxonomy)) == render.render_site(make_library(arts, taxonomy))


def test_memo_reuses_unchanged_article_pages_and_redoes_those_whose_related_titles_changed(taxonomy, monkeypatch):
    arts = [make_article(s, title=f"文章{s}", topics=["dangjian-pinpai"]) for s in "abc"]
    related = {"a": ["b"], "b": ["a"], "c": ["a"]}
    memo: dict = {}
    first = render.render_site(make_library(arts, taxonomy, related), memo=memo)
    rendered: list[str] = []
    real = render.render_article
    monkeypatch.setattr(render, "render_article", lambda env, lib, a: rendered.append(a.slug) or real(env, lib, a))
    # Nothing changed: no article page is rendered again, and the pages are the same.
    assert render.render_site(make_library(arts, taxonomy, related), memo=memo) == first
    assert rendered == []
    # b's title changes: b's page, and a's page (which lists b as related), are redone; c's is not.
    arts[1].title = "改过的标题"
    again = render.render_site(make_library(arts, taxonomy, related), memo=memo)
    assert sorted(rendered) == ["a", "b"]
    assert "改过的标题" in again["articles/a.md"] and "改过的标题" in again["articles/b.md"]
    assert again == render.render_site(make_library(arts, taxonomy, related))


# --- output --------------------------------------------------------------------------------------

def test_write_generated_replaces_folders_keeps_unchanged_files_and_hand_written_pages(tmp_path):
    docs, work = tmp_path / "docs", tmp_path / "work"
    docs.mkdir()
    (docs / "about.md").write_text("手写", encoding="utf-8")
    output.write_generated(docs, {"articles/a.md": "A", "articles/b.md": "B", "index.md": "首页"},
                           ["articles"], ["index.md"], work)
    before = (docs / "articles" / "a.md").stat()
    os.utime(docs / "articles" / "a.md", ns=(before.st_atime_ns, before.st_mtime_ns - 10**9))
    old_mtime = (docs / "articles" / "a.md").stat().st_mtime_ns
    changed = output.write_generated(docs, {"articles/a.md": "A", "articles/c.md": "C", "index.md": "首页"},
                                     ["articles"], ["index.md"], work)
    assert changed == 2  # c written, b removed
    assert sorted(p.name for p in (docs / "articles").iterdir()) == ["a.md", "c.md"]
    assert (docs / "articles" / "a.md").stat().st_mtime_ns == old_mtime  # unchanged file untouched
    assert (docs / "about.md").read_text(encoding="utf-8") == "手写"
    assert output.write_generated(docs, {"articles/a.md": "A", "articles/c.md": "C", "index.md": "首页"},
                                  ["articles"], ["index.md"], work) == 0
    assert not list(work.iterdir())  # no staging left behind


@pytest.mark.parametrize("bad", ["../evil.md", "/etc/passwd", "articles/../../x.md", "articles/.hidden.md", "other/x.md"])
def test_write_generated_refuses_paths_outside_its_folders(tmp_path, bad):
    with pytest.raises(ValueError):
        output.write_generated(tmp_path / "docs", {bad: "x"}, ["articles"], ["index.md"], tmp_path / "work")
    assert not (tmp_path / "evil.md").exists()


def test_list_pages_are_reused_until_an_article_they_list_changes(taxonomy, monkeypatch):
    arts = [make_article(s, title=f"文章{s}", topics=["dangjian-pinpai"]) for s in "abc"]
    memo: dict = {}
    first = render.render_site(make_library(arts, taxonomy), memo=memo)
    templates: list[str] = []
    real = jinja2.Environment.get_template
    monkeypatch.setattr(jinja2.Environment, "get_template", lambda self, name, *a, **k: templates.append(name) or real(self, name, *a, **k))
    assert render.render_site(make_library(arts, taxonomy), memo=memo) == first
    assert templates == []  # nothing changed: no page rendered
    arts[2].title = "新的标题"
    again = render.render_site(make_library(arts, taxonomy), memo=memo)
    assert "topic.md.j2" in templates and "新的标题" in again["topics/dangjian-pinpai.md"]
    assert again == render.render_site(make_library(arts, taxonomy))


@given(st.lists(st.sampled_from(["articles", "topics", "page", "2", "x.md", "index.md"]), min_size=1, max_size=4),
       st.lists(st.sampled_from(["articles", "topics", "page", "2", "years"]), max_size=3))
def test_relative_path_is_posix_relpath(target, base):
    t, b = "/".join(target), "/".join(base)
    assert render.relative_path(t, b) == posixpath.relpath(t, b or ".")
