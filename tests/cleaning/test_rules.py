"""One small case per cleaning rule: what it must change, and what it must leave alone."""
import pytest

from build_scripts.article import Block
from build_scripts.cleaning import clean_text
from build_scripts.cleaning.boilerplate import junk_rule
from build_scripts.cleaning.context import Context
from build_scripts.cleaning.markdown import escape_md
from build_scripts.cleaning.metadata import extract_byline, parse_date
from build_scripts.cleaning.normalize import restore_line_punctuation, strip_pinyin_annotations
from build_scripts.cleaning.repair import join_broken_paragraphs

from .helpers import norm


@pytest.mark.parametrize(("test_input", "expected"), [
    ("發(fā)布日期", "發布日期"),
    ("黨執(zhí)政的組織基礎(chǔ)", "黨執政的組織基礎"),
    ("業（yè）務", "業務"),  # full-width parentheses
    ("措施(一)要落实", "措施(一)要落实"),  # a numbering, not a reading
    ("成立于(2019)年", "成立于(2019)年"),
    ("见注释(1)说明", "见注释(1)说明"),
    ("党(fa)建", "党(fa)建"),  # fa is not a reading of 党: keep
    ("清秀的(de)(de)(de)面龐(pang)", "清秀的面龐"),  # a reading repeated: every copy goes
    ("選礦(kuang)(kuang)所", "選礦所"),                  # toneless, twice
    ("第(di)(1)條", "第(1)條"),                        # the reading goes, the number after it stays
    # a word's reading in one pair of parentheses, as SEO pages annotate a few words of a story
    ("这座山村曾经(céngjīng)很穷，年收入（shōu rù）不高", "这座山村曾经很穷，年收入不高"),
    ("合作社的订单(dìngdān)多了", "合作社的订单多了"),
    ("登录学习强国(App)打卡", "登录学习强国(App)打卡"),  # an English word, not a reading
    ("党员(dangwu)大会", "党员(dangwu)大会"),             # not the reading of the characters before it
])
def test_strip_pinyin_annotations(test_input, expected):
    assert strip_pinyin_annotations(test_input, Context()) == expected


@pytest.mark.parametrize(("test_input", "expected"), [
    ("推动企业发展,促进和谐", "推动企业发展，促进和谐"),
    ("关键词:国有企业;党建工作", "关键词：国有企业；党建工作"),
    ("(一)是企业提升的要求", "（一）是企业提升的要求"),
    ("时间: 2024-04-03 09:04:10", "时间： 2024-04-03 09:04:10"),  # the time keeps its colons
    ("共1,200名党员", "共1,200名党员"),
    ("本文来源:https://www.example.cn/a,b.html", "本文来源：https://www.example.cn/a,b.html"),
    ("Party building (PB) works, really!", "Party building (PB) works, really!"),
    ("这是问题吗?是的!", "这是问题吗？是的！"),
    ("比例为3:1", "比例为3:1"),
])
def test_restore_punctuation(test_input, expected):
    assert restore_line_punctuation(test_input) == expected


@pytest.mark.parametrize("line", [
    "当前位置：首页 > 党建动态 > 正文",
    "【字体：大 中 小】【打印】【关闭】",
    "[收藏] [打印] [关闭] [返回顶部]",
    "分享到：微信 微博 QQ空间",
    "（责任编辑：张三）",
    "责任编辑：李四 审核：王五",
    "文档格式：DOC 页数：5 大小：36KB",
    "企业党建工作总结_第3页",
    "以下是小编为您整理的《党建工作总结》，欢迎阅读！",
    "猜你喜欢",
    "当前文档最多预览五页，下载文档查看全文",
    "•  验证码：",
    "阅读 3.5万",
    "沙发",
    "版权所有 © 某某网 备案号：京ICP备12345678号",
    # a portal's browser advice and weather, a news site's age gate (written in the style of such pages)
    "为获得最佳浏览效果，建议您使用 Chrome 或 Edge 浏览器。",
    "请至Chrome官网下载",
    "晴时多云",
    "多云转小雨 12~18℃",
    "限制级",
    "您即将进入的内容需满18岁方可浏览。",
    # a footer's bare address and its numbers
    "某某省某某市某某镇人民大道88号",
    "服务电话（夜班）：0000-1234567（含节假日）",
    # a portal's sponsor named as the site's, a video's play prompt
    "网站主办：某某市委组织部",
    "本站主办:某某县融媒体中心",
    "点击观看视频",
    "请点击播放视频>>",
    # a link home named after the site, a picture's file name with its upload's timestamp, an encyclopedia's lock
    "返回某某新闻网首页",
    "“某某活动”进行时20190303165837_72035",
    "锁定",
    # a breadcrumb's other label, a poster's and a set of photos' labels
    "您所在的位置：首页党建工作",
    "海报",
    "现场照片（二）",
    "通过写读后感，我们可以记录自己的收获和思考。接下来是一些优秀的读后感范文，希望能够给大家在写作时提供帮助。",
])
def test_junk_lines(line):
    assert junk_rule(line) is not None


@pytest.mark.parametrize("line", [
    "企业基层党建工作能够立足于发展实际，推动企业制定科学的建设方针。",
    "一、强化国有企业党建工作与生产经营相互融合的必要性",
    "（二）以考核为抓手",
    "党员积分管理办法的实践",  # 积分 in a heading is not a download-points notice
    "坚持“三会一课”制度，把党员理论学习作为年度考核、民主评议的核心内容，党支部书记讲好党课。",
    "在党建工作中，要做好宣传报道，扩大分享交流，让先进经验在更大范围推广，这是提升影响力的重要途径。",
    "风雨同舟",  # weather words in a heading, a person's address and an age in a rule are text
    "支部主题党日活动在人民路12号的党群服务中心举行。",
    "年满十八岁的中国工人、农民、军人、知识分子，可以申请加入中国共产党。",
    "党员干部要带头使用国产办公软件，筑牢网络安全防线。",
    "点击观看视频，了解更多活动详情。",
    "网站主办方要落实信息内容审核责任。",
    "锁定目标任务",
    "下面是几个支部的典型做法，供各支部学习参考。",
    "海报设计大赛",
])
def test_body_lines_are_not_junk(line):
    assert junk_rule(line) is None


@pytest.mark.parametrize(("test_input", "expected"), [
    ("发布时间：2023年07月01日 10:21", "2023-07-01"),
    ("2023-05-17 00:29:13 第一文档网", "2023-05-17"),
    ("发表于 2022-3-5 14:20", "2022-03-05"),
    ("日期：2023-02-30", None),  # not a real date: never invented
    ("第2023期", None),
])
def test_parse_date(test_input, expected):
    assert parse_date(test_input) == expected


def test_byline_in_parentheses():
    ctx = Context()
    rest = extract_byline(["正文。", "（作者：张三 某某集团第一分公司）"], ctx)
    assert rest == ["正文。"]
    assert ctx.authors == ["张三"] and ctx.affiliations == ["某某集团第一分公司"]


def test_byline_name_then_affiliation():
    ctx = Context()
    rest = extract_byline(["李四", "", "（某某交通投资有限公司，广西南宁 530000）", "正文。"], ctx)
    assert rest == ["正文。"]
    assert ctx.authors == ["李四"] and ctx.affiliations == ["某某交通投资有限公司"]


def test_join_broken_paragraphs():
    blocks = [Block("p", "党建工作的效果是通过意识形态来表现的，党建工作不能像生产经营工作一样"),
              Block("p", "可以直接量化出来。"),
              Block("p", "另一段话。")]
    out = join_broken_paragraphs(blocks, Context())
    assert [b.text for b in out] == ["党建工作的效果是通过意识形态来表现的，党建工作不能像生产经营工作一样可以直接量化出来。", "另一段话。"]


def test_short_unpunctuated_line_is_not_joined():
    blocks = [Block("p", "结束语"), Block("p", "综上所述，党建工作必须常抓不懈。")]
    assert len(join_broken_paragraphs(blocks, Context())) == 2


def body_of(text: str) -> list[Block]:
    blocks, _ = clean_text(text)
    return blocks


def test_glued_headings_are_split_in_sequence():
    para = "党建工作和生产经营的深度融合是国有企业党组织领导力的重要标志，其意义不言而喻。"
    blocks = body_of(f"国企党建与生产经营融合研究\n\n{para} 一、融合的必要性 （一）是提升科学化的要求\n\n我国党章中有明确要求，企业的党组织要坚持根据实际情况组织各项工作。")
    kinds = [(b.kind, b.level) for b in blocks]
    assert kinds[:3] == [("p", None), ("h", 2), ("h", 3)]


@pytest.mark.parametrize(("line", "heading"), [
    # a heading glued to its body: cut after the word headings end with
    ("二、当前存在的主要问题一些村级党组织对集体经济发展思路不清，带头人本领不足，群众参与积极性不高，发展后劲不足。",
     "二、当前存在的主要问题"),
    # the word goes on into a term (问题导向) or opens the sentence (意义重大): no heading ends there
    ("一、坚持问题导向是做好调查研究的基本方法调查研究要从实际出发，奔着问题去，不能走马观花、浅尝辄止，更不能先定调子再找材料。",
     "一、坚持问题导向是做好调查研究的基本方法"),
    ("一、做好新时代村级后备干部培养工作意义重大村级后备干部是乡村振兴的生力军，关系到基层党组织建设的长远发展和村级事务的接续。", None),
])
def test_a_heading_glued_to_its_body_is_cut_at_a_words_end(line, heading):
    blocks = body_of("某某镇推进村级党组织建设的探索\n\n" + line)
    heads = [b.text for b in blocks if b.kind == "h"]
    assert heads == ([heading] if heading else [])
    assert norm("".join(b.text for b in blocks)) == norm(line)


def test_number_inside_sentence_is_not_a_heading():
    blocks = body_of("国企党建与生产经营融合研究\n\n一、总体情况\n\n今年党员人数增长了3.5倍，比去年多出1.2万人，一、二季度尤其明显，成效显著。")
    assert sum(b.kind == "h" for b in blocks) == 1


def test_long_numbered_paragraph_stays_a_paragraph():
    text = "（1）通过党建品牌的建设，是持续推进企业基层党组织得以获得创新发展成果的需要。始终坚持创新，是保持活力的重要因素。"
    blocks = body_of("国企党建与生产经营融合研究\n\n" + text)
    assert blocks[-1].kind == "p"


def test_pagination_chunks_are_rejoined():
    chunk1 = "1、" + "党建工作是企业发展的根本保证。" * 12 + "是一个十分"
    chunk2 = "2、重要的课题。" + "基层党组织要发挥战斗堡垒作用。" * 12
    blocks = body_of(f"文档标题\n\n页数：7页\n\n{chunk1}\n\n{chunk2}")
    text = "".join(b.text for b in blocks)
    assert "是一个十分重要的课题" in text and "2、" not in text


def test_escape_md_makes_source_text_literal():
    out = escape_md("<script>alert(1)</script> {{ x }} *a* [b](c) # d")
    assert "<script>" not in out and "\\{\\{" in out and "\\*a\\*" in out and "\\[b\\]" in out
    assert escape_md("# 标题").startswith("\\#")
    assert escape_md("1. 列表").startswith("1\\.")


def test_repeated_title_and_abstract_appear_once():
    text = ("某企业党建工作研究\n某企业党建工作研究\n摘要：本文研究了党建工作与生产经营深度融合的若干问题，提出了对策建议。\n"
            "本文研究了党建工作与生产经营深度融合的若干问题，提出了对策建议。\n一、问题的提出\n正文第一段写得很长，足以成为一个段落，包含完整的句子。")
    blocks, ctx = clean_text(text)
    assert ctx.title == "某企业党建工作研究"
    assert all(norm(ctx.abstract) != norm(b.text) for b in blocks)
    assert not any("某企业党建工作研究" in b.text for b in blocks)


def test_colon_line_is_not_joined_to_an_enumeration():
    blocks = [Block("p", "为推动党建工作与生产经营深度融合，公司党委主要采取了以下措施："),
              Block("p", "（1）建立党建联席会议制度，每季度研究一次重大事项。")]
    assert len(join_broken_paragraphs(blocks, Context())) == 2


def test_entities_and_fullwidth_digits():
    blocks, ctx = clean_text("某公司党建工作综述\n发布时间：２０２３年５月１７日\n&ldquo;三会一课&rdquo;制度得到落实，党员教育管理&nbsp;更加规范，组织生活质量明显提升。")
    assert ctx.date == "2023-05-17"
    assert "“三会一课”" in blocks[0].text and "&" not in blocks[0].text


def test_paragraphs_side_by_side_on_one_line_are_split():
    text = "某公司党建工作综述\n　　第一段说明了支部建设的总体情况和主要成效。　　第二段介绍了党员教育管理的具体做法和经验。"
    blocks, _ = clean_text(text)
    assert [b.text[:3] for b in blocks] == ["第一段", "第二段"]


def test_title_from_breadcrumb_when_page_has_no_title_line():
    text = ("当前位置：首页 > 基层动态 > 某支部开展主题党日活动\n"
            "7月1日，某支部组织全体党员开展主题党日活动，重温入党誓词。活动中，支部书记讲授了专题党课。")
    _, ctx = clean_text(text)
    assert ctx.title == "某支部开展主题党日活动"


@pytest.mark.parametrize(("test_input", "expected"), [
    ("详见www.example.cn/a,b页面,谢谢", "详见www.example.cn/a,b页面，谢谢"),
    ("党建 , 引领", "党建，引领"),
    ("时间:2024", "时间：2024"),
    ("A,B两类", "A,B两类"),
])
def test_restore_punctuation_edges(test_input, expected):
    assert restore_line_punctuation(test_input) == expected


def test_role_words_are_not_authors():
    _, ctx = clean_text("某公司开展主题党日活动\n发布时间：2023-07-01 作者：通讯员 王芳\n"
                        "7月1日，某公司党委组织党员开展主题党日活动，重温入党誓词。大家纷纷表示要立足岗位作贡献。")
    assert ctx.authors == ["王芳"]


def test_an_editors_paragraph_markup_becomes_its_paragraphs():
    # a page saved with its editor's HTML: the paragraphs stay, their tags go
    page = ('<p class="ed-block">在建党节到来之际，某某社区党委组织党员开展“重温入党誓词”主题党日活动。</p>'
            '<p class="ed-block"><span style="color:red">活动中</span>，老党员讲述了入党时的故事，年轻党员深受触动。</p>'
            ' <p class="ed-block">大家表示，要立足岗位、服务群众，在社区治理中当好先锋。<br/>（某某社区党委）</p>\n')
    blocks = body_of(page)
    assert [b.text for b in blocks if b.kind == "p"][:3] == [
        "在建党节到来之际，某某社区党委组织党员开展“重温入党誓词”主题党日活动。",
        "活动中，老党员讲述了入党时的故事，年轻党员深受触动。",
        "大家表示，要立足岗位、服务群众，在社区治理中当好先锋。"]
    assert not any("<" in b.text or "class=" in b.text for b in blocks)


def test_a_tag_written_inside_a_sentence_is_text():
    line = "支部在公众号推文里用<p>标签分段，这一做法被写进了宣传工作手册。"
    assert any("<p>标签" in b.text for b in body_of("某某支部宣传工作手册\n\n" + line + "\n"))


@pytest.mark.parametrize("line", ["拼音： dǎng xiǎo zǔ", "注音： ㄉㄤˇ ㄒㄧㄠˇ ㄗㄨˇ", "词性： 名词", "引证解释", "网络解释",
                                  "汉语词语拼音 汉语解释", "dang拼音的词语 xiao拼音的词语 zu拼音的词语"])
def test_a_dictionary_sites_fields_and_section_labels_are_junk(line):
    assert junk_rule(line) is not None


def test_a_sentence_about_pinyin_is_text():
    assert junk_rule("拼音：学习汉语拼音是少先队员入队前的一项基本功，老师们为此编写了辅导材料，帮助孩子们打好基础。") is None
