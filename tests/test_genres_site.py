"""Genres (文体) on the site and the Atom feed: the seeds built once (conftest's built_site) and read
as a reader would, plus rendered libraries for what five seeds cannot show (a long feed, a site
without site_url, the report's no-topic and doubtful-genre sections)."""
from __future__ import annotations

import html
import re
import xml.dom.minidom
from pathlib import Path
from urllib.parse import unquote

import feedparser
import pytest

from build_scripts import topics
from build_scripts.website import feed, render
from build_scripts.cleaning import clean_source
from build_scripts.genres import load_genres
from build_scripts.notices import Notice
from build_scripts.slugs import load_slug_table
from build_scripts.sources import read_source

from .conftest import REPO

GENRES = load_genres()
ANCHOR_RE = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.S)


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site / "site"


@pytest.fixture(scope="module")
def seeds(built_site) -> dict[str, object]:
    """Each seed as the cleaner makes it (the genre the build gives it), by its published slug."""
    pins = load_slug_table(built_site / "build_scripts" / "taxonomy" / "slugs.yml").articles
    return {pins[p.name]: clean_source(read_source(p)) for p in sorted((REPO / "source_texts").glob("*.txt"))}


def block(page: Path, cls: str) -> str:
    """The inner HTML of the first <div class="cls"> of a built page ('' when it has none)."""
    text = page.read_text(encoding="utf-8")
    m = re.search(rf'<div class="{cls}"[^>]*>(.*?)</div>', text, re.S)
    return m.group(1) if m else ""


def anchors(fragment: str) -> list[tuple[str, str]]:
    """(href, visible text) of every link in an HTML fragment."""
    return [(href, html.unescape(re.sub(r"<[^>]+>", "", text)).strip()) for href, text in ANCHOR_RE.findall(fragment)]


def opened(page: Path, href: str) -> Path:
    """The index.html a relative link on a built page opens."""
    return (page.parent / unquote(href.split("#")[0])).resolve() / "index.html"


def listed_slugs(page: Path) -> list[str]:
    """The articles a list page lists, in its order (slugs)."""
    return [m for href, _ in anchors(block(page, "entry-list"))
            for m in re.findall(r"articles/([^/]+)/$", href)]


def newest_first(slugs, seeds) -> list[str]:
    return sorted(slugs, key=lambda s: (seeds[s].date or "0000-00-00", s), reverse=True)


# --- /genres/ and /genres/<slug>/ ----------------------------------------------------------------

def test_genres_page_lists_every_genre_with_its_description_and_counts_adding_up_to_the_articles(site, seeds):
    index = site / "genres" / "index.html"
    text = index.read_text(encoding="utf-8")
    grid = block(index, "topic-grid")
    links = dict((name, href) for href, name in anchors(grid))
    counts = {name: int(n) for name, n in re.findall(r'>([^<>]+)</a> <span class="topic-count">(\d+) 篇</span>', grid)}
    assert sorted(links) == sorted(g.name for g in GENRES)
    for g in GENRES:
        assert html.escape(g.description, quote=False) in text, g.slug
        assert opened(index, links[g.name]) == (site / "genres" / g.slug / "index.html").resolve()
        assert counts[g.name] == sum(1 for a in seeds.values() if a.genre == g.slug), g.slug
    assert sum(counts.values()) == len(seeds) == len(list((site / "articles").glob("*/index.html")))


def test_each_genre_page_lists_exactly_the_articles_of_that_genre_newest_first(site, seeds):
    assert {a.genre for a in seeds.values()} <= {g.slug for g in GENRES}
    for g in GENRES:
        page = site / "genres" / g.slug / "index.html"
        expected = newest_first([s for s, a in seeds.items() if a.genre == g.slug], seeds)
        assert listed_slugs(page) == expected, g.slug
        if not expected:
            assert "这一文体暂时还没有文章" in page.read_text(encoding="utf-8")


def test_every_article_page_shows_and_links_its_genre(site, seeds):
    for slug, article in seeds.items():
        page = site / "articles" / slug / "index.html"
        genre_links = [(href, name) for href, name in anchors(block(page, "article-meta")) if "genres/" in href]
        name = next(g.name for g in GENRES if g.slug == article.genre)
        assert len(genre_links) == 1 and genre_links[0][1] == name, slug
        assert opened(page, genre_links[0][0]) == (site / "genres" / article.genre / "index.html").resolve()


def test_list_entries_link_the_genre_of_each_article(site, seeds):
    """On a year page (and every list but a genre's own), each entry names its article's genre, linked."""
    for page in sorted((site / "years").glob("*/index.html")):
        for li in re.findall(r"<li>(.*?)</li>", block(page, "entry-list"), re.S):
            (slug,) = re.findall(r'href="[^"]*articles/([^/]+)/"', li)
            genre = seeds[slug].genre
            assert [opened(page, href) for href, _ in anchors(li) if "genres/" in href] == [
                (site / "genres" / genre / "index.html").resolve()], li


def test_navigation_has_genres_next_to_topics_and_the_home_page_their_counts(site, seeds):
    home = site / "index.html"
    text = home.read_text(encoding="utf-8")
    tabs = re.findall(r'<a href="([^"]*)" class="md-tabs__link">', text)
    assert tabs.index("genres/") == tabs.index("topics/") + 1
    shown = {g.slug for g in GENRES if any(a.genre == g.slug for a in seeds.values())}
    assert f"<strong>{len(shown)}</strong> 种文体" in text
    for g in GENRES:
        n = sum(1 for a in seeds.values() if a.genre == g.slug)
        listed = re.search(rf'<a href="genres/{g.slug}/">{g.name}</a> <span class="topic-count">(\d+) 篇</span>', text)
        assert (int(listed.group(1)) if listed else 0) == n, g.slug


# --- topic pages narrowed by genre ---------------------------------------------------------------

def test_topic_pages_narrow_their_list_to_one_genre_with_the_count_of_each(site, seeds):
    narrowed_any = False
    for page in sorted((site / "topics").glob("*/index.html")):
        if page.parent.parent != site / "topics":
            continue  # a later page or a narrowed list
        listed = listed_slugs(page)
        row = anchors(block(page, "genre-filter"))
        if not listed:
            assert not row
            continue
        seen = []
        for href, label in row:
            sub = opened(page, href)
            genre = sub.parent.name
            only = listed_slugs(sub)
            assert only == [s for s in listed if seeds[s].genre == genre], sub
            assert label == f"{next(g.name for g in GENRES if g.slug == genre)}（{len(only)}）"
            # the narrowed list links back to the whole list
            assert any(opened(sub, h) == page.resolve() for h, name in anchors(block(sub, "genre-filter")) if name == "全部")
            seen += only
            narrowed_any = True
        assert sorted(seen) == sorted(listed), page  # every genre of the topic has its link
    assert narrowed_any


# --- the feed ------------------------------------------------------------------------------------

def test_feed_is_valid_atom_of_the_newest_articles_and_every_page_links_it(site, seeds):
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    f = parsed.feed
    assert f.id and f.title == "党建文库" and f.author
    assert any(link.rel == "self" and link.href.endswith("/feed.xml") for link in f.links)
    dated = newest_first([s for s, a in seeds.items() if a.date], seeds)
    assert [e.link.rstrip("/").rsplit("/", 1)[1] for e in parsed.entries] == dated[: feed.FEED_SIZE]
    assert f.updated == f"{seeds[dated[0]].date}T00:00:00Z"
    for e in parsed.entries:
        slug = e.link.rstrip("/").rsplit("/", 1)[1]
        assert e.id and e.title == seeds[slug].title and e.summary
        assert e.updated == f"{seeds[slug].date}T00:00:00Z"
    for page in sorted(site.rglob("*.html")):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        link = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', head)
        assert link, f"{page.relative_to(site)} does not link the feed"
        if page.name == "404.html":  # its links are absolute to site_url
            continue
        assert (page.parent / link.group(1)).resolve() == (site / "feed.xml").resolve(), page.relative_to(site)


def make_article(i: int, **kw):
    from build_scripts.article import Article

    fields = dict(title=f"第{i:02d}篇", body=f"正文第{i}段。\n", slug=f"a{i:02d}", source_file=f"source_texts/a{i:02d}.txt",
                  source_sha256="0" * 64, date=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", genre=GENRES[i % 3].slug)
    fields.update(kw)
    return Article(**fields)


def library(articles, site=None):
    articles = sorted(articles, key=render.sort_key_newest, reverse=True)
    lib = render.Library(articles, {}, topics.load_taxonomy(), {"未注明来源": "weizhuming-laiyuan"})
    if site is not None:
        lib.site = site
    return lib


def test_feed_holds_the_50_newest_dated_articles_and_without_site_url_links_relative_to_itself():
    arts = [make_article(i) for i in range(60)]
    arts.append(make_article(61, title="标题里\x01有控制字符 & <尖括号>"))
    text = render.render_site(library(arts, feed.Site(name="某文库")))[feed.FEED_PATH]
    xml.dom.minidom.parseString(text.encode("utf-8"))  # well-formed XML
    parsed = feedparser.parse(text.encode("utf-8"))
    assert not parsed.bozo and parsed.version == "atom10"
    assert len(parsed.entries) == feed.FEED_SIZE
    dates = [e.updated for e in parsed.entries]
    assert dates == sorted(dates, reverse=True) and parsed.feed.updated == dates[0]
    assert parsed.entries[0].title == "标题里有控制字符 & <尖括号>"
    assert all(e.link.startswith("articles/") for e in parsed.entries)  # resolved against the feed's own address
    assert len({e.id for e in parsed.entries}) == feed.FEED_SIZE and all(e.id.startswith("urn:uuid:") for e in parsed.entries)


def test_feed_takes_its_name_and_address_from_mkdocs_yml(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: 某文库\nsite_url: https://example.org/wenku\nmarkdown_extensions:\n"
                      "  - toc:\n      slugify: !!python/object/apply:pymdownx.slugs.slugify\n", encoding="utf-8")
    site = feed.read_site(config)
    assert (site.name, site.href("feed.xml")) == ("某文库", "https://example.org/wenku/feed.xml")
    config.write_text("site_name: 某文库\n", encoding="utf-8")
    assert feed.read_site(config).url is None and feed.read_site(config).href("feed.xml") == "feed.xml"


# --- the report ----------------------------------------------------------------------------------

def test_report_lists_articles_without_topic_and_with_a_doubtful_genre_in_their_own_sections():
    plain = make_article(1, title="归类清楚的文章", topics=["banzu-jianshe"])
    lost = make_article(2, title="没有专题的文章")
    doubtful = make_article(3, title="文体拿不准的文章", genre="xinde", topics=["banzu-jianshe"],
                            warnings=[Notice("genre-doubtful", "文体不明确")])
    lib = library([plain, lost, doubtful])
    lib.notes[lost.slug] = [Notice("no-topic", "没有归入任何专题")]
    report = render.render_site(lib)["report.md"]
    no_topic = report.split("## 没有专题的文章", 1)[1].split("\n## ", 1)[0]
    unsure = report.split("## 文体不明确的文章", 1)[1].split("\n## ", 1)[0]
    assert "没有专题的文章](articles/a02.md)" in no_topic and "a01" not in no_topic and "a03" not in no_topic
    assert "文体拿不准的文章](articles/a03.md)（暂定：心得体会）" in unsure and "a02" not in unsure and "a01" not in unsure


def test_report_lists_each_warning_once_among_its_sections():
    """A warning with a section of its own (no topic, doubtful genre) is not listed again among the
    other warnings; an article with another warning is listed there with that warning only."""
    lost = make_article(1, title="只缺专题的文章")
    both = make_article(2, title="标题存疑的文章", genre="xinde", topics=["banzu-jianshe"],
                        warnings=[Notice("genre-doubtful", "文体不明确"), Notice("title-doubtful", "标题可能不对")])
    lib = library([lost, both])
    lib.notes[lost.slug] = [Notice("no-topic", "该文没有专题")]
    report = render.render_site(lib)["report.md"]
    warned = report.split("## 有警告的文章", 1)[1].split("\n## ", 1)[0]
    assert "标题可能不对" in warned and "文体不明确" not in warned
    assert "只缺专题的文章" not in warned and "该文没有专题" not in warned
    assert report.count("该文没有专题") == 1  # in the article's own entry below


def test_a_library_where_every_article_is_classified_has_no_such_sections():
    report = render.render_site(library([make_article(1, topics=["banzu-jianshe"])]))["report.md"]
    assert "## 没有专题的文章" not in report and "## 文体不明确的文章" not in report


# --- in Chromium ---------------------------------------------------------------------------------

def test_genre_page_in_chromium_lists_its_articles(page, site_url, seeds, external_requests):
    genre = max(GENRES, key=lambda g: sum(1 for a in seeds.values() if a.genre == g.slug))
    page.goto(site_url)
    page.locator(".md-tabs__link", has_text="文体").click()
    page.locator(".md-content a", has_text=genre.name).first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/genres/{genre.slug}/")
    titles = [t.strip() for t in page.locator(".entry-list li > a").all_inner_texts()]
    expected = newest_first([s for s, a in seeds.items() if a.genre == genre.slug], seeds)
    assert titles == [seeds[s].title for s in expected]
    assert external_requests() == []


def test_bundle_from_file_url_narrows_a_topic_list_by_genre(page, unzipped_bundle, seeds, external_requests):
    page.goto((unzipped_bundle / "topics" / "index.html").as_uri())
    # the first topic with articles, then the first genre of its list
    first = page.evaluate("""() => [...document.querySelectorAll('.topic-grid li')]
        .find(li => parseInt(li.querySelector('.topic-count').textContent) > 0).querySelector('a').href""")
    page.goto(first)
    link = page.locator(".genre-filter a").first
    label = link.inner_text()
    link.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.url.endswith(".html")
    name = label.split("（")[0]
    titles = [t.strip() for t in page.locator(".entry-list li > a").all_inner_texts()]
    assert titles and len(titles) == int(label.split("（")[1].rstrip("）"))
    genre_of = {a.title: a.genre for a in seeds.values()}
    assert {genre_of[t] for t in titles} == {next(g.slug for g in GENRES if g.name == name)}
    assert external_requests() == []
