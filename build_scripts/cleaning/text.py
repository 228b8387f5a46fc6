"""Character classes and small text predicates shared by the cleaning steps."""
from __future__ import annotations

import functools
import re

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
NON_CJK_RUN_RE = re.compile(f"[^{CJK}]+")
# Punctuation that can end a sentence or a paragraph in Chinese text.
TERMINAL = "。！？!?…；;”’」』）)】\"'."
CN_NUM = "一二三四五六七八九十"
# What may close a title or a heading without ending a sentence: quotes and brackets (特殊的“网格图”).
CLOSERS = "”’」』）)】\"'"
# Bullets sites put before list items and, as layout, before titles (boilerplate.strip_bullets also takes
# dashes and arrows off a junk line; a title's leading —— opens a subtitle, so titles use these only).
TITLE_BULLETS = "·•●◆◇■□▪►▶★☆"
CN_DIGITS = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


def cjk_count(s: str) -> int:
    return len(NON_CJK_RUN_RE.sub("", s))  # what is left is the Chinese: cheaper than a list of matches


WHITESPACE_RE = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def cjk_share(s: str) -> float:
    t = WHITESPACE_RE.sub("", s)
    return cjk_count(t) / len(t) if t else 0.0


_SQUEEZE_SPACE_RE = re.compile("[ \t\n\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b]+")
_SQUEEZE_FOLD = {chr(o): chr(o - 0xFEE0) for o in range(0xFF01, 0xFF5F)}
_SQUEEZE_FOLD.update({c: "[" for c in "【〔［"})
_SQUEEZE_FOLD.update({c: "]" for c in "】〕］"})
_SQUEEZE_FOLD_RE = re.compile(f"[{re.escape(''.join(_SQUEEZE_FOLD))}]")


@functools.lru_cache(maxsize=65536)
def squeeze(s: str) -> str:
    """The line without any whitespace and with full-width ASCII folded, for lexicon matching."""
    s = _SQUEEZE_SPACE_RE.sub("", s)
    # one replace per distinct full-width mark (a line holds few): str.translate looks up every character
    for mark in set(_SQUEEZE_FOLD_RE.findall(s)):
        s = s.replace(mark, _SQUEEZE_FOLD[mark])
    return s


def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    return bool(s) and s[-1] in TERMINAL


SENTENCE_END_RE = re.compile(r"[。！？!?]")


def sentence_count(s: str) -> int:
    return len(SENTENCE_END_RE.findall(s))


def cn_to_int(s: str) -> int | None:
    """一 → 1 … 九十九 → 99; None when s is not a Chinese numeral."""
    if not s or any(c not in CN_NUM for c in s):
        return None
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = CN_DIGITS.get(tens, 1) if tens else 1
        o = CN_DIGITS.get(ones, 0) if ones else 0
        return t * 10 + o
    return CN_DIGITS.get(s) if len(s) == 1 else None
