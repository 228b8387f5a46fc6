"""Structure: abstract, keywords and classification codes; numbered headings, glued or not."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ..article import Block
from .context import Context
from .text import CJK, CLOSERS, cn_to_int, ends_sentence, squeeze

# libyaml's safe loader where PyYAML has it (the same data in a sixth of the time: this file is read before the
# build forks its workers, on its critical path), else PyYAML's own.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# 摘要/关键词/中图分类号… glued onto the title or onto each other on document sites (a bracketed label needs
# no colon: 标题【摘要】正文…).
LABEL_SPLIT_RE = re.compile(r"(?<!核心)(?<!内容)(?<!文章)(?<!本文)\s*(?=(?:【?摘\s*要】?|【?关键词】?|关键字|中图分类号|文献(?:标识|标志)码?|文章编号|DOI)\s*[:：]|[【\[](?:关键词|关键字|摘\s*要)[】\]])")
# (a bullet in front, and a full-width space between the label's characters that a wrong decoding made a question mark:
# ◆摘? 要:)
ABSTRACT_RE = re.compile(r"^[◆●■◇□]?\s*(?:【?(?:摘[\s?？\ufffd]*要|内容摘要|内容提要|提\s*要|核心摘要|本文摘要|文章摘要)】?\s*[:：]"
                         # a bracketed label needs no colon ([摘 要]…, as journal mirrors print it)
                         r"|[【\[〔［]\s*(?:摘[\s?？\ufffd]*要|内容摘要|内容提要|提\s*要)\s*[】\]〕］]\s*[:：]?)\s*(.*)$"
                         # the label glued to a long abstract, without its colon (摘要公立医院作为…)
                         r"|^【?(?:摘\s*要|内容提要|内容摘要)】?\s*((?=[\u4e00-\u9fff][\u4e00-\u9fff“”]{3})[^\n]{60,})$")
KEYWORDS_RE = re.compile(r"^(?:【?(?:关键词|关键字)】?\s*[:：]|[【\[〔［]\s*(?:关\s*键\s*[词字])\s*[】\]〕］]\s*[:：]?)\s*(.*)$"
                         # the label glued to its words, which wide spaces or semicolons part (关键词党内条例  党的建设  …)
                         r"|^(?:关键词|关键字)\s*((?=[\u4e00-\u9fff“])[^。，,：:]{2,20}(?:(?:\s{2,}|\s*[;；]\s*)[^。，,：:;；\s]{2,20}){2,})\s*$"
                         # … or parted from the label and from each other by single spaces (关键词 国企 党员 教育)
                         r"|^(?:关键词|关键字)\s+([\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,10}){1,7})\s*$")
# An abstract's label standing alone above it (本文摘要 / 内容提要), as document sites and journal mirrors lay it out.
LONE_ABSTRACT_RE = re.compile(r"^\s*[【\[]?(?:摘\s*要|本文摘要|内容摘要|文章摘要|内容提要|提\s*要|概\s*要|内容概要)[】\]]?\s*[:：]?\s*$")
# A journal mirror's labels each on a line of its own above its value (作者 / 某某 某某, 出处 / 《某某教育》): the writers' names,
# the journal's name in its brackets.
LONE_META_LABEL_RE = re.compile(r"^\s*[【\[]?(作者|作者姓名|出处|刊名|来源期刊|基金|基金项目)[】\]]?\s*[:：]?\s*$")
# The paper's funding under a lone 基金 label: grants and projects, their numbers (某某大学重点科研项目“…”(2019X01)).
FUNDING_VALUE_RE = re.compile(r"^[^。！？]{0,120}(?:项目|课题|基金|计划|专项)[^。！？]{0,160}[。]?$")
LABELLED_NAMES_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,;；]+[\u4e00-\u9fff·]{2,4}){0,5}")
LABELLED_JOURNAL_RE = re.compile(r"《([^《》]{2,24})》")
# The line under a lone 关键词 label holding all the keywords: two to eight words parted by semicolons, commas,
# 、 or wide spaces, no sentence in it.
KEYWORD_LIST_RE = re.compile(r"[\u4e00-\u9fffA-Za-z·+]{2,20}(?:(?:\s*[;；,，、]\s*|\s{2,})[\u4e00-\u9fffA-Za-z·+]{2,20}){1,7}[;；]?")
LONE_KEYWORDS_RE = re.compile(r"^\s*[【\[]?(?:关键词|关键字)[】\]]?\s*[:：]?\s*$")
# Where a keyword list glued to the body ends: a sentence end, or a numbered heading after a space, or
# the body's first words after the last keyword ([关键词]甲；乙；丙2012年11月，…: a date or number begins it).
KEYWORDS_END_RE = re.compile(r"。|\s+(?=[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])"
                             r"|(?<=[\u4e00-\u9fff])(?=(?:19|20)\d{2}\s*年)"
                             # (or the first heading glued on with no space: …；队伍建设一、建设辅导员队伍中存在的问题)
                             r"|(?<=[\u4e00-\u9fff])(?=[一二三四五六七八九十]、[\u4e00-\u9fff]{6,}[^;；]*$)")
CODE_RE = re.compile(r"^(?:中图分类号\s*[:：]\s*[A-Z]?[\d.;；/A-Z]*|文献(?:标识|标志)码?\s*[:：]\s*[A-Z]?|文章编号\s*[:：]\s*[\dA-Z\-()（）/]*|DOI\s*[:：]\s*\S*)")


ORDINAL_RE = re.compile(r"^(?:0\d|Part\s*\d{1,2}|PART\s*\d{1,2})$")
# A section's number alone on its line, its heading on the next ((一) / 组织建设情况, 二、 / 存在的问题): one heading.
LONE_SECTION_MARK_RE = re.compile(r"^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)$")


def merge_ordinal_headings(lines: list[str], ctx: Context) -> list[str]:
    """01 / 02 standing alone above a short line (public-account articles) number that line as a heading."""
    out: list[str] = []
    i = 0
    # (01 … 07 each above a quiz's question or a paragraph: the page's own numbering, kept with what it numbers)
    numbering = sum(1 for l in lines if ORDINAL_RE.match(l.strip()) and l.strip()[:1] == "0") >= 2
    while i < len(lines):
        line = lines[i].strip()
        if ORDINAL_RE.match(line):
            j = i + 1
            while j < len(lines) and not lines[j]:
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            if nxt and ((len(squeeze(nxt)) <= 30 and not ends_sentence(nxt)) or (numbering and line[:1] == "0" and len(squeeze(nxt)) >= 8)):
                digits = re.sub(r"\D", "", line).zfill(2)
                merged = f"{digits} {nxt}"
                ctx.changed("ordinal-heading", f"{line} / {nxt}", merged)
                out.append(merged)
                i = j + 1
                continue
        elif LONE_SECTION_MARK_RE.match(line):
            j = i + 1
            while j < len(lines) and not lines[j]:
                j += 1
            nxt = lines[j].strip() if j < len(lines) else ""
            if nxt and len(squeeze(nxt)) <= 30 and not ends_sentence(nxt) and not LONE_SECTION_MARK_RE.match(nxt) \
                    and not re.match(r"[（(]?[一二三四五六七八九十\d]", nxt):
                merged = line.replace(" ", "") + nxt
                ctx.changed("ordinal-heading", f"{line} / {nxt}", merged)
                out.append(merged)
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return out


PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南"
             "|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
# A reposted article's header glued in front of its first paragraph: the account or channel, the date and
# time, a view counter, the poster's province (某某社会工作2025年12月18日17:12江苏在某某社区…).
GLUED_HEAD_RE = re.compile(r"^(\s*\S{2,16}?\s*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?"
                           # (an empty counter's label and the text's date after it, 浏览:9月21日晚，…, is no count of 9)
                           r"(?:\s*(?:浏览|阅读|点击)(?:量|次数)?(?![量次])\s*[:：]?\s*(?:\d+(?![\d月日年号])次?)?)?"
                           f"(?:\\s*(?:发布于|IP属地[:：]?)?\\s*(?:{PROVINCES}))?)\\s*(?=(?:[\u4e00-\u9fff“\"（(]|\\d{{1,4}}[年月日]).{{30,}}[。！？])")
HEAD_SCAN = 12


def split_glued_head(lines: list[str], ctx: Context) -> list[str]:
    """Put a header glued in front of the first paragraph on a line of its own (its date is then read,
    and the line goes with the other metadata lines)."""
    out = list(lines)
    for i, line in enumerate(lines[:HEAD_SCAN]):
        m = GLUED_HEAD_RE.match(line) if line and re.search(r"\d:\d", line[:60]) else None
        if m:
            out[i: i + 1] = [m.group(1).strip(), "", line[m.end():]]
            ctx.changed("split-glued-head", line, out[i] + " | " + out[i + 2])
            break
    return out


# A page's header collapsed into the first paragraph's line: the title, its labelled date, the title again, then the
# text (某某活动进社区时间:2024-04-01 某某活动进社区 为贯彻落实…).
COLLAPSED_HEAD_RE = re.compile(r"^\s*([^\s。！？!?，,：:][^。！？!?，,：:]{3,38}?)\s*(?:发布|更新)?(?:时间|日期)\s*[:：]\s*"
                               r"((?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
                               r"\s*\1\s*(?=\S.{20,})")  # (the title's second copy tells it from 活动时间：… in a text)


# … or the headline with the page's view counter and day glued behind, then the text (…重阳节活动查看人次:834 发布日期:2022-10-05 4日是…):
# the counter's label says the line is the page's header run together.
COUNTED_HEAD_RE = re.compile(r"^\s*([^\s。！？!?，,：:][^。！？!?，,：:]{3,40}?)\s*(?:查看人次|浏览人次|访问人次|浏览次数|点击次数|阅读次数|点击数|阅读数|浏览量|"
                             r"访问量|点击量|阅读量|浏览|点击|阅读)\s*[:：]?\s*\d+\s*(?:次)?\s*(?:发布|更新)?(?:时间|日期)\s*[:：]\s*"
                             r"((?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?=\S.{20,})")


# A date under an English label opening the first paragraph (date 2025-09-28 某某…: a page template's field).
# A headline with its day after a space at its end (违规吃喝，严查！ 2025年06月18日): split, so each is read as what it is.
TITLE_THEN_DATE_RE = re.compile(r"^\s*([^\s:：][^。\n:：|｜]{3,40}?[\u4e00-\u9fff！!？?”》])\s+((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))\s*$")
# (or with no label, glued to the text's first word: 2023-07-05为扎实推进…)
LATIN_DATE_HEAD_RE = re.compile(r"^\s*(?:(?i:date|published|posted|updated|time)\s*[:：]?\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+(?=\S.{20,})"
                                r"|((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?=[\u4e00-\u9fff“][^\n]{30,}[。！？]))")


# … or under a Chinese label, the first paragraph glued behind the day (时间:2022-05-25面对…形势，…。); another label after
# the day (时间:… 来源:…) is a header line, which the steps below read.
CN_DATE_HEAD_RE = re.compile(r"^\s*((?:发布时间|发布日期|更新时间|时间|日期)\s*[:：]\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                             r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*"
                             r"(?!来源|作者|编辑|责编|浏览|点击|阅读|字号|发布|审核|供稿|摄影|访问)(?=[\u4e00-\u9fff“][^\n]{30,}[。！？])")


# A date line whose last label has the first paragraph for its value (发布时间:2022-10-07 20:48 来源:在喜迎国庆之际，9月28日，…):
# the page left the source empty and the text ran on.
META_THEN_TEXT_RE = re.compile(r"^(\s*(?:(?:发布时间|发布日期|时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
                               r"(?:来源|作者|编辑)\s*[:：])\s*(?=[^\s，,。]{2,30}[，,][^。]{20,}[。！？])")


# A header line whose last label, an editor's or an author's, has the name and then the first paragraph for its value
# (发布时间:… | 来源:某某网 | 责任编辑:某某近年来，某县…): the name is the segmenter's first word.
META_NAME_THEN_TEXT_RE = re.compile(r"^(.{0,80}?(?:(?:发布)?时间|日期|来源)\s*[:：].{0,80}?(?:责任编辑|责编|编辑|作者|记者))\s*[:：]\s*"
                                    r"(?=[\u4e00-\u9fff]{2,4}[^\s|｜]{4}(?:[^。！？]{14,}[。！？]|[^|｜]{40,}$))")


# A reporter's byline run into the lead on a flat page (□某某日报社全媒体记者 某某某 通讯员 某某 文/图 某某公司为…, 本报记者
# 某某 某某公司…): the outlet and the role; the names, roles and credit marks after it are read word by word (glued_byline_end).
BYLINE_LEAD_RE = re.compile(r"^\s*[□■●◆◇○◎]?\s*(?:本报|本台|本网|[\u4e00-\u9fff]{2,12}?(?:日报社|报社|日报|晚报|新闻网|融媒体中心|广播电视台|电视台|新华社))?"
                            r"\s*(?:全媒体|融媒体|首席|见习|实习|特约)?记者\s*[:：]?(?=\s*[\u4e00-\u9fff])")
BYLINE_ROLE_WORDS = ("通讯员", "特约通讯员", "见习记者", "实习记者", "实习生", "记者")
BYLINE_CREDIT_WORDS = ("文/图", "图/文", "文／图", "图／文", "文图", "摄", "摄影", "报道", "文", "图")


def glued_byline_end(line: str) -> int | None:
    """Where a reporter's byline run into the text ends (BYLINE_LEAD_RE, then names of two to four characters, each
    opening on a surname, roles and credit marks, parted by spaces or 、); None unless at least one name is read and a
    text of a sentence or more follows."""
    m = BYLINE_LEAD_RE.match(line)
    if not m:
        return None
    at, names, end = m.end(), 0, None
    for word in re.finditer(r"\S+", line[at:]):
        w = word.group(0)
        parts = [p for p in re.split(r"[、，,]", w) if p]
        for role in BYLINE_ROLE_WORDS:  # (通讯员某某: the role glued to the name)
            if parts and parts[0].startswith(role) and len(parts[0]) > len(role):
                parts[0] = parts[0][len(role):]
        if w in BYLINE_ROLE_WORDS or w in BYLINE_CREDIT_WORDS:
            end = at + word.end()
            continue
        if parts and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p) and p[0] in metadata_surnames() for p in parts) \
                and len(w) <= 14 and word.end() < len(line) - at and line[at + word.end()].isspace():
            names += len(parts)
            end = at + word.end()
            continue
        break
    rest = line[end:].strip() if end else ""
    if not names or len(rest) < 20 or not re.search(r"[。！？!?]", rest):
        return None
    return end


def glued_name_end(text: str) -> int | None:
    """Where a person's name glued in front of a sentence ends (郭某近年来，… → 2), by the segmenter's first word;
    None when the first word is no 2–4 character name followed by more text."""
    from ..topics import segmenter  # (rjieba with the field's dictionary, loaded once)
    from .metadata import COMPOUND_SURNAMES
    words = segmenter().cut(text[:30], True)  # (the HMM finds names the dictionary has not)
    if len(words) > 2 and words[0] in COMPOUND_SURNAMES and len(words[1]) <= 2:
        words = [words[0] + words[1]] + words[2:]
    if len(words) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", words[0]) or not re.match(r"[\u4e00-\u9fff\d]", words[1]):
        return None
    if words[0][0] not in metadata_surnames() and words[0][:2] not in COMPOUND_SURNAMES:
        return None  # (作者：国企党建调研队 某某…: a team's name, no person's)
    if len(words[0]) == 3 and words[0][2] in GLUE_WORDS and words[0][:2] not in COMPOUND_SURNAMES:
        return 2  # (某某为深入贯彻…: the segmenter took the sentence's first word into the name)
    return len(words[0])


# One-character words that open a sentence and that the segmenter may read as a name's last character.
GLUE_WORDS = frozenset("为在是对把将和与从以于被让向自据")


# A flat page's headline, a marked reporter's byline and the text, spaces apart (某某述评“晒工作” 某某来打分 ■记者 某某某 “…).
TITLE_THEN_MARKED_BYLINE_RE = re.compile(r"^\s*(\S[^。！？]{5,40}?)\s+([■□●◆]\s*(?:本报|本刊|本台)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}"
                                         r"(?:\s+(?:通讯员|记者)\s*[\u4e00-\u9fff]{2,3}){0,3})\s+(?=\S{10})")
# A collection's title and count run into its first piece's label and text (某某方案(6篇)(篇一)为深入开展…, …范文（精选5篇）第一篇：…).
TITLE_THEN_PIECE_RE = re.compile(r"^\s*([^，。：:；;！？!?]{6,40}?[（(](?:精选|通用|优选|推荐|热门|实用|优秀|最新)?[\d一二三四五六七八九十]{1,3}篇[)）])\s*"
                                 r"(?:[（(]篇[一二三四五六七八九十\d]{1,3}[)）]|第[一1]篇\s*[:：]?|篇[一1]\s*[:：]?)\s*(?=\S{10})")
# A paper's title run into its abstract's label and the abstract on a document site (…技能提升途径摘要船舶工业是…): a
# title's length of words without a mark, then 摘要 and a long text.
TITLE_THEN_ABSTRACT_RE = re.compile(r"^\s*([^，。：:；;！？!?\s]{8,40}?)(?<!的)摘\s*要(?=[\u4e00-\u9fff“][^\n]{60,})")


def split_collapsed_head(lines: list[str], ctx: Context) -> list[str]:
    """Put the title and the date of a header collapsed into one line with the text (COLLAPSED_HEAD_RE) on lines
    of their own, without the title's second copy; the date is then read as the page's. A date under an English
    label in front of the text (LATIN_DATE_HEAD_RE) goes on a line of its own the same way."""
    for i, line in enumerate(lines[:HEAD_SCAN]):
        if line.lstrip()[:2] in ("发布", "时间", "日期", "来源", "作者", "编辑") and (m := META_THEN_TEXT_RE.match(line)):
            out = [m.group(1).rstrip("：: ")[:-2].rstrip(), "", line[m.end():]]
            if m.group(1).rstrip("：: ").endswith("作者") and (end := glued_name_end(out[2])):
                # (作者：某某习近平总书记强调，…: the writer's name glued in front of the first sentence stays with its label)
                out = [line[: m.end() + end].rstrip(), "", line[m.end() + end:].lstrip()]
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if (m := META_NAME_THEN_TEXT_RE.match(line)) and (end := glued_name_end(line[m.end():])):
            out = [line[: m.end() + end].rstrip(), "", line[m.end() + end:].lstrip()]
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if i < 8 and "记者" in line[:60] and (m := TITLE_THEN_MARKED_BYLINE_RE.match(line)):
            out = [m.group(1), "", m.group(2), "", line[m.end():]]  # 标题 ■记者 某某某 “…”…: a flat page's headline, byline, text
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if i < 8 and "篇" in line[:50] and (m := TITLE_THEN_PIECE_RE.match(line)):
            out = [m.group(1), "", line[m.end():]]  # 某某方案(6篇)(篇一)为深入开展…: the collection's title, then its first piece
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if i < 8 and "摘" in line[:42] and (m := TITLE_THEN_ABSTRACT_RE.match(line)):
            out = [m.group(1), "", "摘要：" + line[m.end():]]  # 某某途径摘要船舶工业是…: the title, then the abstract
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if i < 6 and (m := TITLE_THEN_DATE_RE.match(line)):
            out = [m.group(1).strip(), "", "日期：" + m.group(2)]  # 违规吃喝，严查！ 2025年06月18日: the headline, then its day
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if "记者" in line[:30] and len(line) > 60 and (end := glued_byline_end(line)):
            out = [line[:end].strip(), "", line[end:].strip()]  # 本报记者 某某 通讯员 某某 某某公司为…: the byline, then the lead
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if line.lstrip()[:1] in "发时日更" and (m := CN_DATE_HEAD_RE.match(line)):
            out = [m.group(1), "", line[m.end():]]  # 时间:2022-05-25面对…: the page's day, then its first paragraph
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        if line[:12].strip()[:1].isascii() and (m := LATIN_DATE_HEAD_RE.match(line)):
            out = ["日期：" + (m.group(1) or m.group(2)), "", line[m.end():]]
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
        m = COLLAPSED_HEAD_RE.match(line) if ("时间" in line[:50] or "日期" in line[:50]) else None
        m = m or (COUNTED_HEAD_RE.match(line) if ("时间" in line[:70] or "日期" in line[:70]) and i < 6 else None)
        if m:
            out = [m.group(1).strip(), "", "时间：" + m.group(2), "", line[m.end():]]
            ctx.changed("split-collapsed-head", line, " | ".join(out[::2]))
            return lines[:i] + out + lines[i + 1:]
    return lines


# A label split_glued_labels puts on a line of its own: 摘 要：, 关键词：, 中图分类号：, 文献标识码：, 文章编号：,
# 【关键词】. Written as the first character, then the rest as looked back on (scanned fast).
LABEL_HINT_RE = re.compile(r"[摘关中文【\[](?:(?<=摘)\s*要\s*[:：]|(?<=关)键[词字]\s*[:：]|(?<=中)图分类号\s*[:：]"
                           r"|(?<=文)(?:献(?:标识|标志)码?|章编号)\s*[:：]|(?<=[【\[])(?:关键[词字]|摘\s*要)[】\]])")


def split_glued_labels(lines: list[str], ctx: Context) -> list[str]:
    """Put 摘要, 关键词 and classification codes on lines of their own; body text after them too."""
    out: list[str] = []
    for line in lines:
        if not LABEL_HINT_RE.search(line):
            out.append(line)
            continue
        parts = [p for p in LABEL_SPLIT_RE.split(line) if p.strip()]
        pieces: list[str] = []
        for p in parts:
            m = CODE_RE.match(p)
            k = KEYWORDS_RE.match(p)
            if m and m.end() < len(p):
                pieces += [p[: m.end()], p[m.end():].strip()]
            elif k and (end := KEYWORDS_END_RE.search(p, k.start(k.lastindex or 0))):
                pieces += [p[: end.start()].strip(), p[end.end():].strip()]
            else:
                pieces.append(p.strip())
        if len(pieces) > 1:
            ctx.changed("split-glued-labels", line, " | ".join(pieces))
        out += pieces
    return out


def metadata_surnames() -> set[str]:
    from .metadata import SURNAMES  # (metadata is the home of names; it imports this module's neighbours)
    return SURNAMES


def extract_abstract_keywords(lines: list[str], ctx: Context) -> list[str]:
    """摘要 → abstract/summary, 关键词 → keywords, classification codes → away."""
    out = []
    listing = False  # under a 关键词 label standing alone: one keyword a line (journal mirrors)
    labelled = None  # under a lone 作者 or 出处 label (journal mirrors): "author" or "source", what the next line holds
    abstract_next = False  # under an abstract's label standing alone, near the top: the next paragraph is the abstract
    for line in lines:
        if abstract_next and line.strip():
            abstract_next = False
            if len(line.strip()) >= 30 and ctx.abstract is None:
                ctx.abstract = line.strip()
                ctx.removed("abstract", line)
                continue
        if LONE_ABSTRACT_RE.match(line) and ctx.abstract is None and sum(1 for l in out if l.strip()) <= 8:
            abstract_next = True
            ctx.removed("abstract", line)
            continue
        if listing:
            word = line.strip()
            if not word:
                continue
            if len(word) <= 14 and re.fullmatch(r"[“”\"]?[\u4e00-\u9fff·]{2,12}[“”\"]?", word):  # (“双带头人”: quoted)
                word = word.strip("“”\"")
                ctx.keywords += [word] if word not in ctx.keywords else []
                ctx.removed("keywords", line)
                continue
            listing = False
            if KEYWORD_LIST_RE.fullmatch(word):  # the label alone, then every keyword on the next line (甲;乙;丙)
                ctx.keywords += [w for w in re.split(r"[;；,，、\s]+", word) if w and w not in ctx.keywords]
                ctx.removed("keywords", line)
                continue
        if LONE_KEYWORDS_RE.match(line):
            listing = True
            ctx.removed("keywords", line)
            continue
        if labelled is not None and line.strip() and not LONE_META_LABEL_RE.match(line) and not LONE_KEYWORDS_RE.match(line):
            value, label_kind = line.strip(), labelled
            labelled = None
            if label_kind == "author" and LABELLED_NAMES_RE.fullmatch(value):
                ctx.authors += [n for n in re.split(r"[\s、，,;；]+", value) if n and n not in ctx.authors]
                ctx.removed("byline", line)
                if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", value) and value[0] in metadata_surnames():
                    labelled = "author"  # one name a line, as a journal database lists them: the next may be a name too
                continue
            if label_kind == "fund" and FUNDING_VALUE_RE.match(value):
                ctx.removed("journal-apparatus", line)
                labelled = "fund"  # (a grant a line: the next may be another)
                continue
            if label_kind == "source" and (journal := LABELLED_JOURNAL_RE.fullmatch(value)):
                ctx.source_name = ctx.source_name or journal.group(1)
                ctx.removed("source", line)
                continue
        if (lone := LONE_META_LABEL_RE.match(line)) and sum(1 for l in out if l.strip()) <= 12:
            labelled = ("author" if lone.group(1) in ("作者", "作者姓名") else "fund" if lone.group(1).startswith("基金")
                        else "source")
            ctx.removed("meta-label", line)
            continue
        m = ABSTRACT_RE.match(line)
        text = (m.group(1) or m.group(2) or "") if m else ""
        if m and ctx.abstract is None and len(text) >= 10:
            ctx.abstract = text.strip().lstrip("|｜ ").strip()  # (摘 要：| 2006年…: a table's bar left before the text)
            ctx.removed("abstract", line)
            continue
        m = KEYWORDS_RE.match(line)
        if m and len(line) <= 120:
            # (a space a lost character left between them read as a question mark: 辅导员? ?学生党支部书记)
            words = [w.strip() for w in re.split(r"[;；,，、?？\s]+", m.group(1) or m.group(2) or m.group(3) or "") if w.strip()]
            ctx.keywords += [w for w in words if w not in ctx.keywords and len(w) <= 20]
            ctx.removed("keywords", line)
            continue
        if CODE_RE.match(line) and len(line) <= 40:
            ctx.removed("classification-code", line)
            continue
        # (… over a site's own keyword field read before it, its words run together: 关键词:指导性检察院检察官)
        run_together = len(ctx.keywords) == 1 and len(ctx.keywords[0]) >= 8
        if (not ctx.keywords or run_together) and ";" in line.replace("；", ";") and BARE_KEYWORDS_RE.match(line.strip()) \
                and sum(1 for l in out if l.strip()) <= 12:
            # 延安时期;党内政治生活;优良传统 under a paper's abstract: its keywords, the label lost by the mirror
            ctx.keywords = [w for w in re.split(r"\s*[;；]\s*", line.strip().rstrip(";；")) if w]
            ctx.removed("keywords", line)
            above = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            if ctx.abstract is None and above is not None and len(out[above].strip()) >= 60 and ends_sentence(out[above]):
                ctx.abstract = out[above].strip()  # (the paragraph over them: the abstract, its label lost too)
                ctx.removed("abstract", out.pop(above))
            continue
        out.append(line)
    return out


# A paper's keywords with their label lost: three to eight terms parted by semicolons, nothing else.
BARE_KEYWORDS_RE = re.compile(r"^[\u4e00-\u9fff“”A-Za-z0-9·]{2,16}(?:\s*[;；]\s*[\u4e00-\u9fff“”A-Za-z0-9·]{2,16}){2,7}\s*[;；]?$")


# ---- headings ----------------------------------------------------------------------------------
# Kinds of numbering, with the Markdown level each gets.
CN = "一二三四五六七八九十"
MARKERS = [
    ("chapter", re.compile(f"^第([{CN}]{{1,3}})[章节部分]\\s*"), 2),
    ("cn", re.compile(f"^([{CN}]{{1,3}})\\s*[、.．]\\s*"), 2),
    ("paren_cn", re.compile(f"^[（(]([{CN}]{{1,3}})[)）]\\s*[、.．]?\\s*"), 3),
    ("d3", re.compile(r"^(\d{1,2})[.．](\d{1,2})[.．](\d{1,2})(?![.\d])[、.．]?\s*"), 4),
    ("d2", re.compile(r"^(\d{1,2})[.．](\d{1,2})(?![.\d])[、.．]?\s*"), 3),
    ("d1", re.compile(r"^(\d{1,2})\s*、\s*"), 2),
    ("ordinal", re.compile(r"^(0\d)\s+"), 2),
    ("paren_d", re.compile(r"^[（(](\d{1,2})[)）]\s*[、.．]?\s*"), 4),
]
# A short title after a number and a full stop (1.研究背景, 2. 研究意义): no punctuation, no sentence.
DOT_HEADING_RE = re.compile(r"^(\d{1,2}[.．])\s*([\u4e00-\u9fff][^，。！？；：,;:!?]{1,19})$")
HEADING_MAX = 40  # a whole line this short after its number is a heading
LEAD_MAX = 50  # a first sentence this short, followed by body text, is a heading glued to its body


# What a numbering marker can start with (\d is any decimal digit, all of which isdigit() takes).
MARKER_FIRST = frozenset("第（(" + CN)


def match_marker(line: str):
    first = line[:1]
    if not first or not (first in MARKER_FIRST or first.isdigit()):
        return None
    for kind, rx, level in MARKERS:
        m = rx.match(line)
        if m:
            return kind, m, level
    return None


class Numbering:
    """Tracks the numbering seen so far, to tell the next heading from a number inside a sentence."""

    def __init__(self):
        self.chapter = 0
        self.paren = 0
        self.d2 = (0, 0)

    def number(self, kind: str, m: re.Match) -> tuple:
        if kind in ("cn", "chapter", "paren_cn"):
            return (cn_to_int(m.group(1)) or 0,)
        return tuple(int(g) for g in m.groups())

    def expected(self, kind: str, m: re.Match) -> bool:
        n = self.number(kind, m)
        if kind in ("cn", "chapter", "d1"):
            return n[0] == self.chapter + 1
        if kind == "paren_cn":
            return n[0] == self.paren + 1
        if kind == "d2":
            ch, sub = n
            return (ch == self.d2[0] and sub == self.d2[1] + 1) or (sub == 1 and ch in (self.chapter, self.d2[0] + 1))
        return False

    def see(self, kind: str, m: re.Match) -> None:
        n = self.number(kind, m)
        if kind in ("cn", "chapter", "d1"):
            self.chapter, self.paren = n[0], 0
        elif kind == "paren_cn":
            self.paren = n[0]
        elif kind == "d2":
            self.d2 = n
            self.chapter = max(self.chapter, n[0])


UNIT_CHARS = "个万亿千百名人元倍次项件家所条座户处岁年月日天小分秒米吨斤亩平公里"
# Where a glued heading may start inside a line: after a sentence end or spaces, or (for 1.1) right
# after a Chinese character.
GLUE_RE = re.compile(
    f"(?:(?<=[。！？；…”])|(?<=\\s))\\s*(?=[{CN}]{{1,3}}\\s*[、．]|[（(][{CN}]{{1,3}}[)）]|第[{CN}]+[章节部分])"
    # (a decimal before a measure word counts something: 提高0.1个百分点, 增长1.5倍)
    f"|(?<=[{CJK}。！？；”])(?=[1-9]\\d?[.．]\\d{{1,2}}(?![.\\d])[、]?(?![{UNIT_CHARS}])[{CJK}])"
    f"|(?<=[{CJK}])(?=[（(][{CN}]{{1,3}}[)）][{CJK}])"
)


# Cheap test for a line that could hold a glued heading at all: a numeral and its mark (一、 一． (一) 第一章
# 1.1). Written as the first character, then what follows it as looked back on: a pattern opening on one
# class of characters is scanned fast, an alternation of patterns is tried at every position.
MAYBE_GLUED_RE = re.compile(f"[{CN}（(第\\d](?:(?<=[{CN}])[{CN}]{{0,2}}\\s*[、．]|(?<=[（(])[{CN}]{{1,3}}[)）]"
                            f"|(?<=第)[{CN}]+[章节部分]|(?<=\\d)[.．]\\d)")


# A part's short name and its first numbered item on one line, wide spaces between them.
PART_THEN_FIRST_ITEM_RE = re.compile(r"^(\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^，。；：:,\s]{2,20})\s{2,}(?=[1１][、.．]\s*\S)")


def split_glued_headings(lines: list[str], ctx: Context) -> list[str]:
    """Split a numbered heading glued into a paragraph (…不言而喻。 一、…) when it is the next number."""
    num = Numbering()
    out: list[str] = []
    for line in lines:
        if "  " in line and (first := PART_THEN_FIRST_ITEM_RE.match(line)):
            out.append(first.group(1))  # 一、主要做法  1、整合党建资源…: the part's name, then its first item
            ctx.changed("split-heading", line, first.group(1))
            line = line[first.end():]
        if not MAYBE_GLUED_RE.search(line, 1):
            mk = match_marker(line)
            if mk and mk[0] in ("cn", "chapter", "paren_cn", "d2", "d1"):
                num.see(mk[0], mk[1])
            out.append(line)
            continue
        rest = line
        pieces = []
        while rest:
            mk = match_marker(rest)
            if mk and mk[0] in ("cn", "chapter", "paren_cn", "d2", "d1"):
                num.see(mk[0], mk[1])
            cut = None
            for g in GLUE_RE.finditer(rest, 1):
                cand = rest[g.end():]
                mk2 = match_marker(cand)
                if mk2 and mk2[0] in ("cn", "chapter", "paren_cn", "d2") and num.expected(mk2[0], mk2[1]):
                    cut = g
                    break
            if cut is None:
                pieces.append(rest.strip())
                break
            pieces.append(rest[: cut.start()].strip())
            rest = rest[cut.end():]
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            ctx.changed("split-glued-heading", line, " | ".join(pieces))
        out += pieces or [line]
    return out


# A printed document's contents entry: a numbered heading closed by its page number (1.1 党支部基本职责： 3).
CONTENTS_ENTRY_RE = re.compile(r"^\S.{1,40}?(?:\s|[.．…·]{2,}|[:：])\s*\d{1,3}$")


def contents_entries(texts: list[str]) -> set[int]:
    """Runs of three or more contents entries in a row (the page numbers go up, or stay on a page)."""
    found: set[int] = set()
    run: list[int] = []
    for at, line in enumerate(texts + [""]):
        m = CONTENTS_ENTRY_RE.match(line.strip()) if line else None
        if m and match_marker(line.strip()) and (not run or int(re.search(r"\d+$", line.strip()).group())
                                                >= int(re.search(r"\d+$", texts[run[-1]].strip()).group())):
            run.append(at)
            continue
        if len(run) >= 3:
            found.update(run)
        run = [at] if m and match_marker(line.strip()) else []
    return found


# A blank to fill in (（  ）, ( ), ____) and a choice under a question (A. B、 C．): a quiz's parts, no headings.
BLANK_RE = re.compile(r"（\s*）|\(\s*\)|_{3,}|＿{2,}")
OPTION_RE = re.compile(r"^\s*[A-Fa-f]\s*[.、．]\s*\S")


def to_blocks(lines: list[str], ctx: Context) -> list[Block]:
    """Lines → blocks: headings (level by numbering kind) and paragraphs; a heading glued to the
    start of its body is split out."""
    blocks: list[Block] = []
    kinds_seen: list[str] = []
    split_at: dict[str, list[tuple[int, str, str]]] = {}  # kind → (index of its heading block, line, change)
    plain_kinds: set[str] = set()  # kinds with a numbered line that stayed one paragraph
    asked: dict[str, list[tuple[int, str]]] = {}  # kind → (index of its heading block, line): short numbered sentences
    texts = [line for line in lines if line]
    contents = contents_entries(texts)
    dot_heads = any(DOT_HEADING_RE.match(line) and len(nxt) >= 30 and ends_sentence(nxt) and not match_marker(nxt)
                    and not DOT_HEADING_RE.match(nxt) for line, nxt in zip(texts, texts[1:]))  # 1.研究背景 over prose
    for at, line in enumerate(texts):
        if at in contents:  # a printed document's contents: its entries are no headings of this text
            blocks.append(Block("p", line))
            continue
        mk = match_marker(line)
        if not mk and (dot := DOT_HEADING_RE.match(line)):
            # 1.研究背景 over its paragraph: a heading; 1.党员大会 over 2.支部委员会 is a list's item
            nxt = texts[at + 1] if at + 1 < len(texts) else ""
            below = match_marker(nxt)
            # (where one such line heads a paragraph of prose, its siblings head theirs however short, or cut off
            # by the page mid-sentence: 1. 标题 / 标题应明确标注为…。)
            if (below and below[0] in ("d2", "d3")) or (not below and not DOT_HEADING_RE.match(nxt) and (
                    (len(nxt) >= 30 and ends_sentence(nxt))
                    or (dot_heads and len(nxt) >= 10 and (ends_sentence(nxt) or len(nxt) >= 30)))):
                level = 3 if {"cn", "chapter"} & set(kinds_seen) else 2
                blocks.append(Block("h", _heading_text(line[: dot.end(1)].strip(), dot.group(2)), level))
                continue
        if not mk:
            if is_section_name(line):
                blocks.append(Block("h", line.strip().rstrip(":："), 2))
            else:
                blocks.append(Block("p", line))
            continue
        kind, m, level = mk
        rest = line[m.end():].strip()
        if kind not in kinds_seen:
            kinds_seen.append(kind)
        if kind == "d2" and "paren_cn" in kinds_seen and kinds_seen.index("paren_cn") < kinds_seen.index("d2"):
            level = 4
        if kind == "paren_cn" and "d2" in kinds_seen and kinds_seen.index("d2") < kinds_seen.index("paren_cn"):
            level = 4
        label = line[: m.end()].strip()
        body = squeeze(rest)
        if not rest.rstrip("。；;.") or rest[:1] in "，,、；;：:":  # a number with nothing but a stop after it, or a clause's
            blocks.append(Block("p", line))  # mark (3、，我们要: a page's number before a sentence broken at it), is no heading
            continue
        one_sentence = not re.search(r"[。！？!?；;]", rest.rstrip("。；;.!！?？"))
        nxt = texts[at + 1] if at + 1 < len(texts) else ""
        if BLANK_RE.search(rest) or OPTION_RE.match(nxt):
            plain_kinds.add(kind)  # a quiz's question (…这是（  ）的根本保证。 / A.…): a paragraph, as its siblings are
            blocks.append(Block("p", line))
            continue
        if kind in plain_kinds and re.search(r"[，,]", rest) and not ends_sentence(rest):
            blocks.append(Block("p", line))  # (the quiz's next question, cut off by the page: 2、党章指出，党要适应改革)
            continue
        if " " in rest and len(body) <= HEADING_MAX and one_sentence and kind != "paren_d" and ends_sentence(rest) \
                and "，" in rest and (cut := spaced_heading_end(rest, min_tail=16)):
            # 二、文山会海的整治 今年以来，全市会议…下降四成。: a short part's name, a space, then its sentence of clauses
            head, tail = rest[:cut], rest[cut:].strip()
            blocks.append(Block("h", _heading_text(label, head), level))
            blocks.append(Block("p", tail))
            ctx.changed("split-heading-from-body", line, f"{label}{head} | {tail[:20]}…")
            continue
        if len(body) <= HEADING_MAX and one_sentence and kind != "paren_d":
            if rest.rstrip()[-1:] in "？?。！!；;":  # a short numbered question or sentence: a heading if no sibling is prose
                asked.setdefault(kind, []).append((len(blocks), line))
            blocks.append(Block("h", _heading_text(label, rest), level))
            continue
        if kind == "paren_d":
            if len(body) <= 30 and one_sentence and not ends_sentence(rest):
                blocks.append(Block("h", _heading_text(label, rest), level))
            else:
                blocks.append(Block("p", line))
            continue
        m2 = re.search(r"[。！？!?]", rest)
        # (a heading needs words: 1.2!!!党支部… is not the heading "1.2" glued to "!!党支部…")
        if m2 and 0 < len(squeeze(rest[: m2.start()])) <= LEAD_MAX and len(rest) - m2.end() >= 10:
            head, tail = rest[: m2.start()], rest[m2.end():].strip()
            split_at.setdefault(kind, []).append((len(blocks), line, f"{label}{head} | {tail[:20]}…"))
            blocks.append(Block("h", _heading_text(label, head), level))
            blocks.append(Block("p", tail))
            continue
        cut = heading_end(rest)
        if cut:
            head, tail = rest[:cut], rest[cut:].strip()
            blocks.append(Block("h", _heading_text(label, head), level))
            blocks.append(Block("p", tail))
            ctx.changed("split-heading-from-body", line, f"{label}{head} | {tail[:20]}…")
            continue
        plain_kinds.add(kind)
        blocks.append(Block("p", line))
    # (a list of numbered sentences with no text under any of them, most of them in clauses, 1、…必须全部发表意见，并如实
    # 详细记录。 / 2、…需回避。: its items, not headings; a heading has its part's text under it, and a short one with none
    # (2、纪律意识还需增强。) may head a part the page left empty. Its kind's other items, split into a heading and a
    # paragraph, are then paragraphs too. A numbered question heads its answer, however the page laid it out.)
    listed_kinds: set[str] = set()
    for kind, items in asked.items():
        said = [line for i, line in items if line.rstrip()[-1:] in "。；;"]
        at = {i for i, _ in items}
        # (one after another, 1、… / 2、… / 3、…, with text after the last; or each alone with no text under it)
        listed = [i for i in at if i + 1 in at or i - 1 in at]
        alone_with_text = [i for i in at if i + 1 not in at and i - 1 not in at and i + 1 < len(blocks) and blocks[i + 1].kind == "p"]
        if len(said) >= 2 and len(said) == len(items) and 2 * sum(bool(re.search(r"[，,]", l)) for l in said) >= len(said) \
                and not alone_with_text and (listed or all(i + 1 >= len(blocks) or blocks[i + 1].kind == "h" for i in at)):
            plain_kinds.add(kind)
        # (items in a series, one after another, each closed by a semicolon, the last perhaps by a full stop:
        # （一）民主党派成员； / （二）无党派人士； …: a heading never ends on a semicolon)
        elif len(items) >= 2 and (sum(line.rstrip()[-1:] in "；;" for _, line in items) >= max(2, len(items) - 1)
                                  or all(line.rstrip()[-1:] in "；;" for _, line in items[:-1])) \
                and len(listed) >= len(items) - 1:
            listed_kinds.add(kind)  # (its items only: a later heading of that numbering, with its text under it, stays one)
    # (a quiz's questions, 1、…不包括？ short and 3、… long: all its questions are paragraphs, as the long ones are)
    prose_heads = {i: line for kind, items in asked.items() if kind in plain_kinds | listed_kinds for i, line in items}
    blocks = [Block("p", prose_heads[i]) if i in prose_heads else b for i, b in enumerate(blocks)]
    return mark_parent_headings(mark_plain_subheadings(_treat_siblings_alike(blocks, split_at, plain_kinds, ctx), ctx), ctx)


SUBHEADING_MAX = 26


def is_prose(text: str) -> bool:
    return len(squeeze(text)) >= 40 and ends_sentence(text)


# Who said the words above and when, on a line of its own (—某某 2016.5.30, ——某某《某某文选》).
ATTRIBUTION_LINE_RE = re.compile(r"^[—–\-－]{1,2}\s*[\u4e00-\u9fff·]{2,4}\s*(?:\d|《|[（(]|$)")


# Who spoke and the verb of saying, with what was said on the next line (会议强调 / 各党小组要…, 他指出 / …): one
# sentence a page broke in two, no heading (会议要求, 工作要求 may head a notice's part: not among these verbs).
SPEECH_LEAD_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:强调|指出|表示|认为|说道|谈到)$")


FIRST_ITEM_HEADING_RE = re.compile(r"^(?:1|1\.1)[.、．\s]|^[（(]?[一1][)）、]")
PARENT_MIN = 2


def mark_parent_headings(blocks: list[Block], ctx: Context) -> list[Block]:
    """A short unpunctuated line right over a part's first numbered heading (文艺演出在党建工作中的重要性 / 1. 增强党员凝聚力)
    heads the part: it becomes a heading one level above the numbered ones under it. Only where at least two such lines
    stand in the text (a series of parts), so one line over a list stays what it was."""
    parents = [i for i in range(len(blocks) - 1)
               if blocks[i].kind == "p" and "\n" not in blocks[i].text and 4 <= len(squeeze(blocks[i].text)) <= SUBHEADING_MAX
               and not re.search(r"[。！？!?；;：:，,]", blocks[i].text) and not re.match(r"^\s*[\d（(一二三四五六七八九十]", blocks[i].text)
               and blocks[i + 1].kind == "h" and FIRST_ITEM_HEADING_RE.match(blocks[i + 1].text)]
    if len(parents) < PARENT_MIN:
        return blocks
    out = list(blocks)
    first = parents[0]
    for i in parents:
        out[i] = Block("h", blocks[i].text.strip(), 2)
        ctx.changed("parent-heading", blocks[i].text, blocks[i].text)
    for i in range(first + 1, len(out)):
        b = out[i]
        if b.kind == "h" and i not in parents and re.match(r"^\s*(?:\d|[（(][一二三四五六七八九十\d])", b.text):
            out[i] = Block("h", b.text, min((b.level or 2) + 1, 4))
    return out


def mark_plain_subheadings(blocks: list[Block], ctx: Context) -> list[Block]:
    """A short unpunctuated line standing between two paragraphs of prose is a subheading (思想引领，
    把准发展“方向盘”), as news and experience pages write them without numbers. Only where the article
    has no numbered headings, whose levels it would confuse, and at least two such lines read alike."""
    if any(b.kind == "h" for b in blocks):
        return blocks
    found = []
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        text = b.text.strip()
        core = text.rstrip(CLOSERS)
        if (b.kind == "p" and 4 <= len(squeeze(text)) <= SUBHEADING_MAX and "\n" not in text
                and not re.search(r"[。！？!?；;：:]", core) and not core.endswith(("、", "…"))
                and not ATTRIBUTION_LINE_RE.match(text)  # (—某某 2016.5.30: who said the words above, and when)
                and not SPEECH_LEAD_RE.match(core)  # (会议强调 / 各党小组要…: a sentence the page broke after its verb)
                and is_prose(blocks[i - 1].text) and (is_prose(blocks[i + 1].text) or (
                    # (a short sentence opening the part, a longer paragraph under it: 2017年12月20日，某某党委成立。)
                    blocks[i + 1].kind == "p" and ends_sentence(blocks[i + 1].text) and len(squeeze(blocks[i + 1].text)) >= 16
                    and i + 2 < len(blocks) and is_prose(blocks[i + 2].text)) or (
                    # (the last paragraph, where the page was cut mid-sentence: prose all the same)
                    i + 1 == len(blocks) - 1 and blocks[i + 1].kind == "p" and len(squeeze(blocks[i + 1].text)) >= 40))):
            found.append(i)
    if len(found) < 2 and not (found and is_lone_subheading(blocks, found[0])):
        return blocks  # one short line may be a slogan, a caption or a signature; a series is structure
    out = list(blocks)
    for i in found:
        out[i] = Block("h", blocks[i].text.strip().lstrip("●■◆▶►•·").strip(), 2)  # (● 某某: the bullet is the look; ★某某★ frames its words)
        ctx.changed("plain-subheading", blocks[i].text, blocks[i].text)
    return out


def is_lone_subheading(blocks: list[Block], i: int) -> bool:
    """The one short unpunctuated line between paragraphs of a longer article read as its one subheading
    (工作做法, 开发主题党课强化教育引导): no number or date in it (2020年3期, 320人进入校园), no subtitle's dash or
    quotation, not a paired slogan (不忘初心 牢记使命), and not a photo caption's kind (党员们认真听讲)."""
    from .boilerplate import SLOGAN_RE, is_caption_kind  # (boilerplate reads this module's patterns: imported here)
    s = squeeze(blocks[i].text)
    paragraphs = sum(1 for b in blocks if b.kind == "p")
    return (paragraphs >= 4 and len(s) <= LONE_SUBHEADING_MAX and not re.search(r"[\d０-９]", s)
            and s[:1] not in "—-–“‘《<(（[【" and len(blocks[i].text.split()) <= 2  # (a row of tags: 甲 乙 丙 丁)
            and not is_caption_kind(s) and not LONE_CAPTION_RE.search(s) and not SLOGAN_RE.search(s))


LONE_SUBHEADING_MAX = 20
# What people in a picture are doing, said of them (党员们认真听讲, 大家一起合影留念): a caption, not a heading.
LONE_CAPTION_RE = re.compile(r"(?:们|大家|同志|书记|主任|队员|志愿者|居民|群众|学生|老师)(?:正在|在|认真|积极|一起|共同|仔细|纷纷)"
                             r"|合影|留念|现场|活动$|会议$|仪式$")


def _treat_siblings_alike(blocks: list[Block], split_at: dict, plain_kinds: set[str], ctx: Context) -> list[Block]:
    """A numbered sentence opening a paragraph is its heading only when its siblings read the same
    way: where one sibling (1、坚持…。 long) stays a paragraph, 2、坚持…。 stays one too."""
    undo = {i: line for kind, items in split_at.items() if kind in plain_kinds for i, line, _ in items}
    for kind, items in split_at.items():
        if kind not in plain_kinds:
            for _, line, change in items:
                ctx.changed("split-heading-from-body", line, change)
    if not undo:
        return blocks
    out, skip = [], False
    for i, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        if i in undo:
            out.append(Block("p", undo[i]))
            skip = True  # its tail paragraph
            continue
        out.append(b)
    return out


def heading_end(rest: str) -> int | None:
    """Where a heading glued to its body without punctuation ends: after a word headings end with
    (意义, 问题, 路径 … in lexicon/structure.yml), early in the line, with a long body after it."""
    best = None
    for w in heading_tail_words():
        i = rest.find(w)
        while 0 <= i:
            end = i + len(w)
            # (a comma after the word makes it the sentence's first clause: （四）针对…提出的问题，认真制定…)
            if (4 <= end <= HEADING_MAX and len(rest) - end >= 30 and not re.search(r"[。！？；，]", rest[:end])
                    and not rest.startswith(heading_tail_continuations(), end) and rest[end:end + 1] not in "，,、；;：:"
                    # (…书记候选人建议名单，按…: the word goes on into the clause a comma closes a few characters on)
                    and not re.match(r"[^，,。；;：:\s]{1,4}[，,]", rest[end:])):
                best = end if best is None else min(best, end)
                break
            i = rest.find(w, i + 1)
    if best is None and " " in rest[:HEADING_MAX + 1]:
        # (a numbered heading of two clauses, 一、高度重视…影响，强化…吸引力 随着…: its comma is the heading's)
        best = spaced_heading_end(rest, commas=1)
    return best


DIGIT_PADDING_RE = re.compile(r"(?<=\d) +| +(?=\d)")


def spaced_heading_end(rest: str, min_tail: int = 30, commas: int = 0) -> int | None:
    """A heading a page ran together with its paragraph by a space (进一步明确什么是党建品牌 所谓党建品牌，是指…):
    the space after which a sentence begins (its first clause has no space in it), the heading before it
    unpunctuated. A heading of two phrases keeps its inner space (坚持党建引领 推动发展 公司党委…)."""
    for m in re.finditer(r" +", rest[: HEADING_MAX + 1]):
        if rest[m.start() - 1: m.start()].isdigit() or rest[m.end(): m.end() + 1].isdigit():
            continue  # (建设一个 4 亿元: a figure a page set apart with spaces, inside its sentence)
        head, tail = rest[: m.start()], rest[m.end():]
        clause = DIGIT_PADDING_RE.sub("", re.split(r"[，,。！？；]", tail, maxsplit=1)[0])
        if (len(squeeze(head)) >= 4 and not re.search(r"[。！？；:：]", head) and len(re.findall(r"[，,]", head)) <= commas and len(tail) >= min_tail
                and re.search(r"[。！？]", tail) and " " not in clause and len(clause) <= 25 and len(clause) < len(tail)):
            return m.start()
    return None


@functools.lru_cache(maxsize=1)
def structure_lexicon() -> dict:
    return yaml.load((Path(__file__).parent / "lexicon" / "structure.yml").read_text(encoding="utf-8"), Loader=YAML_LOADER)


def heading_tail_words() -> tuple[str, ...]:
    return tuple(structure_lexicon()["heading_tail_words"])


def heading_tail_continuations() -> tuple[str, ...]:
    return tuple(structure_lexicon()["heading_tail_continuations"])


def is_section_name(line: str) -> bool:
    """参考文献, 结语 …: a section name alone on its line."""
    return squeeze(line).rstrip(":：") in structure_lexicon()["section_names"]


def _heading_text(label: str, rest: str) -> str:
    rest = rest.strip().rstrip("。；;.")
    if re.fullmatch(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}", rest):  # 总 则: a word spaced out
        rest = re.sub(r"[ \u3000]+", "", rest)
    label = re.sub(r"([）)])\s*[、.．]$", r"\1", label)  # （一）、 reads as （一）
    # (a chapter's or a part's number and its name keep the space between them: 第一章 总则, 第二部分 主要做法)
    sep = "" if label.endswith(("、", "）", ")", ".", "．")) or (re.search(r"[章节部分]$", label) and not label.startswith("第")) else " "
    return f"{label}{sep}{rest}".strip()  # Markdown drops a heading's trailing space
