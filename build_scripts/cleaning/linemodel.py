"""Junk lines no listed kind names: a fitted model of a line's shape and place on the page.

The lexicon (lexicon/junk.yml) and the rules of boilerplate.py name kinds of junk one by one; every batch
of pages from new sites brings kinds they do not name. This step looks at what junk lines share whatever
site they come from: short, no sentence, outside the run of the article's paragraphs, beside other such
lines, with separators, digits, links, words of site furniture. A logistic model over those features
(fitted on the dev pages of eval/ by `python -m build_scripts.eval.fit_lines`, weights in
lexicon/line_weights.json) gives each line left by the rules a probability of being junk; a line goes
when that probability passes the fitted threshold. Long prose is never touched.
"""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from .boilerplate import OCCASION_NOTE_RE, credited_writers
from .context import Context
from .text import AWARD_COUNT_RE, BRACKETED_QUESTION_RE, ITEM_BULLET_RE, cjk_share, ends_sentence, sentence_count, squeeze, table_rows, wrapped_lines

WEIGHTS_PATH = Path(__file__).parent / "lexicon" / "line_weights.json"
MAX_LEN = 120  # longer lines, and lines of two sentences or more, are the article's
BIGRAM_MAX_LEN = 60  # words are read from short lines only (furniture is short)

SEPARATOR_RE = re.compile(r"[|｜丨>»›→/\\]|\s[-—·•]\s")
URL_RE = re.compile(r"https?:|www\.|\.(?:com|cn|net|org|html?|shtml|php|aspx?)\b", re.I)
DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?")
CLOCK_RE = re.compile(r"\d{1,2}:\d{2}")
LONG_DIGITS_RE = re.compile(r"\d{5,}")
NUMBERED_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[、.．]"
                         r"|第[一二三四五六七八九十百\d]+[章节条部分篇])")
LABEL_RE = re.compile(r"^[^\s:：，。]{1,6}[:：]")
SYMBOL_RE = re.compile(r"[☆★▲▼►◆●■□◇※←↑↓→✓✔✕✖❤♥◎○•·]")
LATIN_RE = re.compile(r"[A-Za-z]")


# Features that are one pattern found in the line (NUMBERED_RE and LABEL_RE are anchored at its start).
PATTERN_FEATURES = (("date", DATE_RE), ("clock", CLOCK_RE), ("long-digits", LONG_DIGITS_RE), ("numbered", NUMBERED_RE),
                    ("label", LABEL_RE), ("symbol", SYMBOL_RE))


def IS_HAN(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
DIGIT_RE = re.compile(r"\d")


# What the model never takes, however the page looks: a numbered sentence (六、…要有记录。), a salutation
# or lead-in ending in a colon (各位代表：, 同志们：), a subtitle (——某某活动回顾), a paper's references
# ([1] 某某. 某某研究[J]. …) and their heading; a whole sentence of twenty characters or more.
SALUTATION_RE = re.compile(r"(?:各位|同志|领导|代表|朋友|老师|同学|们)[^:：]{0,6}[:：]$")
REFERENCE_RE = re.compile(r"^\[\d{1,3}\]|\[(?:J|M|N|D|C|R|S|P|Z|EB)(?:/OL)?\]|^(?:参考文献|注释|参考资料)[:：]?$")


# A table of contents' entry: a heading, a dot leader, a page number ((1), 12). Whether a document's contents
# stay is the rules' call (cleaning.contents_lines), not the model's.
LEADER_LINE_RE = re.compile(r"(?:\.{4,}|…{2,}|·{4,})[（(]?\d{1,3}[)）]?$")


# A process told as steps joined by arrows (收到申请书—>支委讨论—>公示3天): text, not a breadcrumb (首页 > 新闻).
FLOW_RE = re.compile(r"(?:[\u4e00-\u9fff][^>→]{3,}(?:—>|->|=>|→)){2,}")
# A section's label standing alone before what it introduces (提纲：, 摘要：).
SECTION_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}[:：]$")


# A part's heading in brackets ([主要做法], 【经验启示】) and a line leading on with a dash into the next (某某村党支部书记
# 某某——, over what he says): the article's, as the rules already know chrome in brackets (【相关阅读】).
PART_IN_BRACKETS_RE = re.compile(r"^[【\[][\u4e00-\u9fff]{0,6}(?:做法|成效|经验|启示|背景|案例|问题|对策|建议|措施|要求|目标|内涵|意义|体会|"
                                 r"思路|举措|亮点|特色|情况|简介|成果|价值|路径)[】\]]$")


def is_protected(s: str) -> bool:
    if len(s) >= 20 and s[-1] in "。！？!?":  # a whole sentence of some length is the article's
        return True
    if s[:1] in "【[" and len(s) >= 8 and BRACKETED_QUESTION_RE.search(s):
        return True  # (an explainer's question in brackets, heading its answer)
    if PART_IN_BRACKETS_RE.match(s) or (len(s) >= 8 and s.endswith(("——", "--")) and s[:-2].strip("—-")):
        return True
    if LEADER_LINE_RE.search(s) or FLOW_RE.search(s) or SECTION_LABEL_RE.match(s) or AWARD_COUNT_RE.match(s):
        return True
    return bool((NUMBERED_RE.match(s) and ends_sentence(s)) or SALUTATION_RE.search(s) or s.startswith(("——", "--"))
                or REFERENCE_RE.search(s))


CLOSERS = ("’", "”", "」", "』")


def inside_quote(previous: str) -> bool:
    """The line before left a quote open, or was the quote's lone closing mark: the sentence goes on."""
    return previous in CLOSERS or previous.count("‘") > previous.count("’") or previous.count("“") > previous.count("”")


def is_paragraph(s: str) -> bool:
    """A paragraph of the article: long Chinese text with a sentence in it."""
    return len(s) >= 40 and (ends_sentence(s) or sentence_count(s) >= 1) and cjk_share(s) >= 0.5


def is_short_plain(s: str) -> bool:
    """A short line that is no sentence: what menus, buttons and labels look like."""
    return len(s) <= 20 and not ends_sentence(s)


def _bucket(value: float, edges: tuple, name: str) -> str:
    for i, edge in enumerate(edges):
        if value <= edge:
            return f"{name}{i}"
    return f"{name}{len(edges)}"


def line_shape(line: str) -> list[str]:
    """The features of a line on its own."""
    s = squeeze(line)
    n = len(s)
    stripped = line.strip()
    f = [_bucket(n, (4, 8, 15, 30, 60), "len")]
    sentences = sentence_count(s)
    f.append("sent0" if sentences == 0 else "sent1" if sentences == 1 else "sent2")
    last = s[-1]
    f.append("end:sent" if ends_sentence(s) else "end:colon" if last in ":：" else "end:comma" if last in ",，、" else "end:none")
    if "，" in s or "," in s:
        f.append("comma")
    f.append(_bucket(cjk_share(s), (0.3, 0.6, 0.85), "cjk"))
    if len(DIGIT_RE.findall(s)) > 0.2 * n:
        f.append("digits")
    if len(LATIN_RE.findall(s)) > 0.2 * n:
        f.append("latin")
    if URL_RE.search(stripped):
        f.append("url")
    if SEPARATOR_RE.search(stripped):
        f.append("separator")
    tokens = stripped.split()
    f.append(_bucket(len(tokens), (1, 2, 4), "tokens"))
    if len(tokens) >= 3 and all(len(t) <= 6 for t in tokens):
        f.append("short-tokens")
    if s[0] in "[【（(":
        f.append("bracket-start")
        if s[-1] in "]】）)":
            f.append("bracketed")
    if "《" in s:
        f.append("book-title")
    f.extend(name for name, pattern in PATTERN_FEATURES if pattern.search(s))
    if n <= BIGRAM_MAX_LEN and not sentences:  # a sentence's words are the article's, whatever they are
        han = [IS_HAN(ch) for ch in s]
        f.extend("w:" + s[i:i + 2] for i in range(n - 1) if han[i] and han[i + 1])
    return f


def page_features(lines: list[str]) -> list[list[str] | None]:
    """The features of each line on the page (None for blank and long lines, which the model leaves)."""
    squeezed = [squeeze(l) for l in lines]
    nonempty = [i for i, s in enumerate(squeezed) if s]
    wrapped = wrapped_lines(lines)  # pieces of paragraphs hard-wrapped at a narrow width: text, never judged
    if any("|" in l for l in lines):
        wrapped |= table_rows(lines)  # … and a table's rows
    para = {i for i in nonempty if i in wrapped or is_paragraph(squeezed[i])}
    paragraphs = sorted(para)
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (len(lines), -1)
    counts: dict[str, int] = {}
    for i in nonempty:
        counts[squeezed[i]] = counts.get(squeezed[i], 0) + 1
    short = {i for i in nonempty if is_short_plain(squeezed[i])}
    out: list[list[str] | None] = [None] * len(lines)
    total = len(nonempty)
    for k, i in enumerate(nonempty):
        s = squeezed[i]
        if len(s) > MAX_LEN or sentence_count(s) >= 2 or is_protected(s) or i in wrapped:
            continue
        if k > 0 and (s in CLOSERS or inside_quote(squeezed[nonempty[k - 1]])):
            continue  # a sentence broken across lines inside its quotes (…做好‘民生 / ’ / 工作 / 摆在…)
        f = line_shape(lines[i])
        if i < first:
            region = "before"
            gap = sum(1 for j in nonempty[k + 1:] if j < first)
        elif i > last:
            region = "after"
            gap = sum(1 for j in nonempty[:k] if j > last)
        else:
            region, gap = "inside", 0
        f.append(f"region:{region}")
        if region != "inside":
            f.append(_bucket(gap, (0, 2), f"gap-{region}"))
            if i in short:
                f.append(f"short-{region}")
        f.append(_bucket(k / total, (0.1, 0.25, 0.75, 0.9), "pos"))
        prev = nonempty[k - 1] if k > 0 else None
        nxt = nonempty[k + 1] if k + 1 < total else None
        f.append("prev:none" if prev is None else "prev:para" if prev in para else "prev:short" if prev in short else "prev:other")
        f.append("next:none" if nxt is None else "next:para" if nxt in para else "next:short" if nxt in short else "next:other")
        if i in short:
            run = 1
            for j in reversed(nonempty[:k]):
                if j not in short:
                    break
                run += 1
            for j in nonempty[k + 1:]:
                if j not in short:
                    break
                run += 1
            f.append(_bucket(run, (1, 3), "short-run"))
        if counts[s] > 1:
            f.append("repeated")
        out[i] = f
    return out


# Between two paragraphs of the article a short line is more often its heading than furniture: the model
# must be surer there.
INSIDE_THRESHOLD = 0.9


class LineModel:
    def __init__(self, bias: float, weights: dict[str, float], threshold: float):
        self.bias, self.weights, self.threshold = bias, weights, threshold

    def is_junk(self, features: list[str]) -> bool:
        limit = max(self.threshold, INSIDE_THRESHOLD) if "region:inside" in features else self.threshold
        return self.probability(features) >= limit

    def probability(self, features: list[str]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-z))


@functools.lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_PATH) -> LineModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LineModel(data["bias"], data["weights"], data["threshold"])


_override: list[LineModel | None] = []  # the fitting tool swaps models in (fit_lines)


# A sentence leading into a list (调研覆盖的乡镇有：, 主要做法包括：, 名单如下：): the short lines under it are its items.
LIST_INTRO_RE = re.compile(r"[\u4e00-\u9fff]{2}.*(?:有|包括|如下|以下|分别是|分别为|名单|是|为)[:：]$")
LIST_ITEM_MAX = 20


def listed_items(lines: list[str]) -> set[int]:
    """The short lines of a list a sentence leads into, up to the next long line."""
    out: set[int] = set()
    intro = colon = False
    bullet = None
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if intro and len(s) <= LIST_ITEM_MAX and not s.endswith((":", "：")):
            out.add(i)
            continue
        # under any sentence ending in a colon (可以采取以下方式：): items set behind one bullet (- 口头提醒 / - 书面函询)
        m = ITEM_BULLET_RE.match(s)
        if (colon or bullet) and m and m.group(1) == (bullet or m.group(1)) and len(s) <= LIST_ITEM_MAX + 2:
            out.add(i)
            bullet, colon = m.group(1), False
            continue
        intro = len(s) <= 60 and bool(LIST_INTRO_RE.search(s))
        colon, bullet = s.endswith((":", "：")) and cjk_share(s) >= 0.5, None
    return out


BULLET_MARK_RE = re.compile(r"^\s*(?:([–—\-•·●▪■◆◇○*>])|(\d{1,2}(?:\.\d{1,2}){0,2})[\s、.．])\s*\S")


def bullet_runs(lines: list[str]) -> list[set[int]]:
    """Runs of three or more lines (blank lines between allowed) opening with the same bullet mark, or with
    numbers of an outline (1 / 1.1 / 1.2 / 2 …)."""
    runs: list[set[int]] = []
    run: set[int] = set()
    mark = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = BULLET_MARK_RE.match(line)
        kind = (m.group(1) or "#") if m else None
        if m and kind == mark:
            run.add(i)
            continue
        if len(run) >= 3:
            runs.append(run)
        run, mark = ({i}, kind) if m else (set(), None)
    if len(run) >= 3:
        runs.append(run)
    return runs


def broken_tail(lines: list[str]) -> set[int]:
    """The page's last line when it is a few characters of the sentence above it, cut off with the page
    (…更不能放松对自 / 己不): text the page lost the rest of, not furniture."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return set()
    last, before = lines[filled[-1]].strip(), lines[filled[-2]].strip()
    if len(last) <= 4 and CJK_ONLY_RE.match(last) and not ends_sentence(before) and len(before) >= 20 \
            and not before.endswith((":", "：")):
        return {filled[-1]}
    return set()


CJK_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]+$")
# A run of lines of one short word each (三会 / 党小组 / 一课 / 党支部 / 记录 …): a page's tag cloud or keyword links.
WORD_RUN_MIN, WORD_RUN_CHARS, WORD_RUN_SHARE = 5, 6, 0.75


def word_runs(lines: list[str]) -> list[set[int]]:
    """Runs of at least WORD_RUN_MIN consecutive filled lines, each a word of at most WORD_RUN_CHARS Chinese
    characters and nothing else (blank lines between them do not break a run)."""
    runs, run = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) <= WORD_RUN_CHARS and CJK_ONLY_RE.match(s):
            run.append(i)
            continue
        if len(run) >= WORD_RUN_MIN:
            runs.append(set(run))
        run = []
    if len(run) >= WORD_RUN_MIN:
        runs.append(set(run))
    return runs
# A plan's or a notice's schedule: a time of day and the span it runs to (时间：上午9:00-9:30, 下午14:30至17:00):
# the text's, however like a post's time stamp it looks.
SCHEDULE_RE = re.compile(r"(?:上午|下午|晚上|中午)?\s*\d{1,2}[:：]\d{2}\s*(?:-|—|－|～|~|至|到)\s*(?:上午|下午|晚上|中午)?\s*\d{1,2}[:：]\d{2}")


def schedule_lines(lines: list[str]) -> set[int]:
    return {i for i, line in enumerate(lines) if ":" in line or "：" in line if SCHEDULE_RE.search(line)}


# A quiz's answer under its question's choices (【答案】：A, 答案：对, 【解析】…).
ANSWER_RE = re.compile(r"^\s*[【\[]?(?:参考)?(?:答案|解析)[】\]]?\s*[:：]?\s*\S")


def quiz_lines(lines: list[str]) -> set[int]:
    """A quiz's choices (A.… B.…) and answers: the text of a test page, however short each line is."""
    from .structure import OPTION_RE

    options = {i for i, l in enumerate(lines) if OPTION_RE.match(l)}
    if len(options) < 2:
        return set()
    return options | {i for i, l in enumerate(lines) if ANSWER_RE.match(l) and len(l) <= 200}


def signed_name(line: str) -> bool:
    """A person's bare name (2–3 characters on a known surname) alone on the line."""
    from .metadata import SURNAMES  # (metadata is the home of names)
    s = line.strip()
    return 2 <= len(s) <= 3 and s[0] in SURNAMES and bool(re.fullmatch(r"[\u4e00-\u9fff]+", s))


OUTLET_BAR_TITLE_RE = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{2,10}(?:网|报|社|台|在线|新闻|客户端)\s*[|｜]\s*(?=[^|｜]*[\u4e00-\u9fff]{6})[^|｜]+$")


def remove_unlikely_text(lines: list[str], ctx: Context) -> list[str]:
    """Drop the lines the model finds to be junk (rule name: junk-shape); a list's items under the sentence
    leading into them stay."""
    model = _override[-1] if _override else load_model()
    if model is None:
        return lines
    for _ in range(2):  # what is left is judged again: a line beside removed furniture is seen as it will stand
        feats = page_features(lines)
        items = (listed_items(lines) if any(l.endswith((":", "：")) for l in lines) else set()) | broken_tail(lines) \
            | schedule_lines(lines) | quiz_lines(lines) \
            | {i for i, l in enumerate(lines) if l[:1] in "（(" and OCCASION_NOTE_RE.match(squeeze(l))}  # (a speech's occasion)
        first = next((i for i, l in enumerate(lines) if l.strip()), None)
        if first is not None and len(lines[first]) <= 60 and OUTLET_BAR_TITLE_RE.match(lines[first]):
            items.add(first)  # 某某网 | 云讲堂：… at the page's top: the outlet, then the headline (its name comes off the title)
        junk = {i for i, f in enumerate(feats) if f is not None and i not in items and model.is_junk(f)}
        for run in bullet_runs(lines):  # a list's items are alike: where some of them stay, all stay
            if junk & run and not run <= junk:
                junk -= run
        for run in word_runs(lines):  # a tag cloud's words are alike too: where nearly all go, the rest go with them
            if len(junk & run) >= WORD_RUN_SHARE * len(run):
                junk |= run - items
        out = []
        last = max((i for i, l in enumerate(lines) if l.strip()), default=-1)
        for i, line in enumerate(lines):
            if i in junk:
                ctx.removed("junk-shape", line)
                if len(line) <= 60:  # a writer's credit the model took (文字/某某): the name is the author's
                    ctx.authors.extend(n for n in credited_writers(line) if n not in ctx.authors)
                if not ctx.authors and i == last and signed_name(line):
                    ctx.authors.append(line.strip())  # 某某某 alone under the last paragraph: the writer's signature
                continue
            out.append(line)
        if len(out) == len(lines):
            break
        lines = out
    return out
