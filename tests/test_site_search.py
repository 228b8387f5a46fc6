"""The library's search index (build_scripts/search/): what a query finds, in which order, and its filters.

search.reader.search reads the written files back and ranks as the search page does; the last
tests check that the page's JavaScript analyses queries and reads the files as the Python does.
"""
from __future__ import annotations

import gzip
import json

import pytest

from build_scripts.website import render
from build_scripts.search import analyzer as search_analyzer
from build_scripts.search import index as search_index
from build_scripts.search import reader
from build_scripts.article import Article

from .conftest import REPO

SITE_SEARCH_JS = REPO / "overrides" / "assets" / "site-search.js"


def make_article(slug, title, body, date="2024-01-06", **kw) -> Article:
    return Article(title=title, body=body, slug=slug, source_file=f"source_texts/{slug}.txt", source_sha256="0" * 64,
                   date=date, **kw)


def write(tmp_path, articles, name="index", taxonomy=None):
    """The index of `articles` as the build writes it (newest first); returns its folder."""
    articles = sorted(articles, key=render.sort_key_newest, reverse=True)
    out = tmp_path / name
    search_index.write_index(out, articles, {a.slug: render.make_entry(a) for a in articles}, {}, taxonomy)
    return out


def titles(index, query) -> list[str]:
    return [r["title"] for r in reader.search(index, query)]


def test_query_terms_are_bigrams_words_and_single_characters():
    assert search_analyzer.query_terms("生产经营") == ["生产", "产经", "经营"]
    # full-width letters and digits are the same words as ASCII ones, in lower case
    assert search_analyzer.query_terms("ＣＰＣ 2024年，党") == ["cpc", "2024", "年", "党"]
    assert search_analyzer.query_terms("党建，党建") == ["党建"]
    assert search_analyzer.query_terms("——！？") == []


def test_a_document_must_hold_every_term_of_the_query(tmp_path):
    index = write(tmp_path, [
        make_article("both", "甲文", "支部开展党建品牌创建活动。"),
        make_article("apart", "乙文", "支部党建工作扎实，品牌建设起步。"),
        make_article("one", "丙文", "支部党建工作扎实。"),
    ])
    assert titles(index, "党建品牌") == ["甲文"]  # 党建 建品 品牌: only the first has 建品
    assert sorted(titles(index, "党建 品牌")) == ["乙文", "甲文"]
    assert sorted(titles(index, "党建")) == ["丙文", "乙文", "甲文"]
    assert titles(index, "党建 廉政") == []


def test_a_query_mixing_ascii_words_and_chinese(tmp_path):
    index = write(tmp_path, [
        make_article("g5", "通信公司", "公司党委推进５Ｇ基站建设，党员带头攻坚。"),
        make_article("g4", "通信分公司", "分公司党委推进4G基站维护。"),
        make_article("plain", "机关党建", "机关党委推进基站周边环境整治。"),
    ])
    assert titles(index, "5g基站") == ["通信公司"]
    assert titles(index, "5G 党员") == ["通信公司"]
    assert sorted(titles(index, "基站")) == ["机关党建", "通信公司", "通信分公司"]


def test_the_title_counts_more_than_the_body_and_equal_scores_list_the_newest_first(tmp_path):
    body = "一段与主题无关的文字，讲述支部日常工作。" * 5
    index = write(tmp_path, [
        make_article("body-old", "支部工作（一）", body + "本支部重视党务公开。", date="2020-01-01"),
        make_article("title", "党务公开的做法", body, date="2019-01-01"),
        make_article("body-new", "支部工作（二）", body + "本支部重视党务公开。", date="2023-01-01"),
    ])
    assert titles(index, "党务公开") == ["党务公开的做法", "支部工作（二）", "支部工作（一）"]


def test_what_the_page_adds_around_the_text_is_not_indexed(tmp_path, taxonomy):
    """Related articles, keywords, topic chips and the note on a cut-off page are not the article's text."""
    a = make_article("a", "支部建设经验", "支部坚持三会一课制度，推动工作落实。", keywords=["关键词独有"],
                     topics=["jiceng-zuzhi"], truncated=True)
    b = make_article("b", "红旗渠精神的传承", "弘扬红旗渠精神，干部带头实干。", date="2023-01-01")
    lib = render.Library(sorted([a, b], key=render.sort_key_newest, reverse=True), {"a": ["b"], "b": []}, taxonomy,
                         {render.source_of(a): "src"})
    page = render.render_site(lib)["articles/a.md"]
    assert "红旗渠精神的传承" in page and "关键词独有" in page and "原文不完整" in page  # the page shows them
    index = write(tmp_path, [a, b])
    assert titles(index, "红旗渠") == ["红旗渠精神的传承"]  # b's title is on a's page, in its related list
    assert titles(index, "关键词独有") == []
    assert titles(index, "原文不完整") == []
    assert titles(index, "三会一课") == ["支部建设经验"]


def test_a_single_character_finds_titles_only(tmp_path):
    index = write(tmp_path, [
        make_article("t", "廉政教育", "支部组织学习。"),
        make_article("b", "支部学习", "支部组织廉政学习。"),
    ])
    assert titles(index, "廉") == ["廉政教育"]
    assert sorted(titles(index, "廉政")) == ["廉政教育", "支部学习"]


def test_results_carry_what_the_page_shows(tmp_path):
    a = make_article("zhibu", "支部<b>党建</b>纪实", "支部开展主题党日活动。", source_name="红星网", summary="支部开展主题党日。")
    (result,) = reader.search(write(tmp_path, [a]), "主题党日")
    assert {k: result[k] for k in search_index.ROW_FIELDS} == {
        "title": "支部<b>党建</b>纪实", "url": "articles/zhibu/", "date": "2024-01-06", "source": "红星网",
        "summary": "支部开展主题党日。"}


def test_the_index_is_the_same_bytes_whatever_order_the_terms_come_in(tmp_path):
    articles = [make_article(f"a{i}", f"第{i}篇文章", f"支部第{i}次学习，党员{i}人参加。生产经营{i % 3}。", date=f"2024-01-{i + 1:02d}")
                for i in range(20)]
    first = write(tmp_path, articles, "first")
    terms = {a.source_file: search_analyzer.analyze(a) for a in reversed(articles)}
    ordered = sorted(articles, key=render.sort_key_newest, reverse=True)
    search_index.write_index(tmp_path / "second", ordered, {a.slug: render.make_entry(a) for a in ordered}, terms)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "second") for p in (tmp_path / "second").rglob("*") if p.is_file())
    for f in files:
        assert (first / f).read_bytes() == (tmp_path / "second" / f).read_bytes(), f


def test_document_id_gaps_of_any_size_read_back():
    values = [1, 127, 128, 16383, 16384, 2**21 - 1, 2**21, 2**28 + 5]
    data, sizes = search_index.varints(__import__("numpy").array(values))
    assert list(sizes) == [1, 1, 2, 2, 3, 3, 4, 5]
    pos, out = 0, []
    for _ in values:
        value, pos = reader._read_varint(data.tobytes(), pos)
        out.append(value)
    assert out == values and pos == len(data)


# --- the page's JavaScript agrees with the Python ------------------------------------------------

def run_in_chromium(page, body: str, arg=None):
    """Run `body` (a function body that sees `s`, the page script's exports, and `arg`) in Chromium.

    The script exports its analysis, hash and bucket reader when there is no document (as under
    Node); it runs here with `document` shadowed, so the browser readers use is what is checked.
    """
    source = SITE_SEARCH_JS.read_text(encoding="utf-8")
    return page.evaluate(
        """([source, body, arg]) => {
            const module = {};
            new Function("document", "module", source)(undefined, module);
            return new Function("s", "arg", body)(module.exports, arg);
        }""",
        [source, body, arg],
    )


def test_the_page_analyses_queries_and_hashes_terms_as_the_build_does(page):
    queries = ["生产经营", "ＣＰＣ 2024年，党", "党建品牌 三会一课", "Ｗｉ-Ｆｉ 覆盖", "㐀丽 ﬁ", "x" * 40 + " 学习"]
    js = run_in_chromium(page, "const terms = arg.map(s.queryTerms);\n"
                               "return {terms: terms, hashes: terms.map(t => t.map(s.termHash))};", queries)
    expected = [search_analyzer.query_terms(q) for q in queries]
    assert js["terms"] == expected
    assert js["hashes"] == [[search_index.term_hash(t) for t in terms] for terms in expected]


def test_the_page_reads_a_bucket_as_the_build_wrote_it(page, tmp_path):
    articles = [make_article(f"a{i}", f"标题{i}", f"党建工作第{i}项。" * (i % 4 + 1), date=f"2024-02-{i + 1:02d}")
                for i in range(25)]
    index = write(tmp_path, articles)
    bucket = index / "t" / f"{search_index.term_hash('党建') & (json.loads((index / 'manifest.json').read_text())['buckets'] - 1)}.bin"
    js = run_in_chromium(page, "const m = s.parseBucket(new Uint8Array(arg));\n"
                               "const out = {}; m.forEach((v, k) => { out[k] = [Array.from(v.docs), Array.from(v.impacts)]; });\n"
                               "return out;", list(gzip.decompress(bucket.read_bytes())))
    python = {term: [docs, imps] for term, (docs, imps) in reader.read_bucket(bucket.read_bytes()).items()}
    assert js == python and "党建" in js and len(js["党建"][0]) == 25


@pytest.fixture(scope="module")
def taxonomy():
    from build_scripts import topics

    return topics.load_taxonomy()


# --- narrowing by genre and topic ----------------------------------------------------------------

def with_genre(article, genre):
    article.genre = genre  # Article.genre: the genres-and-topics issue
    return article


def filter_library():
    return [
        with_genre(make_article("x1", "学习党建品牌的心得", "支部党建品牌创建心得。", topics=["dangjian-pinpai"]), "xinde"),
        with_genre(make_article("x2", "党建体会", "党建工作体会，班组建设。", topics=["banzu-jianshe", "dangjian-pinpai"],
                                date="2024-01-07"), "xinde"),
        with_genre(make_article("n1", "党建品牌发布会召开", "党建品牌发布会召开。", topics=["dangjian-pinpai"],
                                date="2024-01-08"), "xinwen"),
        with_genre(make_article("none", "党建工作纪实", "党建工作纪实。", date="2024-01-09"), None),
    ]


def test_results_narrow_by_genre_and_topic_and_carry_both(tmp_path, taxonomy):
    index = write(tmp_path, filter_library(), taxonomy=taxonomy)
    assert len(reader.search(index, "党建")) == 4
    assert sorted(r["title"] for r in reader.search(index, "党建", genre="xinde")) == ["党建体会", "学习党建品牌的心得"]
    assert [r["title"] for r in reader.search(index, "党建", genre="xinde", topic="banzu-jianshe")] == ["党建体会"]
    assert [r["title"] for r in reader.search(index, "党建", topic="banzu-jianshe", genre="xinwen")] == []
    by_title = {r["title"]: r for r in reader.search(index, "党建")}
    assert by_title["党建体会"]["genre"] == "xinde" and by_title["党建体会"]["topics"] == ["banzu-jianshe", "dangjian-pinpai"]
    assert by_title["党建工作纪实"]["genre"] is None and by_title["党建工作纪实"]["topics"] == []


def test_the_manifest_names_every_genre_and_topic_for_the_filters(tmp_path, taxonomy):
    manifest = json.loads((write(tmp_path, filter_library(), taxonomy=taxonomy) / "manifest.json").read_text(encoding="utf-8"))
    assert dict(manifest["genres"])["xinde"] == "心得体会" and dict(manifest["genres"])["xinwen"] == "新闻报道"
    assert dict(manifest["topics"])["banzu-jianshe"] == "班组建设"


def test_the_page_reads_genres_and_topics_as_the_build_wrote_them(page, tmp_path, taxonomy):
    from build_scripts.search import facets

    chunk = write(tmp_path, filter_library(), taxonomy=taxonomy) / "f" / "0.bin"
    data = gzip.decompress(chunk.read_bytes())
    js = run_in_chromium(page, "return s.parseFacets(new Uint8Array(arg));", list(data))
    python = facets.read_chunk(data)
    assert list(zip(js["genres"], js["topics"])) == [(g, t) for g, t in python]
    assert len(python) == 4 and python[0] == (0, [])  # the newest has no genre and no topic
