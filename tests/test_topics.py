"""Topic list validation, topic assignment, keywords and related-article ranking."""
from __future__ import annotations

import pytest

from build_scripts import topics
from build_scripts.related import rank_related
from build_scripts.article import Article
from build_scripts.errors import ConfigError, SourceError


def make_article(title="标题", body="正文。", keywords=(), summary=None, slug="a", date=None) -> Article:
    return Article(title=title, body=body, slug=slug, source_file=f"source_texts/{slug}.txt", source_sha256="0" * 64,
                   keywords=list(keywords), summary=summary, date=date)


@pytest.fixture(scope="module")
def taxonomy():
    return topics.load_taxonomy()


# --- the committed taxonomy ----------------------------------------------------------------------

def test_committed_taxonomy_has_15_to_25_topics_with_ascii_slugs_and_terms(taxonomy):
    assert 15 <= len(taxonomy.topics) <= 25
    for t in taxonomy.topics:
        assert t.slug.isascii() and topics.SLUG_RE.match(t.slug)
        assert t.name and t.description and t.terms


@pytest.mark.parametrize(("text", "message"), [
    ("topics: []\n", "empty"),
    ("topics:\n  - slug: Bad Slug\n    name: 甲\n    description: 说明\n    terms: [甲]\n", "slug 'Bad Slug'"),
    ("topics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\n"
     "  - slug: a\n    name: 乙\n    description: 说明\n    terms: [乙]\n", "used twice"),
    ("topics:\n  - slug: a\n    name: 甲\n    terms: [甲]\n", "missing description"),
    ("fallback: nope\ntopics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\n", "fallback"),
    ("topics: [\n", "invalid YAML"),
])
def test_invalid_taxonomy_is_a_config_error_naming_the_file(tmp_path, text, message):
    path = tmp_path / "topics.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        topics.load_taxonomy(path)
    assert str(path) in str(e.value) and message in str(e.value)


# --- topics pinned in metadata -------------------------------------------------------------------

def test_unknown_pinned_topic_is_an_error_naming_the_file(taxonomy):
    with pytest.raises(SourceError) as e:
        topics.validate_pinned_topics(["no-such-topic"], taxonomy, "source_texts/x.txt")
    assert str(e.value).startswith("source_texts/x.txt: unknown topic: 'no-such-topic'")


def test_pinned_topics_accept_slug_or_chinese_name_and_drop_repeats(taxonomy):
    assert topics.validate_pinned_topics(["党建品牌", "dangjian-pinpai", "banzu-jianshe"], taxonomy, "x") == [
        "dangjian-pinpai", "banzu-jianshe"]


def test_more_than_four_pinned_topics_is_an_error(taxonomy):
    with pytest.raises(SourceError, match="最多写 4 个"):
        topics.validate_pinned_topics([t.slug for t in taxonomy.topics[:5]], taxonomy, "x")


# --- assignment ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "body", "expected_first"), [
    ("打造党建品牌的实践", "本单位开展了多项工作。", "dangjian-pinpai"),
    ("推动党建工作与生产经营深度融合", "融合是关键。", "shengchan-jingying-ronghe"),
    ("智慧党建平台建设探索", "利用互联网开展工作。", "hulianwang-dangjian"),
    ("加强党风廉政建设", "全面从严治党，驰而不息抓作风建设。", "dangfeng-lianzheng"),
])
def test_title_decides_the_first_topic(taxonomy, title, body, expected_first):
    assert topics.assign_topics(make_article(title=title, body=body), taxonomy)[0] == expected_first


def test_title_outweighs_a_term_repeated_in_the_body(taxonomy):
    body = "班组建设很重要。" * 3 + "\n\n班组是基本单元。"
    article = make_article(title="党建品牌创建的思考", body=body)
    assigned = topics.assign_topics(article, taxonomy)
    assert assigned[0] == "dangjian-pinpai"


def test_headings_and_keywords_count_more_than_the_body(taxonomy):
    plain = make_article(title="一篇文章", body="正文提到党务公开。\n\n正文提到班组。")
    headed = make_article(title="一篇文章", body="## 推进党务公开\n\n正文提到班组。")
    keyed = make_article(title="一篇文章", body="正文提到党务公开。\n\n正文提到班组。", keywords=["班组建设"])
    assert topics.score_topics(headed, taxonomy)["dangnei-minzhu"] > topics.score_topics(plain, taxonomy)["dangnei-minzhu"]
    assert topics.score_topics(keyed, taxonomy)["banzu-jianshe"] > topics.score_topics(plain, taxonomy)["banzu-jianshe"]


def _counted_term_by_term(text: str, taxonomy) -> dict[str, int]:
    """What score_topics counts, the plain way: every term of every topic, str.count."""
    return {t.slug: n for t in taxonomy.topics if (n := sum(text.count(term) for term in t.terms))}


TRICKY = topics.Taxonomy([
    topics.Topic("pinpai", "党建品牌", "", ("党建品牌", "党建", "品牌创建")),  # a term inside another, sharing its start
    topics.Topic("jiaoyu", "党员教育", "", ("党员教育", "教育", "党员")),  # and sharing its end
    topics.Topic("twice", "两次", "", ("党建", "党建")),  # a term listed twice, and in two topics
    topics.Topic("short", "单字", "", ("廉", "𠀀𠀁")),  # one character; characters beyond U+FFFF
    topics.Topic("repeat", "叠字", "", ("哈哈", "常常常")),  # overlapping occurrences
])


@pytest.mark.parametrize("text", [
    "", "党", "党建", "党建品牌党建品牌创建", "加强党员教育，党员教育是党建品牌的基础。\n党员、教育、廉洁。",
    "哈哈哈哈哈 常常常常常常", "𠀀𠀁𠀀𠀁 𠀀 𠀁", "品牌创建 品牌 创建 建品牌",
])
def test_topic_terms_are_counted_as_str_count_counts_them(text):
    """score_topics counts only the terms that can occur (a shortcut): the same counts as every term's str.count."""
    index = topics._term_index(tuple((t.slug, t.terms) for t in TRICKY.topics))
    assert topics._topic_hits(text, index) == _counted_term_by_term(text, TRICKY)


def test_topic_scores_of_the_committed_taxonomy_count_every_term(taxonomy):
    body = "。".join(term for t in taxonomy.topics for term in t.terms[::3]) + "。\n\n" + "党建品牌创建。" * 3
    index = topics._term_index(tuple((t.slug, t.terms) for t in taxonomy.topics))
    assert topics._topic_hits(body, index) == _counted_term_by_term(body, taxonomy)


def test_an_article_gets_at_most_three_topics(taxonomy):
    everything = "。".join(t.terms[0] for t in taxonomy.topics)
    article = make_article(title="综合", body=(everything + "。\n\n") * 10)
    assert 1 <= len(topics.assign_topics(article, taxonomy)) <= topics.MAX_AUTO_TOPICS


def test_terms_named_once_in_passing_give_no_topic(taxonomy):
    everything = "。".join(t.terms[0] for t in taxonomy.topics)
    assert topics.assign_topics(make_article(title="综合", body=everything + "。"), taxonomy) == []


def test_article_matching_no_term_gets_no_topic(taxonomy):
    assert topics.assign_topics(make_article(title="天气", body="今天下雨。"), taxonomy) == []


def test_a_fallback_line_in_the_taxonomy_is_rejected(tmp_path):
    path = tmp_path / "topics.yml"
    path.write_text("fallback: a\ntopics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="fallback"):
        topics.load_taxonomy(path)


def test_escaped_markdown_in_the_body_still_matches_terms(taxonomy):
    escaped = make_article(title="一篇文章", body="正文：\\#党建品牌\\#。")
    plain = make_article(title="一篇文章", body="正文：#党建品牌#。")
    score = topics.score_topics(escaped, taxonomy)["dangjian-pinpai"]
    assert score > 0 and score == topics.score_topics(plain, taxonomy)["dangjian-pinpai"]


# --- keywords ------------------------------------------------------------------------------------

def test_given_keywords_come_first_and_extraction_fills_to_at_least_three():
    body = "党建品牌创建要聚焦主线。党建品牌创建要激活一线。班组建设是基础，班组建设要扎实。"
    features = topics.extract_features(make_article(title="党建品牌创建", body=body, keywords=["品牌"]))
    assert features.keywords[0] == "品牌"
    assert topics.MIN_KEYWORDS <= len(features.keywords) <= topics.MAX_KEYWORDS
    assert len(set(features.keywords)) == len(features.keywords)


def test_extracted_keywords_skip_generic_words_and_numbers():
    body = "我们开展工作，推进工作，加强工作。2023年共有15个党支部开展三会一课。三会一课制度落实到位。"
    features = topics.extract_features(make_article(title="落实三会一课制度", body=body))
    assert "三会一课" in features.keywords  # a user-dictionary word stays whole
    assert not {"工作", "开展", "推进"} & set(features.keywords)
    assert not any(ch.isdigit() for k in features.keywords for ch in k)


def test_segmenter_cuts_as_jieba_does_with_the_field_dictionary():
    """Keywords come from rjieba (jieba-rs): it must cut the seeds' texts into jieba's words,
    so that an upgrade of either does not silently change every article's keywords."""
    import warnings
    from pathlib import Path

    from build_scripts.cleaning import clean_source
    from build_scripts.sources import read_source
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(topics.USERDICT_FILE))
    texts = [topics.plain_text(clean_source(read_source(p)).body) for p in sorted((Path(__file__).parents[1] / "source_texts").glob("*.txt"))]
    assert len(texts) >= 5
    for text in texts:
        assert topics.segmenter().cut(text, False) == list(tokenizer.cut(text, HMM=False))
    assert "三会一课" in topics.segmenter().cut("坚持三会一课制度", False)  # the field's dictionary is loaded


def test_keywords_never_exceed_eight_even_when_many_are_given():
    given = [f"词{i}" for i in range(12)]
    assert len(topics.extract_features(make_article(keywords=given)).keywords) == topics.MAX_KEYWORDS


# --- related articles ----------------------------------------------------------------------------

def test_related_prefers_similar_text_then_shared_topics():
    slugs = ["a", "b", "c", "d", "e", "f"]
    vectors = {
        "a": {"班组": 0.8, "品牌": 0.6},
        "b": {"班组": 0.8, "品牌": 0.6},  # same text as a
        "c": {"品牌": 0.3, "其他": 0.95},
        "d": {"廉洁": 1.0},
        "e": {"廉洁": 1.0},
        "f": {"互联网": 1.0},
    }
    topic_map = {"a": ["x"], "b": ["y"], "c": ["x"], "d": ["x"], "e": ["z"], "f": ["z"]}
    dates = dict.fromkeys(slugs)
    related = rank_related(slugs, topic_map, vectors, dates)
    assert related["a"][:3] == ["b", "c", "d"]  # b: same text; c: a little text + topic; d: topic only
    assert "a" not in related["a"]


def test_every_article_gets_three_to_five_related_when_the_library_allows():
    slugs = [f"s{i}" for i in range(8)]
    vectors = {s: {f"词{i}": 1.0} for i, s in enumerate(slugs)}  # nothing shared
    topic_map = {s: ["x"] if i < 2 else ["y"] for i, s in enumerate(slugs)}
    related = rank_related(slugs, topic_map, vectors, {s: f"2020-01-0{i + 1}" for i, s in enumerate(slugs)})
    assert all(3 <= len(r) <= 5 for r in related.values())
    assert related["s0"][0] == "s1"  # the only one sharing its topic comes first


def test_related_in_a_tiny_library_lists_all_the_others():
    related = rank_related(["a", "b"], {"a": ["x"], "b": ["y"]}, {"a": {}, "b": {}}, {"a": None, "b": None})
    assert related == {"a": ["b"], "b": ["a"]}
