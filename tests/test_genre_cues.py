"""The genre features' fast scan (build_scripts/cues.py, genres.genre_features) gives exactly the features of the
reference scan (tests/genres_reference.py) for every text, so every article keeps its genre and its warnings."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import generate
from build_scripts import intake
from build_scripts.cues import Cues, CueTable, required_strings
from build_scripts.genres import cue_tables, genre_features, load_genres

from . import genres_reference

REPO = Path(__file__).resolve().parent.parent

# The pieces texts are drawn from: every string the cue tables look for (the cue words and what the patterns
# need), their characters one by one, and the marks of structure the features read.
STRINGS = sorted({s for table in cue_tables().values() for s in table.strings})
CHARS = sorted({c for s in STRINGS for c in s} | set("。，、：:；！？?（）()“”《》[]〔〕 \n#>*0123456789abcXYZ"))
MARKS = ["\n## ", "\n### ", "\n> ", "\n> **注：**附记", "> **摘要：**", "\n第一条 ", "\n  第十二章", "6月28日上午，",
         "近日，", "同志们", "要", "主要", "我", "自我", "我们", "必须", "“这是一段别人说的很长的话语啊”", "（编辑 某某）",
         "？\n", "！", "——", "[1]", "〔2〕", "Party building work", "\U0001F600", "\uffff"]
pieces = st.one_of(st.sampled_from(STRINGS), st.sampled_from(CHARS), st.sampled_from(MARKS))
FILLER = "某某单位的同志在这里工作和学习，日常的事务很多。\n" * 80  # over 2,000 characters: a long body's middle


@st.composite
def articles(draw) -> tuple[str, str]:
    title = "".join(draw(st.lists(pieces, max_size=12)))
    head = "".join(draw(st.lists(pieces, max_size=200)))
    tail = "".join(draw(st.lists(pieces, max_size=60)))
    return title, head + FILLER * draw(st.integers(0, 3)) + tail


@settings(max_examples=400, deadline=None)
@given(articles())
def test_genre_features_are_the_reference_features_for_any_text(article):
    title, body = article
    assert genre_features(title, body) == genres_reference.genre_features(title, body)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=400).map("".join))
def test_each_region_counts_as_each_cue_list_alone(text):
    for region, table in cue_tables().items():
        lists = [getattr(g, f"{region}_cues") for g in load_genres()]
        assert table.count(text)[:len(lists)] == [cues.count(text, cap) for cues, cap in zip(lists, table.caps)]


def test_generated_and_seed_articles_keep_their_features(tmp_path: Path):
    paths = generate(40, tmp_path / "bench") + sorted((REPO / "source_texts").glob("*.txt"))
    for path in paths:
        _, article = intake.load_source(str(path))
        assert genre_features(article.title, article.body) == genres_reference.genre_features(
            article.title, article.body), path.name


@pytest.mark.parametrize(("branch", "expected"), [
    ("会议强调", {"会议强调"}),
    (r"据[^。\n]{0,8}(?:消息|报道)", {"消息", "报道"}),  # two-character strings over one character
    (r"\d{1,2}(?:月\d{1,2}日|日(?:上午|下午|晚上?))", {"月", "日"}),
    (r"一行(?:人|[，、])", {"一行"}),
    (r"讯[（(\s]", {"讯"}),
    (r"(?:^|[。\n])为了?[^。\n]{4,80}，", {"为"}),
    (r"[A-Za-z]{3,} [a-z]{3,}", {" "}),
    (r"[\u4e00-\u9fff]{2,4}", None),  # any Chinese characters: nothing to look for
    (r"(?:会上)?主持", {"主持"}),  # an optional part is not needed
    (r"(?i)party", None),  # letters of either case
    (r"(会|议)\1", None),  # a backreference
])
def test_required_strings(branch, expected):
    assert required_strings(branch) == (None if expected is None else frozenset(expected))


def test_an_alternative_whose_strings_are_absent_is_left_out_and_the_order_kept():
    table = CueTable([(Cues.compile(r"会议(?:强调|指出)|[，。]会议|强调\S"), 9)])
    # 强调 absent: only 会议… and [，。]会议 can match; at 。会议强调 the first alternative still wins
    assert table.count("。会议指出，会议") == [Cues.compile(r"会议(?:强调|指出)|[，。]会议|强调\S").count("。会议指出，会议", 9)] == [2]
    assert table.count("与会者发言") == [0]
    genre = table.genres[0]
    assert {p.pattern if p else None for p in genre.patterns.values()} == {r"会议(?:强调|指出)|[，。]会议", None}


def test_short_texts_and_characters_outside_the_basic_plane_are_counted_too():
    cues = Cues.compile("会上|会|\U0001F600x|主持")
    table = CueTable([(cues, 9)])
    for text in ("", "会", "会上", "\U0001F600x会上" + "。" * 200 + "主持", "\uffff会上\uffff"):
        assert table.count(text) == [cues.count(text, 9)]


def test_the_rewritten_line_patterns_find_what_line_starts_found():
    from build_scripts import genres
    text = "## 一\n#无空格\n ## 不在行首\n> 引\n>> 二\n###### 六\n####### 七\n正文 > 中间 # 号\n#\t制表"
    assert genres.HEADING_RE.findall(text) == re.compile(r"^#{1,6}\s+(.+)$", re.M).findall(text)
    assert genres.MARKUP_RE.sub("", text) == re.compile(r"^(?:#{1,6}\s+|>\s?)", re.M).sub("", text)


@pytest.mark.parametrize("pattern, cased", [
    ("党建", False), (r"^[\u4e00-\u9fff]{2,4}(?:汇|网)$", False), (r"\d+页[:：]", False), ("[^，。]", False),
    (r"[\uff10-\uff19]", False), (r"[\x00-\x2f]", False), (r"第\s*\d+\s*页", False),
    ("党建A级", True), ("[a-z]党", True), ("[!-~]", True), ("Ａ", True), (r"\uff41", True), (r"[\uff10-\uff5a]", True),
    ("ſ", True), (r"(.)\1", True), (r"\N{LATIN SMALL LETTER A}", True), ("(?i)党", True),
])
def test_a_pattern_is_cased_when_a_character_or_range_of_it_has_a_case(pattern, cased):
    from build_scripts.cues import is_cased
    assert is_cased(pattern) is cased


def test_the_blocks_with_cased_characters_above_u3000_are_all_listed():
    """is_cased asks each character below U+3000 and only the listed blocks above it: no other character of the
    Basic Multilingual Plane has a case."""
    from build_scripts.cues import CASED_BLOCKS
    missed = [hex(c) for c in range(0x3000, 0x10000)
              if (chr(c).lower() != chr(c) or chr(c).upper() != chr(c)) and not any(a <= c <= b for a, b in CASED_BLOCKS)]
    assert missed == []


def test_the_junk_patterns_without_a_case_match_the_same_compiled_either_way():
    """The lexicon compiles without re.I the patterns in which case cannot matter: on lines of Chinese, letters of
    both cases and full-width letters, each matches where the same pattern with re.I matches."""
    from build_scripts.cleaning.boilerplate import LEXICON_PATH
    from build_scripts.cues import is_cased
    import yaml
    lines = ["本文档共6页，下载后可编辑", "ＰＤＦ版 点击下载", "pdf下载 PDF下载", "责任编辑：张三 来源：某某网",
             "第3页 共10页", "Copyright © 2024 某某网 ICP备12345678号", "扫一扫 分享到微信", "ａｂｃ ABC abc"]
    patterns = [p["re"] for p in yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))["patterns"]]
    plain = [p for p in patterns if not is_cased(p)]
    assert plain, "every pattern of the lexicon has a letter: the test checks nothing"
    for p in plain:
        for line in lines:
            assert bool(re.search(p, line)) == bool(re.search(p, line, re.I)), (p, line)
