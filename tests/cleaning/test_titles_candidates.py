"""Where a page hides its title, by kind: glued to the first paragraph, to its authors or to a list of its
parts; in a sample site's opening line; in a footer's reprint line; behind a series' name and number or a
channel's name; with a word count behind it. Inputs are written for these tests in the style of such pages
(no text from a real page)."""
from __future__ import annotations

import pytest

from build_scripts.cleaning.metadata import decoration_kinds, glued_title, is_not_title, joined_title, tidy_title

from .helpers import STREET_BODY as BODY, candidate_texts as candidates, clean_page as clean


# ---- a title glued to what follows it ------------------------------------------------------------

@pytest.mark.parametrize(("line", "title", "kind"), [
    # a paper's title and its abstract's first sentence, nothing between
    ("基层党组织嵌入社区网格治理的内在机理与实现路径探析网格化治理是城市基层治理的重要方式，"
     "其成效很大程度上取决于基层党组织能否有效嵌入网格。",
     "基层党组织嵌入社区网格治理的内在机理与实现路径探析", "glued_tight"),
    # a speech's salutation, its title, its first sentence
    ("同志们：在全县机关作风建设推进会上的讲话推进机关作风建设是县委今年部署的一项重点任务，"
     "关系到全县营商环境的持续改善。",
     "在全县机关作风建设推进会上的讲话", "glued_tight"),
    # a forum post's title (a comma in it) and its first paragraph, a space between
    ("守好小区门，暖透邻里心 疫情防控最吃劲的那些天，楼栋里的党员主动站了出来，"
     "值守卡口、代购物资、上门测温，一干就是一个多月。",
     "守好小区门，暖透邻里心", "glued_loose"),
    # a document site's numbered page: the title, its authors, their units
    ("1、村级党组织带头人队伍建设的现实困境与优化路径 某某某 某某 某某农业大学公共管理学院 "
     "某某省委党校党建教研部",
     "村级党组织带头人队伍建设的现实困境与优化路径", "glued_byline"),
    # a document's title and the numbered list of its parts
    ("社区党组织换届选举工作流程及说明1、成立换届领导小组2、召开党员大会3、酝酿候选人4、组织投票选举",
     "社区党组织换届选举工作流程及说明", "glued_list"),
])
def test_a_title_glued_to_what_follows_is_split_off(line, title, kind):
    assert glued_title(line) == (title, kind)


@pytest.mark.parametrize("line", [
    # sentences that open with a title-like run are sentences, not titles
    "近日，某某公司党委召开专题会议研究部署下半年党建工作，党委书记主持会议并讲话，班子成员参加会议。",
    "会议指出，要深入研究基层党建工作中的新情况新问题，推动各项任务落地见效，确保取得实实在在的成效。",
    "党委书记 某某某在会上强调，要把学习教育同推动中心工作结合起来，切实做到两手抓、两不误、两促进。",
    # a numeral inside a sentence (三、四期) starts no list of parts
    "5月12日上午，某某集团党委副书记带队赴某某公司公共租赁住房三、四期项目部检查指导党建工作，并为项目授牌。",
    # a news lead's dateline and credits, a space after them
    "本报讯（通讯员 某某某）近日，某某县委组织部举办基层党务干部培训班，全县一百二十余名党务干部参加培训。",
    "某某网讯 5月18日，某某区召开基层党建工作推进会，总结上半年工作成效，部署下半年重点任务和具体举措。",
])
def test_a_sentence_is_not_split_into_a_title(line):
    assert glued_title(line) is None


def test_the_title_glued_to_the_first_paragraph_becomes_the_pages_title():
    page = ("楼栋党小组参与老旧小区治理的实践探析老旧小区治理涉及面广、矛盾集中，"
            "某某街道以楼栋党小组为支点，探索出一条党建引领、居民自治的治理路子，取得了初步成效。\n\n" + BODY)
    assert clean(page).title == "楼栋党小组参与老旧小区治理的实践探析"


# ---- a title broken over two lines ---------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "joined"), [
    ("关于进一步加强新时代社区党组织", "建设的实施意见", "关于进一步加强新时代社区党组织建设的实施意见"),
    ("在全县基层党建工作推进会", "上的讲话", "在全县基层党建工作推进会上的讲话"),
])
def test_a_title_broken_over_two_lines_is_joined(first, second, joined):
    assert joined_title(first, second) == joined


@pytest.mark.parametrize(("first", "second"), [
    ("某某街道开展主题党日活动", "2024-05-20 来源：某某街道"),   # a title and its date line
    ("某某街道开展主题党日活动", "作者：某某某"),                 # a title and its byline
    ("党建动态", "某某街道开展主题党日活动"),                     # a channel and a title: nothing broken
])
def test_two_lines_that_are_whole_stay_apart(first, second):
    assert joined_title(first, second) is None


def test_a_broken_title_becomes_the_pages_title():
    page = "关于进一步加强新时代社区党组织\n建设的实施意见\n发布时间：2024-03-12\n\n" + BODY
    assert clean(page).title == "关于进一步加强新时代社区党组织建设的实施意见"


# ---- a title named by another line of the page ----------------------------------------------------

def test_a_sample_sites_opening_line_names_the_piece():
    page = ("下面是小编为大家整理的2024年社区党委书记在红色楼栋推进会上的讲话（全文完整），供大家参考。\n\n"
            + BODY)
    assert "2024年社区党委书记在红色楼栋推进会上的讲话" in candidates(page)


def test_a_footers_reprint_line_names_the_title():
    page = BODY + "\n转载请注明：某某区总工会 » 某某街道推出楼栋议事“清单”\n"
    assert "某某街道推出楼栋议事“清单”" in candidates(page)


# ---- what a site puts around the title --------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected", "kind"), [
    ("入党常见问题解答【十二】预备党员的预备期从什么时候算起", "预备党员的预备期从什么时候算起", "cut:tag"),
    ("党史小课堂[第8期]红船精神的时代内涵", "红船精神的时代内涵", "cut:tag"),
    ("工作总结 某某社区2024年党建工作总结", "某某社区2024年党建工作总结", "cut:channel"),
    ("在全区基层党建观摩会上的讲话 (本页约3600+字)", "在全区基层党建观摩会上的讲话", "cut:count"),
    ("某某镇推行主题党日全程纪实管理办法（主题党日记录表范表）", "某某镇推行主题党日全程纪实管理办法", "cut:count"),
])
def test_a_series_number_a_channel_or_a_word_count_comes_off(raw, expected, kind):
    assert tidy_title(raw) == expected
    assert kind in decoration_kinds(raw)


@pytest.mark.parametrize("title", [
    "党建 引领发展",                        # a channel's word followed by too little is the title's own
    "学习贯彻党的二十大精神（二）",          # a part number in round brackets is the title's
])
def test_what_only_looks_like_a_decoration_stays(title):
    assert tidy_title(title) == title


def test_a_line_opening_with_an_empty_field_is_no_title():
    # a page template's empty field, a dash, a document site's prompt
    assert is_not_title("（） - 在线阅读《某某党建》全文内容")


def test_a_channels_name_with_a_bar_behind_it_is_no_title():
    # the bar goes when a title is polished, so what is left must read as a title too
    page = "党建动态-\n某某街道开展主题党日活动\n发布时间：2024-05-20\n\n" + BODY
    assert "党建动态-" not in candidates(page)
    assert clean(page).title == "某某街道开展主题党日活动"


def test_a_reporters_byline_with_its_credit_is_no_title():
    # a paper's byline (记者 + name + 文/图) right above the date is the byline, the line above it the title
    page = ("某某街道:红色楼栋里过“七一”\n\n某某晚报记者 周某某 文/图\n2024-07-02 18:20\n\n某某晚报\n\n"
            + BODY)
    assert is_not_title("某某晚报记者 周某某 文/图") and is_not_title("本报记者 周某某 摄")
    assert "某某晚报记者 周某某 文/图" not in candidates(page)
    assert clean(page).title == "某某街道：红色楼栋里过“七一”"


def test_a_name_in_brackets_is_a_credit_not_a_title():
    assert is_not_title("（周某某）") and is_not_title("(林某)")


def test_a_sentence_cut_off_below_the_text_is_no_title():
    # a document site's page break leaves a piece of a sentence on its own line, far below the text's start
    page = ("某某社区党委扎实开展党员冬训工作，组织全体党员集中学习党的创新理论，收到了良好效果。\n"
            "冬训期间，社区党委邀请党校老师作专题辅导，组织党员围绕本职岗位开展讨论。\n"
            "在今后工作和\n"
            "生活中，社区党员将把学习成果转化为服务群众的实际行动。\n")
    assert "在今后工作和" not in candidates(page)


@pytest.mark.parametrize(("raw", "expected"), [
    ("关于推行党员积分管理的实施办法 某某党发﹝2019﹞12号", "关于推行党员积分管理的实施办法"),  # the document's number
    ("关于开展“七一”走访慰问的通知 某某组字〔2023〕5号", "关于开展“七一”走访慰问的通知"),
])
def test_a_documents_number_behind_the_title_comes_off(raw, expected):
    assert tidy_title(raw) == expected


def test_a_title_with_its_date_behind_a_bar_is_the_title():
    page = "某某学习平台\n每日一读\n\n某某：基层减负要减到实处 |2023-11-02\n\n" + BODY
    assert clean(page).title == "某某：基层减负要减到实处"


def test_a_plans_title_glued_to_its_first_sentence_is_split_off():
    line = ("社区党组织分类定级整顿方案为认真落实上级关于整顿软弱涣散基层党组织的部署要求，"
            "结合本街道实际，制定本方案。")
    assert glued_title(line) == ("社区党组织分类定级整顿方案", "glued_tight")


def test_a_sentence_with_a_space_in_it_is_no_glued_pair_title():
    # 守好小区门，暖透邻里心 is a pair of matched halves; an opening clause and a long noun phrase are a sentence
    line = ("从产生方式看，非公有制企业党组织 书记主要由内部推选和上级选派两种办法产生，"
            "内部推选的多为兼职，上级选派的多为专职。")
    assert glued_title(line) is None


def test_the_end_of_a_subtitle_broken_over_two_lines_is_no_title():
    page = ("守初心担使命 奋力书写基层治理新篇章\n——某某区某某局第一、第三党支部联合某某街道有关党支部\n"
            "开展主题党日活动\n发布时间：2025-10-12 09:30\n\n" + BODY)
    assert clean(page).title == "守初心担使命 奋力书写基层治理新篇章"


@pytest.mark.parametrize("line", [
    "参考资料[编辑]",                       # a wiki's section heading with its edit link
    "某某百科，自由的百科全书",              # its tagline
    "N某某全媒体见习记者王某某吴某某",        # reporters with their names run together
    "《某某工程学院学报(社会科学版)》",       # a journal's name with its series
])
def test_wiki_furniture_run_together_bylines_and_journal_names_are_no_titles(line):
    assert is_not_title(line)


def test_a_word_after_the_reporters_word_is_no_byline():
    assert not is_not_title("记者节里的坚守者们")


def test_a_wiki_pages_title_is_its_first_line():
    page = ("重温入党誓词\n\n某某百科，自由的百科全书\n\n重温入党誓词是党员在特定场合重新宣读入党誓词的活动，"
            "常见于党的生日、主题党日和新党员入党仪式等场合。\n\n形式[编辑]\n\n通常由党组织负责人领誓，党员面向党旗举起右拳。\n\n"
            "参考资料[编辑]\n")
    a = clean(page)
    assert a.title == "重温入党誓词" and "[编辑]" not in a.body and "百科全书" not in a.body
