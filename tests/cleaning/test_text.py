"""The small text predicates the cleaning steps share (build_scripts/cleaning/text.py)."""
from __future__ import annotations

import pytest

from build_scripts.cleaning.text import cjk_count, cjk_share, cn_to_int, ends_sentence, sentence_count, squeeze


@pytest.mark.parametrize(("numeral", "value"), [
    ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("十九", 19), ("二十", 20), ("三十五", 35), ("九十九", 99),
    ("", None), ("零", None), ("百", None), ("一二", None), ("1", None), ("十a", None),
])
def test_cn_to_int(numeral, value):
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize(("line", "ends"), [
    ("党员要带头学习。", True), ("党员要带头学习。  ", True), ("他说：“好。”", True), ("第一部分", False),
    ("   ", False), ("", False), ("Done.", True), ("（完）", True),
])
def test_ends_sentence(line, ends):
    assert ends_sentence(line) is ends


def test_counts_and_shares():
    assert cjk_count("党建a工作1") == 4
    assert cjk_share("党建 ab") == 0.5  # white space does not count
    assert cjk_share("  ") == 0.0
    assert sentence_count("一句。两句！三句？four?") == 4


def test_squeeze_folds_width_and_drops_white_space():
    assert squeeze("【 责任编辑：ＡＢ１ 】\u3000") == "[责任编辑:AB1]"
