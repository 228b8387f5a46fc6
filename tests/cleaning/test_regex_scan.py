"""The quick first tests the cleaner runs over every line (the *_HINT_RE patterns) must be quick to scan.

Python's regex engine skips along a line to the characters that can start a match only when every alternative of
the pattern opens on a literal character (or the pattern is one character class). One alternative opening on a
class or a group (\\d登录, [tT]yc, (?:…){5}) makes it try the whole pattern at every position: on a slow machine the
spam hints alone took a tenth of the cleaning time. These tests check the compiled shape, not a timing.
"""
import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import build_scripts.cleaning as cleaning
from build_scripts.cues import scans_quickly


def hint_patterns():
    for info in pkgutil.iter_modules(cleaning.__path__):
        module = importlib.import_module(f"build_scripts.cleaning.{info.name}")
        for name, value in vars(module).items():
            if name.endswith("HINT_RE") and isinstance(value, re.Pattern):
                yield pytest.param(value, id=f"{info.name}.{name}")


@pytest.mark.parametrize("pattern", list(hint_patterns()))
def test_every_hint_pattern_lets_the_engine_skip_ahead(pattern):
    assert scans_quickly(pattern), f"{pattern.pattern[:60]}…: an alternative opens on a class or group"


@pytest.mark.parametrize("slow, quick", [
    (r"官网|\d登录", r"官网|登录(?<=\d登录)"),
    (r"平台|[tT][yY][cC]", r"平台|t[yY][cC]|T[yY][cC]"),
    (r"(?:[!-~]{1,2} ){5}", r"[!-~][!-~]? (?:[!-~]{1,2} ){4}"),
])
def test_the_check_tells_a_slow_shape_from_its_quick_rewrite(slow, quick):
    assert not scans_quickly(re.compile(slow))
    assert scans_quickly(re.compile(quick))


@pytest.mark.parametrize("line, hit", [
    ("请登录某某365app2登录入口", True), ("用户登录后可以评论", False), ("某某版登录", True), ("app登录", True),
])
def test_a_rewritten_hint_finds_what_it_found_before(line, hit):
    from build_scripts.cleaning.debris import SPAM_BRAND3_HINT_RE
    old = re.compile(r"唯一官|最新版|官方版|娱乐城|娱人城|娱乐场|欢乐城|vip|官网|\d登录|\d注册|版登录|版注册|[pP]登录|[pP]注册")
    assert bool(old.search(line)) == bool(SPAM_BRAND3_HINT_RE.search(line)) == hit


# Titles built from the pieces the end-anchored patterns look for, and the words around them.
TITLE_PIECES = ["（", "）", "(", ")", "【", "】", "[", "]", "范文", "范本", "模板", "大全", "篇", "三", "12", "2350", "字",
                "下载", "推荐", "地址", "VIP", "vip", "免费", "专享", "文档", "Word", "作者", "：", ":", "2023-01-02", "2024.3.5",
                " ", "\u3000", "\n", "党建", "工作", "总结", "论文", "毕业", "作文", "？", "第", "精选", "。", ".docx", "版",
                "时评", "约", "页", "本页", "全文", "节选", "发布时间", "来源"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=12).map("".join))
def test_a_tail_pattern_skipped_by_its_last_character_strips_what_the_full_scan_strips(title):
    from build_scripts.cleaning import metadata
    assert metadata.strip_tail_tag(title) == metadata.TAIL_TAG_RE.sub("", title)
    assert metadata.strip_glued_meta(title) == metadata.GLUED_META_TAIL_RE.sub("", title)
    shop = metadata.DOC_SHOP_TAIL_RE.sub("", title)
    assert (metadata.last_char(title.rstrip("\n")) in metadata.DOC_SHOP_TAIL_ENDS) or shop == title


@pytest.mark.parametrize("title, tidy", [
    ("某某支部2023年度党建工作总结（精选）", "某某支部2023年度党建工作总结"),
    ("关于加强基层党组织建设的调查报告2350字", "关于加强基层党组织建设的调查报告"),
    ("党员心得体会范文篇三", "党员心得体会"),
    ("主题教育实施方案Word文档下载推荐", "主题教育实施方案"),
    ("某某公司党委关于开展主题党日活动的通知2024-01-20", "某某公司党委关于开展主题党日活动的通知"),
    ("在全市组织工作会议上的讲话 作者：某某", "在全市组织工作会议上的讲话"),
])
def test_a_title_loses_the_tags_a_site_puts_at_its_end(title, tidy):
    from build_scripts.cleaning.metadata import tidy_title
    assert tidy_title(title) == tidy


def test_every_junk_pattern_that_cannot_skip_ahead_has_a_literal_first_test():
    """junk.yml's patterns run on every line; one the engine tries at every position gets a gate of the strings
    every match holds (boilerplate.literal_gate), unless it needs no string of two characters."""
    from build_scripts.cleaning.boilerplate import lexicon
    from build_scripts.cues import required_strings
    slow = [p.pattern[:50] for _, p, _, gate in lexicon()["patterns"]
            if gate is None and not scans_quickly(p) and (need := required_strings(p.pattern)) and min(map(len, need)) >= 2]
    assert not slow


def test_forget_lines_empties_the_line_caches_and_keeps_the_lexicon():
    """The benchmark cleans the same texts in each run; forget_lines makes each run clean them as a build does."""
    from build_scripts.cleaning import clean_text, forget_lines
    from build_scripts.cleaning.boilerplate import junk_rule, lexicon
    from build_scripts.cleaning.metadata import tidy_title
    clean_text("某某支部开展主题党日活动\n\n2024年3月5日，某某支部组织党员开展主题党日活动。\n\n分享到：微信 微博")
    assert junk_rule.cache_info().currsize and tidy_title.cache_info().currsize
    forget_lines()
    assert junk_rule.cache_info().currsize == 0 and tidy_title.cache_info().currsize == 0
    assert lexicon.cache_info().currsize == 1
