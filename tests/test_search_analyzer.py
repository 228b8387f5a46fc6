"""Text → search terms (build_scripts/search/analyzer.py): what a reader's query and an article's text become."""
from __future__ import annotations

import numpy as np
import pytest

from build_scripts.search import analyzer as sa
from build_scripts.article import Article


def article(title: str, body: str, summary: str | None = None) -> Article:
    return Article(title=title, body=body, slug="a", source_file="source_texts/a.txt", source_sha256="0" * 64,
                   summary=summary)


def terms_of(terms: sa.Terms) -> dict[str, tuple[int, int]]:
    """term → (count, flags), Chinese keys and ASCII words alike."""
    out = {sa.key_text(k): (int(c), int(f)) for k, c, f in zip(terms.keys, terms.counts, terms.flags)}
    out.update({w: (c, f) for w, c, f in zip(terms.words, terms.word_counts, terms.word_flags)})
    return out


@pytest.mark.parametrize(("query", "expected"), [
    ("生产经营", ["生产", "产经", "经营"]),
    ("党", ["党"]),  # one character: a term (found in titles)
    ("ＣＰＣ 2024年，党", ["cpc", "2024", "年", "党"]),  # full width folded, a lone character kept
    ("党建 党建", ["党建"]),  # no repeats
    ("Wi-Fi", ["wi", "fi"]),
    ("x" * 32, ["x" * 32]),
    ("x" * 33 + " 学习", ["学习"]),  # a run longer than a word is dropped
    ("，。！", []),
])
def test_query_terms(query, expected):
    assert sa.query_terms(query) == expected


@pytest.mark.parametrize(("char", "cjk"), [
    ("\u3400", True), ("\u4dbf", True), ("\u4e00", True), ("\u9fff", True), ("\uf900", True), ("\ufaff", True),
    ("\u33ff", False), ("\u4dc0", False), ("\u4dff", False), ("\ua000", False), ("\uf8ff", False), ("\ufb00", False),
])
def test_the_ends_of_every_chinese_range_are_chinese(char, cjk):
    assert bool(sa._is_cjk(sa._code_points(char))[0]) is cjk
    assert (sa.char_keys(char).tolist() == [ord(char)]) is cjk
    assert (sa.bigram_keys(char * 2).tolist() == [ord(char) << 16 | ord(char)]) is cjk


def test_bigram_keys_of_short_and_mixed_text():
    assert sa.bigram_keys("党建").tolist() == [ord("党") << 16 | ord("建")]
    for text in ("", "党"):
        empty = sa.bigram_keys(text)
        assert empty.size == 0 and empty.dtype == np.uint32
    # pairs only of neighbouring Chinese characters, in text order
    assert [sa.key_text(k) for k in sa.bigram_keys("党建a工作，学习")] == ["党建", "工作", "学习"]


def test_key_text_reads_a_character_or_a_pair():
    assert sa.key_text(ord("党")) == "党"
    assert sa.key_text(0xFFFF) == "\uffff"
    assert sa.key_text(0x10000) == "\x01\x00"  # from 0x10000 on a key is a pair
    assert sa.key_text(np.uint32(ord("党") << 16 | ord("建"))) == "党建"


def test_words_are_ascii_runs_up_to_32_characters():
    assert sa.words_of("abc 12 x" + "y" * 31 + " " + "z" * 33) == ["abc", "12", "x" + "y" * 31]


def test_an_article_is_indexed_by_title_headings_body_and_a_shown_abstract():
    a = article("党建品牌 ABC", "## 工作方法\n\n党建工作[链接](https://example.org/党建x)有方法。abc abc\n",
                summary="摘要提到创新。")
    terms = terms_of(sa.analyze(a))
    T, H = sa.TITLE, sa.HEADING
    assert terms["党建"] == (2, T)  # title and body; the link target is not text
    assert terms["工作"] == (2, H)  # heading and body
    assert terms["方法"] == (2, H)
    assert terms["创新"] == (1, 0)  # in the abstract the page shows
    assert terms["党"] == (1, T) and terms["牌"] == (1, T)  # title characters
    assert "作" not in terms  # a body character alone is no term
    assert terms["abc"] == (3, T)
    assert "https" not in terms and "example" not in terms and "org" not in terms
    assert "链接" in terms
    keys = sa.analyze(a).keys
    assert keys.dtype == np.uint32 and np.all(keys[:-1] < keys[1:])


def test_the_length_counts_bigrams_and_words():
    a = article("标题", "一二三 ab cd\n")
    # text: 标题\n一二三 ab cd → bigrams 标题 一二 二三, words ab cd
    assert sa.analyze(a).length == 5
    assert sa.analyze(a).counts.dtype == np.uint16 and sa.analyze(a).flags.dtype == np.uint8


def test_a_word_in_title_and_heading_has_both_flags():
    terms = terms_of(sa.analyze(article("ab 标题", "## ab 小节\n\nab 正文。\n")))
    assert terms["ab"] == (3, sa.TITLE | sa.HEADING)


@pytest.mark.parametrize(("summary", "body", "shown"), [
    ("正文第一段开头。", "正文第一段开头。其后还有。\n", False),  # repeats the first paragraph: not shown again
    ("正文 第一段\n开头…", "正文第一段开头。其后还有。\n", False),  # the same, with white space and the cut-off mark
    ("正文第一段开头。", "正文第一段\n开头。其后还有。\n", False),  # the body broken across lines
    ("另外一段摘要文字。", "正文第一段开头。其后还有。\n", True),
    (None, "正文第一段开头。其后还有。\n", False),
])
def test_an_abstract_is_indexed_only_where_the_page_shows_it(summary, body, shown):
    title, headings, text = sa.article_fields(article("标题", body, summary))
    assert (title, headings) == ("标题", "")
    assert text == ("标题\n" + (summary + "\n" if shown else "") + body)


@pytest.mark.parametrize("body", [
    "## 第一[节](x.md)\n\n正文第一段开头。其后还有。\n",  # a link target: the body text given is not the search's
    "## 第一节\n\n正文　第一段\u2028开头。\x1c其后还有。\n",  # white space of every kind
])
def test_the_fields_from_a_given_body_text_are_those_from_the_body(body):
    # load_one hands the analyzer the body's plain text, which the topics read too
    from build_scripts.topics import plain_text
    given = article("标题", body, "正文第一段开头。")
    assert sa.article_fields(given, plain_text(body)) == sa.article_fields(given)
    assert _same_terms(sa.analyze(given, plain_text(body)), sa.analyze(given))


def _same_terms(a, b) -> bool:
    return all(x.dtype == y.dtype and (x == y).all() if hasattr(x, "dtype") else x == y
               for x, y in zip(vars(a).values(), vars(b).values()))


def test_white_space_is_what_str_split_splits_on():
    # article_fields squeezes the white space out with str.split: the characters re's \s matches
    import re
    import sys
    assert all(bool(re.fullmatch(r"\s", chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_fields_of_an_article_without_a_title_or_body():
    assert sa.article_fields(article("", "")) == ("", "", "\n")
    blank = Article(title=None, body=None, slug="a", source_file="s", source_sha256="0")
    assert sa.article_fields(blank) == ("", "", "\n")


def test_headings_are_joined_one_per_line_without_link_targets():
    _, headings, _ = sa.article_fields(article("t", "## 第一[节](x.md)\n\n正文。\n\n## 第二节\n"))
    assert headings == "第一[节]\n第二节"  # brackets are punctuation: no term


def test_text_is_normalised_before_it_is_cut():
    assert sa.normalise("ＡＢ１２") == "ab12"
    terms = terms_of(sa.analyze(article("", "ＡＢＣ 党建\n")))
    assert terms["abc"] == (1, 0) and terms["党建"] == (1, 0)


def test_counts_stop_at_the_largest_uint16():
    terms = terms_of(sa.analyze(article("", "党建" * (sa.MAX_COUNT + 5) + " ab" * (sa.MAX_COUNT + 5))))
    assert terms["党建"][0] == sa.MAX_COUNT and terms["ab"][0] == sa.MAX_COUNT


@pytest.mark.parametrize("keys, terms", [
    ([], []), ([], [5]), ([3], []), ([1, 4, 9, 0x4E004E01], [9, 9, 2, 0x4E004E01, 10, 0xFFFFFFFF]),
    ([2, 3], [0, 1]), ([2, 3], [7, 8]),
])
def test_held_in_is_numpys_isin_for_sorted_distinct_keys(keys, terms):
    import numpy as np
    from build_scripts.search.analyzer import held_in
    keys, terms = np.array(keys, dtype=np.uint32), np.array(terms, dtype=np.uint32)
    assert held_in(keys, terms).tolist() == np.isin(keys, terms).tolist()
