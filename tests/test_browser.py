"""The built site and the offline bundle in real Chromium: search, links, palettes, no request off the machine."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest

# Seed 003's title, which a search for 创新难点 must find.
SEED_003_TITLE = "基层党建工作创新难点研究"


def site_search_result_titles(page) -> list[str]:
    """Wait until the published site's search page has answered; return the result titles."""
    page.wait_for_function(
        """() => {
            const status = document.querySelector('.site-search__status');
            // '找到 # 篇包含…的文章' or '没有找到包含…的文章', not '正在搜索…'
            if (!status || !status.textContent.includes('找到')) return false;
            // the first results are shown once their titles have loaded
            return status.textContent.startsWith('没有') || document.querySelector('.site-search__result');
        }"""
    )
    return [t.strip() for t in page.locator(".site-search__link").all_inner_texts()]


def open_first_article(page) -> str:
    """Click the first link to an article on the current page; return the article's title."""
    link = page.locator(".md-content a[href*='articles/']").first
    link.click()
    page.wait_for_load_state("load")
    assert "/articles/" in page.url, f"the link did not open an article: {page.url}"
    title = page.locator(".md-content h1").first.inner_text().strip()
    assert title, f"{page.url} has no title"
    return title


# --- the published site, served from 127.0.0.1 ----------------------------------------------

def test_search_for_production_lists_at_least_three_articles(page, site_url, external_requests, screenshot_dir):
    page.goto(site_url + "?q=生产经营")
    titles = site_search_result_titles(page)
    page.screenshot(path=screenshot_dir / "site-search-shengchan-jingying.png")
    assert len(titles) >= 3, f"?q=生产经营 found {titles}"
    assert external_requests() == []


def test_search_for_innovation_difficulties_finds_seed_003(page, site_url, external_requests):
    page.goto(site_url + "?q=创新难点")
    assert SEED_003_TITLE in site_search_result_titles(page)
    assert external_requests() == []


def test_header_search_box_on_an_article_finds_an_article_and_opens_it(page, site_url, external_requests):
    page.goto(site_url)
    open_first_article(page)
    search_box = page.locator("input.wenku-search__input")
    search_box.fill("创新难点")
    search_box.press("Enter")
    assert SEED_003_TITLE in site_search_result_titles(page)
    page.locator(".site-search__link", has_text=SEED_003_TITLE).click()
    page.wait_for_load_state("load")
    assert SEED_003_TITLE in page.locator(".md-content h1").first.inner_text()
    assert external_requests() == []


def test_typing_on_the_search_page_keeps_the_query_in_the_address(page, site_url, external_requests):
    page.goto(site_url + "search/")
    box = page.locator("input.site-search__input")
    box.fill("创新难点")
    assert SEED_003_TITLE in site_search_result_titles(page)
    assert page.url.endswith("?q=" + quote("创新难点"))
    assert "创新难点" in page.locator(".site-search__status").inner_text()
    box.fill("没有这个词语的文章")
    page.wait_for_function("document.querySelector('.site-search__status').textContent.startsWith('没有找到')")
    assert page.locator(".site-search__result").count() == 0
    assert external_requests() == []


def test_search_page_says_so_when_the_index_is_missing(page, site_url, external_requests):
    """As under `mkdocs serve`, which has no search-index/."""
    page.route("**/search-index/**", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(site_url + "search/?q=生产经营")
    message = page.locator(".site-search__unavailable")
    message.wait_for(state="visible")
    assert "搜索索引还没有生成" in message.inner_text()
    assert external_requests() == []


def test_reading_home_article_and_topics_requests_nothing_from_another_host(
    page, site_url, external_requests, screenshot_dir
):
    page.goto(site_url)
    page.screenshot(path=screenshot_dir / "site-home.png", full_page=True)
    open_first_article(page)
    page.screenshot(path=screenshot_dir / "site-article.png", full_page=True)
    page.goto(site_url + "topics/")
    assert page.locator(".md-content h1").first.is_visible()
    assert external_requests() == []


# Every visible text in the content, with its contrast ratio (WCAG 2 formula) against the nearest
# opaque background behind it; a ratio under 3 is hard to read even for large text.
LOW_CONTRAST_TEXTS_JS = """() => {
  const parse = c => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(',').map(parseFloat);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const channel = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  const luminance = c => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const backgroundOf = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const low = [];
  for (const el of document.querySelectorAll('.md-content *')) {
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!text || box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    if (el.closest('.headerlink') || parseFloat(style.opacity) === 0) continue;
    const bg = backgroundOf(el);
    const fg = parse(style.color);
    const seen = [0, 1, 2].map(i => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
    const [a, b] = [luminance(seen), luminance(bg)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 3) low.push(`${text.slice(0, 24)} (${ratio.toFixed(1)}:1)`);
  }
  return low;
}"""


def switch_palette(page, scheme: str) -> None:
    """Click Material's palette toggle until the page shows `scheme` (default = light, slate = dark)."""
    for _ in range(3):
        if page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme:
            return
        page.locator("[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'")


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_is_readable_in_both_palettes(page, site_url, external_requests, screenshot_dir, scheme):
    page.goto(site_url)
    switch_palette(page, scheme)
    low = {"home": page.evaluate(LOW_CONTRAST_TEXTS_JS)}
    open_first_article(page)
    low["article"] = page.evaluate(LOW_CONTRAST_TEXTS_JS)
    page.screenshot(path=screenshot_dir / f"site-article-{scheme}.png", full_page=True)
    page.goto(site_url + "topics/")
    low["topics"] = page.evaluate(LOW_CONTRAST_TEXTS_JS)
    page.goto(site_url + "?q=生产经营")
    site_search_result_titles(page)
    low["search"] = page.evaluate(LOW_CONTRAST_TEXTS_JS)
    page.screenshot(path=screenshot_dir / f"site-search-{scheme}.png", full_page=True)
    assert {name: texts for name, texts in low.items() if texts} == {}
    assert external_requests() == []


def test_dark_palette_switches_the_page_to_a_dark_background(page, site_url, external_requests):
    page.goto(site_url)
    switch_palette(page, "slate")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(v) for v in background[background.index("(") + 1:].rstrip(")").split(",")[:3])
    assert red + green + blue < 3 * 80, f"dark palette background is {background}"
    assert external_requests() == []


# --- the offline bundle, unzipped and opened from file:// -------------------------------------

def bundle_url(unzipped_bundle: Path, query: str = "") -> str:
    return (unzipped_bundle / "index.html").as_uri() + query


def test_bundle_opens_an_article_and_follows_its_links_from_file_url(
    page, unzipped_bundle, external_requests, screenshot_dir
):
    page.goto(bundle_url(unzipped_bundle))
    assert page.locator(".md-content h1").first.is_visible()
    open_first_article(page)
    assert page.url.startswith("file://") and page.url.endswith(".html")
    page.screenshot(path=screenshot_dir / "bundle-article.png", full_page=True)
    # every link in the article's text opens a page of the bundle with a title
    hrefs = page.locator(".md-content a[href$='.html'], .md-content a[href*='.html#']").evaluate_all(
        "links => links.map(a => a.href)"
    )
    assert hrefs, "the article links to no other page (topics, related articles)"
    for href in sorted(set(hrefs)):
        page.goto(href)
        assert page.locator(".md-content h1").first.inner_text().strip(), f"{href} has no title"
    assert external_requests() == []


def test_bundle_search_from_query_parameter_finds_seed_003(page, unzipped_bundle, requests_seen, external_requests,
                                                         screenshot_dir):
    """From file:// the page cannot fetch the index files: it loads their script form instead."""
    page.goto(bundle_url(unzipped_bundle, "?q=创新难点"))
    titles = site_search_result_titles(page)
    page.screenshot(path=screenshot_dir / "bundle-search-chuangxin-nandian.png")
    assert SEED_003_TITLE in titles
    assert page.url.startswith("file://") and "/search/index.html?q=" in page.url
    index_requests = [url for url in requests_seen if "/search-index/" in url]
    assert index_requests and all(url.endswith(".js") for url in index_requests), index_requests
    assert external_requests() == []


QUERIES = ["生产经营", "创新难点", "党建", "基层 党组织", "党支部", "没有这个词语的文章"]


@pytest.mark.parametrize("query", QUERIES)
def test_site_and_bundle_list_the_same_results_in_the_same_order(page, site_url, unzipped_bundle, external_requests, query):
    page.goto(site_url + "search/?q=" + quote(query))
    online = site_search_result_titles(page)
    page.goto(bundle_url(unzipped_bundle, "?q=" + quote(query)))
    offline = site_search_result_titles(page)
    assert online == offline
    if query != QUERIES[-1]:
        assert online, f"{query} found nothing"
    assert external_requests() == []


def test_bundle_search_by_typing_in_the_header_of_an_article(page, unzipped_bundle, external_requests):
    page.goto(bundle_url(unzipped_bundle))
    open_first_article(page)
    search_box = page.locator("input.wenku-search__input")
    search_box.fill("生产经营")
    search_box.press("Enter")
    titles = site_search_result_titles(page)
    assert len(titles) >= 3, f"typing 生产经营 found {titles}"
    page.locator(".site-search__link").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.url.endswith("/index.html")
    assert titles[0] in page.locator(".md-content h1").first.inner_text()
    assert external_requests() == []


def test_bundle_put_on_an_intranet_web_server_still_searches(page, served_bundle_url, external_requests):
    page.goto(served_bundle_url + "index.html?q=创新难点")
    assert SEED_003_TITLE in site_search_result_titles(page)
    page.locator(".site-search__link", has_text=SEED_003_TITLE).click()
    page.wait_for_load_state("load")
    assert SEED_003_TITLE in page.locator(".md-content h1").first.inner_text()
    assert external_requests() == []


# --- narrowing by genre and topic, on the site and in the bundle ------------------------------

def facet_counts(page, facet: str) -> dict[str, int]:
    """slug → count shown beside the results for one facet (genre or topic); the 全部 link left out."""
    return page.evaluate(
        """facet => Object.fromEntries([...document.querySelectorAll(
              `.site-search__facet[data-facet=${facet}]:not([hidden]) .site-search__facet-link`)]
            .filter(a => a.dataset[facet])
            .map(a => [a.dataset[facet], Number(a.querySelector('.site-search__count').textContent)]))""",
        facet,
    )


@pytest.mark.parametrize("where", ["site", "bundle"])
def test_filters_narrow_the_results_and_show_their_counts(page, built_site, site_url, unzipped_bundle,
                                                        external_requests, where):
    from .conftest import site_search_results

    start = (site_url + "search/") if where == "site" else bundle_url(unzipped_bundle)
    page.goto(start + "?q=" + quote("党建"))
    everything = site_search_result_titles(page)
    expected = {r["title"]: r for r in site_search_results(built_site / "site", "党建")}
    assert sorted(everything) == sorted(expected)
    # every result counted once under its genre and under each of its topics
    assert facet_counts(page, "topic") == dict(Counter(t for r in expected.values() for t in r["topics"]))
    assert facet_counts(page, "genre") == dict(Counter(r["genre"] for r in expected.values() if r["genre"]))
    topics = facet_counts(page, "topic")
    assert topics, "no topic counts beside the results"
    slug = min(topics, key=lambda s: (topics[s], s))  # the narrowest topic
    page.locator(f".site-search__facet-link[data-topic='{slug}']").click()
    page.wait_for_function(f"document.querySelectorAll('.site-search__result').length === {min(topics[slug], 10)}")
    narrowed = site_search_result_titles(page)
    assert sorted(narrowed) == sorted(t for t, r in expected.items() if slug in r["topics"])
    assert f"topic={slug}" in page.url and len(narrowed) < len(everything)
    # the address opens the same narrowed list
    page.goto(page.url)
    assert site_search_result_titles(page) == narrowed
    assert page.locator(f".site-search__facet-link[data-topic='{slug}'][aria-current]").count() == 1
    page.locator(".site-search__facet[data-facet=topic] .site-search__facet-link[data-topic='']").click()
    page.wait_for_function(f"document.querySelectorAll('.site-search__result').length === {min(len(everything), 10)}")
    assert "topic=" not in page.url
    # ?genre= in the address: only articles of that genre, and the genre named above them
    genres = Counter(r["genre"] for r in expected.values() if r["genre"])
    assert genres, "no seed has a genre"
    genre = min(genres, key=lambda g: (genres[g], g))
    page.goto(start + "?q=" + quote("党建") + "&genre=" + genre)
    assert sorted(site_search_result_titles(page)) == sorted(t for t, r in expected.items() if r["genre"] == genre)
    name = page.locator(f".site-search__facet-link[data-genre='{genre}'][aria-current]").inner_text()
    assert name.split()[0] in page.locator(".site-search__status").inner_text()
    assert external_requests() == []
