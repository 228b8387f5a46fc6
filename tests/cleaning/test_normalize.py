"""Character-level repairs (build_scripts/cleaning/normalize.py): what each step changes, and what `clean --explain` records."""
from __future__ import annotations

import pytest

from build_scripts.cleaning import normalize
from build_scripts.cleaning.context import Context


def run(step, text: str) -> tuple[str, list[tuple[str, str, str | None]], Context]:
    ctx = Context()
    out = step(text, ctx)
    return out, [(c.rule, c.before, c.after) for c in ctx.changes], ctx


def test_entities_are_decoded_line_by_line_and_logged():
    out, changes, _ = run(normalize.decode_entities, "第一行\n甲&amp;nbsp;乙&ldquo;丙&#8220;\n无")
    assert out == "第一行\n甲\xa0乙“丙“\n无"
    assert changes == [("html-entities", "甲&amp;nbsp;乙&ldquo;丙&#8220;", "甲\xa0乙“丙“")]


def test_entities_escaped_twice_decode_in_one_pass():
    assert run(normalize.decode_entities, "&amp;amp;lt;b&amp;gt; &amp; A&B")[0] == "<b> & A&B"
    assert run(normalize.decode_entities, "没有实体")[1] == []


def test_quote_entities_whose_ampersand_became_a_question_mark_decode():
    out = run(normalize.decode_entities, "园区从?ldquo;信党?rdquo;?ldquo;学党?rdquo;三个方面入手")[0]
    assert out == "园区从“信党”“学党”三个方面入手"
    # a question mark before an ordinary word and a semicolon is left alone
    assert run(normalize.decode_entities, "怎么办?abc;下一步")[0] == "怎么办?abc;下一步"


def test_whitespace_invisible_and_control_characters():
    out, _, _ = run(normalize.normalize_whitespace, "  党\u200b建\x00工作\u3000\u3000好   的 \n\t第二行\u00ad \nＡ１")
    assert out == "党建工作  好  的\n第二行\nA1"


@pytest.mark.parametrize(("text", "expected"), [
    ("第一行\n女(nǚ)士", "第一行\n女士"),
    ("女(nv)士", "女士"),  # ü typed as v, as pypinyin writes it without tone marks
    ("为(wéi / wèi)民服务", "为民服务"),  # a character of several readings, all given
    ("用上了(le/liǎo)清水", "用上了清水"),
    ("他(ta / wo)说", "他(ta / wo)说"),  # a reading that is not the character's: not an annotation
    ("女(nü)士", "女士"),
    ("女(NV3)士", "女士"),
    ("绿(lǜ)色", "绿色"),
    ("女(na)士", "女(na)士"),
    ("會(huì )議", "會議"),  # a space left inside the brackets by the page's layout
    ("會( huì)議", "會議"),
])
def test_pinyin_readings_with_u_umlaut(text, expected):
    assert run(normalize.strip_pinyin_annotations, text)[0] == expected


def test_pinyin_removal_is_logged_per_line():
    out, changes, _ = run(normalize.strip_pinyin_annotations, "第一行(yī)\n发(fā)布")
    assert out == "第一行(yī)\n发布"  # yī is no reading of 行
    assert changes == [("pinyin-annotation", "发(fā)布", "发布")]


def test_a_toned_reading_whose_character_a_wrong_decoding_lost_goes_on_an_annotated_page():
    # a mirror that glues readings to its characters, one character turned into a Latin letter by a bad decoding
    out, _, _ = run(normalize.strip_pinyin_annotations, "對她們陌l（fā）展做出的貢獻，發(fā)揮作用")
    assert out == "對她們陌l展做出的貢獻，發揮作用"
    # a page with no other reading keeps it: nothing says the page annotates its characters
    assert run(normalize.strip_pinyin_annotations, "音节 l(fā) 的写法")[0] == "音节 l(fā) 的写法"


TRADITIONAL = "發"  # t2s: 发
SIMPLIFIED = "党"


@pytest.mark.parametrize(("text", "converted"), [
    (TRADITIONAL * 3 + SIMPLIFIED * 97, True),  # 3 % of the characters: a traditional page
    (SIMPLIFIED + TRADITIONAL * 3 + SIMPLIFIED * 96, True),
    (TRADITIONAL * 2 + SIMPLIFIED * 98, False),  # 2 %: a simplified page quoting a name
    (TRADITIONAL + SIMPLIFIED * 97 + TRADITIONAL * 2, True),  # the first character counts too
    (" " * 11990 + SIMPLIFIED * 10 + TRADITIONAL, False),  # judged on the first 12,000 characters
    ("abc", False),
])
def test_traditional_pages_are_converted(text, converted):
    out, changes, ctx = run(normalize.convert_traditional, text)
    assert (out != text) is converted
    assert ctx.original_script == ("traditional" if converted else "simplified")
    if converted:
        assert "發" not in out and changes == [("traditional-to-simplified", text, out)]


def test_conversion_is_logged_per_changed_line():
    text = "第一行\n" + "發展黨員" * 10 + "\n第三行"
    out, changes, _ = run(normalize.convert_traditional, text)
    assert out == "第一行\n" + "发展党员" * 10 + "\n第三行"
    assert changes == [("traditional-to-simplified", "發展黨員" * 10, "发展党员" * 10)]


@pytest.mark.parametrize(("traditional", "simplified"), [
    # the aspect particle and 着 of 着力/着手/着装: simplified writes 着 (t2s leaves 著)
    ("隨著新時代的到來，支部帶著問題學，著力解決難題。", "随着新时代的到来，支部带着问题学，着力解决难题。"),
    ("這標誌著工作邁上新臺階，黨員們討論著下一步，彰顯著擔當。", "这标志着工作迈上新台阶，党员们讨论着下一步，彰显着担当。"),
    ("結合著實際重新著手，衣著整潔。", "结合着实际重新着手，衣着整洁。"),
    # a written work and what is notable stay 著
    ("讀原著、學著作，成效顯著，著名專家所著的書，他編著的教材。", "读原著、学著作，成效显著，著名专家所著的书，他编著的教材。"),
])
def test_zhu_is_read_as_simplified_writes_it(traditional, simplified):
    page = "\n".join([traditional] * 3)
    out, _, ctx = run(normalize.convert_traditional, page)
    assert ctx.original_script == "traditional"
    assert out.split("\n") == [simplified] * 3


def test_zhu_on_a_simplified_page_is_left_alone():
    text = "他所著的书里有一句：随著时代发展。" + "党" * 200  # not a traditional page: nothing is converted
    assert run(normalize.convert_traditional, text)[0] == text


@pytest.mark.parametrize(("line", "expected"), [
    ("(党建)工作", "（党建）工作"),
    ("党(PB)工作", "党（PB）工作"),
    ("a(党建)b", "a（党建）b"),
    ("(a)党", "（a）党"),
    ("a (b) c", "a (b) c"),
    ("a (b) 党", "a （b） 党"),
    ("x (y) 党", "x （y） 党"),
    ("党 (x) y", "党 （x） y"),
    ("党(建", "党(建"),  # unmatched
    ("建)党", "建)党"),
    ("((党)", "(（党）"),
    ("党()", "党（）"),
    ("见网址 http://a.cn/x,y (链接)", "见网址 http://a.cn/x,y （链接）"),
    ("http://a.cn/(党),党", "http://a.cn/(党)，党"),  # in the URL nothing changes
    ("党 www.a.cn/(x) ,党", "党 www.a.cn/(x) ，党"),
    ("见 www.a.cn/x,y,党", "见 www.a.cn/x,y,党"),
    ("党建 , 工作", "党建，工作"),  # the full-width mark carries its own space: the typed one goes
    ("工作 ,党建", "工作，党建"),
    ("党建,  工作", "党建，  工作"),  # (a run of spaces may part two columns: it stays)
    (": 党建", "：党建"),
    ("党建: ", "党建： "),
    (", a 党", ", a 党"),
    (",党 ", "，党 "),
    (";党 ", "；党 "),
    ("会议;a", "会议；a"),
    ("a;会议", "a；会议"),
    ("a ;会议", "a ；会议"),
    ("a;b 党", "a;b 党"),
    ("党建 !", "党建 ！"),
    ("a !", "a !"),
    ("a ! 党", "a ! 党"),
    ("x,党", "x，党"),
    ("党,x", "党，x"),
    ("1,2 党 ,", "1,2 党，"),
    ("10:30 党 :", "10:30 党："),
    ("a:党 ", "a:党 "),  # a colon after Latin stays
    ("党 ?", "党 ？"),
])
def test_punctuation_in_chinese_text_becomes_full_width(line, expected):
    assert normalize.restore_line_punctuation(line) == expected
    assert normalize._restore_slow(line) == expected


def test_punctuation_repair_is_logged_per_changed_line():
    out, changes, _ = run(normalize.restore_punctuation, "第一行。\n党建,工作\nok, fine")
    assert out == "第一行。\n党建，工作\nok, fine"
    assert changes == [("full-width-punctuation", "党建,工作", "党建，工作")]


def test_side_by_side_paragraphs_are_split():
    assert normalize.split_side_by_side("第一段。  第二段！   第三段", Context()) == "第一段。\n第二段！\n第三段"
    assert normalize.split_side_by_side("没有句号  下一段", Context()) == "没有句号  下一段"


@pytest.mark.parametrize(("raw", "expected"), [
    ('"吱呀——"铁门轻响，村党支部书记提着米面油走进老党员家。', "“吱呀——”铁门轻响，村党支部书记提着米面油走进老党员家。"),
    ('把"三会一课"和"主题党日"结合起来', "把“三会一课”和“主题党日”结合起来"),
    ('<a href="x.html">链接</a>', '<a href="x.html">链接</a>'),
    ('He said "hello" to us', 'He said "hello" to us'),
    ('一个"孤立的引号', '一个"孤立的引号'),
])
def test_ascii_double_quotes_in_pairs_around_chinese_become_chinese_quotes(raw, expected):
    assert normalize.restore_quotes(raw) == expected


def test_quotes_set_off_by_spaces_stay_as_written():
    assert normalize.restore_quotes('!!! warning "提醒" 支部提醒党员按时交纳党费。') == '!!! warning "提醒" 支部提醒党员按时交纳党费。'
