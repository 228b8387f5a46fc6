"""Damage repair (build_scripts/cleaning/repair.py): page chunks, stray page numbers, broken paragraphs, and their --explain records."""
from __future__ import annotations

import pytest

from build_scripts.article import Block
from build_scripts.cleaning.context import Context
from build_scripts.cleaning.text import wrapped_lines
from tests.cleaning.helpers import clean_page
from build_scripts.cleaning.repair import (join_broken_paragraphs, remove_stray_page_numbers, repair_pagination,
                                           stray_page_numbers, wrap_width)

SENTENCE = "党建工作是企业发展的根本保证。"
CHUNK_1 = "1、" + SENTENCE * 10 + "是一个十分"
CHUNK_2 = "2、重要的课题。" + SENTENCE * 10
CHUNK_3 = "3、" + SENTENCE * 10


def changes(ctx: Context) -> list[tuple[str, str, str | None]]:
    return [(c.rule, c.before, c.after) for c in ctx.changes]


# --- page chunks of a document site --------------------------------------------------------------

def test_page_chunks_lose_their_markers_and_a_cut_word_is_rejoined():
    ctx = Context()
    out = repair_pagination([CHUNK_1, "", CHUNK_2, CHUNK_3], ctx)
    assert out == [SENTENCE * 10 + "是一个十分重要的课题。" + SENTENCE * 10, SENTENCE * 10]
    assert ctx.paginated
    seam = (SENTENCE * 10 + "是一个十分")[-20:]
    assert changes(ctx) == [
        ("page-chunk-marker", CHUNK_1, CHUNK_1[2:]),
        ("page-chunk-marker", CHUNK_2, CHUNK_2[2:]),
        ("page-chunk-join", seam + " / " + CHUNK_2[2:22], seam + CHUNK_2[2:22]),  # the seam, as --explain shows it
        ("page-chunk-marker", CHUNK_3, CHUNK_3[2:]),
    ]


def test_blank_lines_between_chunks_go_with_the_join():
    assert repair_pagination([CHUNK_1, "", "", CHUNK_2], Context()) == [SENTENCE * 10 + "是一个十分重要的课题。" + SENTENCE * 10]


def test_a_line_between_two_chunks_keeps_them_apart():
    out = repair_pagination([CHUNK_1, "中间一行", CHUNK_2], Context())
    assert out == [CHUNK_1[2:], "中间一行", CHUNK_2[2:]]


@pytest.mark.parametrize("lines", [
    [CHUNK_2, CHUNK_1],  # out of order: a numbered list, not pages
    [CHUNK_1, CHUNK_1],  # a number twice
    [CHUNK_1],  # one chunk is no pagination
    ["1、" + "党" * 150, "2、" + "党" * 149],  # the second is too short for a page
])
def test_what_is_not_pagination_is_left_alone(lines):
    ctx = Context()
    assert repair_pagination(lines, ctx) == lines
    assert not ctx.paginated and ctx.changes == []


def test_a_chunk_is_at_least_150_characters():
    ctx = Context()
    assert repair_pagination(["1、" + "党" * 150, "2、" + "党" * 150], ctx) == ["党" * 300]
    assert ctx.paginated


# --- page numbers glued into sentences -----------------------------------------------------------

def test_a_number_glued_after_sentences_twice_is_a_page_number():
    ctx = Context(paginated=True)
    lines = ["力度不够。7一些单位", "学习。7党员", "其他行"]
    assert stray_page_numbers(lines, Context()) == {"7"}
    assert remove_stray_page_numbers(lines, ctx) == ["力度不够。一些单位", "学习。党员", "其他行"]
    assert changes(ctx) == [("stray-page-number", "力度不够。7一些单位", "力度不够。一些单位"),
                            ("stray-page-number", "学习。7党员", "学习。党员")]


def test_a_number_glued_once_is_text():
    assert stray_page_numbers(["不够。7一些"], Context()) == set()
    assert remove_stray_page_numbers(["不够。7一些"], Context(paginated=True)) == ["不够。7一些"]


def test_only_paginated_pages_lose_numbers():
    lines = ["力度不够。7一些单位", "学习。7党员"]
    assert remove_stray_page_numbers(lines, Context()) == lines


def test_the_page_count_is_removed_where_it_is_glued():
    ctx = Context(page_count=7)
    assert remove_stray_page_numbers(["力度7；还有", "力度7，还有", "比例2.47科学", "共7条"], ctx) == [
        "力度；还有", "力度，还有", "比例2.4科学", "共7条"]
    assert stray_page_numbers([], Context(page_count=12)) == {"12"}


def test_page_numbers_of_two_digits_and_one():
    lines = ["不够。7一些", "不够。7一些", "不够。12一些", "不够。12一些", "好。3一些"]
    assert stray_page_numbers(lines, Context()) == {"7", "12"}
    assert remove_stray_page_numbers(lines, Context(paginated=True)) == ["不够。一些"] * 4 + ["好。3一些"]


# --- paragraphs broken mid-sentence --------------------------------------------------------------

def p(text: str) -> dict:
    return Block("p", text)


@pytest.mark.parametrize(("sizes", "width"), [
    ([10, 10, 10], 10),
    ([10, 10], None),  # too few lines to tell
    ([7, 7, 7], None),  # too short to be a screen's width
    ([8, 8, 8], 8),
    ([10, 11, 20], None),  # 2 of 3 within one character of one width: two lines are too few
    ([10, 11, 10, 20], 10),  # 3 of 4
    ([10, 13, 20], None),  # 1 of 3: below 60 %
    ([10, 11, 10, 20, 30], 10),  # 3 of 5
    ([10, 12, 10, 20, 30], None),  # 12 is not near 10
])
def test_wrap_width(sizes, width):
    # (lines of the same size with different words: a text cut at one width)
    assert wrap_width([p("党" * (n - 1) + "一二三四五六七八九"[k]) for k, n in enumerate(sizes)]) == width


def test_wrap_width_counts_a_repeated_line_once():
    # a title standing twice (the site's copy under its date) is one line, no evidence of a width
    assert wrap_width([p("某某局新春致辞"), p("某某局新春致辞"), p("党" * 40)]) is None


def test_wrap_width_counts_only_unfinished_paragraphs():
    assert wrap_width([Block("h", "党" * 10)] * 3) is None
    assert wrap_width([p("党" * 10 + "。")] * 3) is None
    assert wrap_width([p("党" * 10)] * 2 + [p("党" * 10 + "。")]) is None


def test_a_hard_wrapped_text_is_rejoined_at_its_width():
    lines = ["党员干部要带头学习理论知识做到", "学思用贯通知信行统一不断提高", "政治判断力政治领悟力和执行力", "在实际工作中发挥先锋模范作用。"]
    ctx = Context()
    out = join_broken_paragraphs([p(line) for line in lines], ctx)
    assert [b.text for b in out] == ["".join(lines)]
    first = changes(ctx)[0]
    assert first == ("join-broken-paragraph", lines[0] + " / " + lines[1], lines[0] + lines[1])


def test_the_join_record_shows_fifteen_characters_each_side():
    prev, nxt = "党建工作的效果是通过意识形态来表现的，党建工作不能像生产经营工作一样", "可以直接量化出来，这是由党建工作的特点决定的。"
    ctx = Context()
    join_broken_paragraphs([p(prev), p(nxt)], ctx)
    assert changes(ctx) == [("join-broken-paragraph", prev[-15:] + " / " + nxt[:15], prev[-15:] + nxt[:15])]


@pytest.mark.parametrize(("prev", "nxt", "joined"), [
    ("支部组织党员学习、", "讨论和交流", True),  # ends with a separator
    ("支部组织党员学习", "，然后交流体会。", True),  # the next starts mid-sentence
    ("支部组织党员学习", "）然后交流体会。", True),
    ("党" * 40, "然后交流体会。", True),  # long running prose
    ("党" * 39, "然后交流体会。", False),  # short, no clause separator: a subheading
    ("党" * 24 + "，", "然后交流体会。", True),
    ("党" * 22 + "，好", "然后交流体会。", False),  # 24 characters with a separator: still short
    ("党" * 23 + "，好", "然后交流体会。", True),  # 25
    ("党" * 40 + "。", "然后交流体会。", False),  # a finished sentence
    ("党" * 40, "（1）交流体会。", False),  # an enumeration starts something new
    ("党" * 40, "二是交流体会。", False),
    ("一", "、0", False),  # the join would read as a heading number
])
def test_when_paragraphs_are_joined(prev, nxt, joined):
    out = join_broken_paragraphs([p(prev), p(nxt)], Context())
    assert (len(out) == 1) is joined
    if joined:
        assert out[0] == p(prev + nxt)


def test_headings_are_never_joined_and_blocks_cannot_be_changed_behind_a_step():
    import dataclasses

    blocks = [Block("h", "党" * 40, 2), p("然后交流体会。")]
    out = join_broken_paragraphs(blocks, Context())
    assert out == blocks
    with pytest.raises(dataclasses.FrozenInstanceError):  # a step makes new blocks, never edits its input's
        out[0].text = "改"


# A magazine's page copied from its flip-book: the header, the story's title and byline, then the text in a
# narrow column, every line cut at one width inside a word, the paragraphs with no blank line between them.
MAGAZINE_COLUMN = """Page 12 - 某某党建 2024年第3期
P. 12
企业·党建
某某能源集团
“四个一”织密清廉网
文 本刊记者 某某某
“今年集团开工的重点项目有十二
个,每一个都签了廉洁共建协议,没
有发生一起违规违纪问题……”走
进某某能源集团纪委办公室,墙上的
项目监督图标注得密密麻麻,哪个工
地去过几次、发现了什么问题、整改
到了哪一步,都写得清清楚楚。
2023 年以来,某某能源集团着
力推进清廉企业建设,成立工作专
班,制定监督清单,坚持四个一做
法,把监督延伸到每一个项目现场,
做到有部署、有检查、有整改。
"""


def test_a_magazine_column_hard_wrapped_at_a_narrow_width_keeps_every_line():
    article = clean_page(MAGAZINE_COLUMN)
    paragraphs = article.body.split("\n\n")
    # every line of the two paragraphs is there, joined back into its paragraph
    assert any(p.startswith("“今年集团开工的重点项目有十二个，每一个都签了廉洁共建协议") and p.endswith("都写得清清楚楚。")
               for p in paragraphs), article.body
    # (a cut-off line of clauses, 班，制定监督清单，坚持四个一做, is no row of tags)
    assert any(p.startswith("2023 年以来，某某能源集团着力推进清廉企业建设，成立工作专班，制定监督清单，坚持四个一做法")
               for p in paragraphs), article.body
    assert "企业·党建" not in article.body and "P. 12" not in article.body


def test_wrapped_lines_are_found_in_a_narrow_column_only():
    column = MAGAZINE_COLUMN.split("\n")
    found = wrapped_lines(column)
    assert set(range(6, 18)) <= found  # the text's lines
    assert not found & set(range(0, 6))  # the header, the title and the byline
    # a contents' numbered items, a list of a document's pages, a row of labelled values and a poem's lines are
    # lines of one width that are no text cut into lines
    assert not wrapped_lines(["一、以清醒头脑深化思想认识", "（一）剖析理想信念动摇", "（二）剖析纪法意识淡薄",
                              "（三）剖析权力运行失范"])
    assert not wrapped_lines([f"2024年某某公司党建工作考核办法.docx_第{n}页" for n in range(1, 6)])
    assert not wrapped_lines(["作者：某某某 某某", "文章来源：某某党委", "责任编辑：某某 某某某", "审核：某某某"])
    assert not wrapped_lines(["红旗飘飘映山河，", "党的光辉照四方，", "不忘初心向前进，", "牢记使命再启航。"])
