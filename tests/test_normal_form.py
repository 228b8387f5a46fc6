"""normal_form.nfkc is unicodedata.normalize("NFKC", …), character for character."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.normal_form import nfkc

CASES = [
    "",
    "党建工作要点，全面从严治党：（一）加强学习……",
    "ＡＢＣ１２３　全角字母与数字",
    "Ａ\u0301 全角字母后跟组合符",  # NFKC composes the A with the accent: the full normalisation runs
    "e\u0301 和 é",
    "한국어 문장과 ᄀ\u1161 자모",
    "𝐀𝐁 数学字母",  # outside the Basic Multilingual Plane
    "①②③ ㈠㈡ ㎡ ﬁ",
    "\ufeff开头的字节顺序标记",
]

# Characters of the kinds pages hold, and the kinds NFKC treats specially.
ALPHABET = ("党建工作要点一二三年月日abcXYZ019 ,.:;()，。：；（）！？、“”《》…—·　ＡＺａｚ０９"
            "\u0301\u0308\u0327\u1100\u1161\u11a8가é①㎡ﬁ\u2126\u212b\uff61\uffe5")


@pytest.mark.parametrize("text", CASES)
def test_nfkc_is_unicodedatas(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_nfkc_of_any_mix_is_unicodedatas(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_nfkc_of_any_text_is_unicodedatas(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
