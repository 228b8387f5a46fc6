"""Damage repair: document-site page chunks, stray page numbers, paragraphs broken mid-sentence."""
from __future__ import annotations

import re
from collections import Counter

from ..article import Block
from .boilerplate import is_garbled_symbols
from .context import Context
from .normalize import restore_line_punctuation
from .structure import OPTION_RE, SPEECH_LEAD_RE, match_marker
from .text import CJK, ends_sentence, squeeze, text_width, wrapped_lines

CHUNK_RE = re.compile(r"^(\d{1,3})[、.．]\s*")
# A page chunk of a document site is long; a numbered heading is short.
CHUNK_MIN_CHARS = 150


def repair_pagination(lines: list[str], ctx: Context) -> list[str]:
    """Document sites cut the text into pages marked 1、 2、 …, often mid-word: strip the markers, rejoin."""
    cands, short = [], set()
    for i, line in enumerate(lines):
        m = CHUNK_RE.match(line)
        if m and len(line) - m.end() >= CHUNK_MIN_CHARS:
            cands.append((i, int(m.group(1)), m.end()))
        elif m:
            short.add(int(m.group(1)))
    nums = [n for _, n, _ in cands]
    if len(cands) < 2 or nums != sorted(nums) or len(set(nums)) != len(nums):
        return lines
    # pages are numbered one after another; a list's items are too, and the short ones lie between the long
    # ones (1、第一步… 2、第二步…(long) 3、第三步…): a numbered list, not pages
    if nums != list(range(nums[0], nums[0] + len(nums))) and any(nums[0] < n < nums[-1] for n in short):
        return lines
    # a page of the site cuts the text at its length, mid-sentence as often as not; items that each close their
    # sentence (3、4月份，…。 / 4、二季度，…。) are a list's, its first items on a page before this one
    if all(ends_sentence(lines[i]) for i, _, _ in cands) and nums[0] > 1:
        return lines
    ctx.paginated = True
    chunk_at = {i: end for i, _, end in cands}
    out: list[str] = []
    last_chunk_out = None  # index in out of the previous chunk's text
    for i, line in enumerate(lines):
        if i in chunk_at:
            text = line[chunk_at[i]:]
            ctx.changed("page-chunk-marker", line, text)
            prev = out[last_chunk_out] if last_chunk_out is not None else None
            if prev is not None and not ends_sentence(prev) and all(not l for l in out[last_chunk_out + 1:]):
                out[last_chunk_out] = restore_line_punctuation(prev + text)  # across the seam too
                ctx.changed("page-chunk-join", prev[-20:] + " / " + text[:20], prev[-20:] + text[:20])
                del out[last_chunk_out + 1:]
                continue
            out.append(text)
            last_chunk_out = len(out) - 1
        else:
            out.append(line)
            if line:
                last_chunk_out = None
    return out


# Page markers that PDF and document tools leave inside the text: —1—, - 12 -, －3－, 第2页,
# 第2页/共5页, 。共3页. A dash pair holds one to three digits and stands apart from other digits (so
# 2019—2020 and 1-3 are untouched).
PAGE_MARKER_RES = [
    re.compile(r"(?<![\d\-—–－])\s?[-—–－]{1,2}\s?\d{1,3}\s?[-—–－]{1,2}\s?(?![\d\-—–－])"),
    re.compile(r"(?:(?<=^)|(?<=[\s。；！？，、]))[(（\[]?第\s?\d{1,3}\s?页(?:\s?[/／]\s?共\s?\d{1,3}\s?页)?[)）\]]?(?=\s|$|[\u4e00-\u9fff])"),
    # (a paginated page's count glued after a sentence's end: …党的温暖。共3页法律服务岗——…)
    re.compile(r"(?<=[。；！？])\s?[(（\[]?共\s?\d{1,3}\s?页[)）\]]?(?=\s|$|[\u4e00-\u9fff])"),
]


# A PDF's page counter left inside a sentence where its page broke (…严 3 / 40谨细致的…): page / pages between words.
PAGE_OF_RE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：])\s*(\d{1,3})\s*/\s*(\d{1,3})\s*(?=[\u4e00-\u9fff“])")


def remove_page_markers(lines: list[str], ctx: Context) -> list[str]:
    """Remove page markers left inside lines (…交流学习体会。—1—支部书记…)."""
    if any("/" in l for l in lines):
        # a counter counts the same pages each time, rising (2 / 51, 3 / 51): twice at least, or it is a fraction of the text
        found = [m for l in lines if "/" in l for m in PAGE_OF_RE.finditer(l)]
        totals = {m.group(2) for m in found}
        if len(found) >= 2 and len(totals) == 1 and all(int(m.group(1)) <= int(m.group(2)) for m in found):
            lines = [PAGE_OF_RE.sub("", l) if "/" in l else l for l in lines]
            ctx.changed("page-marker", found[0].group(0), "")
    out = []
    for line in lines:
        new = line
        if "页" in line or any(d in line for d in "-—–－"):
            for p in PAGE_MARKER_RES:
                new = p.sub("", new)
        if new != line:
            new = new.rstrip()
            ctx.changed("page-marker", line, new)
        out.append(new)
    return out


# Punctuation left behind when something between two marks was removed: ，， → ，, ，。 → 。,
# empty “” 《》 （）. ……and —— are doubled on purpose and stay.
DEBRIS_RES = [
    (re.compile(r"([，、；：。！？])(?:[ \u3000]*\1)+"), r"\1"),  # (a site's spaced runs too: ，， ，， ，，)
    (re.compile(r"[，、；：]+([。！？])"), r"\1"),
    (re.compile(r"，+(?=[、；：])"), ""),  # a comma glued before another mark (群众，、服务)
    (re.compile(r"“\s*”|‘\s*’|《\s*》|【\s*】"), ""),
    (re.compile(r"““([^“”\n]{1,30})””"), r"“\1”"),  # a quotation marked twice (““十四五””)
    # (empty round brackets, but not a blank to fill in: （  ） with room in it, or any in a numbered question)
    (re.compile(r"^(?!\s*\d{1,3}\s*[、.．])(.*?)(?:（）|\(\))"), r"\1"),
    (re.compile(r"(?<=[。！？”])\s*[|｜丨]\s*$"), ""),  # a separator left after the last sentence
    (re.compile(r"(?<=[。！？])\.(?![.\d])"), ""),  # a full stop typed twice, the second in ASCII (发展。.)
    (re.compile(r"(?<=[。！？])[ \u3000]*[，、；]+"), ""),  # a clause mark after the sentence's end (等。 ，): what held it went
]


# Cheap test for a line DEBRIS_RES could change: a mark doubled (，，), a clause mark before an end mark
# (，。) or a comma before another (，、), empty quotes or brackets, a separator at the end. Written as the
# first mark, then what follows it as looked back on: a pattern opening on one class of characters is
# scanned fast, an alternation of patterns is tried at every position.
DEBRIS_ANY_RE = re.compile(r"[，、；：。！？“‘《（(【|｜丨](?:(?<=，)[，、；：。！？]|(?<=、)[、。！？]|(?<=；)[；。！？]|(?<=：)[：。！？]"
                           r"|(?<=。)。|(?<=！)！|(?<=？)？|(?<=“)\s*”|(?<=‘)\s*’|(?<=《)\s*》|(?<=（)\s*）|(?<=\()\s*\)"
                           r"|(?<=“)“|(?<=【)\s*】|(?<=[|｜丨])\s*$|(?<=[。！？])\.(?![.\d])|(?<=[。！？])[ \u3000]*[，、；]"
                           r"|(?<=，)[ \u3000]+，|(?<=。)[ \u3000]+。)")


def tidy_punctuation(lines: list[str], ctx: Context) -> list[str]:
    """Remove doubled and orphaned punctuation that removals leave behind."""
    out = []
    for line in lines:
        if not DEBRIS_ANY_RE.search(line):
            out.append(line)
            continue
        new, prev = line, None
        while new != prev:  # one removal can make another (！！！：！！！ → ！：！ → ！！ → ！)
            prev = new
            for pattern, repl in DEBRIS_RES:
                new = pattern.sub(repl, new)
        if new != line:
            ctx.changed("punctuation-debris", line, new)
        out.append(new)
    return out


MEASURE_WORDS = "名个人年月日次家项条篇位户万亿元千百十多余届期批类种件所座台辆吨米岁天周号级层倍份场轮节课门支队组"


def stray_page_numbers(lines: list[str], ctx: Context) -> set[str]:
    """Numbers a paginated page glues into the text: its page count, or a digit seen glued repeatedly."""
    found: set[str] = set()
    if ctx.page_count:
        found.add(str(ctx.page_count))
    glued = Counter()
    for line in lines:
        for m in re.finditer(f"[。；！？](\\d{{1,2}})(?=[{CJK}]|\\d{{1,2}}\\.\\d)", line):
            glued[m.group(1)] += 1
    found |= {n for n, c in glued.items() if c >= 2}
    return found


def remove_stray_page_numbers(lines: list[str], ctx: Context) -> list[str]:
    """Remove page numbers glued into sentences (不够。7一些, 力度7；, 2.47科学) on paginated pages."""
    if not ctx.paginated and not ctx.page_count:
        return lines
    numbers = stray_page_numbers(lines, ctx)
    if not numbers:
        return lines
    alt = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    # A number followed by a measure word counts something (3名同志, 2个支部): it is text, never a
    # page marker, even when it equals the page count.
    patterns = [
        re.compile(f"(?<=[。；！？、，])(?:{alt})(?![{MEASURE_WORDS}])(?=[{CJK}]|\\d{{1,2}}\\.\\d)"),
        re.compile(f"(?<=[{CJK}])(?:{alt})(?=[；，。;,])"),
        re.compile(f"(?<=(?<![\\d.])\\d\\.\\d)(?:{alt})(?=[{CJK}])"),
    ]
    out = []
    for line in lines:
        new = line
        for p in patterns:
            new = p.sub("", new)
        ctx.changed("stray-page-number", line, new)
        out.append(new)
    return out


JOIN_AFTER = "、，,（(“《—"
# A paragraph that opens with an enumeration or a list's bullet starts something new, whatever came before it.
ENUM_START_RE = re.compile(r"^(?:[•●▪◆]|-\s|[（(]?\d{1,2}[)）.．、]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|[①-⑳]|第[一二三四五六七八九十]+[，、,])")


def wrap_width(blocks: list[Block]) -> int | None:
    """The width a hard-wrapped text was cut at, if most unfinished lines share one length."""
    # (measured as the line is set: a digit, a letter or a curly quote takes half a character's width)
    # (a line repeated, as a title is under a site's copy of it, is one line: no evidence of a width)
    sizes = [round(text_width(t)) for t in dict.fromkeys(b.text for b in blocks if b.kind == "p") if not ends_sentence(t)]
    if len(sizes) < 3:
        return None
    common = Counter(sizes).most_common()
    top = common[0][0]
    near = sum(c for n, c in common if abs(n - top) <= 1)
    # (three lines at least: two headings of a length are no screen's width)
    return top if top >= 8 and near >= 0.6 * len(sizes) and near >= 3 else None


# Words that open a sentence and never continue one cut off before them (此次表彰…, 会上，…, 据悉，…).
SENTENCE_OPENER_RE = re.compile(r"^(?:此次|这次|本次|近年来|今年以来|目前|会上|会后|会议指出|会议强调|随后|据悉|据了解|截至|下一步|与此同时)")
# A report's lead opening a paragraph (近日，…, 11月18日上午，…, 本报讯 …): a new paragraph, even after a line cut short.
LEAD_OPENER_RE = re.compile(r"^(?:近日|日前|近期|连日来|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上)?)[，,]|^[^，。\s]{0,12}讯\s")
SAID_OPENER_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:指出|强调|表示|了解到|获悉|介绍说?|谈到)[，,：:]")
ATTRIBUTION_END_RE = re.compile(r"[。！？!?”]\s*(?:——|--|－－)[^。！？!?；;—-]{2,80}$")


PARALLEL_LEAD_RE = re.compile(r"^[^。！？\n]{6,24}[。！？]")


def parallel_leads(prev: str, nxt: str) -> bool:
    """Whether two paragraphs each open on a short sentence of their own, of a length within four characters, with a
    comma inside each (甲局统筹谋划，拧紧“责任链”。 / 乙局明确导向，筑牢“监督链”。): points of a row, each a paragraph."""
    a, b = PARALLEL_LEAD_RE.match(prev), PARALLEL_LEAD_RE.match(nxt)
    return bool(a and b) and abs(len(a.group(0)) - len(b.group(0))) <= 4 and "，" in a.group(0) and "，" in b.group(0)


def join_broken_paragraphs(blocks: list[Block], ctx: Context) -> list[Block]:
    """Join body paragraphs split mid-sentence by a line break or blank lines (… 一样 / 可以直接 …)."""
    width = wrap_width(blocks)
    # …and a stretch of lines cut at one width where the page's parts have different ones (a magazine's columns)
    wrapped = wrapped_lines([b.text if b.kind == "p" and "\n" not in b.text else "" for b in blocks])
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if out and b.kind == "p" and out[-1].kind == "p":
            prev = out[-1].text
            nxt = b.text
            last = prev[-1]
            # (or with the 的 that ties it to the words above: …深刻领悟“两个确立” / 的决定性意义，…; 的确 opens sentences)
            starts_mid = nxt[0] in "、，。；：,;:）)”"
            # (or with the 的 that ties it to the words above, a closing quote among them: …深刻领悟“两个确立” /
            # 的决定性意义，…; 的确 opens sentences)
            tied = nxt[0] == "的" and not nxt.startswith("的确") and prev.rstrip()[-1:] not in "。！？!?…；;"
            # running prose (a clause separator inside, or long) cut off mid-sentence; a short
            # unpunctuated line is more likely an unnumbered subheading
            size = len(squeeze(prev))
            prose = size >= 40 or (size >= 25 and re.search(r"[，、；]", prev))
            # text copied from a narrow screen or a PDF is cut at one width: a line that fills it
            # continues on the next one
            # (a paragraph's first line is indented: it may be narrower by two characters and a half)
            prose = prose or (width and text_width(prev) >= width - 3 and text_width(prev.split("\n")[-1]) >= width - 3) \
                or (k - 1 in wrapped and k in wrapped)
            broken = last in JOIN_AFTER or (re.match(f"[{CJK}A-Za-z0-9]", last) and prose) or bool(SPEECH_LEAD_RE.match(prev))
            # a join must not make a heading number out of the seam (一 / 、0 → 一、0): headings
            # are decided before joining, so the joined text would read as a heading next time
            makes_marker = not match_marker(prev) and match_marker(prev + nxt)
            # a subtitle under the title (——某某公司深入开展…工作) ends without punctuation and stands alone
            subtitle = re.match(r"\s*(?:——|--|－－|—)", prev) and "\n" not in prev and size <= 60
            # nor a quotation closed by who said it and when (…。——2010年1月22日，某某作出重要批示): a whole paragraph
            subtitle = subtitle or ATTRIBUTION_END_RE.search(prev)
            # nor a line of symbols out of two short pieces (0000000:::( / {): junk lines are judged before joining
            garbled = size < 12 and is_garbled_symbols(squeeze(prev + nxt))
            # nor a short numbered heading over its paragraph (1.理论武装：建好学习阵地，筑牢思想根基), unless the
            # text was cut at one width and the line fills it
            # (a heading has no full stop inside, and names its point with a colon or is short: 1.理论武装：…)
            numbered_heading = bool(ENUM_START_RE.match(prev)) and size <= 40 and "\n" not in prev and last not in JOIN_AFTER \
                and not re.search(r"[。！？!?；;]", prev) and (re.search(r"[:：]", prev) or size <= 20) \
                and not (width and text_width(prev) >= width - 3) and not (k - 1 in wrapped and k in wrapped)
            # nor a whole paragraph that lacks only its full stop, before one that opens a new sentence (…发挥了重要作用 / 此次表彰…)
            new_sentence = size >= 60 and last not in JOIN_AFTER and bool(SENTENCE_OPENER_RE.match(nxt)) and not starts_mid
            # (… or a report's lead after a teaser cut short: …努力培养更多适应地方经济社会 / 近日，某某学院传来喜讯…)
            new_sentence = new_sentence or (size >= 20 and last not in JOIN_AFTER and bool(LEAD_OPENER_RE.match(nxt))
                                            and not (width and text_width(prev) >= width - 3) and not (k - 1 in wrapped and k in wrapped))
            # (… or a paragraph of a row led alike, each by its short sentence: 甲局统筹谋划，拧紧“责任链”。… / 乙局明确导向，
            # 筑牢“监督链”。…: the page lost the first one's full stop, not a line break)
            new_sentence = new_sentence or (size >= 60 and last not in JOIN_AFTER and parallel_leads(prev, nxt))
            # (… or a subheading over a paragraph that opens on who said it, a comma after the verb: …低碳健康发展 /
            # 习近平总书记指出，…, …配强监督力量 / 记者了解到，…: what was said starts a sentence of its own)
            new_sentence = new_sentence or (size >= 8 and last not in JOIN_AFTER and bool(SAID_OPENER_RE.match(nxt))
                                            and not (width and text_width(prev) >= width - 3) and not (k - 1 in wrapped and k in wrapped))
            if ((broken or starts_mid) and not ends_sentence(prev) or tied) and not ENUM_START_RE.match(nxt) and not makes_marker \
                    and not OPTION_RE.match(nxt) \
                    and not new_sentence \
                    and not subtitle and not garbled and not numbered_heading:
                # punctuation was repaired line by line: repair it again across the seam, so
                # "(" + "党支部)。" reads （党支部）。 as it would have on one line
                if prev.rstrip()[-1:] in "，," and nxt.lstrip()[:1] in "，,":
                    nxt = nxt.lstrip()[1:]  # (…專案， / ，宣稱…: the comma twice over where a line between them went)
                out[-1] = Block("p", restore_line_punctuation(prev + nxt))
                ctx.changed("join-broken-paragraph", prev[-15:] + " / " + nxt[:15], prev[-15:] + nxt[:15])
                continue
        out.append(b)
    return out
