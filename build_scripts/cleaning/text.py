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



HALF_WIDTH_RE = re.compile(r"[A-Za-z0-9“”‘’]")
NUMBERED_START_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
                               r"|第[一二三四五六七八九十\d]+[章节条部分篇页])")
LABEL_START_RE = re.compile(r"[^\s:：，。,]{1,6}\s*[:：]")
CLAUSE_MARK_RE = re.compile(r"[，、；,;：:]")
# A hard-wrapped text's lines: at least WRAP_RUN_MIN lines from WRAP_MIN to WRAP_MAX wide (in the width of a
# Chinese character), their widths within WRAP_BAND of each other (a paragraph's first line is indented).
WRAP_MIN, WRAP_MAX, WRAP_BAND, WRAP_RUN_MIN = 8, 40, 4, 3


def text_width(s: str) -> float:
    """How wide a line is set, in Chinese characters: a Latin letter, a digit or a curly quote is half as
    wide; spaces take none."""
    s = _SQUEEZE_SPACE_RE.sub("", s)
    return len(s) - len(HALF_WIDTH_RE.findall(s)) / 2


def wrapped_lines(lines: list[str]) -> set[int]:
    """The lines of text hard-wrapped at one narrow width, as a magazine's column or a PDF copied line by line
    gives it (…城投集团纪委书 / 记某某早已记不清…): each a piece of a paragraph however short, never a menu
    item or a tag line. A stretch of lines with no blank line between, of one width (the last one narrower),
    none ending a sentence but the last, is one when its text reads as prose."""
    # (most pages have none: no two lines in a row short enough and unfinished; they are told at a glance)
    run = best = 0
    for line in lines:
        s = line.strip()
        run = run + 1 if WRAP_MIN <= len(s) <= 2 * WRAP_MAX and s[-1] not in TERMINAL else 0
        best = max(best, run)
    if best < WRAP_RUN_MIN - 1:
        return set()
    found: set[int] = set()
    stretch: list[int] = []
    widths: list[float] = []

    def close() -> None:
        if len(stretch) >= WRAP_RUN_MIN and _reads_as_prose([lines[i].strip() for i in stretch]):
            found.update(stretch)
        stretch.clear()
        widths.clear()

    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            close()
            continue
        width = text_width(s)
        # a labelled line (责任编辑：某某) is none; a numbered line starts a new item: a stretch may open with
        # one, never go on into one
        if LABEL_START_RE.match(s):
            close()
            continue
        if stretch and NUMBERED_START_RE.match(s):
            close()
        if WRAP_MIN <= width <= WRAP_MAX and not ends_sentence(s):
            if widths and max(widths + [width]) - min(widths + [width]) > WRAP_BAND:
                close()
            stretch.append(i)
            widths.append(width)
            continue
        if widths and width <= max(widths) + 1:  # the paragraph's last line, ending it
            stretch.append(i)
        close()
    close()
    return found


def _reads_as_prose(texts: list[str]) -> bool:
    """Sentences cut into lines, not a list of like items (某某.docx_第1页 / 某某.docx_第2页 …) nor verse."""
    text = "".join(texts)
    starts = {t[:4] for t in texts}
    clauses = sum(1 for t in texts if CLAUSE_MARK_RE.search(t) or SENTENCE_END_RE.search(t))
    # most lines cut inside a word, not after a clause (a poem's lines end with their commas)
    cut = sum(1 for t in texts[:-1] if CJK_RE.match(t[-1]) or t[-1].isalnum())
    return cut >= 0.5 * (len(texts) - 1) and cjk_share(text) > 0.6 and len(starts) >= 0.8 * len(texts) and clauses >= 0.5 * len(texts) \
        and (sentence_count(text) >= 1 or clauses >= 3)


# A table's row as text tools write it: cells between bars (| 步骤 | 内容说明 | 责任主体 |), its rule row (|---|---|).
# A page may have lost a row's closing bar with the spaces before it (| 1 | 政治建设 | 检查…情况。): its cells count
# the same (table_cells).
TABLE_ROW_RE = re.compile(r"^\s*\|.*\|")
TABLE_RULE_RE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# … or without the opening bar (教育基地 | 教育特色 | 重点 | over ---|---|---|): a table only with its rule row under the head.
OPEN_TABLE_ROW_RE = re.compile(r"^\s*[^|\s][^|]*\|[^|]*\|")
OPEN_TABLE_RULE_RE = re.compile(r"^\s*(?::?-{3,}:?\s*\|\s*)+(?::?-{3,}:?\s*)?$")


def table_cells(line: str) -> int:
    """How many cells a table's row has, its closing bar there or not (and its opening bar)."""
    stripped = line.strip()
    return line.count("|") - (1 if stripped.endswith("|") else 0) + (0 if stripped.startswith("|") else 1)


def table_rows(lines: list[str]) -> set[int]:
    """The rows of a table written with bars, three rows or more in a run (blank lines between them allowed)
    with the same number of cells: the article's content (a procedure's steps, a schedule), never a menu."""
    found: set[int] = set()
    run: list[int] = []
    cells = 0

    def close() -> None:
        if len(run) >= 3:
            found.update(run)
        run.clear()

    open_run: list[int] = []  # rows without their opening bar, counted only under a rule row
    open_ruled = False

    def close_open() -> None:
        nonlocal open_ruled
        # (unruled, the rows must look like a table of figures: each closed by its bar, three cells or more, the
        # same count in each, figures in some: 等级 | 优秀 | 合格 | / 人数 | 7 | 17 |)
        closed = len(open_run) >= 3 and all(lines[k].rstrip().endswith("|") and table_cells(lines[k]) >= 3 for k in open_run) \
            and len({table_cells(lines[k]) for k in open_run}) == 1 and sum(bool(re.search(r"\d", lines[k])) for k in open_run) >= 2
        if (open_ruled or closed) and len(open_run) >= 3:
            found.update(open_run)
        open_run.clear()
        open_ruled = False

    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if "|" in line and (OPEN_TABLE_RULE_RE.match(line) or OPEN_TABLE_ROW_RE.match(line)) and not TABLE_ROW_RE.match(line):
            if OPEN_TABLE_RULE_RE.match(line):
                open_ruled = open_ruled or len(open_run) == 1  # (the rule under the head row)
                open_run.append(i)
            elif open_run and table_cells(line) != table_cells(lines[open_run[0]]):
                close_open()
                open_run.append(i)
            else:
                open_run.append(i)
            close()
            continue
        close_open()
        if not (TABLE_ROW_RE.match(line) and table_cells(line) >= 2):
            close()
            continue
        if TABLE_RULE_RE.match(line):
            if run:
                run.append(i)
            continue
        if run and table_cells(line) != cells:
            close()
        run.append(i)
        cells = table_cells(line)
    close()
    close_open()
    return found


# A list's item set behind a bullet (- 警告, • 书面函询): the mark, then Chinese text.
ITEM_BULLET_RE = re.compile(r"^([-–•·●▪◦])\s*(?=[\u4e00-\u9fff“《])")


# A plan's award and how many get it (一等奖：2名, 优秀组织奖 3个, 特等奖1项): the plan's text, however short.
AWARD_COUNT_RE = re.compile(r"^(?:[一二三四五六七八九十特]等奖|优秀(?:组织)?奖|组织奖|鼓励奖|参与奖|提名奖|纪念奖|[金银铜]奖"
                            r"|最佳[\u4e00-\u9fff]{1,6}奖)\s*[:：]?\s*(?:\d{1,4}|[一二三四五六七八九十两]{1,3})\s*(?:名|个|项|人|件|篇|组|支)")


# What a heading in brackets asks (【党员受处分后影响期如何计算】, 【什么是“三会一课”？】): an explainer's question, never a
# site's tag or banner.
BRACKETED_QUESTION_RE = re.compile(r"如何|怎样|怎么|什么|哪些|为何|为什么|是否|吗[】\]]|[？?][】\]]")
