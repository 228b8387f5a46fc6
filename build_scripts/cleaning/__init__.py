"""The cleaning engine: a raw source text → an Article (frontmatter fields + Markdown body).

Steps run in one declared order (STEPS); each is a pure function of its input and the Context it
records into. `clean_text` is the text engine; `clean_source` adds metadata overrides and the slug.
"""
from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from ..article import Article, Block, Source
from ..genres import classify_genre, with_credits
from ..genres import load_model as load_genre_model
from ..notices import Notice
from .boilerplate import ANSWER_LINE_RE, ARTICLE_OPENING_RE, SPACED_HEADING_RE, cut_picture_notes, cut_trailing_lists, remove_watermarks, is_body_paragraph, is_cut_word, is_menu_line, is_prose_line, junk_rule, lexicon, remove_junk_lines, trim_tail_chrome
from .context import Context
from .debris import PAGE_OF_LEAD_RE, remove_garbled_runs, remove_injected_keywords, remove_clinic_ads, remove_lost_tags, strip_doc_stamp, remove_injected_pairs, remove_inline_debris, strip_dateline_credit, strip_spam_brands
from .linemodel import load_model as load_line_model
from .linemodel import SALUTATION_RE, remove_unlikely_text
from .markdown import render_body, render_markdown
from .metadata import CHANNEL_RE, CONTINUING_MARKS, DATE_RE, FIRST_PIECE_RE, GLUED_FIRST_ITEM_RE, LEAD_ON_RE, is_channel_name, LIST_LEAD_IN_RE, NAME_GLUED_RE, PREVIEW_TITLE_RE, SURNAMES, choose_title, extract_byline, extract_metadata, is_not_title, is_title_like, tidy_title
from .title_model import load_title_model, title_doubtful
from .normalize import decode_entities, strip_markdown_marks, strip_wiki_markup, unwrap_paragraph_markup
from .normalize import (convert_traditional, load_converters, normalize_whitespace, restore_line_punctuation, restore_punctuation, split_flat_paragraphs, split_side_by_side,
                        strip_pinyin_annotations)
from .repair import (join_broken_paragraphs, remove_page_markers, remove_stray_page_numbers, repair_pagination,
                     tidy_punctuation)
from .structure import KEYWORDS_RE, is_section_name, match_marker, merge_ordinal_headings, spaced_heading_end, structure_lexicon
from .structure import extract_abstract_keywords, split_collapsed_head, split_glued_head, split_glued_headings, split_glued_labels, to_blocks
from .text import BRACKETED_QUESTION_RE, OPEN_TABLE_RULE_RE, TITLE_BULLETS, cjk_count, cn_to_int, cjk_share, ends_sentence, sentence_count, squeeze, table_rows, wrapped_lines

__all__ = ["clean_source", "clean_text", "render_markdown", "render_body", "Context", "load_tables"]

TEXT_STEPS = [decode_entities, unwrap_paragraph_markup, normalize_whitespace, strip_markdown_marks, strip_wiki_markup, strip_pinyin_annotations, remove_garbled_runs, convert_traditional,
              restore_punctuation, split_flat_paragraphs, split_side_by_side, remove_injected_pairs, remove_clinic_ads, remove_lost_tags, strip_doc_stamp]


def find_title(lines: list[str], ctx: Context) -> list[str]:
    """Choose the title while the date and source lines under it are still there to show it."""
    title = choose_title(lines, ctx, junk_rule, is_menu_line)
    if title and title.startswith("年") and len(title) >= 6:
        # 2024年度…计划 / 20_年度…计划: the page's own title with its year over the template's, its year left blank
        filled = re.compile(r"\s*(?:19|20)\d{2}\s*" + re.escape(title) + r"\s*")
        title = next((l.strip() for l in lines[:HEAD_SCAN] if filled.fullmatch(l)), title)
    if title and (whole := whole_title_below(title, lines)):
        title = whole  # a list's copy of the title cut off (…行动计划的通) over the page's own (…行动计划的通知)
    ctx.title = polish_title(title) if title else None
    if ctx.title and (m := NAMED_TITLE_RE.match(ctx.title)) and any(
            squeeze(l) == m.group(1) or named_writer(l, m.group(1)) for l in lines[:HEAD_SCAN]):
        # 某某某：某某的启示 over the writer's byline (某某某, 作者：某某某 来源：…): the writer's name is no part of it
        ctx.title = m.group(2)
        if m.group(1) not in ctx.authors:
            ctx.authors.append(m.group(1))
    if title and (m := TITLE_SIGNED_RE.search(title.strip())) and m.group(1)[0] in SURNAMES and m.group(1) not in ctx.authors:
        ctx.authors.append(m.group(1))  # …体会发言-----某某: the speaker (polish_title takes the name off)
    return lines


# What a site writes in the author's field when it has no author (佚名, 不详), a label read as a name (时间), or a
# role its software fills in for the person (作者：信息员, 作者：通讯员).
NO_AUTHORS = frozenset({"佚名", "匿名", "不详", "未知", "无名", "时间", "日期", "来源", "作者", "管理员", "小编",
                        "信息员", "通讯员", "记者", "编辑", "网编", "责编", "录入员", "发布员", "本站", "本网",
                        # (who put the file up, not who wrote it: 作者:会员上传; a unit's kind alone: 作者:公司)
                        "会员上传", "用户上传", "网友上传", "会员", "用户", "网友", "游客", "公司", "单位", "本单位", "集团",
                        # … or an interview's words after 记者： (记者：谢谢)
                        "谢谢", "您好", "你好", "好的", "再见"})


NAMED_TITLE_RE = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff·]{1,3})\s*[:：]\s*(\S.{5,})$")
WRITER_LABEL_RE = re.compile(r"(?:作者|撰文|撰稿|执笔|文)\s*[:：/／]\s*")


CUT_TITLE_TAIL_MAX = 4  # characters a cut-off copy of the title may lack


def whole_title_below(title: str, lines: list[str]) -> str | None:
    """A head line that is the chosen title with a few more characters behind it (…的通 / …的通知): the title whole."""
    key = squeeze(title)
    if len(key) < 8:
        return None
    for line in lines[:HEAD_SCAN]:
        s = squeeze(tidy_title(line)) if len(line) <= 80 else ""
        if s.startswith(key) and 0 < len(s) - len(key) <= CUT_TITLE_TAIL_MAX and re.fullmatch(r"[\u4e00-\u9fff》”）)]+", s[len(key):]) \
                and not re.search(r"页|模板|范文|范本|范例|样本|大全|精选|全文|下载|最新|完整|通用|汇编|合集|篇", s[len(key):]) \
                and is_title_like(line.strip()) and not is_not_title(line):
            return tidy_title(line)
    return None


def named_writer(line: str, name: str) -> bool:
    """The line names this person as the writer (作者：某某某, 文/某某某), on its own or among the page's labels."""
    return name in line and any(line.startswith(name, m.end()) and not cjk_count(line[m.end() + len(name):m.end() + len(name) + 1])
                                for m in WRITER_LABEL_RE.finditer(line))
HEAD_SCAN = 40  # lines of the page's head looked at for the writer's name standing alone


DOUBLED_TITLE_RE = re.compile(r"(.+?)(?:\s*[-_|｜—–]+\s*|\s+)\1[?？!！。]?")
# A count glued behind the title (…治理能力现代化102: the page's views or a note's number), in a title with no other
# digit; a number the title counts with stays (…第100, 共20).
TRAILING_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])(?<![第共前近约达超逾至])\d{1,5}$")
# The title's last phrase said twice after a space (同心同向同行 共驻共建共享 着力构建某某新格局 着力构建某某新格局).
DOUBLED_LAST_PHRASE_RE = re.compile(r"(.+?\s+)(\S{6,})\s+\2")
TITLE_SIGNED_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])\s*[-—–]{2,}\s*([\u4e00-\u9fff]{2,3})\s*$")


HEAD_KEEP_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[壹贰叁肆伍陆柒捌玖拾]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]"
                          r"|[A-Za-z][、.．]\S|第[一二三四五六七八九十\d]+[章节条])|^注意[:：]$"
                          r"|^\S{1,12}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\d{1,4}号$")  # a document's number (某办发〔2017〕51号) is its text


HEAD_TAG_RE = re.compile(r"^[【\[][^】\]]{2,30}[】\]]$|^[^，。！？：:]{2,30}(?:专题|专栏|专区)$")


def is_head_tag(line: str) -> bool:
    """What sites put between a title and its text: 【学习贯彻某某精神】, a campaign's 专题 banner, a row of
    three or more short tags (中共建党百年 大陆 政治)."""
    if HEAD_TAG_RE.match(line.strip()):
        # (【党员受处分后影响期如何计算】: an explainer's first question, set in brackets as its heading; a tag asks nothing)
        return not BRACKETED_QUESTION_RE.search(line)
    if SPACED_HEADING_RE.match(line):  # 第一章 总 则
        return False
    tokens = line.split()
    return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens) and not re.search(r"[，。！？：:、\d]", line)


WORD_CHARS_RE = re.compile(r"[^\w]+")
# A document site's name glued in front of the title's repeat (某某文库领导在…上的讲话).
SITE_NAME_PREFIX_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,6}(?:文库|文档|范文网|网|在线|资料库)")


def cut_title_copy(line: str, key: str) -> bool:
    """The line is the title's first words cut short with an ellipsis, perhaps after a channel's tag (专栏【专栏】…...)."""
    core = squeeze(re.sub(r"^[^【\[]{0,8}[【\[][^】\]]{1,10}[】\]]", "", line.strip()).rstrip(".…").strip())
    return len(core) >= 6 and key.startswith(core) and len(core) < len(key)


def is_title_echo(line: str, key: str) -> bool:
    """Under the title, before the text: the title again with its punctuation changed (：→，, “”→"")
    or without its collection word (某某工作目标 under 某某工作目标合集), or with its kind in front (党课：…),
    or with a document site's name glued in front (某某文库…)."""
    a, b = WORD_CHARS_RE.sub("", line).casefold(), WORD_CHARS_RE.sub("", key).casefold()  # xx区… under XX区…
    return len(a) >= 6 and (a == b or (b.startswith(a) and len(a) >= 0.7 * len(b) and not ends_sentence(line))
                            # (a speech's title without its speaker in front: 在某某会议上的讲话 under 某某同志在某某会议上的讲话)
                            or (b.endswith(a) and len(a) >= 8 and b[: len(b) - len(a)].endswith("同志") and len(b) - len(a) <= 7
                                and not ends_sentence(line))
                            or (a.endswith(b) and len(a) - len(b) <= 4 and bool(re.match(r"^\S{1,4}[:：]", line.strip())))
                            or is_site_title_echo(line, key))


SUBTITLED_RE = re.compile(r"^(.{8,}?)\s*(?:——|--|—|－－)\s*(\S.{5,})$")
ECHO_LIKENESS = 0.75


@functools.lru_cache(maxsize=256)
def subtitled(title: str) -> tuple[str, str] | None:
    """The title's main part and its subtitle behind a dash, squeezed (None without a subtitle)."""
    m = SUBTITLED_RE.match(title.strip())
    return (squeeze(m.group(1)), squeeze(m.group(2))) if m else None


def is_headline_echo(line: str, title: str) -> bool:
    """The headline and its subtitle again, as a photo's caption or split over two lines, the subtitle worded a
    little differently (某某精神 引领某某 ——某某台与市检察院开展… under 某某精神 引领某某 ——某某台与市人民检察院
    开展…): its main part alone, its subtitle alone behind a dash, or both."""
    parts = subtitled(title)
    s = line.strip()
    if not parts or not s or ends_sentence(s) or len(s) > len(title) + 12:
        return False
    main, sub = parts
    if squeeze(s) == main:
        return True
    if s.startswith(("——", "--", "—", "－－")):
        return SequenceMatcher(None, squeeze(s.lstrip("—-－")), sub).ratio() >= ECHO_LIKENESS
    parts = SUBTITLED_RE.match(s)
    return bool(parts) and squeeze(parts.group(1)) == main \
        and SequenceMatcher(None, squeeze(parts.group(2)), sub).ratio() >= ECHO_LIKENESS


def is_site_title_echo(line: str, key: str) -> bool:
    """The title with a document site's name glued in front (某某文库…): the header of the site's next page,
    wherever it stands."""
    if len(line) > len(key) + 16 or len(line) <= len(key):  # a site's name is short; most lines are paragraphs
        return False
    a, b = WORD_CHARS_RE.sub("", line), WORD_CHARS_RE.sub("", key)
    return a.endswith(b) and len(b) >= 8 and bool(SITE_NAME_PREFIX_RE.fullmatch(a[: len(a) - len(b)]))


# A collection's item heading: the title again with the item's number behind it (某某调研报告1, 某某心得体会(二),
# 某某调研篇一：, 某某发言范文（三）).
# … and the same with the piece's number in front (第一篇：, 篇二：, 【篇三】) or a sample's 例1 behind, placeholders
# for a unit's name (某某, XX, ***) aside, and a title's 模板 or 范文 word.
ITEM_PREFIX_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|[【\[](?:第?[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})[】\]])[:：]?")
ITEM_SUFFIX_RE = re.compile(r"(?:例|例文|范文|范例|模板)?(?:\d{1,2}|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3})[:：]?$"
                            r"|(?:例|例文|范文|范例|模板)$")
PLACEHOLDER_RE = re.compile(r"某某|[Xx×]{2,}|\*+|^(?:19|20)(?:\d{2}|_{1,4})年?度?")
TITLE_KIND_TAIL_RE = re.compile(r"(?:模板|范文|范例|例文)$")
ITEM_NUMBER_RE = re.compile(r"(?:篇|范文|例文)?(?:\d{1,2}|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3})[:：]?")


COLLECTION_TAG_RE = re.compile(r"[（(](?:精选|通用|优选|推荐|热门|实用|优秀|最新)?[\d一二三四五六七八九十多]{1,3}篇[)）]\s*")
FIRST_PIECE_LABEL_RE = re.compile(r"\s*(?:第\s*[1一]\s*篇|篇\s*[1一])\s*[:：、.]?\s*")
FIRST_ITEM_MARK_RE = re.compile(r"1[.、．]|一、|[（(][1一][)）]")


def is_numbered_repeat(s: str, key: str) -> bool:
    """The squeezed line is the title's key with an item's number behind it."""
    return len(key) >= 4 and s.startswith(key) and bool(ITEM_NUMBER_RE.fullmatch(s[len(key):]))


def is_item_heading(s: str, key: str) -> bool:
    """Below the title, a collection's item heading that names the title with a piece's number in front or behind,
    a placeholder or a year in it (第一篇：某某社区…工作总结, …工作总结例1, 【篇二】…, 某某社区…工作总结)."""
    if len(s) > 60 or s == key:
        return False
    core = ITEM_SUFFIX_RE.sub("", ITEM_PREFIX_RE.sub("", s))
    core, bare = PLACEHOLDER_RE.sub("", core), PLACEHOLDER_RE.sub("", TITLE_KIND_TAIL_RE.sub("", key))
    if core == s and bare == key:
        return False  # no piece's number, placeholder or year: a line of the text
    short, long_ = sorted((core, bare), key=len)
    return len(short) >= 6 and short in long_ and len(short) >= 0.8 * len(long_)


def is_numbered_piece(s: str, lines: list[str], n: int) -> bool:
    """A collection's piece numbered over the piece's own heading (第一篇：某某调研报告 / 某某调研报告): the number's
    line goes, the heading stays."""
    m = ITEM_PREFIX_RE.match(s)
    if not m or len(s) > 60:
        return False
    nxt = next((squeeze(l) for l in lines[n + 1:] if l.strip()), "")
    return len(s) - m.end() >= 6 and nxt == s[m.end():]


def contents_lines(lines: list[str], key: str | None) -> set[int]:
    """Above the title, a run of four or more short numbered headings with nothing between them: a
    document site's table of contents (一、… (一)… (二)… 二、…), whose headings the text repeats."""
    if not key:
        return set()
    end = next((n for n, l in enumerate(lines) if l and key in squeeze(l)), None)
    if end is None:
        return set()
    found: set[int] = set()
    run: list[int] = []
    for n in range(end + 1):
        line = lines[n]
        if n < end and line and len(squeeze(line)) <= 30 and HEAD_KEEP_RE.match(squeeze(line)) and not ends_sentence(line):
            run.append(n)
        elif line or n == end:
            if len(run) >= 4:
                found.update(run)
            run = []
    return found


OUTLINE_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[、.．])")


def leading_outline(lines: list[str]) -> set[int]:
    """At the page's top, before any sentence, a run of four or more short numbered headings, three or more of which (a
    third of them, or the first three) the text repeats further down: the document's outline a site set above it (一、… (一)…)."""
    run: list[int] = []
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        s = squeeze(line)
        if len(s) > 30 or ends_sentence(line) or not OUTLINE_NUMBER_RE.match(s):
            break
        run.append(n)
    if len(run) < 4:
        return set()
    later = {squeeze(l) for l in lines[run[-1] + 1:] if l.strip()}
    repeated = sum(1 for n in run if squeeze(lines[n]) in later)
    # (a saved page cut short repeats fewer: its first three headings then)
    first_three = all(squeeze(lines[n]) in later for n in run[:3])
    return set(run) if repeated >= 3 and (repeated * 3 >= len(run) or first_three) else set()


# The first heading of a text glued to the title's line: 一、背景分析, （一）总体要求, 第一章 总则.
HEADING_OPENING_RE = re.compile(r"^(?:[一1][、.．]|[（(][一1][)）]|第[一1][章节部分条])\s*[\u4e00-\u9fff]")
# What a document site glues between a template's title and its first heading (某某方案模板范文一、背景分析).
SAMPLE_WORDS_LEAD_RE = re.compile(r"^\s*(?:模板|范文|范本|样本|样板|精选|通用)+\s*")
FIRST_ITEM_RE = re.compile(r"^\s*(?:1[、.．](?!\d)|[（(][1一][)）]|一、|①)\s*\S")


def heads_a_list(lines: list[str], n: int) -> bool:
    """The line stands over a list's first item (所需材料 / 1.本人身份证；): a guide's heading, not chrome."""
    nxt = next((l for l in lines[n + 1:] if l.strip()), "")
    return bool(FIRST_ITEM_RE.match(nxt))


# What follows a title's words when they are the subject of the first sentence, not a repeat glued to it
# (年度党建工作计划是党组织…的重要指引, 廉洁文化，就是…, 某某村（原名某某大队）是…): a verb of being, defining or needing, or 的 of a phrase.
PREDICATE_AFTER_SUBJECT_RE = re.compile(r"(?:[（(][^）)]{1,40}[)）])?[，,]?(?:是|的|之|即|系|乃|指|应当?|须|需要?|要|就是|也是|还是|不仅|既是|主要|"
                                        r"一般|通常|必须|具有|包括|作为[^，。]{1,12}的)")


# A title that is a unit's name (某某分站党支部, 某某社区党委), and what a sentence about that unit goes on with
# (…现有党员27名, …成立于2005年, …始终坚持…): the title is the first sentence's subject, which stays.
UNIT_TITLE_RE = re.compile(r"(?:党支部|党总支|党委|党组|支部|总支|委员会|公司|集团|社区|村|街道|中心|医院|学校|学院|大学|研究院|研究所|分站|站|所|局|厂|队|班组?)$")
UNIT_PREDICATE_RE = re.compile(r"(?:现有|共有|下设|下辖|成立于|组建于|始建于|创建于|位于|地处|坐落|始终|一直|多年来|近年来|今年以来|先后|坚持|"
                               r"紧紧|积极|认真|深入|充分|大力|立足|聚焦|围绕|按照|结合|以|把|将|通过|在|于\d)")


TITLE_NOTE_MARK_RE = re.compile(r"^(?:\[\d{1,2}\]|［\d{1,2}］|[①②③④⑤⑥⑦⑧⑨⑩*＊])\s*(?=\S)")


def text_above(out: list[str]) -> bool:
    """Whether the lines kept so far hold a paragraph of the text (60 characters or more, with a comma, ending on a
    sentence's mark): a page cut from an article's middle, whose next heading is no title of the page."""
    return any(len(squeeze(o)) >= 60 and ends_sentence(o) and bool(re.search(r"[，,]", o)) for o in out)


# What goes on from a subject left on the line above (是一种…, 是指…, 旨在…): the sentence's predicate.
PREDICATE_OPENING_RE = re.compile(r"(?:是指|是一种|是一项|是一个|是党|是我国|是中国|旨在|即是|就是指|指的是)")


def remove_title_lines(lines: list[str], ctx: Context) -> list[str]:
    """Drop the title's repeats and the short chrome lines above it."""
    lines = list(lines)  # (a repeat joined to the sentence it is the subject of changes the line below it)
    key = squeeze(ctx.title) if ctx.title else None
    contents = contents_lines(lines, key) | leading_outline(lines)
    out: list[str] = []
    seen_title = False
    title_mark = 0  # len(out) when the title's line was removed
    in_text = False  # a paragraph of the text has begun
    text_begun = False
    wrapped = wrapped_lines(lines) if key else set()  # a text hard-wrapped at a narrow width: no line is long
    split_repeat: set[int] = set()  # the second line of the title repeated in two (某某以党建引领… / 赋能…发展)
    for n, line in enumerate(lines):
        if n in split_repeat:
            ctx.removed("repeated-title", line)
            continue
        if n in contents:
            ctx.removed("contents", line)
            continue
        if key and line[:1].isdigit() and (page := PAGE_OF_LEAD_RE.match(line)) and line[page.end():].startswith(ctx.title) \
                and 0 < int(page.group(1)) <= int(page.group(2)):
            ctx.removed("page-marker", line[: page.end()])
            line = line[page.end():]  # 1/15青年专题党课讲稿：…: a converted document's page counter, then the title again
        s = squeeze(line).lstrip(TITLE_BULLETS).lstrip("|｜丨")  # (|标题: the title again behind a bar, as the page set it first)
        preview = PREVIEW_TITLE_RE.match(line) if key and not seen_title else None
        if preview and squeeze(preview.group(1)) == key:  # 共7页某某报告...某某报告为…: the preview's header goes
            ctx.removed("title", line[: preview.end()])
            seen_title = True
            line = line[preview.end():].lstrip()
            s = squeeze(line)
            if not s:
                continue
        if key and not seen_title and 4 <= len(s) < len(key) and key.startswith(s) \
                and (k := next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)) is not None \
                and squeeze(lines[k]) == key[len(s):]:
            ctx.removed("title", line)  # the title's line set in two (…党务工作 / 者示范培训班上的发言): both halves go
            split_repeat.add(k)
            seen_title, title_mark = True, len(out)
            continue
        echo = key and ((not in_text and is_title_echo(line, key)) or is_site_title_echo(line, key))
        if key and not in_text and not text_begun and line.rstrip().endswith(("...", "…")) and cut_title_copy(line, key):
            ctx.removed("repeated-title", line)  # 专栏【专栏】某某所缺少的... over the page: the trail's copy of the title, cut short
            continue
        if seen_title and not in_text and s:
            if (is_head_tag(line) or s in COLUMN_WORDS or CHANNEL_RE.match(s)) and not KEYWORDS_RE.match(line.strip()):  # between the title and the text: a campaign tag, a banner, a tag row, a channel's name
                ctx.removed("head-tag", line)
                continue
            in_text = len(s) >= 40 or ends_sentence(line)
        if key and seen_title and not in_text and 6 <= len(s) < len(key) and key.startswith(s):
            k = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
            # (the second part may be its subtitle, set under it with a longer dash: 某某堡垒 —记… / ——记…)
            if k is not None and squeeze(lines[k]).lstrip("—-－") == key[len(s):].lstrip("—-－"):
                split_repeat.add(k)
                ctx.removed("repeated-title", line)
                continue
        if key and seen_title and s[:1] in "—－-" and len(s) >= 6 and any(squeeze(o) == s for o in out):
            ctx.removed("repeated-title", line)  # the subtitle again under the title's repeat (a journal mirror's head twice)
            continue
        if is_numbered_piece(s, lines, n) or (key and seen_title and is_headline_echo(line, ctx.title)):
            ctx.removed("repeated-title", line)
            continue
        if key and (is_numbered_repeat(s, key) or (seen_title and is_item_heading(s, key))
                    or (seen_title and not in_text and len(key) >= 6 and s.endswith(key) and FIRST_ITEM_MARK_RE.fullmatch(s[: -len(key)]))):
            # (1. 某某四种方式 under the title 某某四种方式: a list page's first item, the title again)
            ctx.removed("repeated-title", line)
            continue
        if key and seen_title and s == key and (k := next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)) \
                and PREDICATE_OPENING_RE.match(lines[k].lstrip()):
            # 某某制度 / 是一种管理制度，…: the title again as the subject of the sentence under it, which goes on from it
            lines[k] = line.strip() + lines[k].lstrip()
            ctx.changed("join-subject", line, lines[k])
            continue
        glued_heading = key and line.strip().startswith(ctx.title) \
            and HEADING_OPENING_RE.match(SAMPLE_WORDS_LEAD_RE.sub("", line.strip()[len(ctx.title):]))
        if key and line.strip()[:1] not in "，。、；：,;:" and (  # (；某某。: a sentence broken before its mark, no title)
                s == key or (s[:1] in "—－-" and s.lstrip("—－-") == key and not seen_title)
                or (key in s and len(line) <= 120 and squeeze(polish_title(tidy_title(line))) == key)
                or echo or ((m := FIRST_PIECE_RE.match(line)) and squeeze(m.group(1)) == key) or glued_heading):  # 第1篇 + the title
            if not seen_title and s == key and title_doubtful(ctx.title_score) and text_above(out):
                out.append(line)  # a doubtful title under a paragraph of the text: a part's heading, kept where it stands
                seen_title, title_mark = True, len(out)
                continue
            rest = line.strip()[len(ctx.title):].lstrip() if line.strip().startswith(ctx.title) else ""
            if rest and HEADING_OPENING_RE.match(SAMPLE_WORDS_LEAD_RE.sub("", rest)):
                rest = SAMPLE_WORDS_LEAD_RE.sub("", rest)  # (…方案模板一、背景分析: the site's 模板 goes with the title)
            # 某某建设方案一、背景分析: the text's first heading stays (一、<b>背景</b>…: its words behind markup too)
            heading_rest = bool(rest) and bool(HEADING_OPENING_RE.match(rest) or (FIRST_ITEM_RE.match(rest) and re.search(r"[\u4e00-\u9fff]", rest)))
            if heading_rest:
                line = ctx.title
            ctx.removed("repeated-title", line) if seen_title else ctx.removed("title", line)
            seen_title, title_mark = True, len(out)
            if agency := AGENCY_TITLE_LINE_RE.match(line):
                out.append(agency.group(1))  # 新华社北京9月2日电 题：…: the title goes, the dateline opens the text
                if not ctx.source_name and (outlet := DATELINE_OUTLET_RE.match(agency.group(1))):
                    ctx.source_name = outlet.group(1)  # (中新网某地10月24日电: the outlet that sent it)
            if heading_rest:
                out.append(rest)
            continue
        if ctx.title and line.lstrip().startswith(f"【{ctx.title}】"):
            # a Q&A page's 【question】 before its answer; an aggregator's 【title】 opening a later paragraph again
            rest = line.lstrip()[len(ctx.title) + 2:].lstrip()
            ctx.removed("repeated-title" if seen_title else "title", f"【{ctx.title}】")
            seen_title = True
            if rest:
                out.append(rest)
            continue
        if (key and s.startswith(key) and len(s) >= len(key) + 20 and line.startswith(ctx.title)
                and (not seen_title or line[len(ctx.title):][:1].isspace() or not any(cjk_count(l) for l in out[title_mark:]))):
            # the title repeated at the start of the first paragraph (glued by a space or not: the paragraph
            # right under the title line, or the line the title was read from), or again, a space behind it
            if PREDICATE_AFTER_SUBJECT_RE.match(line[len(ctx.title):]) or (  # 某某计划是党组织…: the title is the subject
                    UNIT_TITLE_RE.search(ctx.title) and UNIT_PREDICATE_RE.match(line[len(ctx.title):])):
                out.append(line)
                text_begun = True
                continue
            rest = line[len(ctx.title):].lstrip(" \u3000：:，,")
            rest = TITLE_NOTE_MARK_RE.sub("", rest, count=1)  # (标题[1]1951年…: the title's footnote mark goes with it)
            if rest[:1] in "（(" and (tag := COLLECTION_TAG_RE.match(rest)):
                # (标题（精选多篇） 第一篇：标题…: a collection's count, then its first piece under the title again)
                piece = FIRST_PIECE_LABEL_RE.match(rest, tag.end())
                if piece and rest.startswith(ctx.title, piece.end()):
                    rest = rest[piece.end() + len(ctx.title):].lstrip(" \u3000：:，,")
            while rest.startswith(ctx.title):  # the title doubled (某某笔记某某笔记 汽车…)
                rest = rest[len(ctx.title):].lstrip(" \u3000：:，,")
            if len(re.split(r"[。！？!?；;]", rest, maxsplit=1)[0]) < 6 <= len(rest):  # the title's words begin a sentence
                out.append(line)
                text_begun = True
                continue
            ctx.removed("repeated-title", ctx.title)
            seen_title = True
            if (named := NAME_GLUED_RE.match(line)) and named.group(1).strip() == ctx.title \
                    and named.group(2)[0] in SURNAMES and rest.startswith(named.group(2)):
                ctx.authors += [named.group(2)] if named.group(2) not in ctx.authors else []  # title, writer, text
                ctx.removed("byline", named.group(2))
                rest = rest[len(named.group(2)):].lstrip()
            if rest[:1] in "〔【[（(":
                rest = strip_dateline_credit(rest, ctx)  # title 〔记者某某／台北报导〕…: the report's credit, after the title
            out.append(rest)
            continue
        if s and (len(s) >= 20 and s.count("，") + s.count(",") >= 2 or n in wrapped):
            text_begun = True  # a line of clauses is text, even broken off at a page's width (…，提高决策水平，…，)
        if key and not seen_title and len(s) >= 8 and LEAD_ON_RE.search(line.strip()) and next_squeezed(lines, n) == key:
            out.append(line.strip().rstrip("—-").rstrip())  # a kicker leading on into the headline (某某在…时强调): the text's opening line
            continue
        if key and not seen_title and not text_begun and s and is_channel_name(s):
            ctx.removed("head-chrome", line)  # a channel's name over the headline (党建园地（某某创建）), whatever it ends with
            continue
        # (a channel's name in brackets, 【心得体会】, ends on a bracket, not a sentence)
        if (key and not seen_title and not text_begun and s and len(s) <= 40
                and (not ends_sentence(line) or (s[:1] in "【[" and s[-1:] in "】]" and len(s) <= 14))
                and not LONE_DATELINE_RE.match(s)  # 新华社北京9月27日电 above its reporter's credit: the text's opening
                and not SUBTITLE_LINE_RE.match(line)  # ——参观某某纪念馆心得体会 under a headline read elsewhere: its subtitle
                and not (s.endswith((":", "：")) and "，" in line)  # …，具体流程如下： leads into the text
                and not (s.endswith((",", "，", "、")) and len(s) >= 6)  # a verse's or a sentence's clause, going on below
                and not LIST_LEAD_IN_RE.search(line)
                and not HEAD_KEEP_RE.match(s)  # a numbered heading above the title is text, not chrome
                and not ANSWER_LINE_RE.match(s)  # 【答案】：A under a quiz's options: the quiz's text
                and not SALUTATION_RE.search(s)  # 同志们：, 各位代表： opens a speech, whatever stands above it
                and not heads_a_list(lines, n)
                and next_raw(lines, n)[:1] not in CONTINUING_MARKS):  # (… / ；这是…: a sentence broken before its mark)
            ctx.removed("head-chrome", line)
            continue
        if s and (len(s) >= 40 and ends_sentence(line) or sentence_count(s) >= 2):
            text_begun = True  # paragraphs, with no title above them: the title's line went as junk; what follows is text
        out.append(line)
    return out


# A reprinted agency piece's first line: its dateline, then its title behind 题： (新华社北京9月2日电 题：某某综述).
DATELINE_OUTLET_RE = re.compile(r"^\s*((?:新华社|中新社|[\u4e00-\u9fff]{1,6}?(?:网|社|日报|晚报|报)))(?=[\u4e00-\u9fff]{2,8}\d{1,2}月)")
AGENCY_TITLE_LINE_RE = re.compile(r"^\s*(\S{2,16}?\d{1,2}月\d{1,2}日电(?:\s*[（(][^）)]{0,20}[)）])?)\s*题[:：]")
# A subtitle on a line of its own: a dash, then a phrase of words (not —分享—, not a dash before a site's name).
SUBTITLE_LINE_RE = re.compile(r"^\s*(?:——|--|—|－－)\s*(?=[^—\-]*[\u4e00-\u9fff]{8})(?![^—]*—\s*$)(?!.*(?:摘自|来源|转载|转自))")
# A dateline on a line of its own (新华社北京9月27日电, 本报讯, 本报北京3月5日讯), squeezed: the first words of a news text.
LONE_DATELINE_RE = re.compile(r"^\S{0,12}?(?:社|网|报|台|站)\S{0,8}?\d{1,2}月\d{1,2}日电$|^本(?:报|刊|网|站)\S{0,10}?讯$")


# A column's one word standing between the title and the text (党建, 时评): the page's channel, not a heading of the text.
COLUMN_WORDS = frozenset("党建 党务 理论 评论 时评 要闻 新闻 动态 专题 热点 图片新闻 视频".split())


def next_raw(lines: list[str], n: int) -> str:
    """The next non-empty line after line n, stripped ("" at the end)."""
    return next((l.strip() for l in lines[n + 1:] if l.strip()), "")


def next_squeezed(lines: list[str], n: int) -> str | None:
    """The next non-empty line after line n, squeezed (None at the end)."""
    return next((squeeze(l).lstrip(TITLE_BULLETS) for l in lines[n + 1:] if l.strip()), None)


# A speech's or letter's salutation with its first sentence run on behind it (同志们：今天我们召开…, 各位领导、同志们：…):
# the salutation stands on a line of its own, as it was spoken.
GLUED_SALUTATION_RE = re.compile(r"^(\s*(?:[^：:，。！？\s]{1,16}[、，,])*(?:尊敬的[^：:，。！？]{1,24}|亲爱的[^：:，。！？]{1,16}|各位[\u4e00-\u9fff]{1,8}"
                                 r"|同志们|朋友们|同学们|老师们|代表们|来宾们|同事们)\s*[：:])\s*(?=\S.{9,})")


def split_salutations(lines: list[str], ctx: Context) -> list[str]:
    """Put a salutation run together with the first sentence on a line of its own."""
    out = []
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    for i, line in enumerate(lines):
        if ("们" in line[:40] or "各位" in line[:40] or "尊敬" in line[:6] or "亲爱" in line[:6]) and (m := GLUED_SALUTATION_RE.match(line)):
            out += [m.group(1).strip(), "", line[m.end():]]
            continue
        if i == first and (m := GLUED_ADDRESSEE_RE.match(line)):
            out += [m.group(1).strip() + "：", "", line[m.end():]]  # 市委并纪委：…: the report's addressees, then its text
            ctx.changed("split-addressee", line, m.group(1))
            continue
        out.append(line)
    return out


# The bodies a report or a letter is addressed to, run into its first sentence (市党委会并纪委：中华人民共和国建立…).
GLUED_ADDRESSEE_RE = re.compile(r"^\s*((?:[\u4e00-\u9fff]{1,12}?(?:党委会?|党组|纪委|监委|组织部|宣传部|委员会|人民政府|政府|办公室|党支部|党总支|工委)"
                                r"[、并和及暨]?){1,4})[:：]\s*(?=[^\n]{20,}[。！？])")


OPEN_ROW_CLOSED_RE = re.compile(r"^\s*[^|\s][^|]*(?:\|[^|]*){2,}\|\s*$")


def open_table_bars(lines: list[str], ctx: Context) -> list[str]:
    """A table whose rows lost their opening bar (教育基地 | 教育特色 | over ---|---|): each row gets it back, so that
    every later step reads it as the table it is."""
    if "|" not in "".join(lines[:400]) or not any(OPEN_TABLE_RULE_RE.match(l) or OPEN_ROW_CLOSED_RE.match(l) for l in lines if "|" in l):
        return lines  # (a rule row under the head, or rows closed by their bar: 人数 | 7 | 17 |)
    rows = table_rows(lines)
    out = list(lines)
    for i in sorted(rows):
        if not out[i].lstrip().startswith("|"):
            out[i] = "| " + out[i].strip()
            ctx.changed("table-bars", lines[i], out[i])
    return out


LINE_STEPS = [
    open_table_bars,
    split_glued_head,
    split_collapsed_head,
    extract_metadata,
    repair_pagination,
    split_glued_labels,
    merge_ordinal_headings,
    find_title,
    remove_stray_page_numbers,
    cut_trailing_lists,  # before single junk lines go: a list's heading may be one of them
    remove_watermarks,
    cut_picture_notes,
    remove_injected_keywords,
    remove_junk_lines,
    remove_page_markers,
    remove_inline_debris,
    tidy_punctuation,
    extract_byline,
    remove_title_lines,
    extract_abstract_keywords,
    remove_unlikely_text,  # what no rule named: a fitted model of junk lines' shape and place
    trim_tail_chrome,  # after the model: a line it takes may leave chrome at the end, which goes now, not on a second pass
    split_glued_headings,
    split_salutations,
]


LEAD_LABEL_RE = re.compile(r"^(?:导读|导语|摘要提示|摘要|内容提要|内容摘要|核心提示|提要|简介|编者按)[:：]?")
# A news page's standfirst label before its lead (导语：…, 摘要提示：…): the site's box, not the text's words.
# (or in a site builder's box, its label bracketed: 【概要描述】…)
STANDFIRST_LABEL_RE = re.compile(r"^\s*(?:(?:导语|导读|摘要提示|核心提示|内容提要|概要描述|内容概要)\s*[:：]|[【\[](?:导语|导读|核心提示|概要描述|内容概要|概要)[】\]]\s*[:：]?)\s*(?=\S)")


def is_lead_copy(s: str, nxt: str) -> bool:
    """A lead (导读 …) that is the next paragraph's opening again, cut short (…)."""
    core = LEAD_LABEL_RE.sub("", s).rstrip(".。…")
    return core != s and len(core) >= 20 and len(core) < len(nxt) and nxt.startswith(core[:-2])


def drop_repeated_paragraphs(blocks: list[Block], ctx: Context) -> list[Block]:
    """A paragraph that repeats the abstract, or an earlier paragraph, appears once."""
    out = []
    seen: set[str] = set()
    abstract = squeeze(ctx.abstract or "")
    firsts = [squeeze(b.text) for b in blocks if b.kind == "p"][:3]
    opening = abstract.rstrip(".。…")[:-2] if abstract else ""
    # a site's 摘要 that is only the text's opening, cut short or whole (a subtitle may stand first): the text
    # itself says it, in its place
    if len(opening) >= 20 and any(f.startswith(opening) and len(f) >= len(abstract) for f in firsts):
        ctx.removed("repeated-paragraph", ctx.abstract)
        ctx.abstract = None
        abstract = ""
    # the opening of a later paragraph standing first, cut short: a site's standfirst copied from the text
    paras = [(i, squeeze(b.text)) for i, b in enumerate(blocks) if b.kind == "p"]
    teaser = None
    if len(paras) >= 2:
        i0, s0 = paras[0]
        core = s0.rstrip(".。…")
        # (a later copy the same but for its stop is no fuller text: the later copy goes, as any repeat does)
        if len(core) >= 30 and any(len(t.rstrip(".。…")) > len(core) and t.startswith(core) for _, t in paras[1:]):
            teaser = i0
        elif len(core) >= 30 and s0.endswith(("...", "…")) and "".join(t for _, t in paras[1:]).startswith(core):
            teaser = i0  # (… or of the next paragraphs read on, the box's cut falling after the first of them)
    later = "\n".join(t for _, t in paras[1:]) if paras and STANDFIRST_LABEL_RE.match(blocks[paras[0][0]].text) else ""
    covered = 0  # how much of the abstract the paragraphs so far repeat, from its start
    for i, b in enumerate(blocks):
        s = squeeze(b.text)
        if i == teaser:
            ctx.removed("repeated-paragraph", b.text)
            label = STANDFIRST_LABEL_RE.match(b.text)
            core = squeeze(b.text[label.end():] if label else b.text).rstrip(".。…")
            if any(t != s and t.startswith(core[:20]) for _, t in paras[1:]):
                seen.add(s)  # (a site builder's box printed twice over the text it cuts short)
            continue
        if b.kind == "p" and paras and i == paras[0][0] and (label := STANDFIRST_LABEL_RE.match(b.text)):
            core = squeeze(b.text[label.end():]).rstrip(".。…")
            if len(core) >= 20 and core[:20] in later:  # (摘要提示：… the lead again, which the text then gives whole)
                ctx.removed("repeated-paragraph", b.text)
                seen.add(s)
                continue
            ctx.removed("standfirst-label", b.text[: label.end()])  # (导语：文化是…: the lead stays, its label goes)
            b = Block("p", b.text[label.end():])
            s = squeeze(b.text)
        if b.kind == "p" and i + 1 < len(blocks) and blocks[i + 1].kind == "p" and is_lead_copy(s, squeeze(blocks[i + 1].text)):
            ctx.removed("repeated-paragraph", b.text)  # 导读 + the opening, cut short: the next paragraph in full
            continue
        if b.kind == "p" and len(s) >= 30:
            # (or the opening of an earlier paragraph again, cut short where a related excerpt stopped: 40 characters at least)
            # (the opening paragraphs making up the abstract in order, from its start, repeat it; a sentence a site's
            # summary quoted from the middle of the text is the text's)
            in_abstract = bool(abstract) and s in abstract and abstract[covered:].lstrip().startswith(s) \
                and not any(x.kind == "p" for x in out)  # (the text's opening paragraphs, before any other)
            if in_abstract:
                covered = abstract.index(s, covered) + len(s)
            if s in seen or (abstract and (s == abstract or in_abstract or (abstract in s and len(abstract) >= 0.9 * len(s)))) \
                    or (len(s) >= 40 and not ends_sentence(s) and any(len(t) > len(s) and t.startswith(s) for t in seen)):
                ctx.removed("repeated-paragraph", b.text)
                continue
            seen.add(s)
        out.append(b)
    return out


# A paragraph's last words a quoted term, its sentence not closed (…发挥“双轮驱动”, …开展“三亮”): the quotation mark
# after a word, not after the sentence's stop, with a clause of the sentence before the term.
QUOTED_WORD_END_RE = re.compile(r"[,，、][^。！？!?…”]{0,}“[^“”。！？!?…]{1,12}”$")


# A label the page ends on, what it heads not saved (参考资料：, 扩展资料, 词语首拼 on a Q&A or dictionary page): it goes
# (a paper's 参考文献 stays: its list may be what the page cut off).
TRAILING_LABEL_RE = re.compile(r"^(?:参考资料|扩展资料|拓展资料|延伸阅读|相关链接|相关阅读|附件|词语首拼|词语解释|"
                               r"百科含义|百科解释|相关词语|近义词|反义词)\s*[:：]?$")
# A list's marker the page stopped at, with a character or two of its item at most (2、, （一）, 2.市): the text broke off.
CUT_ITEM_RE = re.compile(r"^(?:\\?-\s*)?(?:\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*[\u4e00-\u9fff]{0,2}$")


def detect_truncation(blocks: list[Block], ctx: Context) -> list[Block]:
    """A page whose last paragraph stops mid-sentence was cut off by the site (preview limits)."""
    while blocks and TRAILING_LABEL_RE.match(squeeze(blocks[-1].text)):
        ctx.removed("trailing-label", blocks[-1].text)
        blocks = blocks[:-1]
    if blocks and len(blocks) >= 3 and CUT_ITEM_RE.match(squeeze(blocks[-1].text)):
        ctx.truncated = True  # (the list's next item begun, and the page ended)
    if len(blocks) >= 2 and blocks[-1].kind == "p" and CUT_CREDIT_RE.match(blocks[-1].text):
        ctx.removed("cut-credit", blocks[-1].text)  # （作者单位：某某管理局党委组: the credit, its bracket never closed
        blocks, ctx.truncated = blocks[:-1], True
    paras = [b for b in blocks if b.kind == "p"]
    last = squeeze(paras[-1].text) if paras else ""
    # a long line, or a short one that is a sentence's clauses (…说说，这个…究竟是什么), stopping mid-sentence; a
    # closing quotation mark ends a sentence only after the sentence's own stop (…再出发。” but not …发挥“双轮驱动”)
    if last and (len(last) >= 20 or (len(last) >= 8 and "," in last)) and (
            not ends_sentence(last) or (len(last) >= 30 and QUOTED_WORD_END_RE.search(last))):  # squeeze folds ，to ,
        ctx.truncated = True
    # a long last line a site cut short with dots (…用党的创新理论..., …在全市党委、政府…): its preview's end; a
    # writer's own trailing-off is the doubled …… after a clause
    if last and len(last) >= 20 and blocks and blocks[-1] is paras[-1] and CUT_DOTS_RE.search(last):
        ctx.truncated = True
    # a short one stopping on a clause's mark (高层将这类因层层加码、), or the first words under a last heading
    # (### （二）加强学习文化建设 / 把学习宣传贯彻…): a sentence the page broke off, not a signature or a date
    if last and len(last) >= 4 and last[-1] in "、,;:" and not ends_sentence(last):
        ctx.truncated = True
    at = max((i for i, b in enumerate(blocks) if b.kind == "p"), default=-1)
    if last and len(last) >= 12 and not ends_sentence(last) and at > 0 and blocks[at - 1].kind == "h" and at == len(blocks) - 1:
        ctx.truncated = True
    # a few characters alone after a lead-in that promises a list (以下是一些创新举措： / - 红色): its first item begun, the page
    # ended (a list the lead-in announced has more than one short item)
    if len(paras) >= 2 and blocks[-1] is paras[-1] and len(last.lstrip("-•·")) <= 6 and not ends_sentence(last) \
            and squeeze(paras[-2].text).endswith((":", "：")) and len(squeeze(paras[-2].text)) >= 8:
        ctx.truncated = True
    # a short last line that opens a sentence and stops (通过此次活动…, 据了解，紫): not a signature or a date
    if last and len(last) >= 4 and not ends_sentence(last) and SENTENCE_OPENER_RE.match(last):
        ctx.truncated = True
    # a few characters standing last after a full paragraph (…成效。 / 截至目): the page stopped in a new paragraph
    if last and len(paras) >= 2 and is_cut_word(last) and is_prose_line(paras[-2].text) and blocks[-1] is paras[-1]:
        ctx.truncated = True
    # a last line stopping inside a quotation it opened (“多少年面朝黄), or on a word that needs more after it
    # (…本着一切为了, …的, …围绕): a sentence the page broke off, whatever its length
    if last and len(last) >= 6 and not ends_sentence(last) and blocks[-1] is paras[-1] and (
            last.count("“") > last.count("”") or DANGLING_END_RE.search(last)):
        ctx.truncated = True
    # a last line stopping one character into the clause after its last mark (感谢你们的辛勤工作、精): a word cut in
    # two; names in a signature (某某、某某某) are longer than one character
    if last and len(last) >= 8 and not ends_sentence(last) and blocks[-1] is paras[-1] and CUT_CLAUSE_RE.search(last):
        ctx.truncated = True
    # a news lead stopping right after its dateline (新华社北京1月11日电 全), or a point stopping after its label's colon
    # (- 加强组织领导：村务): the page's text broke off where the sentence began
    if last and not ends_sentence(last) and blocks[-1] is paras[-1] and (CUT_DATELINE_RE.match(last) or CUT_POINT_RE.match(last)):
        ctx.truncated = True
    # a last paragraph whose last sentence stops after a whole one (…专款专用原则。 党费必须用): the page broke off in it;
    # a signature, a date or a name glued on after the last sentence is no sentence begun
    if last and not ends_sentence(last) and blocks[-1] is paras[-1] and (tail := SENTENCE_END_SPLIT_RE.split(last)[-1].strip()) \
            and tail != last and cjk_count(tail) >= 4 and not DATE_RE.search(tail) and not SIGNATURE_TAIL_RE.search(tail):
        ctx.truncated = True
    # a last paragraph on a semicolon where the one before it is no item of the same series (五年，是一段征程；): more
    # was to follow; a quotation closing a long paragraph with no stop (…明确提出“…的基层治理平台”): the sentence's stop
    # was to follow; a site's dots set a space after the last word (…构建了社区、 ..., …的领 ……): its preview's end
    if last and blocks and blocks[-1] is paras[-1] and (
            (last.endswith(";") and (len(paras) == 1 or not squeeze(paras[-2].text).endswith(";")))
            or (len(last) >= 30 and last.endswith("”") and last[-2] not in "。！？!?….," and last.count("“") == last.count("”"))
            or SPACED_CUT_DOTS_RE.search(paras[-1].text)):
        ctx.truncated = True
    # a numbered heading standing last whose sibling before it is a paragraph (9、优秀共产党员69人； / ## 10、模范党务): the
    # list's next item, cut off by the page, not a heading
    if blocks and blocks[-1].kind == "h" and len(squeeze(blocks[-1].text)) <= 24 and " " not in blocks[-1].text.strip() \
            and (mk := match_marker(blocks[-1].text)):
        sibling = next((b for b in reversed(blocks[:-1]) if (m2 := match_marker(b.text)) and m2[0] == mk[0]), None)
        if sibling is not None and sibling.kind == "p":
            blocks = blocks[:-1] + [Block("p", blocks[-1].text)]
            ctx.truncated = True
    # a rule's article stopping with no stop (第六条 选举应当充分发扬民主): every article of a rule ends on one
    if last and blocks and blocks[-1] is paras[-1] and not ends_sentence(last) and ARTICLE_OPENING_RE.match(last):
        ctx.truncated = True
    # a text never ends on a heading: the page stopped where that section began
    if blocks and blocks[-1].kind == "h" and len(paras) >= 2:
        ctx.truncated = True
    # a page that says how long its text is (文章共1155字) and shows much less of it
    if ctx.stated_chars and sum(cjk_count(b.text) for b in blocks) < STATED_SHARE * ctx.stated_chars:
        ctx.truncated = True
    return blocks


SENTENCE_END_SPLIT_RE = re.compile(r"[。！？!?]”?")
# What may stand glued after a report's last sentence without being a sentence: a unit's or a person's name, a credit
# (某某公司党委, （某某）, 文/某某), a date, a note to see the attachment.
SIGNATURE_TAIL_RE = re.compile(r"(?:公司|集团|委员会|党委|党支部|党总支|支部|政府|办公室|中心|局|部|处|院|校|站|所|社区|街道|村|镇|乡|县|市|区)$"
                               r"|[）)】\]]$|^[（(【\[]|[:：]|附件|^[\u4e00-\u9fff·]{2,4}$|/")
CUT_DOTS_RE = re.compile(r"[\u4e00-\u9fff”》）)\d](?:\.{2,6}|(?<!…)…)$")  # (…公开选拔了20...: a number cut too)
DANGLING_END_RE = re.compile(r"(?:[的和与及暨并或而把将向于被让给]|为了|本着|围绕|关于|对于|按照|根据|通过|以及|并且|而且|但是|因为|由于|随着|在)$")
SENTENCE_OPENER_RE = re.compile(r"^(?:最后|随后|会上|会议期间|活动中|通过|据了解|据悉|据介绍|随着|此外|同时|今后|下一步|目前|截至|经过|近年来|今年以来|为了|因此|但是|然而|并且|其中"
                                r"|针对|对于|按照|根据|围绕|关于|由于|面对|另外|与此同时|而在|而且)")
CUT_CREDIT_RE = re.compile(r"^\s*[（(]\s*(?:作者单位|作者简介|作者|单位|来源|稿源)\s*[:：][^（()）]{2,60}$")
SPACED_CUT_DOTS_RE = re.compile(r"[\u4e00-\u9fff、，,]\s+(?:…{1,2}|\.{3,6})\s*$")
CUT_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff]{4}[、,，][\u4e00-\u9fff]$")
CUT_DATELINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^）)]*[）)])?\s*[\u4e00-\u9fff]{0,12}$")
CUT_POINT_RE = re.compile(r"^(?:\\?[-•·●]\s*)?[\u4e00-\u9fff]{5,16}[：:]\s*[\u4e00-\u9fff，、]{2,30}$")
STATED_SHARE = 0.6  # below this share of the stated length a page holds only part of its text


# Headings one after another with no text under any of them (1.1 政策背景 / 1.2 现实需求 / … / 二、问题定义 / 2.1 …):
# a document's table of contents, or an outline, not its sections. Listed as what it is, not as empty headings.
CONTENTS_RUN_MIN = 6


def list_contents(blocks: list[Block], ctx: Context) -> list[Block]:
    """A run of CONTENTS_RUN_MIN headings or more with no paragraph between them becomes a bulleted list."""
    out, k = [], 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and blocks[end].kind == "h":
            end += 1
        if end - k >= CONTENTS_RUN_MIN:
            out += [Block("p", "- " + b.text) for b in blocks[k:end]]
        else:
            out += blocks[k:end] or [blocks[k]]
        k = max(end, k + 1)
    return out


BLOCK_STEPS = [to_blocks, join_broken_paragraphs, drop_repeated_paragraphs, list_contents, detect_truncation]


def clean_text(text: str, ctx: Context | None = None) -> tuple[list[Block], Context]:
    """Run every step on one page's text; return its body blocks and what was learned."""
    ctx = ctx or Context()
    for step in TEXT_STEPS:
        text = step(text, ctx)
    lines = text.split("\n")
    for step in LINE_STEPS:
        lines = step(lines, ctx)
    blocks = lines
    for step in BLOCK_STEPS:
        blocks = step(blocks, ctx)
    return blocks, ctx


DERIVED_TITLE_MAX = 30
DERIVED_TITLE_SLACK = 4  # "at most about 30 characters": a whole sentence may run this much over


# The day a news lead opens on, with its part of the day and its hour, or a span of days (3月26日下午3时,
# 5月20日晚, 10月23日至25日).
LEAD_DATE = (r"(?:(?:今天|昨天|今日|昨日)\s*[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[)）]|(?:\d{4}年)?\d{1,2}月\d{1,2}(?:、\d{1,2})*[日号]起?(?:\s*(?:至|到|[-—~～])\s*(?:\d{1,2}月)?\d{1,2}日)?)"
             r"(?:\s*(?:上午|下午|晚上|早上|中午|凌晨|傍晚|晚间|夜间|晚|早))?"
             r"(?:\s*\d{1,2}(?:时|点)(?:\d{1,2}分|半)?(?:许|左右)?|\s*\d{1,2}[:：]\d{2}(?:许|左右)?)?")
# A news lead's dateline and credits, and the date or 近日 opening its first sentence: no part of a title.
# (A news agency's dateline, 某某社北京6月13日电, and the outlet it quotes, 据某某网站报道; a list's number, 一、 1，;
# a connective that ties the sentence to one before it, 会上， 随后，.)
LEAD_IN_RE = re.compile(r"^(?:[^，。（(]{0,12}(?:讯(?!员)|专稿|专讯|消息[:：])\s*(?:[（(][^）)]{0,40}[)）])?\s*|[（(](?:记者|通讯员)[^）)]{0,40}[)）]\s*"
                        # (… 电题, a dispatch's headline follows; the reporters in brackets after it: 某某社某地7月29日电题（记者…）)
                        r"|[^，。（(]{2,16}?\d{1,2}月\d{1,2}日电(?:题)?\s*[/／]?\s*(?:[（(](?:记者|通讯员)[^）)]{0,40}[)）]\s*)?)?(?:据[^，。]{2,20}?报[道导][，,]?\s*)?"
                        r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．，,](?!\d))?\s*"
                        r"(?:会上|随后|接着|同时|此外|最后|其次|首先|然后|另外|因此|对此)?[，,]?\s*"
                        r"(?:" + LEAD_DATE + r"|近日|日前|近期|(?:自|自从)?[^，。；“”]{0,14}以来)?[，,\s]*"
                        # the purpose before the one acting (为深入开展消费扶贫，助力打赢脱贫攻坚战，9月22日上午，…)
                        # (or the occasion: 在“七一”建党节来临之际，)
                        r"(?:(?:(?:为了?|按照|根据|围绕|聚焦|紧扣|立足|助力|结合)(?:[^，。；“”]|“[^“”。]{1,24}”){2,50}"
                        r"|在?[^，。；]{2,24}?(?:之际|前夕|期间|之时)"
                        # (or what the day or year is: 今年是建党99周年，)
                        r"|(?:今年是|今天是|时值|正值|值此)[^，。；]{2,30}"
                        # (or the place, 在某某医院四楼党员活动室， 在某某作业区“微党课”上，)
                        r"|在(?:[^，。；“”]|“[^“”，。]{1,20}”){2,30}?(?:上|中|内|里|室|厅|馆|堂|站|基地|现场|一线|中心|会场|广场|大楼|大厦|园区))[，,]\s*"
                        # … and the further aims strung on to it (…，进一步激发党组织活力，推进…，)
                        r"(?:(?:进一步|提高|提升|加强|推动|推进|促进|切实|做好|做实|构建|增强|激发|实现|营造|巩固|引导|凝聚|规范"
                        r"|筑牢|深化|着力|使|让|助力|发挥|打造|压实|落实|贯彻|弘扬|传承|丰富|强化|迎接|庆祝|纪念|抓好|部署|确保|更好地?|更加"
                        r"|充分|扎实|全面|深入|不断|持续|积极|大力|帮助|教育|激励|鼓励|培养|展示|展现|宣传|普及|增进|维护|树立|坚定"
                        r"|厚植|汲取|铭记|缅怀|重温|歌颂|彰显|夯实|锤炼|检验|保障|满足|带动|发扬|践行|涵养|讲好|密切|加深|提振|从严|严把)"
                        r"(?:[^，。；“”]|“[^“”。]{1,24}”){1,40}[，,]\s*){0,6}){0,3}"
                        r"(?:" + LEAD_DATE + r"|\d{1,2}日(?:上午|下午|晚上?)?(?=[，,])|近日|日前|近期|(?:自|自从)?[^，。；“”]{0,14}以来)?[，,\s]*"
                        # (and what the day is, after it: 1月22日，是传统佳节“小年”，某某…)
                        r"(?:(?<=[，,\s])是[^，。；]{2,24}[，,]\s*(?=\S{6}))?")


# The outlet alone of a report's lead (本报讯, 某某网消息：): what LEAD_IN_RE takes when the rest is the subject.
OUTLET_LEAD_RE = re.compile(r"^[^，。（(]{0,12}?(?:讯(?!员)|专稿|专讯|消息[:：])\s*")


# Slogans strung before the day a report's first sentence gives (赓续红色血脉，凝聚奋进力量，3月27日，…; 厚植爱国情怀，
# 7月13日下午，…): one or more short clauses, the day, then the one acting.
SLOGANS_BEFORE_DATE_RE = re.compile(r"^(?:[^，,。；“”]{2,10}[，,]\s*){1,4}" + LEAD_DATE + r"[，,]\s*(?=\S{6})")


# A clause that only sets the scene for the one acting: a span of time (近年来，), what came before (某某意见下发后，);
# or, after the one acting, the support it had (公司工会在各单位党政的大力支持下，深入…: the one acting stays).
SCENE_CLAUSE_RE = re.compile(r"^(?:近年来|近些年来?|多年来|长期以来|一直以来|今年以来|(?:面对|面临)[^，。；]{2,30}|[^，。；]{4,30}(?:下发|印发|出台|发布)(?:之?后|以后)"
                             r"|在[^，。；]{2,30}?(?:支持|领导|指导|帮助|关心|带领|推动|关怀|部署|组织)下)[，,]\s*")
SUPPORTED_BY_RE = re.compile(r"^([\u4e00-\u9fff“”]{2,14}?)在[^，。；]{2,30}?(?:支持|领导|指导|帮助|关心|带领|推动|关怀|部署|组织)下[，,]\s*")


# A first sentence of nothing but the purpose, no day and no event in it (为深入学习…，提高…，从严把牢…。近日，某某举办了…): the event is told after it.
PURPOSE_SENTENCE_RE = re.compile(r"^\s*为(?:了|进一步)?[^。！？!?]{4,160}[。！？!?]\s*")
EVENT_VERB_RE = re.compile(r"(?<!为)了|\d{1,2}[日号]|近日|日前|开展|召开|举办|举行|启动|走进|来到|参观|观看|收看|签约|揭牌|成立|开班|前往|邀请|组织开展|开展了|组织了")
# What the day is, after it (1月22日，是传统佳节“小年”，某某…): no part of the event.
DAY_IS_RE = re.compile(r"^是[^，。；！？]{2,24}[，,]\s*(?=\S{6})")
# A purpose and its aims, however worded, up to the day the report's sentence then gives (为…，以…，7月17日，某某…).
PURPOSE_TO_DAY_RE = re.compile(r"^\s*(?:在[^，。；]{2,24}(?:之际|前夕)[，,]\s*)?为(?:了|进一步)?[^。！？!?；;]{4,200}?[，,]\s*"
                               r"(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}[日号](?:起)?(?:\s*(?:上午|下午|晚上|早上|中午|傍晚|晚))?"
                               r"(?:\s*\d{1,2}(?:时|点)(?:\d{1,2}分|半)?)?[，,]\s*(?=\S{6})")


def whole_phrase(text: str, limit: int = DERIVED_TITLE_MAX) -> str:
    """The opening of a text as a whole phrase: cut at punctuation, else between words, never mid-word."""
    if (m := PURPOSE_SENTENCE_RE.match(text)) and not EVENT_VERB_RE.search(m.group(0)) and len(squeeze(text[m.end():])) >= 10:
        text = text[m.end():]
    text = PURPOSE_TO_DAY_RE.sub("", text, count=1) or text
    rest = LEAD_IN_RE.sub("", text, count=1)
    if rest and rest.startswith(("是", "就是", "也是", "才是")):  # (按照…交纳党费，是… 本报讯5月10日，是…: the subject)
        rest = OUTLET_LEAD_RE.sub("", text, count=1)
    text = rest or text
    # (为贯彻…精神，以及…的部署，系统…: the lead-in goes on in a clause joined to it; what it says comes after that)
    while text.startswith(("以及", "及", "和", "与", "并且")) and (cut := re.search(r"[，,]", text)) \
            and len(squeeze(text[cut.end():])) >= 10:
        text = text[cut.end():]
    text = SLOGANS_BEFORE_DATE_RE.sub("", text, count=1) or text
    rest = SCENE_CLAUSE_RE.sub("", text, count=1)
    text = rest if len(rest) >= 10 else text
    rest = SUPPORTED_BY_RE.sub(r"\1", text, count=1)
    text = rest if len(rest) >= 10 else text
    text = text.lstrip("，,、：:；;。.·•-—～~ 　") or text  # a fragment starting after a list's comma
    first = re.split(r"[。！？!?；;]", text)[0].strip()
    if len(first) <= limit:
        return balanced(first)
    # (a whole sentence a few characters over the limit reads better than its clause cut short with an ellipsis)
    whole = len(first) <= limit + DERIVED_TITLE_SLACK and first != text.strip()
    # (cut at a clause's end, never inside a list: 某某市委联合某某局、某某局的青年党员… is one clause)
    clauses = re.split(r"(?<=[，,：:])", first)
    out = ""
    for c in clauses:
        if len(out) + len(c) > limit:
            break
        out += c
    out = out.rstrip("，,、：: ")
    # (a clause that only leads into the next one, the time or a link, ends no phrase: …的基础，长久以来)
    # (… or the company and the occasion it goes with: …下沉基层，与电站党员一道; …，在建党百年之际)
    lead = re.search(r"[，,](?:(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上?|早上)?|[^，,]{0,8}以来|近年来|目前|当前|同时|此外|其中|近日|日前|对此|为此|然而|但是|因此|所以|首先|其次|最后|随后|之后|今年"
                     r"|[^，,]{1,16}(?:一道|一起|一同|之际|之时|期间|前夕))$", out)
    if lead and lead.start() >= 8:
        out = out[: lead.start()]
    if len(out) >= 8:
        phrase = ended(balanced(out, first), first)
        return balanced(first) if whole and phrase.endswith("…") else phrase
    if whole:
        return balanced(first)
    from ..topics import segmenter
    out = ""
    for word in segmenter().cut(first):
        if len(out) + len(word) > limit - 1:  # room for the ellipsis
            break
        out += word
    return ended(balanced(out.rstrip("，,、：: "), first), first)


def ended(phrase: str, sentence: str) -> str:
    """A phrase cut from a sentence, as a title: at a clause's end as it is; cut inside a clause, not on a
    word that leads on (…党员干部和 / …祁阳市以), and with an ellipsis to say the sentence goes on."""
    if not sentence.startswith(phrase) and sentence.lstrip("“\"「『").startswith(phrase):
        sentence = sentence.lstrip("“\"「『")  # (a quotation's opening mark, dropped from the phrase as never closed in it)
    if not phrase or not sentence.startswith(phrase) or len(phrase) >= len(sentence) or sentence[len(phrase)] in "，,：:；;":
        return phrase
    for _ in range(2):
        at = max(phrase.rfind(ch, len(phrase) - 4) for ch in DANGLING_CHARS)
        shorter = phrase[:at].rstrip("，,、：: ")
        if at >= 8 and all(shorter.count(a) == shorter.count(b) for a, b in QUOTE_PAIRS):  # never inside a quote
            phrase = shorter
    return phrase.rstrip("—-－ ") + "…"  # (…召开“不忘初心”——我…: no dash left before the ellipsis)


# The words of a sentence leading into a list (…程序如下：, …有以下几点：): what is left names the list.
LIST_LEAD_IN_TAIL_RE = re.compile(r"[，,]?(?:主要|具体)?(?:有|是|包括|分为)?(?:如下|以下(?:几点|几个方面|几个步骤)?|下列(?:几点)?)[:：]\s*$")


# Characters a phrase cannot end on: conjunctions, prepositions, the possessive 的, a pointing word (这, 每, 该).
DANGLING_CHARS = "和与及暨并或而以的在对把将为从向于被让给由这那每各该此其"


QUOTE_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"), ("【", "】"))


def balanced(phrase: str, whole: str = "") -> str:
    """A phrase cut from a text without a quote or bracket left open: cut before the last one opened, or
    where too little would be left, run on to its closing mark in the whole text (a title a little long),
    or else drop that mark."""
    for left, right in QUOTE_PAIRS:
        seen: set[str] = set()
        while phrase.count(left) > phrase.count(right):
            at = phrase.rfind(left)
            if phrase in seen:  # cutting and running on undo each other (“…缴纳“爱心党费”…: the outer quote never
                phrase = phrase[:at] + phrase[at + 1:]  # closes): the mark goes
                continue
            seen.add(phrase)
            phrase = close_or_cut(phrase, whole, at, right)
        while phrase.count(right) > phrase.count(left):  # a closing mark whose opening was cut off
            at = phrase.find(right)
            phrase = phrase[:at] + phrase[at + 1:]
    if phrase.count('"') % 2:  # a straight quote the page did not turn (its opening and closing look the same)
        phrase = close_or_cut(phrase, whole, phrase.rfind('"'), '"')
    return phrase


def close_or_cut(phrase: str, whole: str, at: int, right: str) -> str:
    """The phrase with the mark opened at `at` no longer open: cut before it, or run on to its closing mark in the
    whole text, or drop the mark."""
    before = phrase[:at].rstrip("，,、：: ")
    close = whole.find(right, len(phrase)) if whole.startswith(phrase) else -1
    if len(before) >= 12 or (len(before) >= 6 and not 0 <= close < DERIVED_TITLE_MAX + 10):
        return before
    if 0 <= close < DERIVED_TITLE_MAX + 10:
        return whole[: close + 1]
    return phrase[:at] + phrase[at + 1:]


def tidy_derived(phrase: str) -> str:
    """A derived title without the site's decorations; its ellipsis stays only if nothing came off its end."""
    core = phrase.removesuffix("…")
    tidy = tidy_title(core)
    return tidy + "…" if phrase.endswith("…") and tidy == core else tidy


PART_NAME_MAX = 6  # characters: 活动目的, 党费收缴, 奖项设置 name a part of a plan, not the plan
# … and so does a longer name made only of a plan's part words (参与人员及活动方式, 具体工作安排和要求)
PLAN_PART_RE = re.compile(r"^(?:(?:活动|工作|参与|参加|人员|方式|时间|地点|内容|目的|意义|要求|安排|步骤|措施|组织|领导|保障|对象|范围|形式"
                          r"|主题|实施|具体|基本|主要|有关|相关|事项|办法|原则|任务|目标|重点|分工|职责|流程|程序|标准|条件|奖项|设置|评选)"
                          r"(?:及|和|与|、)?)+$")
EDITOR_NOTE_RE = re.compile(r"^\s*[【\[]?(?:编者按|编者的话|编者注|编者语|编后语|按语)[】\]]?\s*[:：]?")


# A document's kind ending a short line (…建党节演讲稿, …演讲稿篇一, …心得体会范文): a sample's title, though a site's
# introduction to its collection stands above it.
DOC_KIND_LINE_RE = re.compile(r"(?:演讲稿|讲话稿|发言稿|讲稿|致辞|心得体会|读后感|观后感|思想汇报|申请书|述职报告|工作总结|党课讲稿)"
                              r"(?:篇[一二三四五六七八九十\d]+|范文\d*|[（(]?\d{1,2}[)）]?)?$")
DOC_KIND_LINE_BLOCKS = 4


GLUED_LEAD_DAY_RE = re.compile(r"\s+(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上|中午)?"
                               # (… or on a word of when: …的调查与思考 最近，我们对…)
                               r"|最近|近日|日前|近期|近年来|近些年来|今年以来|去年以来|多年来|长期以来)$")


def derive_title(blocks: list[Block], abstract: str | None = None) -> str | None:
    for b in blocks[:DOC_KIND_LINE_BLOCKS]:
        s = squeeze(b.text)
        if b.kind == "p" and 5 <= len(s) <= 30 and DOC_KIND_LINE_RE.search(s) and not ends_sentence(b.text) \
                and not re.search(r"[，,。：:]", s) and not is_not_title(b.text):
            return re.sub(r"篇[一二三四五六七八九十\d]+$", "", b.text.strip())
    opened = announced = False
    for b in blocks:
        # a section's generic name (引言, 问题的提出, 基本情况) names no article; nor a part's short name under the text's
        # first paragraph (一、活动目的 under …开展“十佳党员”评选活动的通知如下：): the paragraph says what it is about
        if b.kind != "h":
            opened = opened or (len(squeeze(b.text)) >= 20 and not EDITOR_NOTE_RE.match(b.text) and (
                ends_sentence(b.text) or sentence_count(b.text) >= 1 or b.text.rstrip().endswith(("：", ":"))))
            # (…举办春季培训班，现将有关事宜通知如下：: every part under it, however long its name, is the notice's)
            # (a summary's or a report's …总结如下：, …报告如下： does not: its first heading names it better than its opening)
            announced = announced or (len(squeeze(b.text)) >= 20 and bool(NOTICE_FOLLOWS_RE.search(b.text.rstrip())))
            continue
        if announced:
            continue
        name = re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]、?|\d+(?:\.\d+)*[、.]?)\s*", "", b.text)
        if opened and (len(squeeze(name)) <= PART_NAME_MAX or PLAN_PART_RE.match(squeeze(name)) or name != b.text):
            continue  # (a numbered part's name under the text's opening, 一、…的理论基础: one part of it, the opening says more)
        if len(squeeze(b.text)) > 5 and not is_section_name(b.text) and not is_not_title(b.text) \
                and squeeze(re.sub(r"^\S{1,4}、", "", name)) not in GENERIC_HEADINGS:
            return whole_phrase(name)
    for b in blocks:
        if b.kind == "h" and squeeze(re.sub(r"^\S{1,4}、", "", re.sub(r"^\d+(?:\.\d+)*[、.]?\s*", "", b.text))) in GENERIC_HEADINGS:
            continue
        if len(squeeze(b.text)) < 5 or squeeze(b.text).rstrip(":：") in GENERIC_HEADINGS:
            continue  # a label left alone on its line (出处, 摘要) names nothing
        if EDITOR_NOTE_RE.match(b.text) and any(o.kind != "h" and not EDITOR_NOTE_RE.match(o.text) for o in blocks):
            continue  # the editor's note before the text (编者按：…) tells why it is printed, not what it says
        if b is blocks[0] and (head := spaced_head(b.text)):
            return head  # 太空精神的起源 某某工程是…: the page's first line a heading glued by a space to its paragraph
        text = without_opening(b.text)
        first = tidy_derived(whole_phrase(text)) if text.strip() else ""
        lead_in = LIST_LEAD_IN_TAIL_RE.sub("", first) if first.endswith((":", "：")) else ""
        first = lead_in if len(lead_in) >= 6 else first  # 党支部的成立程序如下： names what follows
        # a clause telling when it happened names the event without its day (某某支部于2010年9月28日召开了… → 某某支部召开了…)
        if first and DATE_RE.search(first) and not DATE_RE.match(first.strip()):
            undated = DATED_CLAUSE_RE.sub("", first).strip("，,、 ")
            undated = re.sub(r"^([“「《（(【]?)[，,、\s]+", r"\1", undated)  # (“1921年7月1日，… → “…, not “，…)
            first = undated if len(squeeze(undated)) >= 6 and not DATE_RE.search(undated) else first
        # a headline glued by a space to a lead that opens on its day (某某改革实践整版刊发 8月2日，…): the day is the lead's
        if first and (glued := GLUED_LEAD_DAY_RE.search(first)) and len(squeeze(first[:glued.start()])) >= 6:
            first = first[:glued.start()]
        # a title glued to its list's first item, or to a document site's count of pieces (某某程序 3篇1. 调查摸底)
        if first and (item := GLUED_FIRST_ITEM_RE.search(first)) and len(squeeze(first[:item.start()])) >= 4:
            first = first[:item.start()].strip()
        # a byline, a prompt, a date or user-name line left in the text is no title; nor a word or two of a label
        # (（1）标题。一般在第一行… gives 标题)
        if first and len(squeeze(first)) >= 4 and not is_not_title(first) and cjk_share(first) >= 0.6 and not DATE_RE.search(first) \
                and not is_person_phrase(first):  # (队党委副书记、队长某某，…: who, not what happened)
            return first.strip()
    if abstract:  # a paper's page may hold nothing but its abstract
        first = tidy_derived(whole_phrase(without_opening(abstract)))
        if first and cjk_share(first) >= 0.6:
            return first.strip()
    return None


def spaced_head(text: str) -> str | None:
    """The heading a page ran together with its first paragraph by a space (structure.spaced_heading_end), when it is a
    phrase of SPACED_HEAD_MIN to SPACED_HEAD_MAX characters with no mark and no figure in it."""
    if " " not in text[: SPACED_HEAD_MAX + 2] or not (cut := spaced_heading_end(text.strip())):
        return None
    head = text.strip()[:cut].strip()
    if not SPACED_HEAD_MIN <= len(head) <= SPACED_HEAD_MAX or " " in head or re.search(r"[\d\W_]", head) or DISPATCH_TAG_RE.search(head) \
            or CLAUSE_LEAD_RE.match(head):
        return None  # (某某在线专稿, 某某网讯: the outlet's tag over its report; 为进一步提高认识: the sentence's first clause)
    return head


SPACED_HEAD_MIN, SPACED_HEAD_MAX = 4, 20
CLAUSE_LEAD_RE = re.compile(r"(?:为了?|为进一步|在|随着|根据|按照|依据|通过|围绕|结合|针对|对于|由于|自从|近日|日前|近期|今年|去年|当前|目前)")
DISPATCH_TAG_RE = re.compile(r"(?:专稿|特稿|讯|电|报道|消息|快讯|通讯|供稿|稿件|专电|综述)$|(?:网|报|台|社|在线|客户端|融媒)")


def without_opening(text: str) -> str:
    """A first sentence without what it opens with that names no subject: a report's time (4 月 3 日上午，…, 17日傍晚，…,
    近日，…) says when, not what; a clause the sentence leans on (改革开放40多年来，, 由于…，, 虽…，, 随着…，) says when,
    why or despite what. What it says comes after them (the phrase after, without its 但是)."""
    text = STRUCTURED_ABSTRACT_LABEL_RE.sub("", text, count=1) or text  # 目的 通过…: a paper's abstract in parts
    unled = OUTLET_LEAD_RE.sub("", text, count=1)  # (after the paper's 讯: 某某日报讯 “…。”)
    if (m := OPENING_QUOTE_RE.match(unled)) and len(squeeze(unled[m.end():])) >= 16:
        after = re.split(r"[。！？!?]", unled[m.end():], maxsplit=1)[0]
        # (only when what follows tells an event, not who said it: …村民某某高兴地说。, 这句话…, 随着…)
        if EVENT_AFTER_QUOTE_RE.search(after) and not SAID_RE.search(after) and not after.startswith(SCENE_STARTS):
            text = unled[m.end():]  # “廉洁齐家，从我做起。”8月11日，…: a report opening on someone's words, then on what happened
    if unled != text and OPENING_TIME_RE.match(unled):
        text = unled  # 某某晚报讯 昨天下午，…: the outlet's lead, then the day
    if (m := OPENING_TIME_RE.match(text)) and len(squeeze(text[m.end():])) >= 10:
        text = text[m.end():]
        text = DAY_IS_RE.sub("", text, count=1)  # (1月22日，是传统佳节“小年”，某某…)
    if (m := SAID_LEAD_RE.match(text)) and len(squeeze(text[m.end():])) >= 10:
        text = text[m.end():]  # 党的二十大报告强调，…: who said it; what was said is the subject
    while (m := DEPENDENT_OPENING_RE.match(text)) and len(squeeze(text[m.end():])) >= 10:
        rest = LEADING_CONJUNCTION_RE.sub("", text[m.end():])
        if len(re.split(r"[，,。！？!?；;：:]", rest, maxsplit=1)[0]) > DERIVED_TITLE_MAX or rest.startswith(("无论", "不论", "不管")):
            break  # (what follows is too long a clause to be a title whole, or leans on what comes after it too)
        text = rest
    return text


# Offices and a name, nothing else (队党委副书记、队长某某): the subject of a report's first sentence.
PERSON_PHRASE_RE = re.compile(r"^[\u4e00-\u9fff、]{0,20}(?:书记|董事长|经理|主任|部长|处长|局长|院长|校长|主席|总裁|队长|团长|组长|所长|站长|"
                              r"科长|会长|社长|厂长|行长|县长|市长|镇长|乡长|村长|厅长|司长|署长|区长|州长|关长|检察长|庭长|监狱长|政委"
                              # (or a unit's office and a name: 市委组织部组织二科某某)
                              r"|[一二三四五六七八九十]?科|处|办公室|党支部|党委|工作办公室)([\u4e00-\u9fff]{2,3})$")


def is_person_phrase(phrase: str) -> bool:
    return bool((m := PERSON_PHRASE_RE.match(phrase.strip())) and m.group(1)[0] in SURNAMES and m.group(1)[0] != "党")


# A quotation a report's first paragraph opens with, its sentence closed inside it (“…。”, “…！”), the report after it.
OPENING_QUOTE_RE = re.compile(r"^\s*“[^“”\n]{4,120}[。！？!?]”\s*")


# What a sentence after an opening quotation tells when it reports an event (…8月11日，某某向全市干部家庭发出倡议。), and
# the words that make it the quotation's attribution or its scene instead (…老党员某某说。, 这是…, 随着…).
EVENT_AFTER_QUOTE_RE = re.compile(r"召开|举办|举行|开展|组织|启动|发出|推动|走进|来到|参加|观看|收看|签约|揭牌|成立|开班|部署")
SAID_RE = re.compile(r"说|道|表示|介绍|坦言|感慨|感叹|告诉|讲述|分享|回忆|笑称|称")
SCENE_STARTS = ("这", "那", "随着", "每当", "面对", "看着", "伴随", "听着", "当")


# The time a report's first sentence opens with, up to its comma (2023年4月3日上午，, 17日傍晚，, 近日，).
OPENING_TIME_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|末|份)?(?=\s*[，,])"  # (2022年3月，…)
                             r"|(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*"
                             # (a span of days: 1月3日至20日, 5月6日—8日)
                             r"(?:(?:至|到|—|－|-|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*)?"
                             r"(?:上午|下午|晚上?|早上|清晨|凌晨|傍晚|晚间|中午|夜间|夜里)?"
                             # (and its hour: 5月12日上午九点，, 8日14时30分，, 3日9:30，)
                             r"(?:\s*(?:[零一二三四五六七八九十两\d]{1,3}\s*[点时](?:半|[零一二三四五六七八九十\d]{1,3}\s*分?)?|\d{1,2}\s*[:：]\s*\d{2}))?"
                             r"|近日来|近期来|近段时间以?来|近日|日前|近期|前不久|连日来"
                             # (a day named from the paper's: 昨天下午，, 前天，, 今日上午，; the hour of the morning: 清晨，)
                             r"|(?:昨天|前天|今天|昨日|前日|今日|当天|当日)(?:上午|下午|晚上?|早上|清晨|凌晨|傍晚|中午)?|清晨|凌晨|傍晚)\s*[，,]\s*")


# A first clause saying only who said what follows (党的二十大报告强调，, 习近平总书记指出：): the words said name the text.
SAID_LEAD_RE = re.compile(r"^\s*[^，,。！？；;：:“”]{2,24}?(?:指出|强调|提出|表示|要求|明确指出|明确提出|深刻指出|强调指出)\s*[，,：:]\s*")
# A clause a first sentence opens with that says when, why or despite what (近年来，, 改革开放40多年来，, 由于社会的不断
# 进步和发展，, 虽…，, 随着…，, 在…背景下，), up to its comma (a purpose, 为了…，, is whole_phrase's); and the word that
# leads on from it to what is said (但是, 却).
DEPENDENT_OPENING_RE = re.compile(r"^\s*(?:近年来|近些年来|多年来|长期以来|一直以来|[^，,。！？；;]{2,24}?(?:以来|年来)"
                                  r"|(?:由于|随着|虽然|虽|尽管)[^，,。！？；;]{2,36}"
                                  r"|在[^，,。！？；;]{2,24}(?:背景下|形势下|新形势下|进程中))\s*[，,]\s*")
# The first part's name of an abstract given in parts (目的 … 方法 … 结果 … 结论 …, 【目的】…), as medical journals give it.
STRUCTURED_ABSTRACT_LABEL_RE = re.compile(r"^\s*(?:[【\[](?:目的|背景)[】\]]\s*[:：]?|(?:目的|背景)\s*[:：]|(?:目的|背景)\s+)\s*(?=\S)")
LEADING_CONJUNCTION_RE = re.compile(r"^(?:但是|但|却|然而|可是|因此|所以|使得|使)\s*")


# A day inside a clause, with the 于/在 that sets it there (于2010年9月28日, 在9月28日上午).
DATED_CLAUSE_RE = re.compile(r"(?:于|在)?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?)?")


# Headings that name a part of any report, not its subject.
GENERIC_HEADINGS = {"出处", "参考资料", "外部链接", "相关条目", "关键词", "作者简介", "基金项目", "来源", "注释", "延伸阅读",
                    "引言", "前言", "问题的提出", "基本情况", "主要做法", "主要成效", "存在问题", "存在的问题", "工作成效",
                    "主要工作完成情况", "工作开展情况", "下一步工作打算", "下一步打算", "结语", "结论", "摘要", "背景",
                    "研究背景", "研究意义", "研究背景与意义", "研究方法", "研究现状", "文献综述", "绪论", "概述", "导言", "问题提出",
                    # … and of any plan or notice (一、具体要求, 二、组织领导)
                    "具体要求", "工作要求", "总体要求", "基本要求", "有关要求", "主要内容", "工作目标", "目标任务", "指导思想",
                    "基本原则", "组织领导", "实施步骤", "方法步骤", "工作措施", "保障措施", "工作安排", "时间安排", "有关事项",
                    # … and of a case write-up (一、实施背景, 二、品牌内涵, 三、经验启示)
                    "实施背景", "品牌内涵", "经验启示", "启示", "取得成效", "主要成效与经验", "典型案例", "案例简介"}
# (and the stars or diamonds a page frames its title with, ★某某★; a hyphen or bar left behind by spam cut off its end)
TITLE_EDGE_JUNK_RE = re.compile(r"^[?？]+(?=[\u4e00-\u9fff])|^[|｜丨]+\s*(?=[\u4e00-\u9fff])|[*#~_＊]+$|(?<=[\u4e00-\u9fff”》）)])\s*[-|｜]$|^[★☆◆◇●○■□▲△♦◎♥♡❤❥✿❀✦✧]+\s*"
                                r"|\s*[★☆◆◇●○■□▲△♦◎♥♡❤❥✿❀✦✧]+$")
# A paper's note mark behind its title, before the subtitle or at the end (…若干问题的思考①——理论考察…): the note's, not the title's.
TITLE_NOTE_CIRCLE_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])[\u2460-\u2469](?=\s*(?:——|—|$))")
# A space the page left after a full-width mark inside the title (某某公司： “连心桥”…).
TITLE_MARK_SPACE_RE = re.compile(r"(?<=[：；，、])[ \u3000]+(?=\S)")


def polish_title(title: str) -> str:
    """The chosen title without what the page's damage left on it: doubled punctuation (学雷锋，，靓社区),
    a '?' of a lost character in front, a run of asterisks behind, a frame of stars. Quotes stay as the page
    wrote them."""
    t = TITLE_EDGE_JUNK_RE.sub("", strip_spam_brands(title.strip()))
    if t.startswith("的") and not t.startswith(("的确", "的士", "的哥")) and cjk_count(t) >= 7:
        t = t[1:]  # 的小学教师师德师风承诺书: the particle a site's template left before the name it filled in
    if (m := DOUBLED_TITLE_RE.fullmatch(t)) and len(m.group(1)) >= 4:
        t = m.group(1)  # 某某调研报告-某某调研报告: a site's page title, the article's and its own the same
    elif m := DOUBLED_LAST_PHRASE_RE.fullmatch(t):
        t = m.group(1) + m.group(2)
    if (m := TRAILING_COUNT_RE.search(t)) and not re.search(r"\d", t[: m.start()]) and cjk_count(t) >= 8:
        t = t[: m.start()]
    if (m := TITLE_SIGNED_RE.search(t)) and m.group(1)[0] in SURNAMES:
        t = t[: m.start()]  # …体会发言-----某某: a speaker's name signed after a run of dashes
    t = FOOTNOTE_STAR_RE.sub("", t)  # …的实践逻辑阐释* 基于…: a paper's note mark (its funding) behind the title
    t = TITLE_NOTE_CIRCLE_RE.sub("", t)
    t = TITLE_MARK_SPACE_RE.sub("", t)
    if (m := SPACED_KIND_RE.search(t)) and m.group(1) + m.group(2) in SPACED_KINDS:
        t = t[: m.start()] + m.group(1) + m.group(2)  # …换届选举的请 示: an official title's last word spaced out
    if any(c in t for c in ",:;?!()"):
        t = restore_line_punctuation(t)  # (a title read from a breadcrumb or a notice keeps the page's ASCII marks)
    t = tidy_punctuation([t], Context())[0]
    return t.strip() or title


FOOTNOTE_STAR_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])[*＊]+(?=\s)")
# The kind of document an official title ends with, its two characters set apart (请 示, 通 知, 报 告).
SPACED_KIND_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]*([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])$")
SPACED_KINDS = frozenset({"请示", "通知", "报告", "决定", "意见", "公告", "通报", "纪要", "方案", "计划", "总结", "批复",
                          "讲话", "发言", "倡议", "申请", "决议", "公报", "简报"})


# (a run of three or more stars is a word a site starred out, ***年, not emphasis: it stays in the summary as in the text)
EMPHASIS_RE = re.compile(r"(?<!\*)\*\*(?!\*)(.+?)(?<!\*)\*\*(?!\*)|(?<!_)__(?!_)(.+?)(?<!_)__(?!_)")


SUMMARY_BULLET_RE = re.compile(r"^[•·●▪■◆◇○◦‣∙・]\s*")
# A news report's dateline and credit before its first sentence (本报讯（记者 某某）, 某某网讯, 新华社北京3月5日电（记者 某某）,
# 某某网记者某某4月7日报道：, （通讯员 某某）).
SUMMARY_DATELINE_RE = re.compile(r"^\s*(?:【?(?:本报|本网|本台|本刊)?[^，。！？\s（(“”【】]{0,16}?(?:讯|日电|日讯)(?![\u4e00-\u9fff]{0,2}员)】?\s*(?:[（(][^）)]{0,60}[）)])?[/／]?"
                                 r"|[^，。！？\s“”]{0,12}记者[^，。！？“”]{0,12}?\d{1,2}月\d{1,2}日(?:电|报道)"
                                 r"|[（(]\s*(?:记者|通讯员|特约记者)[^）)]{0,60}[）)]|(?:记者|通讯员)[^，。！？：:“”]{0,30}?报道(?=[：:]))\s*[:：]?\s*")


# The number a paragraph opens with as a list's item: 2、 2. (2) （二） 二、, and 2， below ten (not 18，日子)
ITEM_NUMBER_RE = re.compile(r"^\s*(?:[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|([一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．)）]|(\d)\s*[，,])")


# A report's or notice's opening ends announcing what follows (…现将有关事项通知如下： / …达成以下协议：).
NOTICE_FOLLOWS_RE = re.compile(r"通知如下[：:]$")
AS_FOLLOWS_RE = re.compile(r"(?<=如下|以下)[^，。：:]{0,8}[：:]$|(?<=如下)[：:]$")


def item_number(text: str) -> int | None:
    m = ITEM_NUMBER_RE.match(text)
    if not m:
        return None
    n = m.group(1) or m.group(2) or m.group(3)
    return int(n) if n.isdigit() else cn_to_int(n)


def make_summary(abstract: str | None, blocks: list[Block]) -> str | None:
    """The article's summary: its abstract, or the opening of its first paragraph of text.

    A list's later item (2、… (3)… 四、…) opens no summary while a paragraph that is not one exists (a
    notice's opening that ends 通知如下： is one); a list's first item serves, even a short one that reads
    as a sentence (1、被错误开除党籍后，…。)."""
    if abstract:
        return abstract
    paragraphs = [b.text for b in blocks if b.kind == "p"]
    chosen = (next((t for t in paragraphs if (item_number(t) or 1) == 1 and is_body_paragraph(AS_FOLLOWS_RE.sub("。", t))), None)
              or next((t for t in paragraphs if item_number(t) == 1 and len(squeeze(t)) >= 15 and is_prose_line(t)), None)
              or next((t for t in paragraphs if is_body_paragraph(t)), None))
    if chosen is None:
        return None
    text = EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), chosen)  # the summary is shown as plain text: no **…** marks
    text = SUMMARY_BULLET_RE.sub("", text)  # (• 在党的…: a list item's mark opens no summary)
    for _ in range(2):  # (某某网讯（某某日报） 通讯员某某 某某报道：…: the outlet's dateline, then the reporters' credit)
        if (dateline := SUMMARY_DATELINE_RE.match(text)) and dateline.end() and len(squeeze(text[dateline.end():])) >= 20:
            text = text[dateline.end():]  # (本报讯（记者 某某）…: who reported it is on the page, the summary says what happened)
    if len(text) <= 160:
        return text
    cut = max(text.rfind(p, 0, 160) for p in "。！？；")
    return text[: cut + 1] if cut > 40 else text[:150] + "…"


def load_tables() -> None:
    """Load what the steps read on first use: the phrase lists, the fitted weights (junk lines,
    titles, genres), OpenCC and pypinyin.

    The build calls it (intake.prepare_cleaning) before it forks its workers, which then inherit
    the tables instead of each loading them again (≈ 0.5 s of CPU per worker, most of it
    pypinyin's import and junk.yml).
    """
    lexicon()
    structure_lexicon()
    load_line_model()
    load_title_model()
    load_genre_model()
    load_converters()


def forget_lines() -> None:
    """Empty the caches of what was decided about single lines and titles (junk_rule, tidy_title …): a benchmark
    that cleans the same texts again measures the cleaner, not the caches. The loaded lexicons and models stay."""
    import sys
    for name, module in list(sys.modules.items()):
        if name.startswith(__name__):
            for f in vars(module).values():
                if hasattr(f, "cache_clear") and (f.cache_parameters().get("maxsize") or 0) > 16:
                    f.cache_clear()


LITTLE_TEXT_CHARS = 20  # Chinese characters: less is a heading, a question or a caption, not an article


# A courtesy after a writer's name (王某老师, 某某同志): the name is the writer's, the courtesy the site's or the speaker's.
HONORIFIC_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:老师|同志|先生|女士|教授)$")


def unhonoured(name: str) -> str:
    m = HONORIFIC_RE.match(name) or ET_AL_RE.match(name)  # (某某等*: the first writer of several, a note mark behind)
    return m.group(1) if m and m.group(1)[0] in SURNAMES else name


ET_AL_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})等\s*[*＊]?$")


# What a page that is no article of the library's subject shows: a web novel's chapter with its reader's buttons, or a
# betting site's words. (A page with no word of party work is not told so: a first secretary's diary, a discipline
# office's rules, a piece on officials' style say none of 党 and are the library's all the same.)
CHAPTER_RE = re.compile(r"第[一二三四五六七八九十百千零\d]{1,6}章")
NOVEL_READER_RE = re.compile(r"加入书架|加入書架|上一章|下一章|章节目录|章節目錄|本章未完|投推荐票|推荐本书|最新章节|最新章節|小说网|小說網|"
                             r"关灯|關燈|直达底部|直達底部|自动滚动|自動滾動|都市言情|玄幻|仙侠|仙俠|穿越|重生|[阅閱][读讀]\s*>")
BETTING_RE = re.compile(r"百家乐|老虎机|真人娱乐|棋牌|彩票|博彩|赌场|投注|开户|注册送|下注|娱乐城|电子游艺|体育平台|赔率")


def off_topic_kind(title: str, body: str, raw: str = "") -> str | None:
    """What the page is instead of an article on party work, if it shows it (None when it may be one); raw: the page
    as saved, with the reader's buttons the cleaning took away."""
    if CHAPTER_RE.search(f"{title}\n{body[:200]}") and len(set(NOVEL_READER_RE.findall(f"{title}\n{raw[:3000]}"))) >= 2:
        return "小说的一章"  # (the chapter heads the text; the reader's buttons were on the page)
    if len(BETTING_RE.findall(f"{title}\n{body}")) >= 6:
        return "博彩广告"  # (in what is left once the spam a hijacked page put in was taken out)
    return None


def clean_source(source: Source) -> Article:
    """Clean one source; metadata given in a header or sidecar overrides what the cleaner found."""
    blocks, ctx = clean_text(source.text)
    meta = source.meta
    warnings = list(ctx.warnings)
    title = meta.get("title") or ctx.title
    if not title and ctx.original_title:
        title = polish_title(ctx.original_title)  # the page's headline was not saved; the repost names it
    if not title:
        # (the last heading of a page cut off there may itself be cut: 党建指导具)
        derived = derive_title(blocks[:-1] if ctx.truncated and blocks and blocks[-1].kind == "h" else blocks, ctx.abstract)
        title = polish_title(derived) if derived else source.stem
        if derived and blocks and blocks[0].kind == "p" and blocks[0].text.startswith(derived + " ") \
                and (GLUED_LEAD_DAY_RE.search(blocks[0].text[: len(derived) + 8].split("，")[0]) or spaced_head(blocks[0].text) == derived):
            # (…的调查与思考 最近，我们…: a headline glued by a space to the text, now the title: the text without it)
            blocks[0] = Block("p", blocks[0].text[len(derived):].lstrip(), blocks[0].level)
        warnings.append(Notice("title-derived", f"网页上没有找到标题，暂用“{title}”；请在元数据里写 title:"
                                                f"（文件开头的元数据块或 {source.stem}.meta.yml）"))
    elif not meta.get("title") and title_doubtful(ctx.title_score):
        warnings.append(Notice("title-doubtful", f"标题“{title}”是推测的，可能不对；请核对，必要时在元数据里写 title:"))
    if not (meta.get("date") or ctx.date):
        warnings.append(Notice("no-date", "没有找到日期；网页上有日期的话，在元数据里写 date: 年-月-日"))
    if ctx.truncated:
        warnings.append(Notice("truncated", "网页内容不完整（预览限制，或正文在句子中间结束）"))
    body = render_body(blocks, ctx.abstract, ctx.truncated)
    if (chars := cjk_count(body)) < LITTLE_TEXT_CHARS:
        warnings.append(Notice("little-text", f"正文只有 {chars} 个汉字；请确认保存的是文章本身（不是目录、标题或问题），需要时重新保存"))
    elif (kind := off_topic_kind(title, body, source.text)) is not None:
        warnings.append(Notice("off-topic", f"这个网页看来是{kind}，不是党建文章；请确认保存的网页对不对，不对就删去这个源文件"))
    genre = meta.get("genre")
    if not genre:
        genre, doubt = classify_genre(title, with_credits(body, (meta.get("authors") or ctx.authors) + ctx.affiliations))
        if doubt:
            warnings.append(doubt)
    return Article(
        title=title,
        body=body,
        slug=meta.get("slug") or "",
        source_file=f"source_texts/{source.name}",
        source_sha256=source.sha256,
        date=meta.get("date") or ctx.date,
        authors=meta.get("authors") or list(dict.fromkeys(unhonoured(a) for a in ctx.authors if a not in NO_AUTHORS)),
        affiliations=ctx.affiliations,
        source_name=meta.get("source_name") or ctx.source_name,
        source_url=meta.get("source_url") or ctx.source_url,
        keywords=meta.get("keywords") or ctx.keywords,
        summary=make_summary(ctx.abstract, blocks),
        topics=meta.get("topics") or [],
        genre=genre,
        truncated=ctx.truncated,
        original_script=ctx.original_script,
        changes=ctx.changes,
        warnings=warnings,
    )
