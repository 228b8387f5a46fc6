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


# --- assignment by the rules (topics.rule_topics) -------------------------------------------------
# These short written articles pin the rules' weights and thresholds, which still score the evidence the
# fitted model reads (candidate_features) and decide for a topic list without weights. The build's topics
# (assign_topics: the model, the title's topics first) are tested further down on articles of a page's length.

@pytest.mark.parametrize(("title", "body", "expected_first"), [
    ("打造党建品牌的实践", "本单位开展了多项工作。", "dangjian-pinpai"),
    ("推动党建工作与生产经营深度融合", "融合是关键。", "shengchan-jingying-ronghe"),
    ("智慧党建平台建设探索", "利用互联网开展工作。", "hulianwang-dangjian"),
    ("加强党风廉政建设", "全面从严治党，驰而不息抓作风建设。", "dangfeng-lianzheng"),
])
def test_title_decides_the_first_topic(taxonomy, title, body, expected_first):
    assert topics.rule_topics(make_article(title=title, body=body), taxonomy)[0] == expected_first


def test_title_outweighs_a_term_repeated_in_the_body(taxonomy):
    body = "班组建设很重要。" * 3 + "\n\n班组是基本单元。"
    article = make_article(title="党建品牌创建的思考", body=body)
    assigned = topics.rule_topics(article, taxonomy)
    assert assigned[0] == "dangjian-pinpai"


def test_headings_and_keywords_count_more_than_the_body(taxonomy):
    plain = make_article(title="一篇文章", body="正文提到党务公开。\n\n正文提到班组。")
    headed = make_article(title="一篇文章", body="## 推进党务公开\n\n正文提到班组。")
    keyed = make_article(title="一篇文章", body="正文提到党务公开。\n\n正文提到班组。", keywords=["班组建设"])
    assert topics.score_topics(headed, taxonomy)["dangnei-minzhu"] > topics.score_topics(plain, taxonomy)["dangnei-minzhu"]
    assert topics.score_topics(keyed, taxonomy)["banzu-jianshe"] > topics.score_topics(plain, taxonomy)["banzu-jianshe"]


def test_an_article_gets_at_most_three_topics(taxonomy):
    everything = "。".join(t.terms[0] for t in taxonomy.topics)
    article = make_article(title="综合", body=(everything + "。\n\n") * 10)
    assert 1 <= len(topics.rule_topics(article, taxonomy)) <= topics.MAX_AUTO_TOPICS


def test_terms_named_once_in_passing_give_no_topic(taxonomy):
    everything = "。".join(t.terms[0] for t in taxonomy.topics)
    assert topics.rule_topics(make_article(title="综合", body=everything + "。"), taxonomy) == []


def test_article_matching_no_term_gets_no_topic(taxonomy):
    assert topics.rule_topics(make_article(title="天气", body="今天下雨。"), taxonomy) == []


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


def test_a_term_inside_a_longer_one_counts_only_as_the_longer_one(taxonomy):
    # 党员干部 (party members and cadres, in every kind of article) is a passing phrase, not the 干部
    # of 干部队伍建设; 党内政治生活 is one mention of 政治生活, not two.
    cadres = make_article(title="一篇文章", body="党员干部要带头。" * 6)
    assert topics.score_topics(cadres, taxonomy)["dangwu-ganbu"] == 0
    once = topics.score_topics(make_article(title="一篇文章", body="严肃政治生活。"), taxonomy)
    nested = topics.score_topics(make_article(title="一篇文章", body="严肃党内政治生活。"), taxonomy)
    assert nested["zhengzhi-jianshe"] == once["zhengzhi-jianshe"] > 0


def test_overlapping_terms_of_two_topics_both_count():
    # 党支部书记队伍建设: 党支部 (the branch) and 书记队伍 (the secretaries as a body of cadres) overlap.
    matcher = topics.TermMatcher([topics.Topic("a", "甲", "说明", ("党支部",)), topics.Topic("b", "乙", "说明", ("书记队伍",))])
    assert matcher.count("加强党支部书记队伍建设") == [1.0, 1.0]
    # terms of one topic that overlap count once for it
    one = topics.TermMatcher([topics.Topic("a", "甲", "说明", ("党支部", "支部书记"))])
    assert one.count("党支部书记") == [1.0]


def _scan_with_trie(matcher, text):
    """The counts as the trie pattern gives them, scanning every position (the matcher's fallback)."""
    matcher.quick = False
    try:
        return matcher.count(text)
    finally:
        matcher.quick = True


@pytest.mark.parametrize("text", [
    "加强党支部书记队伍建设，党支部书记要抓好党支部建设",  # nested and overlapping terms
    "公司机关党支部的党员干部和干部队伍",  # a passing phrase holding terms
    "𠀀党支部𠀀书记队伍￿党支",  # characters outside the BMP, U+FFFF, a term's first pair alone at the end
    "党", "",
])
def test_the_first_pair_lookup_counts_as_the_trie_scan(text):
    # TermMatcher looks for terms only where their first two characters stand: the same counts as
    # the trie pattern tried at every position.
    matcher = topics.TermMatcher([
        topics.Topic("a", "甲", "说明", ("党支部", "支部书记", "党支部建设"), ("干部",)),
        topics.Topic("b", "乙", "说明", ("书记队伍", "干部队伍"))], passing=("党员干部", "机关党支部"))
    assert matcher.quick
    assert matcher.count(text) == _scan_with_trie(matcher, text)


@pytest.mark.parametrize("text", [
    "加强党支部书记队伍建设，党支部书记要抓好党支部建设。" * 3,  # longer than SHORT_TEXT: the numpy lookup
    "党支部们党支部书记们党支部建设们干部们" * 4,  # first pairs followed by a character that starts no term
    "𠀀党支部𠀀书记队伍￿党支" * 8,
])
def test_the_lookup_by_first_pair_and_next_character_counts_as_the_trie_scan(text):
    # a long text: the places where a term may start are narrowed by the pair and the character after it
    matcher = topics.TermMatcher([
        topics.Topic("a", "甲", "说明", ("党支部", "支部书记", "党支部建设"), ("干部",)),
        topics.Topic("b", "乙", "说明", ("书记队伍", "干部队伍"))], passing=("党员干部", "机关党支部"))
    assert len(text) >= matcher.SHORT_TEXT
    assert matcher.count(text) == _scan_with_trie(matcher, text)


def test_a_part_of_a_text_has_the_terms_a_scan_of_the_part_finds():
    # TermMatcher.part: the terms of text[start:end] from those of the whole text; a term running past the end
    # gives way to a shorter one (党支部 of 党支部建设), or to none
    matcher = topics.TermMatcher([topics.Topic("a", "甲", "说明", ("党支部", "党支部建设", "支部书记", "建设"))])
    text = "抓好党支部建设和党支部书记队伍建设，" * 5
    whole = matcher.longest_at(text)
    for start in range(0, 24):
        for end in range(start, 30):
            assert matcher.part(whole, text, start, end) == matcher.longest_at(text[start:end]), (start, end)


@pytest.mark.parametrize("summary", [
    None, "某某社区党委组织在职党员参加志愿服务，推进党建品牌创建。",  # the opening paragraph: a part of the body
    "在职党员参加志愿服务，推进党建品",  # a part that cuts a term (党建品牌) short
    "一段不在正文里的党建品牌摘要。",
])
def test_the_zones_terms_from_one_scan_of_the_body_are_those_of_scanning_each_zone(taxonomy, summary):
    body = "\n\n".join(["　某某社区党委组织在职党员参加志愿服务，推进党建品牌创建。", "## 网格党建", "网格员走访居民。" * 20])
    zones = topics.zone_texts(make_article(title="社区党委开展志愿服务", body=body, summary=summary,
                                           keywords=["党建品牌"]))
    terms = topics.zone_terms(zones, taxonomy.matcher)
    assert terms == {**{zone: taxonomy.matcher.longest_at(text) for zone, text in zones.items()},
                     "lead": taxonomy.matcher.longest_at(topics.lead_sentence(zones["body"]))}
    assert terms["lead"] and terms["headings"] and bool(terms["summary"]) == bool(summary)


def test_a_one_character_term_is_counted_by_the_trie_scan():
    matcher = topics.TermMatcher([topics.Topic("a", "甲", "说明", ("党", "党支部"))])
    assert not matcher.quick
    assert matcher.count("党支部和党") == [2.0]


def test_trie_pattern_prefers_the_longest_term():
    pattern = topics.re.compile(topics.trie_pattern(["党支部", "党支部书记", "党建+", "党建"]))
    assert [m.group() for m in pattern.finditer("党支部书记谈党建+和党建，党支部")] == ["党支部书记", "党建+", "党建", "党支部"]


def test_a_broad_word_in_the_title_loses_to_the_subject_of_the_body(taxonomy):
    # 学生/大学 in a title only set the scene; the article is about discipline inspection.
    body = ("某某大学学生报考了某某单位。纪检监察干部要忠诚干净担当，纪委监委强化监督执纪，"
            "坚持反腐败斗争，严查违纪违法问题。\n\n") * 2
    article = make_article(title="某某大学学生报考纪检岗位之后", body=body)
    assert topics.rule_topics(article, taxonomy)[0] == "dangfeng-lianzheng"


@pytest.mark.parametrize(("title", "body", "expected"), [
    # village work named by its organisations and posts, not the word 农村
    ("某某镇推进软弱村整顿", "村两委班子换届后，驻村第一书记带领村干部发展村集体经济。", "nongcun-dangjian"),
    # party members in action: commando squads, vanguard posts, showing one's membership
    ("春运一线党旗红", "某某段组建党员突击队，设立党员责任区，党员亮身份、当先锋。\n\n"
                     "在客车整备现场，党员先锋岗发挥先锋模范作用。", "dangyuan-jiaoyu"),
    # spreading a plenum's spirit to villagers: ideological work, whoever organised it
    ("某某乡开展全会精神宣讲", "宣讲团走进田间地头，用家常话宣讲全会精神，理论宣讲入脑入心。", "sixiang-zhengzhi"),
    # secretaries reporting on their party-building duties: the responsibility system
    ("某某公司召开党支部书记抓基层党建工作述职评议会", "各支部书记逐一述职，压实主体责任和第一责任人职责。", "zhidu-jizhi"),
    # neighbourhood governance in the 枫桥经验 tradition
    ("基层社会治理的某某实践", "坚持和发展枫桥经验，推进社区治理，实现共建共治共享。", "shequ-dangjian"),
])
def test_kinds_of_wording_name_their_topic(taxonomy, title, body, expected):
    assert topics.rule_topics(make_article(title=title, body=body), taxonomy)[0] == expected


def test_a_long_article_does_not_take_a_topic_it_names_now_and_then(taxonomy):
    # A long report whose title names its subject and whose every section ends on the same stock
    # phrase (坚持廉洁从业): counted per 1,500 characters, ten passing mentions in 15,000 are not a topic.
    filler = "某某公司持续推进各项工作，取得了良好成效。" * 70
    sections = [f"{filler}坚持廉洁从业。" for _ in range(10)]
    sections[0] = "深化党建品牌创建。" + sections[0]
    article = make_article(title="某某公司打造党建品牌的实践", body="\n\n".join(sections))
    assert topics.rule_topics(article, taxonomy) == ["dangjian-pinpai"]


@pytest.mark.parametrize(("text", "message"), [
    ("topics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\n    broad: 乙\n", "broad"),
    ("topics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲, 乙]\n    broad: [乙]\n", "乙 listed twice"),
    ("topics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\npassing: 乙\n", "passing"),
])
def test_broad_terms_and_passing_phrases_are_validated(tmp_path, text, message):
    path = tmp_path / "topics.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        topics.load_taxonomy(path)


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


def test_keywords_are_the_same_from_a_given_body_text_and_with_the_judged_words_forgotten(monkeypatch):
    # load_one hands extract_features the body's plain text; the words judged (_term_idf) are forgotten when
    # there are too many of them
    article = make_article(title="党建品牌创建", body="## 小标题\n\n党建品牌创建要聚焦主线，班组建设\\*要扎实。" * 3)
    first = topics.extract_features(article)
    assert topics.extract_features(article, topics.plain_text(article.body)) == first
    monkeypatch.setattr(topics, "_TERM_IDF_SIZE", 3)
    assert topics.extract_features(article) == first
    assert len(topics._term_idf) > 3  # this article's words, all of them: the rest were forgotten


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


# --- the setting: who acts, named in the title or the first sentence -----------------------------

@pytest.mark.parametrize(("title", "body", "setting", "subject"), [
    # a primary school's branch holding its members' day: the school is the setting, members' education the subject
    ("某某小学党支部开展党员活动日活动",
     "4月10日下午，某某小学党支部在报告厅开展党员活动日活动。支部党员重温入党誓词，集中学习党章，"
     "争当先锋模范。\n\n活动最后，党员们交流了学习体会。", "xuexiao-dangjian", "dangyuan-jiaoyu"),
    # the title names only the occasion; the first sentence says a high school's branch held it
    ("追赶超越 奋力拼搏",
     "2月27日下午，某某高中党支部在党员活动室召开党员大会。会议通报了上一年度支部建设情况，"
     "部署落实三会一课制度，规范组织生活。\n\n会上，全体党员重温入党誓词，"
     "各党小组长汇报了党小组学习情况，青年教师代表发言。\n\n支部书记对下一步工作提出要求，要把支部建成坚强战斗堡垒。",
     "xuexiao-dangjian", "jiceng-zuzhi"),
    # a community's volunteers: the community is the setting, serving the residents the subject
    ("某某社区开展志愿服务活动",
     "3月13日上午，某某社区组织志愿者清理楼道杂物。志愿服务队走访慰问困难群众，为群众办实事，"
     "解决急难愁盼。\n\n志愿者们表示，将把志愿服务常态化。", "shequ-dangjian", "qunzhong-gongzuo"),
    # a state organ's branch doing volunteer work in a neighbourhood
    ("某某局机关党总支开展志愿服务主题党日活动",
     "3月21日下午，某某局机关党总支全体党员开展志愿服务。党员志愿者走访慰问独居老人，"
     "为群众办实事。\n\n大家表示要继续服务群众。", "jiguan-dangjian", "qunzhong-gongzuo"),
])
def test_a_setting_named_as_the_one_acting_is_a_topic_beside_the_subject(taxonomy, title, body, setting, subject):
    assigned = topics.rule_topics(make_article(title=title, body=body), taxonomy)
    assert setting in assigned and subject in assigned


def test_a_company_head_office_branch_is_no_state_organ(taxonomy):
    body = ("日前，某某供电公司机关党支部与某某供电所党支部开展结对共建活动，双方签订支部联建协议，"
            "共同落实三会一课。\n\n两个支部将定期开展联建共建活动。")
    assigned = topics.rule_topics(make_article(title="某某供电公司机关党支部牵手供电所党支部", body=body), taxonomy)
    assert assigned[0] == "jiceng-zuzhi" and "jiguan-dangjian" not in assigned


def test_a_college_running_a_course_for_village_secretaries_is_not_school_party_work(taxonomy):
    # the college is only the host: the course trains village party secretaries
    body = ("3月25日至27日，某某学院受某某市委组织部委托，举办村党组织书记专题培训班。"
            "培训围绕乡村振兴、村集体经济和农村基层治理展开，学员们到示范村现场教学。\n\n"
            "参训的村党支部书记表示，要把所学用到带领村民发展产业上。")
    assigned = topics.rule_topics(make_article(title="某某学院开展农村党组织书记培训", body=body), taxonomy)
    assert "dangwu-ganbu" in assigned and "nongcun-dangjian" in assigned
    assert "xuexiao-dangjian" not in assigned


def test_a_cue_counts_once_in_the_title_or_the_first_sentence_and_nowhere_else(taxonomy):
    def school(title, body):
        return topics.score_topics(make_article(title=title, body=body), taxonomy)["xuexiao-dangjian"]

    assert school("一次会议", "会议开始。") == 0
    in_title = school("某某中学党支部召开会议", "会议开始。")
    assert in_title == school("一次会议", "某某中学党支部召开会议。") == topics.CUE_SCORE
    # named in both, or twice: still once
    assert school("某某中学党支部召开会议", "某某中学党支部召开会议，某某中学党支部书记讲话。") == in_title
    # a branch of a school named later in the body is a passing mention
    assert school("一次会议", "会议开始。会上，某某中学党支部书记介绍了经验。") == 0


@pytest.mark.parametrize(("title", "body", "expected_first", "not_expected"), [
    # moving one's membership to another branch: the administration of members
    ("党员组织关系怎么转", "党员转移组织关系，先联系拟转入的党支部，再由转出地党组织开具组织关系介绍信。\n\n"
                          "党员持介绍信到转入地党组织报到，编入党支部。", "dangyuan-jiaoyu", "jiceng-zuzhi"),
    # an applicant's thought report is part of becoming a member, not ideological work
    ("入党积极分子思想汇报", "敬爱的党组织：\n\n近一个季度以来，我认真学习党的理论，思想认识有了新的提高，"
                          "理想信念更加坚定。\n\n作为一名入党积极分子，我按时向党组织递交思想汇报，"
                          "汇报自己的学习、工作和思想情况，请党组织考验。", "dangyuan-jiaoyu", "sixiang-zhengzhi"),
    # a squad of party members serving customers and villagers
    ("某某供电公司党员服务队走进乡镇", "党员服务队走村入户，上门检修线路，为群众办实事。\n\n"
                                  "服务队还走访慰问了孤寡老人。", "qunzhong-gongzuo", "dangyuan-jiaoyu"),
    # secretaries sent on a course: the building of the secretaries' ranks comes before the branch
    ("党支部书记培训收获与感悟", "这次党支部书记培训，让我对如何当好支部书记有了新的认识。\n\n"
                              "培训中，老师讲解了党支部工作条例、三会一课和组织生活制度，介绍了支部标准化规范化建设的做法。\n\n"
                              "作为支部书记，我要提高履职能力，把支部建成坚强战斗堡垒。", "dangwu-ganbu", None),
    # the theory study group of a party committee studying: arming with theory, not members' education
    ("某某局党组理论学习中心组召开专题学习会", "会上，中心组成员围绕党的创新理论交流研讨，"
                                           "大家表示要用党的创新理论武装头脑。", "sixiang-zhengzhi", None),
    # couriers and delivery riders are the new employment groups the two-new organisations' work reaches
    ("快递小哥有了暖心驿站", "驿站为外卖骑手、快递员和网约车司机提供饮水、充电和休息。\n\n"
                                  "某某区还在快递网点建立了党支部。", "feigong-dangjian", None),
    # lightening the load on the grass roots is the fight against formalism
    ("为基层减负要动真格", "一些地方文件多、会议多、督查考核多，基层干部疲于应付。\n\n"
                        "为基层减负，就要整治形式主义，让干部把精力用在抓落实上。", "dangfeng-lianzheng", None),
    # a branch studying the party constitution: members' education
    ("某某党支部开展学党章活动", "支部党员逐章学习党章，对照党章查找差距。\n\n"
                              "大家表示要把党章作为根本遵循。", "dangyuan-jiaoyu", None),
    # electing a village committee is village self-government, not the party branch's change of term
    ("某某镇村民委员会换届选举工作方案", "全镇各村村民委员会任期届满，依法进行换届选举。\n\n"
                                    "各村成立村民选举委员会，做好选民登记，组织村民投票选举村民委员会主任、副主任和委员。\n\n"
                                    "镇里派出指导组，确保换届选举依法有序进行。", "nongcun-dangjian", "jiceng-zuzhi"),
    # a law firm is a new social organisation: its branch's work is the two-new organisations' party building
    ("某某律师事务所党支部开展主题党日", "律所党支部组织律师党员学习。\n\n律师行业党委要求各律所把党建工作与业务发展结合起来。",
     "feigong-dangjian", None),
    # party work leading the youth league's: the mass organisations
    ("某某公司党委推进党建带团建", "公司团委组织青年志愿者走进社区。\n\n党建带团建，团组织建设和青年工作有了新的抓手。",
     "qunzhong-gongzuo", None),
    # a course for middle-aged and young cadres, taking on responsibility, room for honest mistakes: the cadres' ranks
    ("某某县举办第五期中青班", "学员们围绕担当作为开展研讨。\n\n县委组织部介绍了容错纠错、关心关爱干部的做法，"
                            "要求加强领导班子建设。", "dangwu-ganbu", None),
])
def test_kinds_of_subject_seen_on_fresh_pages(taxonomy, title, body, expected_first, not_expected):
    assigned = topics.rule_topics(make_article(title=title, body=body), taxonomy)
    assert assigned[0] == expected_first and not_expected not in assigned


def test_a_report_of_ones_duties_is_a_genre_not_the_responsibility_system(taxonomy):
    # 述职报告 names the kind of text; the responsibility system is in what it reports on
    body = "过去一年，我认真履行岗位职责，完成了各项工作任务。\n\n下一步，我将继续努力。"
    scores = topics.score_topics(make_article(title="某某同志述职报告", body=body), taxonomy)
    assert scores["zhidu-jizhi"] == 0


def _three_topic_taxonomy():
    return topics.Taxonomy([topics.Topic(slug, slug, "说明", (term,)) for slug, term in
                            (("a", "甲事"), ("b", "乙事"), ("c", "丙事"))])


@pytest.mark.parametrize(("c_mentions", "expected"), [
    (20, ["a", "b", "c"]),  # all three named as often: the article is about all three
    (12, ["a", "b"]),       # a third clearly behind the first is left out, though a second as far behind would stay
])
def test_a_third_topic_only_when_nearly_level_with_the_first(c_mentions, expected):
    body = "\n\n".join(["甲事。" * 20, "乙事。" * 20, "丙事。" * c_mentions])
    if c_mentions == 12:  # c alone beside a would be its second topic
        alone = "\n\n".join(["甲事。" * 20, "丙事。" * c_mentions])
        assert topics.rule_topics(make_article(title="一篇文章", body=alone), _three_topic_taxonomy()) == ["a", "c"]
    assert topics.rule_topics(make_article(title="一篇文章", body=body), _three_topic_taxonomy()) == expected


@pytest.mark.parametrize(("cues", "message"), [
    ("cues: '某某'", "cues: write cues as a list"),
    ("cues: ['(小学']", "is not a regular expression"),
])
def test_cues_are_validated(tmp_path, cues, message):
    path = tmp_path / "topics.yml"
    path.write_text(f"topics:\n  - slug: a\n    name: 甲\n    description: 说明\n    terms: [甲]\n    {cues}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as e:
        topics.load_taxonomy(path)
    assert str(path) in str(e.value)


# --- a topic resting on one word -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # the title's one word of the discipline topic, nothing more: named, not discussed
    ("某某支部组织党员上党课，重温入党誓词。\n\n党员们表示要发挥先锋模范作用。", ["dangyuan-jiaoyu"]),
    # the body takes the subject up in words of its own: a second topic
    ("某某支部组织党员上党课，重温入党誓词，观看警示教育片。\n\n党员们表示要发挥先锋模范作用，廉洁自律。",
     ["dangyuan-jiaoyu", "dangfeng-lianzheng"]),
])
def test_a_topic_named_by_one_word_only_is_not_given_beside_the_subject(taxonomy, body, expected):
    assert topics.rule_topics(make_article(title="清廉家园里的党课", body=body), taxonomy) == expected


def test_one_term_repeated_counts_less_than_two_terms_as_often(taxonomy):
    one = topics.score_topics(make_article(title="安全月", body="班组开会。\n\n班组学习。"), taxonomy)
    two = topics.score_topics(make_article(title="安全月", body="班组开会。\n\n车间学习。"), taxonomy)
    assert one["banzu-jianshe"] == pytest.approx(topics.SINGLE_TERM_SHARE * two["banzu-jianshe"])


def test_a_cue_in_the_opening_keeps_a_one_word_topic_whole(taxonomy):
    # the school is named as the one acting (a cue) and once more: two kinds of evidence, not one word
    article = make_article(title="某某小学党支部开展活动", body="某某小学党支部组织党员学习。\n\n学生参加。")
    plain = make_article(title="某某活动", body="某某党支部组织党员学习。\n\n学生参加。")
    with_cue = topics.score_topics(article, taxonomy)["xuexiao-dangjian"]
    without = topics.score_topics(plain, taxonomy)["xuexiao-dangjian"]
    assert with_cue == pytest.approx(topics.CUE_SCORE + without / topics.SINGLE_TERM_SHARE)


def test_a_title_made_up_from_the_opening_weighs_as_the_opening_does(taxonomy):
    # a page without a title: the cleaner took the first phrase for one, and warned
    from build_scripts.notices import Notice
    body = "某某支部组织党员学习廉政知识，并开展主题党日活动。\n\n党员重温入党誓词，上党课，争当先锋模范。"
    made_up = make_article(title="某某支部组织党员学习廉政知识", body=body)
    made_up.warnings.append(Notice("title-derived", "网页上没有找到标题"))
    authored = make_article(title="某某支部组织党员学习廉政知识", body=body)
    # an author's title naming 廉政 decides the topic; the same words cut from the first sentence are
    # one passing word of it, and the members' education the body is about comes first
    assert topics.rule_topics(authored, taxonomy)[0] == "dangfeng-lianzheng"
    assert topics.rule_topics(made_up, taxonomy) == ["dangyuan-jiaoyu"]
    scores = topics.score_topics(made_up, taxonomy), topics.score_topics(authored, taxonomy)
    # 廉政 (one term, so SINGLE_TERM_SHARE) in the title, weighed 3 instead of 10
    difference = (topics.ZONE_WEIGHTS["title"] - topics.DERIVED_TITLE_WEIGHT) * topics.SINGLE_TERM_SHARE
    assert scores[1]["dangfeng-lianzheng"] - scores[0]["dangfeng-lianzheng"] == pytest.approx(difference)


def test_the_evidence_holds_each_topics_hits_terms_and_cues_and_the_rules_scores(taxonomy):
    article = make_article(title="某某社区党委开展志愿服务",
                           body="某某社区党委组织在职党员参加志愿服务。\n\n网格员走访居民，为群众办实事。")
    evidence = topics.topic_evidence(article, taxonomy)
    i = [t.slug for t in taxonomy.topics].index("shequ-dangjian")
    assert evidence.scores == list(topics.score_topics(article, taxonomy).values())
    assert evidence.cue_title[i] and evidence.cue_lead[i] and not evidence.derived_title
    assert {"在职党员", "网格员"} <= evidence.found[i]
    assert evidence.zones["title"][i] == 1.0 and evidence.zones["body"][i] > 0  # 社区党委 once in the title


def test_a_setting_named_in_the_title_stays_beside_a_subject_that_outscores_it(taxonomy):
    # the subject's own terms add up; the school is named once, as the one acting, in the title
    body = ("5月8日，某某中学党支部组织党员重温入党誓词，集中学习党章，讲授专题党课。\n\n"
            "党员们交流了学习体会，表示要发挥先锋模范作用，在教书育人中亮身份、作表率。")
    assigned = topics.rule_topics(make_article(title="某某中学党支部开展党员活动日活动", body=body), taxonomy)
    assert assigned[0] == "dangyuan-jiaoyu" and "xuexiao-dangjian" in assigned


def test_a_setting_named_only_in_the_opening_is_not_kept_against_the_share(taxonomy):
    # the same article under a title that names no one: the cue in the first sentence is only evidence
    body = ("5月8日，某某中学党支部组织党员重温入党誓词，集中学习党章，讲授专题党课。\n\n"
            "党员们交流了学习体会，表示要发挥先锋模范作用，亮身份、作表率。")
    article = make_article(title="重温入党誓词 争当先锋模范", body=body)
    scores = topics.score_topics(article, taxonomy)
    assigned = topics.rule_topics(article, taxonomy)
    assert scores["xuexiao-dangjian"] < topics.SECONDARY_SHARE * scores["dangyuan-jiaoyu"]
    assert assigned[0] == "dangyuan-jiaoyu" and "xuexiao-dangjian" not in assigned


def test_a_further_topic_on_broad_words_alone_is_not_given(taxonomy):
    # the neighbourhood is where a member spent an afternoon, named only by broad words (小区, 居民, 社区 …);
    # it scores as high as the subject, but no word of community party building proper occurs
    body = ("今年党员冬训，我认真参加了集中学习，听了三堂党课。\n\n"
            "学习之余，我回到居住的小区，和居民们一起打扫楼道。小区里的居民大多是老人，"
            "物业人手不够，社区里的居民自发组成了清扫小组，街道也送来了工具。\n\n"
            "我想，党员在小区里也要亮身份，居民有困难就要搭把手，让社区的居民看到党员的样子。")
    article = make_article(title="党员冬训里的小区见闻", body=body)
    scores = topics.score_topics(article, taxonomy)
    assert scores["shequ-dangjian"] >= max(topics.MIN_SECONDARY_SCORE, topics.SECONDARY_SHARE * scores["dangyuan-jiaoyu"])
    assert topics.rule_topics(article, taxonomy) == ["dangyuan-jiaoyu"]
    # one specific word of the topic (网格员) is enough to give it beside the subject
    article = make_article(title="党员冬训里的小区见闻", body=body.replace("街道也送来了工具", "网格员也送来了工具"))
    assert sorted(topics.rule_topics(article, taxonomy)) == ["dangyuan-jiaoyu", "shequ-dangjian"]


def test_work_driven_by_party_building_named_in_the_title_is_the_integration_topic():
    """党建引领X高质量发展 in a title says the article is about party building and the unit's own work together."""
    body = ("今年以来，某某公路段党支部把党建工作与养护生产同部署、同落实，组织党员突击队抢修水毁路段，"
            "以支部建设带动班组建设，养护质量稳步提升。")
    article = make_article(title="某某公路段以党建引领驱动公路养护事业高质量发展", body=body)
    assert "shengchan-jingying-ronghe" in topics.rule_topics(article, topics.load_taxonomy())


# --- the fitted topic model (taxonomy/topic_weights.json, written by eval/fit_topics --write) ---------------
# The build's topics. Without the file, or for another topic list, assign_topics gives the rules' topics.

def test_the_model_gives_at_most_three_topics_likeliest_first(taxonomy):
    slugs = [t.slug for t in taxonomy.topics]
    bias = {s: -5.0 for s in slugs} | {slugs[0]: 2.0, slugs[1]: 3.0, slugs[2]: 2.0, slugs[3]: 1.0}
    model = topics.TopicModel(bias, {}, {}, 0.5)
    # a tie goes to the taxonomy's order
    assert topics.assign_topics(make_article(), taxonomy, model) == [slugs[1], slugs[0], slugs[2]]


def test_another_topic_list_is_assigned_by_the_rules():
    # the committed weights are for the committed topics: a list with other slugs falls back to the rules
    assert topics.load_topic_model() is not None
    body = "\n\n".join(["甲事。" * 20, "丙事。" * 20])
    taxonomy = _three_topic_taxonomy()
    article = make_article(title="一篇文章", body=body)
    assert topics.assign_topics(article, taxonomy) == topics.rule_topics(article, taxonomy) == ["a", "c"]
    # and so does the committed list with one topic renamed
    committed = topics.load_taxonomy()
    renamed = topics.Taxonomy([topics.Topic("renamed", t.name, t.description, t.terms, t.broad, t.cues) if k == 0 else t
                               for k, t in enumerate(committed.topics)], committed.passing)
    article = make_article(title=BRAND_TITLE, body=BRAND_BODY)
    assert topics.assign_topics(article, renamed) == topics.rule_topics(article, renamed)


def test_without_a_weights_file_the_rules_decide_and_a_broken_one_is_a_config_error(tmp_path, taxonomy, monkeypatch):
    assert topics.load_topic_model(tmp_path / "none.json") is None
    article = make_article(title="某某村党支部推进乡村振兴", body="村党支部带领村民发展集体经济。\n\n驻村第一书记走访农户。")
    monkeypatch.setattr(topics, "load_topic_model", lambda path=None: None)
    assert topics.assign_topics(article, taxonomy) == topics.rule_topics(article, taxonomy)
    monkeypatch.undo()
    broken = tmp_path / "topic_weights.json"
    broken.write_text('{"bias": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="fit_topics --write"):
        topics.load_topic_model(broken)


def test_a_made_up_title_is_read_as_the_openings_first_words(taxonomy):
    """The reader is shown who did what (the purpose cut off); the topics still read the purpose the page opens with."""
    from build_scripts.notices import Notice
    body = ("为推进党支部标准化规范化建设，6月30日，某某社区党支部召开党员大会，学习支部工作条例。\n\n"
            "会上，支部书记通报了上半年工作情况。")
    article = make_article(title="某某社区党支部召开党员大会", body=body)
    article.warnings.append(Notice("title-derived", "…"))
    assert "标准化规范化" in topics.zone_texts(article)["title"]
    assert topics.zone_texts(make_article(title="某某社区党支部召开党员大会", body=body))["title"] == "某某社区党支部召开党员大会"


# --- the hybrid: the model's topics, and the topics the title names first (topics.hybrid_topics) -------------

def _flat_model(taxonomy, favourite, threshold=0.5):
    """A model that, whatever the article, finds only `favourite` likely (a written stand-in for the fitted one)."""
    bias = {t.slug: -6.0 for t in taxonomy.topics} | {favourite: 3.0}
    return topics.TopicModel(bias, {}, {}, threshold)


def test_a_topic_named_in_the_title_is_assigned_first(taxonomy):
    body = "村党支部带领村民发展集体经济，驻村第一书记走访农户。\n\n村两委班子研究乡村振兴的项目。"
    article = make_article(title="以党建品牌建设引领乡村振兴", body=body)
    assert topics.title_topics(article, taxonomy) == ["dangjian-pinpai", "nongcun-dangjian"]
    model = _flat_model(taxonomy, "nongcun-dangjian")
    assigned = topics.assign_topics(article, taxonomy, model)
    # both are named in the title: they come first, the likelier of them first; none other is likely
    assert assigned == ["nongcun-dangjian", "dangjian-pinpai"]
    other = make_article(title="某某公司党建品牌创建工作纪实", body=body)
    assert topics.assign_topics(other, taxonomy, model) == ["dangjian-pinpai", "nongcun-dangjian"]


def test_a_broad_word_or_a_made_up_title_puts_no_topic_first(taxonomy):
    from build_scripts.notices import Notice
    model = _flat_model(taxonomy, "dangyuan-jiaoyu")
    body = "为加强党支部标准化建设，某某支部组织党员学习党章。\n\n党员们交流了学习体会。"
    broad = make_article(title="某某党支部开展学习活动", body=body)  # 党支部 is a broad word of 基层组织
    assert topics.title_topics(broad, taxonomy) == []
    assert topics.assign_topics(broad, taxonomy, model) == ["dangyuan-jiaoyu"]
    made_up = make_article(title="为加强党支部标准化建设", body=body)
    made_up.warnings.append(Notice("title-derived", "…"))
    assert topics.title_topics(made_up, taxonomy) == []
    assert topics.assign_topics(made_up, taxonomy, model) == ["dangyuan-jiaoyu"]


def test_a_title_topic_the_model_finds_unlikely_is_not_given(taxonomy):
    # the title names two topics; the model finds one of them likely and the other not: a title that names several
    # names some in passing, and on the dev pages such a topic under 0.5 was never the main one
    order = {s: i for i, s in enumerate("abcd")}
    probs = {"a": 0.9, "b": 0.45, "c": 0.85, "d": 0.1}
    assert topics.hybrid_topics(probs, 0.8, ["a", "b"], order) == ["a", "b", "c"]  # no title threshold: as before
    assert topics.hybrid_topics(probs, 0.8, ["a", "b"], order, title_threshold=0.5) == ["a", "c"]
    # a title topic between the two thresholds still comes first
    assert topics.hybrid_topics({"a": 0.6, "c": 0.85}, 0.8, ["a"], {"a": 0, "c": 1}, title_threshold=0.5) == ["a", "c"]
    body = "村党支部带领村民发展集体经济，驻村第一书记走访农户。\n\n村两委班子研究乡村振兴的项目。"
    article = make_article(title="以党建品牌建设引领乡村振兴", body=body)
    model = topics.TopicModel(_flat_model(taxonomy, "nongcun-dangjian").bias, {}, {}, 0.5, title_threshold=0.5)
    assert topics.assign_topics(article, taxonomy, model) == ["nongcun-dangjian"]


def test_a_topic_with_its_own_threshold_is_given_by_it_and_the_others_by_the_shared_one():
    order = {s: i for i, s in enumerate("abc")}
    probs = {"a": 0.7, "b": 0.7, "c": 0.86}
    assert topics.hybrid_topics(probs, 0.825, [], order) == ["c"]
    assert topics.hybrid_topics(probs, 0.825, [], order, thresholds={"a": 0.65}) == ["c", "a"]
    assert topics.hybrid_topics(probs, 0.825, [], order, thresholds={"c": 0.9}) == []


def test_a_weights_file_with_topic_thresholds_is_read_with_them(tmp_path):
    import json
    data = json.loads(topics.WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["thresholds"] = {"dangyuan-jiaoyu": 0.75}
    path = tmp_path / "topic_weights.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    model = topics.load_topic_model.__wrapped__(path)
    assert model.thresholds == {"dangyuan-jiaoyu": 0.75} and model.threshold == data["threshold"]
    assert topics.load_topic_model().thresholds == {}  # the committed weights keep one shared threshold


def test_the_fit_keeps_the_shared_threshold_where_no_other_does_better():
    from build_scripts.eval.fit_topics import choose_topic_thresholds
    # one page about "a" (a's probability runs low), one about "b" (b's high): a gets a lower threshold of its own
    rows = [{"id": "p1", "labelled": ["a"], "title": []}, {"id": "p2", "labelled": ["b"], "title": []}]
    probs = {"p1": {"a": 0.62, "b": 0.1}, "p2": {"a": 0.05, "b": 0.9}}
    own = choose_topic_thresholds(rows, probs, {"a": 0, "b": 1}, 0.9, 0.825, 0.5)
    assert own["a"] == 0.6 and "b" not in own  # (of the thresholds that give it, the highest)


def test_the_title_topics_and_the_models_stay_at_most_three():
    order = {s: i for i, s in enumerate("abcde")}
    probs = {"a": 0.9, "b": 0.8, "c": 0.7, "d": 0.1, "e": 0.3}
    assert topics.hybrid_topics(probs, 0.5, ["e", "d"], order) == ["e", "d", "a"]
    assert topics.hybrid_topics(probs, 0.5, ["b"], order) == ["b", "a", "c"]
    assert topics.hybrid_topics(probs, 0.5, ["d"], order, title_first=False) == ["a", "b", "c"]
    assert topics.hybrid_topics({"a": 0.1, "b": 0.2}, 0.5, [], {"a": 0, "b": 1}) == []


# --- the committed model on articles of a page's length ---------------------------------------------------
# Written for these tests in the style of the pages (no real page's text): the model reads learned words of the
# title, headings, opening and body, so short made-up articles say little about it.

BRAND_TITLE = "某某公司党支部打造“红色引擎”党建品牌的实践"
BRAND_BODY = """今年以来，某某车间党支部围绕安全生产和提质增效，持续开展“红色引擎”创建活动，把支部工作做实做细。

## 一、建强队伍，让党员站在一线

支部在检修班、运行班分别设立党员先锋岗和党员责任区，十二名党员与青年员工结成师徒对子，每月集中学习一次，\
学习内容既有党的理论，也有设备检修规程和事故案例。党员在技术攻关中带头上，在急难险重任务中冲在前。

## 二、立足岗位，让工作看得见

车间把检修质量、设备消缺率和节能降耗指标分解到党员责任区，每季度张榜公布。党员带头完成了两项技术改造，\
全年节约成本六十余万元。支部还组织“岗位讲堂”，由党员骨干轮流讲解操作要点，帮助新员工尽快上岗。

## 三、总结提炼，让经验传得开

支部把几年来的做法提炼为“一岗一区一讲堂”工作法，编印成册，在厂内交流推广。下一步，车间党支部将继续\
擦亮品牌，推动支部工作与生产任务同频共振。
"""

HEAT_TITLE = "夏季高温天气如何预防中暑"
HEAT_BODY = """入夏以来，各地气温持续走高，部分地区最高气温超过三十八摄氏度。专家提醒，高温天气要注意防暑降温，\
合理安排作息。

## 哪些人容易中暑

老年人、婴幼儿、孕妇以及患有心脑血管疾病的人，对高温的调节能力较弱，更容易中暑。长时间在户外劳动、运动的人，\
也要格外当心。

## 怎样预防

一是少在正午外出。上午十点到下午四点气温最高，尽量待在阴凉通风的地方。二是及时补水。不要等口渴了才喝水，\
可以适量喝些淡盐水或绿豆汤。三是饮食清淡。多吃新鲜蔬菜和水果，少吃油腻辛辣的食物。四是保证睡眠。午间适当休息，\
晚上不要熬夜。

## 中暑了怎么办

如果出现头晕、乏力、恶心、大量出汗等症状，应立即转移到阴凉处，解开衣扣，用湿毛巾擦拭身体，并喝些清凉饮料。\
症状严重的，要及时送医院救治。
"""


def test_the_committed_model_puts_the_topic_the_title_names_first(taxonomy):
    # the body is about members on the front line (members' education, work and production); the title says
    # what the article is: a party-building brand
    article = make_article(title=BRAND_TITLE, body=BRAND_BODY)
    assert topics.title_topics(article, taxonomy) == ["dangjian-pinpai"]
    assigned = topics.assign_topics(article, taxonomy)
    assert assigned[0] == "dangjian-pinpai" and 1 <= len(assigned) <= topics.MAX_AUTO_TOPICS
    # the same article under a title that names no topic: the model's topics alone, none of them the brand first
    plain = make_article(title="某某党支部的一年", body=BRAND_BODY)
    assert topics.title_topics(plain, taxonomy) == []  # 党支部 is a broad word: it names no topic
    model = topics.load_topic_model()
    probs = topics.topic_probabilities(plain, taxonomy, model)
    expected = sorted((s for s, p in probs.items() if p >= model.threshold), key=lambda s: -probs[s])[:3]
    assigned = topics.assign_topics(plain, taxonomy)
    # (the round-24 refit is surer of nothing here: no topic at all, which puts the brand first no more than another)
    assert assigned == expected and assigned[:1] != ["dangjian-pinpai"]


def test_the_committed_model_gives_no_topic_to_an_article_about_none_and_clean_warns(taxonomy, tmp_path, capsys):
    article = make_article(title=HEAT_TITLE, body=HEAT_BODY)
    assert topics.assign_topics(article, taxonomy) == []
    # `clean` prints the topics the build gives (the same function) and the build's warning
    from build_scripts.__main__ import main
    source = tmp_path / "heat.txt"
    source.write_text(HEAT_TITLE + "\n\n" + HEAT_BODY.replace("## ", ""), encoding="utf-8")
    assert main(["clean", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "warning: no-topic" in err
    brand = tmp_path / "brand.txt"
    brand.write_text(BRAND_TITLE + "\n\n" + BRAND_BODY.replace("## ", ""), encoding="utf-8")
    assert main(["clean", str(brand)]) == 0
    out, err = capsys.readouterr()
    from build_scripts.cleaning import clean_source
    from build_scripts.sources import read_source
    assigned = topics.assign_topics(clean_source(read_source(brand)), taxonomy)
    assert assigned and "no-topic" not in err
    assert "topics:\n" + "".join(f"- {s}\n" for s in assigned) in out


def test_the_weights_are_read_once_per_process():
    assert topics.load_topic_model() is topics.load_topic_model()


@pytest.mark.parametrize("body", [
    BRAND_BODY,
    "2024年３月，村党支部开会。\n\n## 小标题\n\n正文　全角空格\t制表符 𠀀党建𠀀",  # digits, spaces of every kind, non-BMP
    "党", "",
])
def test_the_builds_pair_codes_are_the_fits_pairs(body):
    # the build looks the learned words up as numbers (pair_codes), the fit reads them as strings (topic_pairs)
    zones = topics.zone_texts(make_article(title="某某 党支部２０２４年工作", body=body))
    as_strings = {region: {topics.pair_code(p) for p in pairs} for region, pairs in topics.topic_pairs(zones).items()}
    assert {region: set(codes.tolist()) for region, codes in topics.pair_codes(zones).items()} == as_strings


# --- the main-topic model: one choice among the topics, its likeliest given when sure enough -------------------------

def test_the_main_topic_models_choice_is_given_when_its_share_is_enough_after_the_titles_topics():
    order = {s: i for i, s in enumerate("abcd")}
    probs = {"a": 0.6, "b": 0.95, "c": 0.3, "d": 0.2}  # the per-topic model is sure of b alone
    main = {"a": 0.55, "b": 0.3, "c": 0.1, "d": 0.05}  # … the main-topic model finds a the page's topic
    assert topics.hybrid_topics(probs, 0.825, [], order) == ["b"]
    assert topics.hybrid_topics(probs, 0.825, [], order, main=main, main_threshold=0.4) == ["a", "b"]
    assert topics.hybrid_topics(probs, 0.825, [], order, main=main, main_threshold=0.6) == ["b"]  # not sure enough
    # a topic the title names stays first; the main topic is not given twice; still at most three
    assert topics.hybrid_topics(probs, 0.825, ["c"], order, title_threshold=0.3, main=main,
                                main_threshold=0.4) == ["c", "a", "b"]
    assert topics.hybrid_topics(probs, 0.5, [], order, main=main, main_threshold=0.4) == ["b", "a"]
    crowded = {"a": 0.9, "b": 0.9, "c": 0.9, "d": 0.1}
    assert topics.hybrid_topics(crowded, 0.5, [], order, main={"d": 0.9, "a": 0.1}, main_threshold=0.4) == [
        "d", "a", "b"]


def test_a_weights_file_with_a_main_topic_model_is_read_and_one_for_other_topics_refused(tmp_path):
    import json
    data = json.loads(topics.WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["main"] = {"threshold": 0.4, "bias": {s: 0.0 for s in data["bias"]}, "weights": {}, "words": {}}
    path = tmp_path / "topic_weights.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    model = topics.load_topic_model.__wrapped__(path)
    assert model.main is not None and model.main_threshold == 0.4
    data["main"]["bias"] = {"made-up": 0.0}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError, match="fit_topics --write"):
        topics.load_topic_model.__wrapped__(path)


@pytest.mark.parametrize("title, body", [
    ("某某公司党委推进党建品牌建设", "某某公司党委坚持党建引领，打造“红色引擎”党建品牌，推动党建与生产经营深度融合。\n\n## 一、强化党员教育管理\n\n各支部落实“三会一课”。"),
    ("村党支部开展主题党日活动", "5月20日，某某村党支部组织党员开展主题党日活动，重温入党誓词，为群众办实事。"),
    ("", ""),
])
def test_both_models_scored_in_one_lookup_score_as_each_alone(title, body):
    """both_scores reads the features and looks up the pairs once for the model and its main-topic model: the
    same scores as topic_scores under each."""
    model = topics.load_topic_model()
    if model is None or model.main is None:
        pytest.skip("no main-topic model in the committed weights")
    taxonomy = topics.load_taxonomy()
    article = make_article(title, body)
    zones = topics.zone_texts(article)
    features = topics.candidate_features(article, taxonomy, zones=zones)
    codes = topics.pair_codes(zones)
    scores, main_scores = topics.both_scores(model, taxonomy, features, codes)
    assert scores == topics.topic_scores(model, taxonomy, features, codes)
    assert main_scores == topics.topic_scores(model.main, taxonomy, features, codes)


def test_a_title_that_names_one_topic_gives_it_on_less_probability_than_a_title_naming_several():
    order = {s: i for i, s in enumerate("abc")}
    probs = {"a": 0.35, "b": 0.35, "c": 0.95}
    # the title names a alone: it is the title's subject, and 0.35 is enough
    assert topics.hybrid_topics(probs, 0.9, ["a"], order, title_threshold=0.5) == ["a", "c"]
    # the title names a and b: each needs the fitted title threshold
    assert topics.hybrid_topics(probs, 0.9, ["a", "b"], order, title_threshold=0.5) == ["c"]
    assert topics.hybrid_topics({"a": 0.2, "c": 0.95}, 0.9, ["a"], order, title_threshold=0.5) == ["c"]


def test_a_term_the_segmenter_cuts_in_two_is_one_keyword():
    # 无机非金属材料 is cut into 无机 / 非金属材料; standing together wherever either stands, they are one term
    body = ("无机非金属材料学院党委开展主题党日活动。无机非金属材料专业教师党支部与学生党支部结对共建，"
            "围绕无机非金属材料研究开展科研攻关。")
    features = topics.extract_features(make_article(title="某某大学无机非金属材料学院党委开展主题党日活动", body=body))
    assert "无机非金属材料" in features.keywords
    assert "无机" not in features.keywords


def test_words_that_also_stand_apart_stay_separate_keywords():
    # 社区独居老人 once, but 社区 and 独居老人 each stand alone more often: two keywords, not one
    body = "党员走访社区独居老人。社区党委组织志愿者，社区网格员每周入户，社区食堂为独居老人送餐，独居老人有了依靠。"
    features = topics.extract_features(make_article(title="党员志愿者关爱独居老人", body=body))
    assert {"社区", "独居老人"} <= set(features.keywords)
    assert "社区独居老人" not in features.keywords
