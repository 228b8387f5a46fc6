"""Junk-line detection: a phrase lexicon (lexicon/junk.yml) plus line features and context."""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

from ..cues import is_cased, required_strings, scans_quickly
from .context import Context
from .debris import strip_adult_run, strip_spam_brands
from .metadata import (name_unit_pairs, role_credit_names, unpad_names, AUTHOR_BIO_RE, SOURCE_LABEL_RE, GENERIC_SOURCES, clean_source_name, AFFIL_POSTCODE_RE, DATE_RE, GLUED_LABEL_TAIL_RE, PAGE_WORD_RE, DMY_TIME_RE, KEY_VALUE_RE, SOURCE_VALUE_RE, SURNAMES, WECHAT_BYLINE_RE, is_channel_name,
                       is_dispatch_byline, is_reporter_byline, REPORTER_ROLE_RE, credit_line_names, EDITION_LINE_RE)
from .structure import KEYWORDS_RE, LONE_KEYWORDS_RE, is_section_name
from .debris import EDITOR_SENTENCE_RE
from .text import AWARD_COUNT_RE, ITEM_BULLET_RE, cn_to_int, cjk_count, cjk_share, ends_sentence, sentence_count, squeeze, table_rows, wrapped_lines

# libyaml's safe loader where PyYAML has it (the same data in a sixth of the time: this file is read before the
# build forks its workers, on its critical path), else PyYAML's own.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LEXICON_PATH = Path(__file__).parent / "lexicon" / "junk.yml"


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    data = yaml.load(LEXICON_PATH.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    for key in ("line_start", "short_contains", "any_contains", "tail_cut"):
        data[key] = tuple(squeeze(p) for p in data.get(key) or [])
    # one alternation per list: a single regex search instead of a Python loop over phrases
    for key in ("short_contains", "any_contains"):
        phrases = sorted(data[key], key=len, reverse=True)
        data[key + "_re"] = re.compile("|".join(map(re.escape, phrases)) if phrases else r"(?!)")
    # (without regard to case where a case can matter: is_cased)
    data["patterns"] = [(p["rule"], re.compile(p["re"], re.I if is_cased(p["re"]) else 0), int(p["max_len"]),
                         literal_gate(p["re"])) for p in data.get("patterns") or []]
    # the patterns that apply to a line no longer than each max_len, in order (patterns_for_length)
    data["pattern_limits"] = sorted({p[2] for p in data["patterns"]})
    data["patterns_within"] = [tuple(p for p in data["patterns"] if limit <= p[2]) for limit in data["pattern_limits"]]
    return data


def patterns_for_length(n: int) -> tuple:
    """The lexicon's patterns, in order, that apply to a line of n characters (max_len at least n)."""
    lex = lexicon()
    i = bisect.bisect_left(lex["pattern_limits"], n)
    return lex["patterns_within"][i] if i < len(lex["pattern_limits"]) else ()


def literal_gate(source: str) -> re.Pattern | None:
    """For a pattern the engine retries at every position of a line (one that runs .* along the line, two spam
    words anywhere on it, or one whose alternatives open on a class or an anchor), a quick first test: the
    literal strings one of which each of its matches holds (cues.required_strings), found in one pass. They are
    matched without regard to case, as the pattern is, unless they have no letters (re.I costs the skip ahead)."""
    if ".*" not in source and scans_quickly(re.compile(source, re.I if is_cased(source) else 0)):
        return None
    need = required_strings(source)
    if not need or min(map(len, need)) < 2:  # a single character ([, 《) is too common to be worth testing first
        return None
    cased = any(ch.lower() != ch.upper() for s in need for ch in s)
    return re.compile("|".join(map(re.escape, sorted(need, key=len, reverse=True))), re.I if cased else 0)


BULLETS = "•·●◆■□▪◇○►▶→*-—"
# [收藏] [打印] [关闭]: a row of bracketed buttons (【】 fold to []).
BUTTON_ROW_RE = re.compile(r"^(?:\[[^\]]{0,10}\]){2,}$")
DOC_PAGE_RE = re.compile(r"_第\d+页$")
# 以下是…为您整理的《…》,欢迎阅读 — SEO lead-ins of document and 范文 sites.
SEO_RE = re.compile(r"^.{0,30}(?:官方网站|官网|网站)为您(?:介绍|提供|推荐|展示)[:：]|(?:以下是|下面是|这是).{0,40}(?:为您|为你|为大家|给大家|帮大家)(?:精心)?(?:搜集|收集|整理|分享|带来|推荐)|^#(?=[^#\s]{0,19}[\u4e00-\u9fff])[^#\s]{2,20}#")  # (# F' p$ J1…: a forum's watermark, no tag)
# …网今天为大家精心准备了《…》，希望对大家有所帮助！ — a lead-in told by its close, in a line of at most SEO_CLOSE_MAX.
SEO_CLOSE_RE = re.compile(r"(?:为您|为你|为大家|给大家|帮大家).{0,6}(?:整理|准备|带来|分享|推荐|收集|挑选).{0,60}"
                          r"(?:希望.{0,8}(?:帮助|喜欢)|供.{0,6}参考|欢迎.{0,4}(?:阅读|借鉴|参考|下载)|一起来看看)")
SEO_CLOSE_MAX = 120
# What a sample site writes before its lead-in: a definition of the kind of text (心得体会是指一种…文字。)
KIND_DEFINITION_RE = re.compile(r"^[^。！？!?]{2,12}是(?:指|一种|指一种)[^。！？!?]*[。！？!?]?$")


# A sentence with its editor's credit glued behind it (…受益匪浅。责任编辑：某某): the sentence stays, the credit is cut
# from it (debris.TRAILING_BARE_CREDIT_RE).
GLUED_CREDIT_TAIL_RE = re.compile(r"^[^:：]{10,}[。！？](?:责任编辑|编辑|责编)[:：][\u4e00-\u9fffA-Za-z0-9_·]{1,20}$")


# A news lead's dateline naming the site itself (本站讯（通讯员 某某）…, 本站北京电): the report begins, whatever
# 本站 opens elsewhere (本站声明, 本站所有文章…).
SITE_DATELINE_RE = re.compile(r"^本(?:站|网)[\u4e00-\u9fff]{0,6}?(?:讯(?!息)|电(?![\u4e00-\u9fff]))")


def is_sample_site_lead_in(s: str) -> bool:
    """A line that is a lead-in (…为大家整理了…，供大家参考), alone or after a definition of the kind of text;
    a real paragraph with such a sentence glued on is not one."""
    m = SEO_CLOSE_RE.search(s)
    if not m:
        return False
    start = max(s.rfind(c, 0, m.start()) for c in "。！？!?") + 1
    rest = s[:start]
    return cjk_count(rest) < 20 or bool(KIND_DEFINITION_RE.match(rest))
KEYWORD_LINE_RE = re.compile(r"^(?:[^\s,，;；。]{1,8}[,，;；]){2,}[^\s,，;；。]{1,8}$")
# Words of grammar that a list of tags never has two of, and a sentence's clauses do (在医院工作，作为一个党员，应该…).
CLAUSE_CHARS_RE = re.compile(r"[的了着在是把被要应我你他她们这那就都也还有时之者于将对其]")


def is_keyword_line(s: str) -> bool:
    """党建，支部建设，组织生活: a page's tags on a line; not a sentence cut into short clauses."""
    # (a line opening a quotation is someone speaking: “阿姨，外面结冰，尽量少出门，有啥需要…)
    # (a speech's salutation closed by its colon is no list of tags: 各位委员，各位顾问，同志们：)
    # (nor a notice's addressees closed by a colon: 各县区委组织部，部机关各科室：)
    return bool(KEYWORD_LINE_RE.match(s)) and len(CLAUSE_CHARS_RE.findall(s)) < 2 and s[:1] not in "“\"‘「" \
        and not s.endswith(("：", ":")) \
        and not SALUTATION_END_RE.search(s)


SALUTATION_END_RE = re.compile(r"(?:同志们|朋友们|同学们|老师们|各位[\u4e00-\u9fff]{1,6}|代表们|来宾们|大家)[:：]?$")
def is_glued_items(s: str) -> bool:
    """财政培训财税培训审计培训统计培训…: a menu's or an advert's items glued into one line, each a short word
    and the same word behind it (four times at least, no punctuation between): not a sentence."""
    if len(s) > 80 or re.search(r"[，。；,;、：:]", s):
        return False
    han = "".join(HAN_RE.findall(s))
    pairs = Counter(han[i: i + 2] for i in range(len(han) - 1))
    if not pairs:
        return False
    word, n = pairs.most_common(1)[0]
    if n < 4 or not han.endswith(word):  # (党建引领党建赋能党建融合…, the word in front, is a slogan)
        return False
    pieces = han.split(word)
    items = {p for p in pieces if p}
    return len(items) >= 4 and sum(1 for p in pieces if len(p) <= 4) >= 0.75 * len(pieces)


EMPTY_COUNTER_RE = re.compile(r"^(?:阅读|浏览|点击|访问|查看)(?:量|数|次数|人数)?[:：]$")
WELCOME_RE = re.compile(r"^(?:您好|你好)[!！,，]?\s*欢迎(?:您|你)?(?:来到|访问|光临)")
# 温馨提示 / 免责声明 blocks are followed by numbered notice lines that belong to them.
NOTICE_BLOCK_RE = re.compile(r"^(?:温馨提示|免责声明|特别声明|声明|下载提示|注意事项|版权声明|版权(?:与|和|及)免责声明|版权说明|郑重声明)[:：]?$"
                             # … with the site's name in front (某某网站版权与免责声明：)
                             r"|^\S{2,12}?(?:网站|网|站)(?:版权声明|免责声明|版权(?:与|和|及)免责声明)[:：]?$")
NUMBERED_NOTICE_RE = re.compile(r"^(?:\d{1,2}[.、．]|[①②③④⑤⑥⑦⑧⑨⑩]|[（(]\d{1,2}[)）])")
# Notices that the page holds only part of the text (an "expand" button like 展开阅读全文 is not one).
PREVIEW_LIMIT_RE = re.compile(r"最多预览|预览(?:阅读)?已?结束|(?:试下载|试读|免费预览|可预览)部分|可(?:阅读|预览|试读)的?页数|剩余\d*页?未读|还剩\d+页未读|继续免费阅读|试读结束|未完待续|下载文档查看全文|下载后查看完整|付费阅读|开通会员.{0,6}阅读"
                              r"|^(?:论文|文章|全文)?部分内容(?:阅读|预览|节选)$")
# Forum floor labels (沙发, 板凳, 3楼 …) and view/like counters (阅读 1.2万) standing alone.
FLOOR_RE = re.compile(r"^(?:沙发|板凳|地板|楼主|\d{1,4}(?:楼|#)|#\d{1,4})$")
COUNT_RE = re.compile(r"^[\d.]+[万千wk]?\+?\s*(?:人|次)(?:看过|浏览过?|阅读过?|观看|已读|已看|在看|关注|点赞|收藏)$"  # 136人看过
                      r"|^(?:阅读|浏览|点击|播放|查看|回复|点赞|在看|收藏|评论)(?:量|数|次数)?:?[\d.]+[万千wk+]?(?:\|?(?:阅读|浏览|点击|播放|查看|回复|点赞|在看|收藏|评论):?[\d.]+[万千wk+]?)*$")
# The end mark of public-account articles.
END_RE = re.compile(r"^[-—–=·•\s]*(?:END|End|THEEND|完|全文完)[-—–=·•\s]*$")
HEADING_MARK_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})+|\d{1,2}、"
                             r"|\d{1,2}[.．](?=[\u4e00-\u9fff])|第[一二三四五六七八九十]+[章节部分])")


PAGE_NUMBER_RE = re.compile(r"[\d\s/|第页共.\-–—]+")
CJK_OR_WORD_RE = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{3}")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_MARK_RE = re.compile(r"[。，！？；]")
CLAUSE_MARK_RE = re.compile(r"[。，！？；：:,]")
TOKEN_SEP_RE = re.compile(r"[\s|｜丨/]+")


def strip_bullets(line: str) -> str:
    return line.lstrip(BULLETS + " ")


WORDLIKE_RE = re.compile(r"[\w\u3400-\u9fff]")


# A document site's notices listed with numbers (1. 1、本文档共6页… / 2、本站所有内容均由网友上传…): a notice still.
NOTICE_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?:\d{1,2}\s*[、.．]\s*)?")
ITEM_NOTICE_RULES = frozenset({"document-site-notice", "disclaimer", "reprint-notice", "junk-phrase", "site-chrome"})


# A sentence telling what someone did, with a word furniture also uses (党员们把照片分享到朋友圈。, 他把老照片收藏至今。,
# 馆里收藏了大量文物，同学们认真听讲，深受教育。): clauses of four characters or more parted by commas, and a full stop;
# furniture says it in a phrase (分享到：, 收藏本站, 打印本页).
TOLD_SENTENCE_RE = re.compile(r"^[\u4e00-\u9fff“”]{4,}(?:[，,][^，,]*[\u4e00-\u9fff]{4,}[^，,]*)+[。！]$")


# A site's notice under its name in brackets (【版权声明】本网部分文章…, [免责声明]…)
BRACKETED_NOTICE_RE = re.compile(r"^[【\[](?:版权声明|免责声明|特别声明|郑重声明|版权说明|温馨提示|版权所有)[】\]]")
# An item's number opening a line of a document's list: Chinese, Arabic or Roman numerals, in brackets or angle marks.
LISTED_ITEM_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）]"
                            r"|[IVXⅠ-Ⅻ]{1,4}[、.．]|[<‹〈＜][一二三四五六七八九十]{1,3}[>›〉＞])")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def sibling_kept(line: str, out: list[str]) -> bool:
    """The item before this one in the same numbering (二、 before 三、, VIII、 before IX、, <五> before <六>) stands among
    the last lines kept."""
    m = re.match(r"^([一二三四五六七八九十]{1,3}|\d{1,2}|[IVX]{1,4})([、.．])|^([<‹〈＜（(])([一二三四五六七八九十\d]{1,2})([>›〉＞)）])", line)
    if not m:
        return False
    number = m.group(1) or m.group(4)
    n = int(number) if number.isdigit() else ROMAN.get(number) if number[0] in "IVX" else cn_to_int(number)
    if not n or n < 2:
        return False
    if number.isdigit():
        prev = str(n - 1)
    elif number[0] in "IVX":
        prev = next(k for k, v in ROMAN.items() if v == n - 1)
    else:
        prev = "一二三四五六七八九十"[n - 2] if n <= 10 else None
    if prev is None:
        return False
    heads = (prev + m.group(2),) if m.group(1) else (m.group(3) + prev,)
    return any(o.strip().startswith(heads) for o in out[-60:] if o.strip())


ITEM_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])")


def is_only_symbols(s: str) -> bool:
    """Pictographs, arrows and marks such as ® and nothing else (no letter, digit, punctuation or quote)."""
    return all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in s)


# What an adult-spam line holds besides the run strip_adult_run takes (a paragraph keeps none of it)
SPAM_LEFT_RE = re.compile(r"视频|在线观看|免费观看|精品|国产|亚洲|天堂|午夜|成人|黄色|色情|av|AV")


def all_quoted(pattern: re.Pattern, s: str) -> bool:
    """Every match of a chrome word stands inside quotes: the text names the thing (“二维码党员证”), no button says it."""
    if "“" not in s:
        return False
    return all(s.count("“", 0, m.start()) > s.count("”", 0, m.start()) for m in pattern.finditer(s))


# A unit named after the site it runs, in a headline of what it did (某某门户网站运营中心党支部赴某某报社开展共建):
# the site's word is part of a name there, not the site's own furniture.
SITE_IN_NAME_RE = re.compile(r"(?:门户网站|官方网站)(?=[\u4e00-\u9fff]{2,}(?:中心|公司|办公室|编辑部|党支部|党总支|工作站))"
                             r"(?=.*(?:开展|举办|举行|召开|赴|走进|参观|组织|启动|签约|共建|学习|调研))")


# A paper's reporters' credit with the names glued to the roles (□ 某某日报记者某某 某某, □本报记者某某本报通讯员某某某某某):
# the outlet, the role, names and nothing else.
GLUED_REPORTERS_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,10}?(?:报|社|台|网|刊|本报|本刊|本网)(?:全媒体|融媒体|首席|特约|见习|实习)?"
                                r"(?:记者|通讯员)\s*([\u4e00-\u9fff·]{2,4}?)\s*)"
                                # (the later roles may name no outlet: 某某网记者某某通讯员某某)
                                r"(?:(?:[\u4e00-\u9fff]{0,10}?(?:报|社|台|网|刊)|本报|本刊|本网)?(?:全媒体|融媒体|首席|特约|见习|实习)?"
                                r"(?:记者|通讯员)\s*([\u4e00-\u9fff·]{2,4}?)\s*){0,3}(?:[\s、，,]*[\u4e00-\u9fff·]{2,3}){0,4}$")
# A box of the page's fields opening on the writer's (【作者：记者 某某/来源：…】): the writer's name before the next field.
AUTHOR_FIELD_IN_BOX_RE = re.compile(r"^[【\[]?\s*作者\s*[:：]\s*(?:本报|本刊|本网)?(?:记者|通讯员)?\s*([\u4e00-\u9fff·]{2,4}?)\s*[/／|｜]\s*(?:来源|出处|日期|时间|发布)")
# A paper's mark and 文 before its reporters' credit (◎ 文《某刊》杂志全媒体记者 某某 见习记者 某某, ●文/本刊记者 某某).
WRITER_MARK_RE = re.compile(r"^\s*[◎●■□◆▲★]?\s*文\s*[/／|｜:：]?\s*(?=\S{0,16}(?:记者|通讯员))")
GLUED_ROLE_RE = re.compile(r"(?:本报|本刊|本网|本台)?(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员)")
# The outlets that carried the report before the one whose reporters follow (某某日报/某某网记者某某): parted by a slash.
LEAD_OUTLETS_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,10}?(?:报|网|台|社|刊|客户端)\s*[/／、|｜]\s*){1,3}(?=[\u4e00-\u9fff]{1,10}?(?:报|社|台|网|刊)"
                             r"(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员))")
REPORTER_ROLE_SPLIT_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,10}?(?:报|社|台|网|刊)|本报|本刊|本网)?(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员)")


# A line of only reporters' and correspondents' credits, each role with its names (记者：某某, 全媒体记者：某某 某某,
# 通讯员 某某某, （本报记者 某某 通讯员 某某）): the page's credit under or over the text, not a sentence of it.
# An editor's or a reviewer's credit in brackets behind a line's other credits ([编辑：某某], （责编：某某）).
STAFF_BRACKET = r"\s*[\[【（(]\s*(?:编辑|责编|责任编辑|审核|校对|编审)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*[\]】）)]\s*"
# (the outlet before the role: a paper, an agency, a station, a site or a public account: 某某日报, 某某发布, 某某融媒)
REPORTER_ROLE = (r"(?:(?:[\u4e00-\u9fff]{0,8}?(?:报|社|台|网|刊|发布|融媒)|本报|本刊|本网|本台)?(?:全媒体|融媒体|首席|特约|见习|实习)?"
                 r"(?:记者|通讯员))")
# (… with what they did after the names, 文图, 报道; and the editor's credit in brackets behind: 记者 某某 [编辑：某某])
REPORTER_CREDIT_LINE_RE = re.compile(r"^[（(【\[]?\s*(?:" + REPORTER_ROLE + r"\s*[:：\s]\s*[\u4e00-\u9fff·]{2,4}"
                                     r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4})*\s*[；;，,]?\s*){1,4}"
                                     r"(?:(?<=\s)(?:文图|图文|文/图|报道|文|图))?\s*[)）】\]]?\s*(?:" + STAFF_BRACKET + r")?$")


def reporter_credit_names(s: str) -> list[str]:
    """The names of a line of only reporters' credits (REPORTER_CREDIT_LINE_RE), or [] when it is not one: every
    name on a surname, none a unit or a role (记者：您好 is an interview's question)."""
    if not REPORTER_CREDIT_LINE_RE.match(s):
        return []
    s = re.sub(STAFF_BRACKET + r"$", "", s)
    s = re.sub(r"(?<=\s)(?:文图|图文|文/图|报道|文|图)\s*[)）】\]]?\s*$", "", s)  # (本刊记者 某某 文: what the name did)
    names = [n for n in re.split(r"[（(【\[\]】)）:：、，,；;\s]+", re.sub(REPORTER_ROLE, " ", s)) if n]
    # (新华社记者 某某某摄: a photographer's credit, whose name is no author's)
    # (记者：谢谢 closes an interview: a doubled character is a word, not a name)
    ok = all(n[0] in SURNAMES and not n.endswith(UNIT_ENDS + ("摄",)) and not any(w in n for w in CREDIT_ROLE_WORDS)
             and not (len(n) == 2 and n[0] == n[1]) for n in names)
    return names if ok else []


def is_glued_reporters(s: str) -> bool:
    """GLUED_REPORTERS_RE, every name after a role opening on a surname (本报记者深入一线采访 is a sentence)."""
    s = LEAD_OUTLETS_RE.sub("", s)
    if not GLUED_REPORTERS_RE.match(s):
        return False
    pieces = [p for p in REPORTER_ROLE_SPLIT_RE.split(s) if p.strip()]
    return bool(pieces) and all(p.strip()[:1] in SURNAMES for p in pieces)


def is_told_sentence(s: str) -> bool:
    return len(s) >= 20 and bool(TOLD_SENTENCE_RE.match(s))


# A line of writers' names over a paper, with nothing else (某某某，某某，*，某某; 某某 某某某 某某某; 海 群): the rules that
# take such a line for page furniture, and the names it holds (head_names).
HEAD_NAMES_RULES = ("buttons-or-meta", "keyword-line", "junk-shape", "metadata-line")
PADDED_PAIR_RE = re.compile(r"^\s*([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])\s*$")


def head_names(line: str) -> list[str]:
    """The names of a line of two to eight writers' names (each of two or three characters, opening on a surname, parted
    by spaces or commas, a corresponding writer's * left out), or one name padded to the width of three (海 群)."""
    if (pair := PADDED_PAIR_RE.match(line)) and pair.group(1) in SURNAMES:
        return [pair.group(1) + pair.group(2)]
    tokens = [t for t in re.split(r"[\s、，,;；]+", unpad_names(line.strip())) if t and t.strip("*＊")]
    if not 2 <= len(tokens) <= 8 or len(set(tokens)) < len(tokens):
        return []
    if all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) and t[0] in SURNAMES and t[0] != "党" for t in tokens):
        return tokens
    return []


# A reporter's credit on a line of its own, closed by 报道/摄/采写, the names perhaps run together (□记者某某某某报道).
RUN_CREDIT_RE = re.compile(r"^[□■●◆◎]?(?:本报|本台|本网|[\u4e00-\u9fff]{2,10}?(?:日报|报社|报|台|网|融媒体中心))?(?:全媒体|融媒体|首席|见习|实习|特约)?记者"
                           r"([\u4e00-\u9fff、]{2,14}?)(?:报道|摄影?|文/图|文图|采写)$")


def run_together_credit(s: str) -> list[str] | None:
    """The names of a reporter's credit whose names run together (RUN_CREDIT_RE, spaces squeezed out): the one way to read
    them as names of two or three characters each opening on a surname; [] when there are several ways; None when there
    is none (记者在现场看到群众纷纷报道 is a sentence)."""
    m = RUN_CREDIT_RE.match(s)
    if not m:
        return None
    reads: list[list[str]] = []

    def split(rest: str, names: list[str]) -> None:
        if not rest:
            reads.append(names)
            return
        for n in (2, 3):
            if len(rest) >= n and rest[0] in SURNAMES and "、" not in rest[:n]:
                split(rest[n:].lstrip("、"), names + [rest[:n]])

    split(m.group(1).strip("、"), [])
    if not reads:
        return None
    return reads[0] if len(reads) == 1 else []


DOC_TEXT_LABELS = ("文档介绍", "文档简介", "文档描述", "资源描述", "内容简介", "资料简介")


@functools.lru_cache(maxsize=65536)
def junk_rule(line: str) -> str | None:
    """The name of the rule that makes this one line junk on its own, or None."""
    rule = _line_rule(line)
    bare = strip_bullets(line.lstrip()) if line.lstrip()[:1] in BULLETS else line  # (- 2、…: a notice as a list's item)
    if rule is None and bare.lstrip()[:1].isdigit() and (m := NOTICE_NUMBER_RE.match(bare)) and len(bare) - m.end() >= 8:
        inner = _line_rule(bare[m.end():])
        if inner in ITEM_NOTICE_RULES:
            return inner
    return rule


EMPTY_BRACKETS_TAIL_RE = re.compile(r"(?<!\])(?:\(\)|（）|\[\]|【】)+$")


# A span of hours (14:30-15:00, 9:00至11:30): an event's schedule, which no page's date stamp has.
TIME_SPAN_RE = re.compile(r"\d{1,2}[:：]\d{2}\s*[-—–~～至到]\s*\d{1,2}[:：]\d{2}")


def _line_rule(line: str) -> str | None:
    s = squeeze(strip_bullets(line))
    if s[-1:] in ")）]】" and (bare := EMPTY_BRACKETS_TAIL_RE.sub("", s)) and bare != s:
        s = bare  # (第4版(): a field's empty value, its brackets left; the line is what stands before them)
    if not s:  # bullets or dashes alone (•, ——————): a rule between parts, no text
        return "garbled-line" if line.strip() else None
    if (len(s) <= 6 or len(set(s)) <= 2) and not WORDLIKE_RE.search(s):
        return "garbled-line"  # : or 。 or {} alone, a rule of dashes (——————): marks with no word to belong to
    if (m := ITEM_NUMBER_RE.match(s)) and m.end() < len(s) and is_only_symbols(s[m.end():]):
        return "garbled-line"  # 一、➡ : an item's number before an emoji, its text lost
    lex = lexicon()
    if lex["any_contains"] and lex["any_contains_re"].search(s):  # (an empty list's pattern is tried at every position)
        return "junk-phrase"
    if ("是" in s or s.startswith("#") or "为您" in s[:40]) and SEO_RE.search(s):  # what SEO_RE needs at all
        return "seo-lead-in"
    if len(s) <= SEO_CLOSE_MAX and ("大家" in s or "为您" in s or "为你" in s) and is_sample_site_lead_in(s):
        return "seo-lead-in"
    if BUTTON_ROW_RE.match(s):
        return "action-buttons"
    if DOC_PAGE_RE.search(s):
        return "document-site-page"
    # (a commentary under its label, 评论：这篇报道体现了…。首先，…: the page's text, not its comment box)
    long_prose = (len(s) > 150 or (len(s) > 60 and s.startswith(("评论:", "评论：", "点评:", "点评：")))) and sentence_count(s) >= 2
    # (文档介绍：一、组织员制度 1. …制度是…。: a document site's label glued to the document's own text, which stays)
    long_prose = long_prose or (len(s) > 60 and s.startswith(DOC_TEXT_LABELS) and sentence_count(s) >= 1)
    # (字体：一般使用宋体、黑体等规范字体，字号为小四号。: a document's format rule, written as a sentence, not a reader's buttons)
    long_prose = long_prose or (s.startswith(("字体", "字号")) and len(s) >= 14 and ends_sentence(s) and bool(re.search(r"[，,、]", s)))
    if not long_prose and (s.startswith(lex["line_start"]) or BRACKETED_NOTICE_RE.match(s)) and not SITE_DATELINE_RE.match(s) and not (
            s.startswith(("时间:", "日期:", "时间：", "日期：")) and len(s) > 3
            and (not PAGE_DATE_RE.search(s) or (len(s) > 30 and ends_sentence(s) and not PAGE_STAMP_RE.match(s))
                 or TIME_SPAN_RE.search(s) or TEMPLATE_BLANK_RE.search(s))):
        # (时间:上午9:00-9:30 is a plan's schedule; 时间：换届选举从10月28日全面启动，…结束。 a plan's sentence;
        # 时间：20__年3月15日 a record's field in a template, its year left blank)
        return "site-chrome"
    if len(s) <= lex["short_max"] and lex["short_contains_re"].search(s) and not HEADING_MARK_RE.match(s) \
            and not is_told_sentence(s) and not all_quoted(lex["short_contains_re"], s) and not GLUED_CREDIT_TAIL_RE.match(s) \
            and not SITE_IN_NAME_RE.search(s) and not ((bare := strip_spam_brands(s)) != s and cjk_count(bare) >= 8
                                                       and not lex["short_contains_re"].search(bare)):
        # (a sentence whose 官方网站 is a betting site's in place of a unit's name: only the name goes, in debris)
        return "site-chrome"
    if FLOOR_RE.match(s) or COUNT_RE.match(s) or END_RE.match(s):
        return "forum-or-counter"
    if len(s) < 12 and PAGE_NUMBER_RE.fullmatch(s):
        return "page-number"
    if is_garbled_symbols(s):
        return "garbled-line"
    if s[:1] == "《" and len(s) <= 40 and EDITION_LINE_RE.match(line.strip()):
        return "journal-apparatus"  # 《某某日报》(2012年06月15日 07版): the paper's edition, its name the source
    if len(s) <= 50 and ("记者" in s or "通讯员" in s) and reporter_credit_names(line.strip()):
        return "editorial-credit"  # 全媒体记者：某某 / 通讯员 某某: the page's credit, its names to the authors
    if len(s) <= 40 and ("记者" in s or "通讯员" in s) and is_glued_reporters(s):
        return "editorial-credit"  # □本报记者某某本报通讯员某某某: the paper's reporters, names glued to the roles
    if len(s) <= 50 and ("记者" in s or "通讯员" in s or "实习生" in s) and role_credit_names(line):
        return "editorial-credit"  # (记者某某特约记者某某), 驻京记者 某某 某某, 记者 某某 实习生 某某 文/图: roles and names only
    if len(s) <= 50 and (is_reporter_byline(line) or AFFIL_POSTCODE_RE.match(s) or is_dispatch_byline(line)
                         or ((bare := WRITER_MARK_RE.sub("", line)) != line and is_reporter_byline(bare))):
        return "byline"  # 张某 某某报记者 李某; a unit with its postcode under a paper's title
    if line.lstrip()[:1] in "●■□◎◆▲★○◇☆" and len(s) <= 24 and credit_line_names(line.strip()):
        return "byline"  # □某某某 between the editor's note and the text: a paper's mark before its writer's name
    if WECHAT_BYLINE_RE.match(line.strip()):  # 原创 某某 某某党建 (2023-04-05): a public account's byline
        return "byline"
    if "摄" in line and CREDIT_END_RE.search(line) and len(s) <= 240 and not WRITER_AND_PHOTOGRAPHER_RE.search(s) \
            and sentence_count(s) <= 2:
        # (a paragraph closed by its writer's and photographer's credit keeps its text; so does one of three sentences
        # or more with the credit of its picture after them: the credit alone goes, inline)
        return "photo-caption"
    if "图" in s[:3] and len(s) <= FIGURE_CAPTION_MAX and FIGURE_CAPTION_RE.match(strip_bullets(line).strip()):
        return "photo-caption"
    if len(s) <= 30 and CLC_LINE_RE.fullmatch(s):
        return "journal-apparatus"  # D26(中国共产党): a library classification, its label lost
    if s.isascii() and CODE_LINE_RE.fullmatch(s) and not s.lower().startswith("part"):
        return "code-line"  # 1D177, IMG3021: a picture's or a file's code standing alone
    if len(s) <= 40 and ("认证" in s or "为您" in s or "为你" in s) and ANSWERER_RE.match(s):
        return "seo-lead-in"  # a Q&A site's answerer: 某某已认证, 某某为你整理如下的优质内容
    if line.lstrip()[:1] in "▲△" and len(s) <= UP_CAPTION_MAX and sentence_count(s) <= 2 and not HEADING_MARK_RE.match(s) \
            and "?" not in s:  # (▲是否有利于…？: a list's question, not what a picture shows)
        return "photo-caption"  # ▲某某在党群服务中心参观考察。: the triangle points up at the picture above
    if ("左" in s or "右" in s or "中" in s) and len(s) <= POSITION_CAPTION_MAX and POSITION_RE.search(s) and sentence_count(s) <= 1:
        return "photo-caption"  # 某某（左三）陪同老党员参观: who stands where in a picture
    if s[:1] in "(（" and s[-1:] in ")）" and len(s) <= 62 and BRACKET_CAPTION_RE.match(s) and not re.search(r"\s[\u4e00-\u9fff·]{2,3}(?:[、，,\s]+[\u4e00-\u9fff·]{2,3})*\s*[)）]$", line.strip()):
        return "photo-caption"  # (县委书记某某同志致辞): a picture's caption in brackets, a line of its own
    if "记者" in s[:16] and len(s) <= 30 and (names := run_together_credit(s)) is not None:
        return "editorial-credit"  # □记者某某某某报道: a reporter's credit, the names run together
    if is_foreign_apparatus(s):
        return "foreign-apparatus"
    if is_glued_items(s):
        return "glued-items"
    for rule, pattern, max_len, gate in patterns_for_length(len(s)):
        if (gate is None or gate.search(s)) and pattern.search(s):
            if rule == "seo-lead-in" and "小编" in s and cjk_count(rest := EDITOR_SENTENCE_RE.sub("", s)) >= 20 \
                    and not READER_QUESTION_RE.search(rest):
                continue  # a real paragraph with the editor's sentence glued on: only that sentence goes
                # (… unless what is left asks the reader what the kind of text is: the site's teaser, all of it)
            if rule == "spam" and len(s) >= 60 and sentence_count(s) >= 2 and not SPAM_CLUSTER_RE.search(s):
                continue  # prose that names 欧美 and 国产 a sentence apart: spam words come close together
            if rule == "spam" and len(s) >= 60 and (rest := strip_adult_run(strip_spam_brands(s))) != s and cjk_count(rest) >= 40 \
                    and ends_sentence(rest) and not SPAM_LEFT_RE.search(rest):
                continue  # a paragraph with an adult-spam run or a betting site in place of a name: only that goes (debris)
            return rule
    return None


# A picture's caption between paragraphs naming an official and what he does in it (支部书记讲话, 某某部长在…会议上讲话,
# 副书记某某发言, 图为某某书记讲话): no sentence mark; the same words as a page's title stand above the text and are left.
CAPTION_ACT_RE = re.compile(r"^(?!.*[。！？；：:])(?:图为)?[\u4e00-\u9fff“”、（）()·]{0,16}?(?:书记|部长|主任|局长|县长|市长|区长|镇长|院长|校长|厂长"
                            r"|经理|董事长|主席|处长|科长|所长|站长)[\u4e00-\u9fff“”、，（）]{0,33}(?:讲话|致辞|点评|作报告|讲党课|上党课|主讲党课|发言"
                            r"|调研|指导|慰问|参观|宣读|颁奖|授旗|授牌|主持会议|作动员|提出工作要求)$")


# A picture's caption set in brackets on a line of its own between paragraphs ((县委书记某某同志致辞), (某某镇通过屋场会
# 收集群众诉求。)); a date, a credit, a unit (the writer's, or a unit and a name: (第四党支部 某某)), a rule's adoption note,
# a list of slogans (…在前、…在前、…), a sentence telling when (（…在周五下午举行）) or a note is none. (Matched on the line
# without its spaces.)
BRACKET_CAPTION_RE = re.compile(r"^[（(](?![^）)]*(?:[文图][:：/]|/[文图]|[:：]|供稿|审核|签发|单位|撰稿|文责|编发|终审|实习生|\d{4}年|\d{1,2}月\d{1,2}日"
                                r"|\d{6}|上午|下午|晚上|周[一二三四五六日]|星期|记者|通讯员|作者|来源|摘自|转自|编辑|审议|通过|批准|修订|施行|发布|印发|全文|本文|本报|本刊|上接|下转"
                                r"|上的(?:讲话|发言|致辞|报告|演讲|讲课|党课)))"  # (（在某某开幕式上的讲话）: a speech's occasion, under its title)
                                r"(?![注附完续])(?![^）)]*、[^）)]*、)"
                                r"(?![^）)]*(?:学院|大学|学校|委员会|办公室|支部|总支|党委|党组|中心|医院|公司|集团|[局部处室所会])[)）]$)"
                                r"[^（）()]{6,58}[)）]$")


# A template's blank to fill in (20__年, ××月, XX日): a form's field, no page's data.
TEMPLATE_BLANK_RE = re.compile(r"_{2,}|＿{2,}|(?<!\d)(?:20|19)?[×xX]{2}年|[×xX]{1,2}月[×xX]{1,2}日")


# A sample site's question to the reader about the kind of text it offers (你知道某某心得体会是什么吗？).
READER_QUESTION_RE = re.compile(r"(?:你|您|大家)(?:知道|了解|清楚)[^。！？!?]{2,40}(?:是什么|有哪些|怎么写|如何写)(?:吗|呢)[?？]")


# Spam words as injected spam strings them, close together (国产精品…无码, 欧美日韩): two within a few characters.
SPAM_WORDS = (r"(?:午夜|无码|(?<![a-z])av(?![a-z])|熟女|少妇|买球|百家乐|博彩|赌场|娱乐城|体育app|一区二区|日韩|欧美|综合色|女色|成色"
              r"|色窝|色在线|人人澡|成人|黄色|色情|久久|精品|视频|国产|亚洲|棋牌|彩票|开户|免费观看|在线观看)")
SPAM_CLUSTER_RE = re.compile(SPAM_WORDS + r".{0,12}?" + SPAM_WORDS, re.I)


# A photographer's credit closing a caption: …活动现场。 某某 摄, /某某 摄 |, （某某 某某 摄）, 。某某/摄, 。通讯员某某摄. A paragraph
# of the article ends with its punctuation, never with a credit.
WRITER_AND_PHOTOGRAPHER_RE = re.compile(r"。[)）]?\s*[（(][^（）()]{0,24}?(?:[\u4e00-\u9fff]{2,4}\s*(?:文|/文|文字)[\s、，,/]*[\u4e00-\u9fff]{2,4}\s*(?:摄|摄影|图)|文\s*/\s*(?:摄|图))[)）]$")
CREDIT_END_RE = re.compile(r"(?:^|[\s/（(。])(?:记者|通讯员)?[\u4e00-\u9fff]{2,4}(?:[\s、，,][\u4e00-\u9fff]{2,4}){0,3}\s*/?\s*摄(?:影)?[）)]?\s*[|｜]?\s*$")
ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# A numbered figure's caption standing alone (图1 某某支部召开党员大会, 图一：…, （图2）, 图3-1 …): a number
# after 图, then a space, a colon or the end (Chinese numerals), or the caption glued to an Arabic number.
# A sentence about the figure (图1所示…, 图2中可以看出…) and a heading 图表 stay.
# Where a person stands in a picture, in brackets after the name: （左五）, （右二）, （前排左三）, （中）.
# ((中) closing a line is a part's label, 怎样写好调研报告（中）: the middle one stands inside a caption)
POSITION_RE = re.compile(r"[（(](?:前排|后排|中排|第[一二三四]排)?(?:[左右]\s*[一二三四五六七八九十\d]{1,2}[)）]|中[)）](?=\S))"
                         # (a bare 左 or 右 right behind the name that opens the line: 某某（左）为群众释疑解惑。)
                         r"|^[\u4e00-\u9fff·]{2,4}[（(][左右][)）]"
                         # (or behind a person named by role inside the caption: …志愿服务队队员（右）在为老人测量血压。)
                         r"|(?<=[\u4e00-\u9fff])[（(][左右][)）](?=[\u4e00-\u9fff])")
POSITION_CAPTION_MAX = 70
UP_CAPTION_MAX = 90
ANSWERER_RE = re.compile(r"^[^，。！？,!?]{1,16}(?:已认证|官方认证|认证用户|实名认证)$"
                         r"|^[^，。！？,!?]{0,16}为(?:您|你)(?:分享|整理|解答|推荐|带来)(?:以下|如下)?的?(?:优质)?(?:知识|内容|答案|回答|资料)[:：]?$")
CLC_LINE_RE = re.compile(r"[A-Z]\d{1,3}(?:\.\d{1,3})*[(（][\u4e00-\u9fff、]{2,20}[)）]")
CODE_LINE_RE = re.compile(r"(?=[A-Za-z0-9_-]*[A-Za-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{4,16}")
FIGURE_CAPTION_RE = re.compile(r"^[（(]?图\s*(?:\d{1,2}(?:[-.．]\d{1,2})?(?![\d]|[-.．]\d)|[一二三四五六七八九十]{1,3}(?=[\s:：)）]|$))[)）]?"
                               r"(?![\u4e00-\u9fff]?(?:所示|中|是|为|可见|显示|表明|反映|说明|给出|列出))"
                               r"(?:[\s:：．.、]*[^。！？；;!?]{0,40})?$")
FIGURE_CAPTION_MAX = 50


def is_foreign_apparatus(s: str) -> bool:
    """A line in English (or pinyin) on a Chinese page: a journal mirror's translated title, authors,
    abstract or keywords (a short line when it is letters only: Innovation, nonpublic enterprises)."""
    if len(s) < 8 or cjk_share(s) > 0.05:
        return False
    letters = len(ASCII_LETTER_RE.findall(s))
    return letters >= 0.6 * len(s) and (len(s) >= 30 or (letters == len(s) and letters >= 8))


def is_garbled_symbols(s: str) -> bool:
    """( K# p" w! |7 D/ Q): symbols and lone Latin letters with no Chinese and no word of three
    letters, as anti-copy debris or a wrong decoding leaves them."""
    if len(s) < 12 or CJK_OR_WORD_RE.search(s):
        return False
    symbols = sum(1 for ch in s if not ch.isalnum())
    return symbols >= 0.35 * len(s)


def is_menu_line(line: str) -> bool:
    """A row of short channel names separated by spaces or bars, with no sentence punctuation."""
    if SENTENCE_MARK_RE.search(line) or SPACED_HEADING_RE.match(line):
        return False  # (第四条 某某委员会委员由董事长、…: a rule's article, cut off at the page's end, is no menu)
    if SPACED_DATE_RE.search(line) or INTRODUCING_END_RE.search(line):
        return False  # (某某在 1 月 31 日的日记中写道：: a sentence typeset with spaces around its figures, leading into a quotation)
    tokens = [t for t in TOKEN_SEP_RE.split(line) if t]
    # (近日 某某部、某某部 联合发文公布 …: a lead written with spaces for its commas opens on when, as no menu does)
    if len(tokens) < 4 or sum(len(t) for t in tokens) / len(tokens) > 12 or LEAD_TIME_RE.fullmatch(tokens[0]):
        return False
    # (董事会由7名董事组成 设董事长1人 … 过半数选举产生[2] - …: a summary's points with their counts and notes, no channels)
    return len(line) < 80 or len(COUNTED_RE.findall(line)) < 2


SPACED_DATE_RE = re.compile(r"\d\s+[年月日]\s*\d*|[年月]\s+\d{1,2}\s+[月日]")
INTRODUCING_END_RE = re.compile(r"(?:写道|说道|说|表示|指出|强调|提到|回忆|介绍|如下)\s*[:：]\s*$")
COUNTED_RE = re.compile(r"\d+\s*(?:名|人|个|家|项|条|次|位|%|％)")


LEAD_TIME_RE = re.compile(r"近日|日前|近期|近年来|今年以来|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?")


# A chapter's or part's heading with its words spaced out (第一章 总 则, 第二部分 主 要 做 法).
SPACED_HEADING_RE = re.compile(r"^\s*第[一二三四五六七八九十百\d]+[章节部分篇条]\s")


def is_button_words(line: str) -> bool:
    """回复 引用 举报 / 点赞 在看 分享: three or more words of at most four characters, nothing else."""
    if CLAUSE_MARK_RE.search(line) or SPACED_HEADING_RE.match(line):
        return False
    tokens = [t for t in TOKEN_SEP_RE.split(line) if t]
    # buttons are words (回复, 点赞): a row of digits and symbols is no button row
    return (len(tokens) >= 3 and all(len(t) <= 4 for t in tokens)
            and sum(bool(HAN_RE.search(t)) for t in tokens) >= 2)


# A plan's or notice's section on when (二、活动时间, 报名日期：): the date under it is what the section says.
TIME_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*[\u4e00-\u9fff]{0,8}(?:时间|日期|时限)(?:[和与及、](?:地点|安排|方式|形式))?[:：]?$")
OUTLET_END_RE = re.compile(r"(?:报|网|台|站|社|刊|杂志|客户端|融媒体中心|融媒|新闻|在线|频道)$")
PAPER_NAME_LABEL_RE = re.compile(r"^当前(?:报纸|报刊)(?:名称)?[:：]\s*(\S{2,20})$")
# (… or a rule's or a document's note of its adoption: （2020年6月29日某某会议审议批准 2020年7月13日某某发布）, （2011年6月 日
# 某某委员会第一次全体会议通过）)
OCCASION_NOTE_RE = re.compile(r"^[（(]在.{2,50}上的(?:讲话|发言|致辞|报告|演讲|讲课|党课|辅导报告)[)）]$"
                              r"|^[（(](?=[^（()）]*(?:19|20)\d{2}年)(?=[^（()）]*(?:通过|批准|发布|印发|修订|施行|会议))[^（()）]{8,90}[)）]$")
QUIZ_OPTION_RE = re.compile(r"^[A-FＡ-Ｆ]\s*[.．、:：]\s*\S")
ANSWER_LINE_RE = re.compile(r"^[【\[]?(?:正确)?答案[】\]]?\s*[:：]?\s*[A-F对错√×]")
# An item of a schedule: what, then after its colon the day or the hour (某某活动：2012.10.17晚上18:00).
SCHEDULE_ITEM_RE = re.compile(r"[:：]\s*(?:(?:19|20)\d{2}[./\-年])?\d{1,2}[./\-月]\d{1,2}|[:：][^:：]{0,8}\d{1,2}[:：]\d{2}")


def under_time_heading(lines: list[str], i: int) -> bool:
    """The line stands under a heading that names a time (二、活动时间 / 2024年4月2日), right under it or in the run of a
    schedule's items under it (4. 活动时间和地点 / 某某活动：2012.10.17晚上18:00 / 某某演讲：…)."""
    k, items = i - 1, 0
    while k >= 0 and items <= 8:
        s = squeeze(lines[k])
        if not s:
            k -= 1
            continue
        if TIME_HEADING_RE.match(s):
            return True
        if not SCHEDULE_ITEM_RE.search(s) or len(s) > 60:
            return False
        k, items = k - 1, items + 1
    return False


DATE_ONLY_RE = re.compile(r"^[（(]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）]?$")


# What makes a dated line between paragraphs page furniture rather than a dated heading of the text.
# The page's own date under a 时间: or 日期: label has a year or a month and day; a plan's 时间：上午9:00 has neither.
PAGE_STAMP_RE = re.compile(r"^(?:时间|日期)[:：]\s*(?:19|20)\d{2}")  # the page's own date after the label
PAGE_DATE_RE = re.compile(r"(?:19|20)\d{2}|(?<!\d)\d{1,2}[-/月.]\d{1,2}(?![\d:])")
YEAR_RE = re.compile(r"(?:19|20)\d{2}")
META_LABEL_RE = re.compile(r"来源|作者|发布|时间|日期|浏览|点击|阅读|编辑|责编|记者|通讯员|供稿|摄影|\d{1,2}:\d{2}|[|｜]")


def is_meta_line(line: str) -> bool:
    """A short line carrying a date or time plus labels, as under a news or document-site title."""
    s = line.strip()
    if DATE_ONLY_RE.match(s) or (len(s) <= 40 and DMY_TIME_RE.match(s)):  # （2023年2月10日）; 16.06.2014 17:55
        return True
    # (a sentence cut off by the page, 2017年12月19日，省纪委召开…，全省…: clauses of running text, not labels)
    return (len(s) <= 100 and bool(DATE_RE.search(s)) and not ends_sentence(s) and sentence_count(s) == 0
            and not (s.count("，") >= 2 and cjk_count(s) >= 30) and not DATED_CLAUSE_RE.match(s) and not CLAUSE_DATE_RE.search(s))


# A sentence's subject and its day, broken off at the line's end (某某公司（以下简称“公司”）于2025年12月12日 / 召开了…): the
# text going on, not a stamp of the page.
CLAUSE_DATE_RE = re.compile(r"以下简称|[\u4e00-\u9fff）)”]于\s*(?:19|20)\d{2}\s*年")
# A sentence opening on its day and going on in a long clause (1921年7月23日，中国共产党第一次全国代表大会在…): text.
DATED_CLAUSE_RE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|凌晨)?[，,][\u4e00-\u9fff“][^，。,]{18,}")


# Asked of the same lines by several steps of one page: a page's worth of lines is kept (LINE_CACHE), not a
# library's worth of paragraphs.
LINE_CACHE = 8192


@functools.lru_cache(maxsize=LINE_CACHE)
def is_body_paragraph(line: str) -> bool:
    s = squeeze(line)
    return len(s) >= 40 and cjk_share(s) > 0.5 and (sentence_count(s) >= 1 or ends_sentence(s)) and junk_rule(line) is None


@functools.lru_cache(maxsize=LINE_CACHE)
def is_prose_line(line: str) -> bool:
    """A sentence of the text, however short: Chinese, ending like a sentence, not junk."""
    s = squeeze(line)
    return len(s) >= 4 and ends_sentence(s) and cjk_share(s) > 0.6 and junk_rule(line) is None


# A forum poster's counters: a number standing above its label (3万 / 主题 / 10万 / 积分).
FORUM_STAT_LABEL_RE = re.compile(r"^(?:主题|帖子|回帖|精华|积分|稿子|金钱|威望|贡献|听众|好友|粉丝|关注|收听|广播)$")
COUNT_VALUE_RE = re.compile(r"^\d+(?:\.\d+)?[万千wWkK]?$")


def previous_text(lines: list[str], i: int) -> str:
    """The nearest non-empty line above line i, squeezed ("" when none)."""
    return next((squeeze(lines[k]) for k in range(i - 1, -1, -1) if lines[k].strip()), "")


def next_text(lines: list[str], i: int) -> str:
    """The nearest non-empty line under line i, squeezed ("" when none)."""
    return next((squeeze(lines[k]) for k in range(i + 1, len(lines)) if lines[k].strip()), "")


# A bare place name on a line of its own (青溪镇, 某某村, 某某街道): under a photo, the place it shows.
PLACE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|村|街道|社区|苏木|嘎查)$")
PLACE_CAPTIONS_MIN = 4


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
SPREAD_CAPTION_MAX = 60


def spread_captions(lines: list[str], nonempty: list[int], first_body: int) -> set[int]:
    """An e-paper's photo spread over the text: its pictures' captions numbered ① ② ③ … (three at least, one short
    sentence each), and a ■-marked caption beside them, all above the text's first paragraph (■某某街道成立… / ①…开放日活动。
    / ②… / ③…). A list numbered so inside the text has its text around it, and stays."""
    head = [i for i in nonempty if i < first_body]
    run = []
    for i in head:
        s = squeeze(lines[i])
        k = len(run)
        if k < len(CIRCLED) and s[:1] == CIRCLED[k] and len(s) <= SPREAD_CAPTION_MAX and sentence_count(s) <= 1:
            run.append(i)
        elif run:
            break
    if len(run) < 3:
        return set()
    found = set(run)
    for i in head:  # (the ■ captions of the same spread, just above or below the run)
        s = squeeze(lines[i])
        if s[:1] in "■▲" and len(s) <= SPREAD_CAPTION_MAX and sentence_count(s) <= 1 and abs(nonempty.index(i) - nonempty.index(run[0])) <= len(run) + 1:
            found.add(i)
    return found


def place_captions(lines: list[str], nonempty: list[int]) -> set[int]:
    """The lines of a page's photo gallery labelled by place: four or more bare place names standing alone,
    none of them under a line leading into a list (参加的单位有：)."""
    places = [i for i in nonempty if len(lines[i]) <= 12 and PLACE_NAME_RE.match(lines[i].strip())]
    if len(places) < PLACE_CAPTIONS_MIN:
        return set()
    before = {i: prev for prev, i in zip(nonempty, nonempty[1:])}
    if any(lines[before[i]].rstrip().endswith((":", "：")) for i in places if i in before):
        return set()
    return set(places)


# A photo's caption left standing between paragraphs once the photo is gone, with no 图为 or photographer to
# mark it: what the picture shows, told as a scene and not as a heading. The kinds (each on a line of
# 5-40 characters with no sentence inside it, no number, no colon, no comma):
# - the scene named as such: 汇报会现场, 某某村村委换届选举唱票过程。, 骑手驿站一角
# - someone named with his post, doing something: 某某校长为老党员送上纪念章, 县委常委、副县长某某出席开幕式并致辞,
#   某某部长在培训会议上讲话
# - what is going on as it goes on: 党员在和非遗传承人学习织造技艺, 驾驶员正仔细检查设备
# - a village's, branch's or company's meeting or activity as an event: 某某镇某某村召开警示教育专题会
# - a ceremony named by its act, as the picture shows it: 某某示范基地揭牌仪式 (not “有温度”的欢迎仪式, a part's heading)
# A heading names a task or a slogan (聚焦组织引领, 把站车打造成主阵地, 党建文化阵地建设) and has none of these.
CAPTION_SCENE_RE = re.compile(r"(?:现场|一角|过程|全景|掠影|瞬间|现场教学|合影留念|(?:揭牌|授牌|授旗|签约|开工|奠基|升旗|宣誓|颁证|捐赠|交接|竣工|落成|挂牌)仪式)。?$")
CAPTION_POST = (r"(?:书记|校长|院长|县长|市长|镇长|乡长|区长|省长|主任|部长|局长|主席|常委|总经理|董事长|所长|站长|队长"
                r"|社长|处长|科长|厅长|村长|教授|理事长|会长|秘书长|巡视员|调研员|行长|馆长|组长|经理)")
CAPTION_DEED = (r"(?:为|向|给|在|出席|主持|讲话|致辞|讲授|宣讲|调研|慰问|看望|走访|参观|检查|察看|视察|指导|颁发|颁奖|送上|送去"
                r"|演示|带领|讲解|接受|作报告|作动员|汇报|介绍|点评|解读|宣读|作总结|发言|授课|主讲|作主旨发言|作专题|作辅导|对)")
NOT_NAME = r"(?!带头|亲自|一行|率先|深入|先后|主动|专门|认真|积极|们|等|和|与|要|也|都|还|又|就)"
# (a unit in front: 某某医院党支部书记某某汇报党建工作; not a sentence's 会议由某某书记某某主持。)
CAPTION_PERSON_RE = re.compile(r"(?:^(?:(?!由)[\u4e00-\u9fff]){2,20}?|[、，,]|^)(?:副|常务副)?" + CAPTION_POST + NOT_NAME + r"[\u4e00-\u9fff]{2,3}(?:同志)?"
                               + CAPTION_DEED
                               + r"|^[\u4e00-\u9fff]{2,3}(?:副)?" + CAPTION_POST + CAPTION_DEED
                               # a surname and the post (洪书记介绍某某医院情况)
                               + r"|^[\u4e00-\u9fff](?:副)?" + CAPTION_POST + CAPTION_DEED
                               + r"|^[\u4e00-\u9fff]{2,3}同志(?:在|为|向|给|讲|作|进行|出席|主持)"
                               # a bare name and the talk, the whole line (某某作报告, 某某作主旨发言): its surname is checked
                               + r"|^(?P<named>[\u4e00-\u9fff]{2,3})(?:作|致)(?:报告|介绍|发言|主旨发言|总结|讲话|辅导报告|专题报告|点评|交流发言)$")
# - people named by what they are, doing something to someone (党员医生为村里的老人进行免费体检, 某某社区志愿者入户为
#   居民维修设备, 支部党员给学生赠书, 初中支部的党员积极观看直播)
CAPTION_GROUP_RE = re.compile(r"^[^，。；：:,]{0,20}(?:党员|志愿者|医生|医护人员|老师|教师|学生|同学|居民|群众|村民|职工|员工"
                              r"|孩子们|小朋友|少先队员|团员|工作人员|与会人员|参会人员|(?:调研|验收|检查|考察|督导|巡察|工作)组)们?"
                              r"(?:全体|主动|纷纷)?(?:上门)?(?:为|给|向|对|入户|正在|一起|共同|进行|实地|(?:积极|认真)?(?:参观|观看|聆听|重温|听取|查看|查阅|察看)"
                              r"|在[^，。；：:,]{2,20}(?:进行|开展)?(?:座谈|交流|参观|学习|合影|研讨)"
                              # (在 of what they are doing as the picture was taken: 党员在清理社区内杂物)
                              r"|在(?:清理|清扫|打扫|整理|帮助|指导|讲解|宣传|检查|测量|发放|分发|排查|巡逻|维修|慰问|劝导"
                              r"|搬运|种植|栽种|包扎|义诊|登记|值守|疏导|采摘|收割|插秧|观看|聆听)"
                              r"|走进|深入|集体|齐聚|聚精会神)")
# - the day first, then who did what (2021年元旦某某集团党委向英雄纪念碑敬献花篮): a picture's date line
CAPTION_DATED_RE = re.compile(r"^(?:19|20)\d{2}(?:年|\.|-)?(?:\d{1,2}(?:月|\.|-)(?:\d{1,2}日?)?|元旦|春节|七一|国庆)[\u4e00-\u9fff“”]{2,24}?"
                              r"(?:党委|党支部|党总支|支部|公司|集团|团委|工会|学校|医院|社区|村)[\u4e00-\u9fff“”]{0,6}?"
                              + CAPTION_DEED + r"|敬献花篮|敬献花圈"
                              # (… or the day, then where and which meeting: 2023年8月17日在某某街道会议室召开某某培训会议)
                              r"|^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[\u4e00-\u9fff“”]{2,24}?(?:召开|举行|举办|开展)"
                              r"[\u4e00-\u9fff“”]{2,24}(?:会议|大会|会|活动|培训|仪式)。?$")
CAPTION_ONGOING_RE = re.compile(r"正在|正(?:仔细|认真|专心|耐心|忙着|细心)|在(?:和|与)[^，。]{2,12}(?:学习|交流|探讨|练习)")
CAPTION_EVENT_RE = re.compile(r"^[\u4e00-\u9fff“”]{2,16}(?:村|镇|乡|社区|街道|支部|党委|党总支|公司|学校|医院)"
                              r"(?:召开|举行|举办|开展)[\u4e00-\u9fff“”]{2,20}(?:会|活动|仪式|培训|讲座)$")
CAPTION_MIN, CAPTION_MAX = 5, 40
CAPTION_AT_END_MAX = 16
CHAIRED_SENTENCE_RE = re.compile(r"(?:主持|出席|参加|列席)(?:会议|了会议|本次会议|此次会议|活动|仪式|学习)?。$")
PICTURE_RE = re.compile(r"^[\[【(（]?(?:图片|图像|照片|配图|图|(?i:image|img|photo|picture))[\]】)）]?$|\.(?:jpe?g|png|gif|bmp|webp)$|wx_fmt=", re.I)


def is_caption_shape(s: str) -> bool:
    if not CAPTION_MIN <= len(s) <= CAPTION_MAX or cjk_share(s) < 0.7 or HEADING_MARK_RE.match(s):
        return False
    body = s[:-1] if s[-1] == "。" else s
    return not re.search(r"[。！？!?；;:：，,—]", body) and s[0] not in "“‘《【[（("


def is_sibling_caption_shape(s: str) -> bool:
    """A short line that may be one of a page's captions (学生发言, 先进党支部代表交流经验): four to twelve Chinese
    characters showing someone at an act (SIBLING_ACT_RE), no mark, no numbering, no part's name (主要做法)."""
    return (4 <= len(s) <= SIBLING_CAPTION_MAX and cjk_share(s) >= 0.7 and not re.search(r"[。！？!?；;:：，,、—“”《》]", s)
            and bool(SIBLING_ACT_RE.search(s)) and not HEADING_MARK_RE.match(s) and not is_section_name(s))


# What such a caption shows someone doing: speaking, being taught or shown round, taking an oath (a part's heading names
# a task instead: 强化党员教育管理, 确定入党积极分子)
SIBLING_ACT_RE = re.compile(r"发言|讲话|致辞|交流|授课|领学|宣讲|讲解|讲党课|宣誓|合影|颁奖|颁发|签约|揭牌|授牌|参观|观看|聆听|座谈|研讨|表态")


# Named people doing what a picture shows, no office before them (某某出席揭牌仪式, 某某和某某共同为基地揭牌).
NAMED_DEED_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:[和与、][\u4e00-\u9fff]{2,3}){0,3}(?:共同|一起|一同)?"
                           r"(?:为|出席|主持|讲话|致辞|调研|参观|视察|揭牌|授牌|授旗|颁奖|颁发|看望|慰问|宣讲|讲授|作报告)")


def is_caption_kind(s: str) -> bool:
    person = CAPTION_PERSON_RE.search(s)
    if person and person.group("named") and (person.group("named")[0] not in SURNAMES or person.group("named")[0] == "党"):
        person = None  # (党员作介绍, 支部作交流发言: no one named)
    return bool(CAPTION_SCENE_RE.search(s) or person or CAPTION_GROUP_RE.search(s)
                or CAPTION_ONGOING_RE.search(s) or CAPTION_DATED_RE.search(s)
                or CAPTION_EVENT_RE.match(s))


BRACKETED_RE = re.compile(r"^[(（]([^()（）]+)[)）]$")
# what a bracketed line between paragraphs is when it is not a picture's caption: the day a speech was given, the
# prize a paper won ((2018年7月2日), (获某某年度调研成果二等奖))
NOT_CAPTION_RE = re.compile(r"^(?:获|荣获|本文|此文|此件|根据|注)|^\d{4}年\d{1,2}月(?:\d{1,2}日)?$")


def is_bracketed_caption(s: str) -> bool:
    """(供电公司工作人员为学生讲解安全用电常识), (大会现场): a picture's caption in brackets, on a line of its own."""
    m = BRACKETED_RE.match(s)
    return bool(m) and is_caption_shape(m.group(1)) and not NOT_CAPTION_RE.search(m.group(1))


RETELL_MIN, RETELL_SHARE = 14, 0.85
RETELL_NEAR_MIN = 8
SIBLING_CAPTION_MAX = 12
PICTURE_DEBRIS_MAX = 40
TASK_WORDS_RE = re.compile(r"推动|推进|助力|赋能|引领|打造|筑牢|走深走实|提升|加强|强化|深化|做好|发挥|彰显|让|把|以")
UNIT_END_RE = re.compile(r"(?:委员会|人民政府|政府|公司|集团|党委|党组|支部|总支|办公室|局|院|中心|学校|大学|学院)$")


def may_retell(s: str) -> bool:
    """What a caption retelling a paragraph looks like: what the picture shows happens somewhere (某某在某某街道启航);
    a part's heading names a task, its words also in the paragraph under it (建设“红色税站”推动学习教育走深走实); a
    unit's signature says its name again."""
    return len(s) >= RETELL_MIN and "在" in s[1:] and not TASK_WORDS_RE.search(s) and not UNIT_END_RE.search(s)


def may_retell_next_to(s: str) -> bool:
    """A shorter line that may be a caption retelling the paragraph above it: no task a heading names, no
    numbering, no unit's name closing it."""
    return RETELL_NEAR_MIN <= len(s) < RETELL_MIN and not TASK_WORDS_RE.search(s) and not UNIT_END_RE.search(s)


def retells(s: str, paragraphs: list[str]) -> bool:
    """The line's words (its character pairs) are nearly all in one paragraph: it says again what that tells."""
    pairs = {s[k:k + 2] for k in range(len(s) - 1)}
    return any(len(p) > len(s) and sum(1 for x in pairs if x in p) >= RETELL_SHARE * len(pairs) for p in paragraphs)


# A carousel's prompt to swipe through its pictures (左右滑动查看更多, 向左滑动查看).
SWIPE_RE = re.compile(r"^(?:左右|向左|向右|上下)?滑动(?:查看|浏览)?(?:更多)?(?:图片|照片)?[>》]*$")
SWIPE_CAPTIONS_MAX = 6


def swipe_captions(lines: list[str], nonempty: list[int]) -> set[int]:
    """The captions over a carousel's swipe prompt (邀请嘉宾录制视频 / 在某某室录制普法视频 / 左右滑动查看更多): short
    lines that are no sentence, right above it, one a picture."""
    out: set[int] = set()
    for k, i in enumerate(nonempty):
        if not SWIPE_RE.match(squeeze(lines[i])):
            continue
        for j in reversed(nonempty[max(0, k - SWIPE_CAPTIONS_MAX):k]):
            s = squeeze(lines[j])
            # (a headline's spaced phrases, a name with its office in brackets: the text's parts above the pictures)
            if len(s) > 20 or ends_sentence(lines[j]) or s.endswith((":", "：")) or HEADING_MARK_RE.match(s) \
                    or re.search(r"[\[【（(\s]", lines[j].strip()):
                break
            out.add(j)
    return out


def scene_captions(lines: list[str], nonempty: list[int], title: str = "") -> set[int]:
    """Photo captions between paragraphs (see CAPTION_SCENE_RE): a line of a caption's kind whose neighbours,
    leaving out lines the junk rules take and other such captions, are paragraphs of the article (or, under
    it, the page's end); or a line of that shape standing between two pictures' placeholders (图片 / 某某文化长廊 /
    图片): a heading under one picture is common, one between two is not. Over the first paragraph
    only a scene named as such goes (某某会议现场): any other line there may be the page's title."""
    # (a ceremony's name may open with a quoted word: “某某”示范点授牌仪式)
    shaped = [i for i in nonempty if is_caption_shape(squeeze(lines[i]))
              or (squeeze(lines[i])[:1] == "“" and CAPTION_SCENE_RE.search(lines[i]) and is_caption_shape(squeeze(lines[i])[1:]))]
    pos = {i: k for k, i in enumerate(nonempty)}
    # (a sentence there, closed by its full stop, is the article's: 座谈会由某某主持。)
    under_picture = {i for i in shaped if 0 < pos[i] < len(nonempty) - 1 and not lines[i].rstrip().endswith(("。", "."))
                     and all(PICTURE_RE.search(squeeze(lines[nonempty[pos[i] + d]])) for d in (-1, 1))}
    # (a picture's caption may say again what a paragraph tells: 某某首家驿站在某某街道启航, over …驿站在某某街道正式启航。)
    told: list[str] = []
    candidates = set()
    for i in shaped:
        s = squeeze(lines[i])
        if CHAIRED_SENTENCE_RE.search(s) and i not in under_picture:
            continue  # 党委副书记某某主持会议。: who chaired it, a report's own sentence
        if i in under_picture or is_caption_kind(s):
            candidates.add(i)
        elif may_retell(s):
            told = told or [squeeze(lines[k]) for k in nonempty if is_body_paragraph(lines[k])]
            if retells(s, told):
                candidates.add(i)
        elif may_retell_next_to(s):
            # (a short one says again what the paragraph above it told: 参观某某革命遗址群 under …参观了某某革命遗址群;
            # a part's heading says what the paragraph under it will: 确定入党积极分子 over …便确定为入党积极分子)
            above = squeeze(lines[nonempty[pos[i] - 1]]) if pos[i] > 0 else ""
            below = squeeze(lines[nonempty[pos[i] + 1]]) if pos[i] + 1 < len(nonempty) else ""
            if is_body_paragraph(above) and retells(s, [above]) and not retells(s, [below]) and not quotes_close(s, above):
                candidates.add(i)
    candidates |= {i for i in nonempty if is_bracketed_caption(squeeze(lines[i]))}
    # (a one-sentence line right under a picture's placeholder, a paragraph under it: 图片 / 村民在某某参加写春联活动。)
    candidates |= {i for i in shaped if 0 < pos[i] < len(nonempty) - 1 and PICTURE_RE.search(squeeze(lines[nonempty[pos[i] - 1]]))
                   and not PICTURE_RE.search(squeeze(lines[nonempty[pos[i] + 1]])) and not CHAIRED_SENTENCE_RE.search(squeeze(lines[i]))
                   and (lines[i].rstrip().endswith("。") or is_caption_kind(squeeze(lines[i])))}
    shaped_set = set(shaped)
    # dated lines one under the other are a list of what happened when (a year's events), not pictures' captions
    dated = {i for i in candidates if CAPTION_DATED_RE.search(squeeze(lines[i]))}
    candidates -= {i for i in dated if any(0 <= pos[i] + d < len(nonempty) and nonempty[pos[i] + d] in dated for d in (-1, 1))}

    def neighbour(i: int, step: int) -> str | None:
        # (what is left of a picture between them, .jpg) or image, is no text; nor is one short line of a caption's
        # shape beside it, the place the picture was taken: 某某村疫情防控联系点 / 志愿者对来往车辆进行检查登记)
        k, passed = i + step, False
        while 0 <= k < len(lines):
            if lines[k].strip() and k not in candidates and junk_rule(lines[k]) is None:
                if cjk_count(lines[k]) == 0 and len(lines[k].strip()) <= PICTURE_DEBRIS_MAX:
                    pass
                elif not passed and k in shaped_set and not is_body_paragraph(lines[k]):
                    passed = True
                else:
                    return lines[k]
            k += step
        return None

    found = set()
    for i in sorted(candidates):
        before, after = neighbour(i, -1), neighbour(i, 1)
        s = squeeze(lines[i])
        if is_bracketed_caption(s) and s != title:  # (the brackets say it: one paragraph beside it is enough)
            if (before is not None and is_body_paragraph(before)) or (after is not None and is_body_paragraph(after)):
                found.add(i)
            continue
        # (a caption of people at work, or dated, may stand over the next part's heading: 党员医生为老人进行免费体检 /
        # 主题二：…)
        if after is None and len(s) > CAPTION_AT_END_MAX and not CAPTION_SCENE_RE.search(s):
            continue  # (the page's last line may be its text cut off by the page: 某某会长在总结中提出三点要)
        if s == title or not (after is None or is_body_paragraph(after)
                              or ((CAPTION_GROUP_RE.search(s) or CAPTION_DATED_RE.search(s)) and not ends_sentence(s))):
            continue
        if (before is None and CAPTION_SCENE_RE.search(s)) or (before is not None and is_body_paragraph(before)):
            found.add(i)
    # Two or more pictures' captions one under the other right over the first paragraph, under the page's head
    # (某某出席揭牌仪式 / 某某和某某共同为基地揭牌 / 某某出席揭牌仪式并讲话 / 5月6日，…): a run of them is no title.
    first_body = next((k for k in range(len(nonempty)) if is_body_paragraph(lines[nonempty[k]])), None)
    if first_body is not None and first_body >= 3:
        run = []
        for k in range(first_body - 1, 0, -1):
            i = nonempty[k]
            s = squeeze(lines[i])
            if i in shaped_set and not ends_sentence(lines[i]) and len(s) <= 30 and s != title and (
                    is_caption_kind(s) or ((m := NAMED_DEED_RE.match(s)) and m.group(1)[0] in SURNAMES)):
                run.append(i)
            elif junk_rule(lines[i]) is not None and run:
                continue
            else:
                break
        if len(run) >= 2:
            found |= set(run)
    # A page whose pictures are captioned so has its other captions of the same shape between paragraphs
    # (会议现场 … 授牌仪式 … 先进党支部代表交流经验): a short line between two paragraphs, on a page with no numbered
    # heading, is one of them. (A report's parts are numbered; a feature's unnumbered headings run longer: 服务送到家门口
    # 之难题解在社区内.)
    # (a scene the lexicon names: 会议现场; a picture's file name or credit says nothing of how the captions read)
    named = {i for i in nonempty if len(lines[i]) <= 40 and CAPTION_SCENE_RE.search(lines[i].rstrip())
             and junk_rule(lines[i]) == "photo-caption"}
    if (found or named) and not any(i in candidates for i in found if is_bracketed_caption(squeeze(lines[i]))) \
            and not any(HEADING_MARK_RE.match(lines[i].lstrip()) for i in nonempty):
        short = {i for i in nonempty if is_sibling_caption_shape(squeeze(lines[i]))} | found | named

        def beyond(i: int, step: int) -> str | None:  # the next line that is no such caption (a run of them: 学生发言 / 会议现场)
            k = i + step
            while 0 <= k < len(lines):
                if lines[k].strip() and k not in short and k not in candidates and junk_rule(lines[k]) is None:
                    return lines[k]
                k += step
            return None
        found |= {i for i in short - found - named if (b := beyond(i, -1)) is not None and is_body_paragraph(b)
                  and (a := beyond(i, 1)) is not None and is_body_paragraph(a)}
    return found


ARTICLE_OPENING_RE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,5}条\s*[\u4e00-\u9fff“]{4}")


def quotes_close(s: str, above: str) -> bool:
    """Whether s is the words the paragraph above closes on, quoted or said after a colon (…这样的回答：像战士一样去战斗！
    over the heading 像战士一样去战斗): a feature's part named by them, not a picture's caption retelling an act."""
    end = above.rstrip().rstrip("。！？!?”\"’'…")
    return end.endswith(s) and end[-len(s) - 1: -len(s)] in ("：", ":", "“", "\"", "‘")


# Short lines set one or two at a time between the article's paragraphs, three or more of them on a page with no
# numbered heading, none naming a task as a part's heading does (强化…, 推动…): the pictures' captions (党支部全体成员
# 留影 / 某某主持学习 / 同学们认真看电影; 驻村入户活动见面会。 / 召开乡村产业发展座谈会。).
ALTERNATING_MIN = 3
ALTERNATING_RUN_MAX = 2
ALTERNATING_CAPTION_MAX = 30
ALTERNATING_MARKS_RE = re.compile(r"[。！？!?；;:：，,、—《》【】\[\]()（）|｜“”\"‘’\s]")
# (only in a report of what happened, its first paragraph dated (11月28日, 本报讯): an explainer's or a feature's short
# lines between paragraphs are its parts' headings (确定入党积极分子 / 进入考察期), which read the same)
NEWS_LEAD_RE = re.compile(r"\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.年]\d{1,2}|讯")


def alternating_captions(lines: list[str], nonempty: list[int], paragraphs: set[int]) -> set[int]:
    """paragraphs: the lines of nonempty that are the article's paragraphs (is_body_paragraph)."""
    if len(nonempty) < 2 * ALTERNATING_MIN + 1 or len(paragraphs) < ALTERNATING_MIN \
            or not NEWS_LEAD_RE.search(squeeze(lines[min(paragraphs)])[:60]) \
            or any(HEADING_MARK_RE.match(lines[i].lstrip()) for i in nonempty):
        return set()
    body = [i in paragraphs for i in nonempty]

    def caption_like(i: int) -> bool:
        s = squeeze(lines[i])
        core = s[:-1] if s.endswith("。") else s
        return (4 <= len(core) <= ALTERNATING_CAPTION_MAX and cjk_share(core) >= 0.7 and not ALTERNATING_MARKS_RE.search(core)
                and not TASK_WORDS_RE.search(core) and not is_section_name(core) and junk_rule(lines[i]) is None)
    found: set[int] = set()
    k = 0
    while k < len(nonempty):
        if body[k]:
            k += 1
            continue
        end = k
        while end < len(nonempty) and not body[end]:
            end += 1
        run = nonempty[k:end]
        if k > 0 and end < len(nonempty) and len(run) <= ALTERNATING_RUN_MAX and all(caption_like(i) for i in run):
            found.update(run)
        k = end
    # (an explainer's parts named as pairs, 历史与性质 / 职责与任务 / 组织架构与成就: headings, which pictures' captions
    # are not, most of them at least)
    if sum(1 for i in found if PAIR_HEADING_RE.match(squeeze(lines[i]))) * 2 >= len(found):
        return set()
    return found if len(found) >= ALTERNATING_MIN else set()


PAIR_HEADING_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:与|和|及)[\u4e00-\u9fff]{2,5}$")


CONTENTS_RE = re.compile(r"^[【\[]?目\s*录[】\]]?[:：]?$")


PART_NUMBER_TAIL_RE = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]$")
# A printed document's contents entry closed by its page number (1.1 党支部基本职责： 3 / 二、管理制度部分……8).
PAGE_NUMBER_TAIL_RE = re.compile(r"(?:\s|[.．…·]{2,}|[:：])\s*\d{1,3}$")


def contents_items(lines: list[str], nonempty: list[int]) -> set[int]:
    """A collection page's contents under its 目录 line: the short titles listed one by one (在某某大会上的讲话 /
    某某年度工作总结 / …) up to the first line of text. An item listed again right there, where its text begins, is
    that text's heading and stays."""
    found: set[int] = set()
    for k, i in enumerate(nonempty):
        if not CONTENTS_RE.match(squeeze(lines[i])):
            continue
        run = []
        for j in nonempty[k + 1:]:
            s = PART_NUMBER_TAIL_RE.sub("", squeeze(lines[j]))  # (…工作总结（二）: a part's number, not a sentence's end)
            if len(s) > 60 or ends_sentence(s) or s.endswith((":", "：")) or sentence_count(s) > 1 or is_prose_line(s):
                break
            run.append(j)
        # (a printed document's own contents, its headings with their page numbers, is the document's: it stays)
        if len(run) < 3 or 2 * sum(1 for j in run if PAGE_NUMBER_TAIL_RE.search(lines[j].rstrip())) >= len(run):
            continue
        seen: set[str] = set()
        for j in run:
            s = squeeze(lines[j])
            if s not in seen:
                found.add(j)
            seen.add(s)
    return found


# A site's watermark: its name (某某新闻网, with a code of letters and digits perhaps) standing alone on two lines
# or more; where it is also glued after a paragraph's last sentence, it comes off there too.
WATERMARK_RE = re.compile(r"^[A-Za-z0-9]{0,6}[\u4e00-\u9fff]{2,10}(?:网|报|台|在线|新闻|客户端|号)[A-Za-z0-9]{0,6}$")


# A sample site's name and address stamped after lines of the text (同志们： 某某汇 www.example.com).
SITE_TAIL_RE = re.compile(r"(?:\s+|(?<=[：:。，！？]))([\u4e00-\u9fff]{2,8}\s*(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*\.(?:com|cn|net|org|cc)(?:\.cn)?/?)\s*$")


def strip_site_tails(lines: list[str], ctx: Context) -> list[str]:
    """A site's name and address after two or more lines, the same each time: the stamp goes, the line stays."""
    tails = Counter(m.group(1) for l in lines if (m := SITE_TAIL_RE.search(l)))
    stamps = {t for t, n in tails.items() if n >= 2}
    if not stamps:
        return lines
    out = []
    for line in lines:
        m = SITE_TAIL_RE.search(line)
        if m and m.group(1) in stamps:
            ctx.changed("watermark", line, line[: m.start()])
            line = line[: m.start()]
        out.append(line)
    return out


def remove_watermarks(lines: list[str], ctx: Context) -> list[str]:
    """Drop a site's watermark lines (WATERMARK_RE, twice or more on the page) and the same mark glued after a
    paragraph's end (…信心满满地说道。某某新闻网)."""
    if any("." in l for l in lines):
        lines = strip_site_tails(lines, ctx)
    counts = Counter(squeeze(l) for l in lines if l and len(l) <= 24)
    marks = {m for m, n in counts.items() if n >= 2 and WATERMARK_RE.match(m)}
    if not marks:
        return lines
    out = []
    for line in lines:
        s = squeeze(line)
        if s in marks:
            ctx.removed("watermark", line)
            continue
        for mark in marks:
            stripped = line.rstrip()
            if stripped.endswith(mark) and len(stripped) > len(mark) + 10 and stripped[-len(mark) - 1] in "。！？”":
                ctx.changed("watermark", line, stripped[: -len(mark)])
                line = stripped[: -len(mark)]
        out.append(line)
    return out


# A picture's note and its photographers glued after a paragraph of text (…良好工作格局。图为某某村党员群众在长廊前驻足观看。
# 记者某某通讯员某某摄): the note goes, the paragraph stays (the credit alone would make the whole line a caption).
# (the credit may stand in brackets, （摄影/某某）, or be left off: …传承好家风。图为某某社区亲子阅读活动现场。)
PICTURE_NOTE_TAIL_RE = re.compile(r"(?<=[。！？”])\s*图为[^。！？]{4,80}[。.]?\s*(?:(?:(?:记者|通讯员|摄影)?\s*[\u4e00-\u9fff]{2,4}\s*){1,4}/?摄(?:影)?"
                                  r"|[（(]\s*(?:摄影|摄|图)\s*[:：/]?\s*[\u4e00-\u9fff·]{2,12}\s*[)）]|[（(][\u4e00-\u9fff·\s]{2,12}摄[)）])?\s*$")
PICTURE_NOTE_MIN_TEXT = 60
# … or glued in front of it, the paragraph run on after the photographer (图为签约仪式现场。某某 摄某某管道是…).
PICTURE_NOTE_HEAD_RE = re.compile(r"^\s*图为[^。！？]{4,80}[。.]\s*(?:(?:记者|通讯员|摄影)?\s*[\u4e00-\u9fff]{2,4}\s*){1,4}/?摄(?:影)?\s*"
                                  r"(?=[\u4e00-\u9fff“])")


def cut_picture_notes(lines: list[str], ctx: Context) -> list[str]:
    """Cut a picture's note with its credit off the end of a paragraph (PICTURE_NOTE_TAIL_RE) where the text
    before it is a paragraph of its own."""
    out = []
    for line in lines:
        if "图为" in line and (m := PICTURE_NOTE_TAIL_RE.search(line)) \
                and len(squeeze(line[: m.start()])) >= PICTURE_NOTE_MIN_TEXT:
            ctx.removed("photo-caption", line[m.start():])
            line = line[: m.start()]
        elif "图为" in line[:4] and (m := PICTURE_NOTE_HEAD_RE.match(line)) and len(squeeze(line[m.end():])) >= PICTURE_NOTE_MIN_TEXT:
            ctx.removed("photo-caption", line[: m.end()])
            line = line[m.end():]
        out.append(line)
    return out


# An encyclopedia's information box, its field names on lines of their own, each over its value (中文名 / 某某条例 /
# 发布单位 / 某某委员会 / 属性 / 党内法规): names an encyclopedia gives a law, an organisation or a term, not the words
# of a plan's own fields (时间, 地点, 内容), which stay.
INFOBOX_LABELS = frozenset("""中文名 外文名 英文名 外文名称 别名 简称 全称 属性 性质 类别 效力级别 时效性 实施时间 施行时间 发布时间
    发布单位 发布机构 颁布时间 颁布单位 发文字号 发文机关 文号 审议时间 审议会议 通过时间 通过会议 修订时间 成立时间 所属地区 主管部门
    提出者 提出时间 适用范围 适用领域 拼音 词性 释义 注音 出处 本质 载体 创立者 创办时间""".split())
INFOBOX_MIN = 3
INFOBOX_VALUE_MAX = 120  # (a law's name in English runs long)


def infobox_lines(lines: list[str]) -> set[int]:
    """The lines of an encyclopedia's information box: three or more of its field names, each over a short value."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    pairs = []
    for k, i in enumerate(filled[:-1]):
        if len(lines[i]) <= 12 and squeeze(lines[i]) in INFOBOX_LABELS:
            value = squeeze(lines[filled[k + 1]])
            if len(value) <= INFOBOX_VALUE_MAX and value[-1] not in "。！？!?；;" and value not in INFOBOX_LABELS:
                pairs.append((i, filled[k + 1]))
    return {i for pair in pairs for i in pair} if len(pairs) >= INFOBOX_MIN else set()


# A line of characters drawn at random (an anti-scraping page's filler: 某甲乙丙丁戊己庚辛…, no two of them a word):
# a run of SOUP_RUN Chinese characters or more with no punctuation, nearly all of which jieba reads as words of one
# character. On the real-page evaluation set the one such line reads 98% single characters; the next, a long place
# name, 81%.
SOUP_RUN_RE = re.compile(r"[\u4e00-\u9fff]{24,}")
SOUP_SINGLES = 0.9


SOUP_PUNCTUATION_RE = re.compile(r"[，。；！？、,;!?]")


def is_character_soup(s: str) -> bool:
    run = max(SOUP_RUN_RE.findall(s), key=len, default="")
    if len(run) < 24 or len(run) < 0.6 * cjk_count(s) or SOUP_PUNCTUATION_RE.search(s):
        return False  # (a sentence's clauses are punctuated: only an unpunctuated line is segmented)
    from ..topics import segmenter  # (rjieba with the field's dictionary, loaded once)
    tokens = segmenter().cut(run, False)
    return sum(1 for t in tokens if len(t) == 1) >= SOUP_SINGLES * len(tokens)


# A picture's caption said again under each copy of the picture, or a gallery's text repeated under each photo (某某培训班
#开班 / … / 某某培训班开班): a short line that is no sentence, standing on its own two or more times among the
# article's paragraphs. A part's heading is said once; a document's outline set above the text repeats its headings
# (they carry a heading's number: the outline's rule takes them), and a collection's pieces repeat the page's title.
REPEATED_MIN, REPEATED_MAX = 4, 40
# (a diary's days are no captions: 5月18日 星期五 晴)
REPEATED_SHAPE_RE = re.compile(r"[。！？!?；;:：]$|^\d{4}[年.\-/]|\d{1,2}月\d{1,2}日|星期|礼拜")


def repeated_captions(lines: list[str], nonempty: list[int], paragraphs: set[int], title: str) -> set[int]:
    if not paragraphs:
        return set()
    copies: dict[str, list[int]] = {}
    for i in nonempty:
        s = squeeze(lines[i]).strip("|｜丨•·").strip()
        if REPEATED_MIN <= len(s) <= REPEATED_MAX and cjk_share(s) >= 0.6 and not REPEATED_SHAPE_RE.search(s) \
                and not HEADING_MARK_RE.match(s):
            copies.setdefault(s, []).append(i)
    first = min(paragraphs)
    pos = {i: k for k, i in enumerate(nonempty)}

    def beside_text(i: int) -> bool:
        return any(0 <= pos[i] + d < len(nonempty) and nonempty[pos[i] + d] in paragraphs for d in (-1, 1))

    found: set[int] = set()
    for s, where in copies.items():
        if len(where) < 2 or (title and (s in title or retells(s, [title + "。"]))):
            continue
        if all(i > first and beside_text(i) for i in where):
            found.update(where)
    return found


# A sample site's blurb over the text: a stock sentence or two on the kind of writing, closed by its editor or the site
# presenting the samples to the reader (…。今天小编就给大家整理了…，希望对大家有所帮助，欢迎阅读！ / …本站今天为大家精心
# 准备了…，希望对大家有所帮助！ / 下面我就给大家讲一讲…，我们一起来了解一下吧。). Above the text, the whole line is the
# site's; further down, a paragraph with the editor's sentence glued on keeps its own sentences (debris).
SITE_PRESENTER = r"(?:小编|本站|本网|编者|[\u4e00-\u9fff]{2,6}网|(?:下面|接下来|以下)(?:我|我们)?就?(?:给|为|帮)(?:大家|您|你)|以下是|下面是)"
SITE_BLURB_CLOSE = (r"(?:希望(?:对|能|能够)?[^。！？!?]{0,16}(?:帮助|喜欢|有用)|相信[^。！？!?]{0,16}帮助"
                    r"|欢迎(?:大家)?(?:阅读|参考|借鉴|收藏)|一起来(?:了解|看|学习)(?:一看|一下|看)?吧|供(?:你|您|大家)参考)")
# (what it presents is a kind of document, the samples: 工作总结, 实施方案, 观后感(10篇), 报告怎么写; an explainer's
# editor presenting what he gathered on the subject keeps the paragraph it is glued to: 党籍是指党员资格。…)
SITE_SAMPLE_KIND = r"(?:总结|报告|方案|计划|范文|范本|例文|心得|体会|感想|观后感|读后感|讲话|发言|讲稿|致辞|制度|材料|\d+篇|[一二三四五六七八九十]篇|怎么写)"
SITE_BLURB_END_RE = re.compile(SITE_PRESENTER + r"[^。！？!?]{0,60}?" + SITE_SAMPLE_KIND + r"[^。！？!?]{0,30}(?:[。！？!?,，][^。！？!?]{0,40})?"
                               + SITE_BLURB_CLOSE + r"[^。！？!?]{0,20}[。！？!?]?\s*$"
                               # (or the samples named right before the invitation, the presenter lost: …优秀的计划书范文，我们一起来了解一下吧。)
                               r"|" + SITE_SAMPLE_KIND + r"[，,]\s*(?:我们|大家)?一起来(?:了解|看|学习)(?:一看|一下|看)?吧[。！!]?\s*$")


# A breadcrumb that does not start at 首页 (某某镇>政府信息公开>工作动态, 新闻中心 > 评论 > 某某说事 > 正文): three names or more
# between its marks, none a sentence; only outside the text (a process in the text may be written 申请>审批>公示).
HEADLESS_TRAIL_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:\s*[>＞»›]\s*[\u4e00-\u9fffA-Za-z0-9]{2,12}){2,5}\s*[>＞»›]?$")
# A breadcrumb set as a numbered list, one item a line (1. 首页 / 2. 基层动态 / 3. 正文): home first, the page last.
HOME_ITEM_RE = re.compile(r"^\s*1\s*[.、．]\s*(?:首页|主页|网站首页|返回首页)\s*$")
TRAIL_ITEM_RE = re.compile(r"^\s*(\d)\s*[.、．]\s*(\S{1,12})\s*$")
TRAIL_END = ("正文", "详情", "内容", "当前位置", "阅读", "详细内容", "正文内容")


def numbered_trail(lines: list[str], nonempty: list[int]) -> set[int]:
    """The lines of a breadcrumb set as a numbered list (HOME_ITEM_RE …, its last item 正文): none is text."""
    for n, i in enumerate(nonempty[:20]):
        if not HOME_ITEM_RE.match(lines[i]):
            continue
        run = [i]
        for j in nonempty[n + 1:n + 6]:
            m = TRAIL_ITEM_RE.match(lines[j])
            if not m or int(m.group(1)) != len(run) + 1:
                break
            run.append(j)
            if m.group(2) in TRAIL_END:
                return set(run)
    return set()


# What a number's unit opens a line with, when the page broke the line after the number (3 / 月15日, 12 / 名党员).
NUMBER_UNIT_RE = re.compile(r"^(?:月\d{1,2}日|日[上下晚]|年\d{1,2}月|年[以来度底初]|[%％]|名[\u4e00-\u9fff]|个[\u4e00-\u9fff]|周年|万[元人名]|亿元)")


STEP_RE = re.compile(r"^(?:[-•·*]\s*)?(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|第[一二三四五六七八九十]步[:：，,]?)?\s*\S.*[。；;]$")


def is_procedure_step(lines: list[str], i: int) -> bool:
    """A whole sentence in a list of steps the text introduces (…具体步骤如下： / - 关注…，获取… / - 进入…): the line and
    the one after it are sentences set as items, and the items run on from a line ending in a colon."""
    s = lines[i].strip()
    if not STEP_RE.match(s) or not ITEM_BULLET_RE.match(s) and not re.match(r"^(?:\d{1,2}\s*[.、．]|[（(]\d|第)", s):
        return False
    k = i - 1
    while k >= 0 and (not lines[k].strip() or ITEM_BULLET_RE.match(lines[k].strip())):
        k -= 1
    after = next((l.strip() for l in lines[i + 1:] if l.strip()), "")
    return k >= 0 and lines[k].strip().endswith(("：", ":")) and bool(STEP_RE.match(after))


# A journal mirror's apparatus labels standing alone over their values (作者简介 / 某某（1985- ），女，…；基金项目 /
# 某某省…项目“…”（KCSZ05001）): the label and its value are one field, as 【作者简介】某某… is.
# A writer's credit in brackets closing a report (（文/图 某某）, （撰稿：某某）).
CREDIT_IN_BRACKETS_RE = re.compile(r"^[（(]\s*(?:文/图|图/文|文图|图文|文|撰稿|撰文|作者)\s*[/／:：\s]\s*[\u4e00-\u9fff·\s、，,]{2,20}[)）]$")
CREDIT_ROLE_SPACE_RE = re.compile(r"^(文/图|图/文|文图|图文|文|撰稿|撰文|作者)\s*[/／:：\s]\s*")
SUPPLIER_END_RE = re.compile(r"(?:室|部|处|科|委|局|厅|办|院|所|校|馆|站|队|中心|支部|党委|总支|公司|集团|协会|学会|联合会|小组)$")
SUPPLIED_BY_RE = re.compile(r"^[（(]([\u4e00-\u9fff]{4,30}?)供稿[)）]$")
APPARATUS_LABEL_RE = re.compile(r"^\s*[【\[]?(作者简介|基金项目|项目基金|通讯作者)[】\]]?\s*[:：]?\s*$")
BIO_START_RE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,4}\s*(?:[（(]\s*(?:19|20)\d{2}|[，,]\s*[男女][，,])")
FUND_VALUE_RE = re.compile(r"(?:项目|基金|课题|规划)[^。]{0,80}?(?:[（(][A-Za-z0-9\-]{4,}[)）]|编号|批准号|资助)")
BIO_NAME_RE = re.compile(r"(?:^|[；;。]\s*)([\u4e00-\u9fff·]{2,4})\s*(?:[（(]\s*(?:19|20)\d{2}|[，,]\s*[男女][，,])")


def join_apparatus_labels(lines: list[str]) -> list[str]:
    """Put a lone 作者简介 or 基金项目 label and the value on the next line together on one line (a writer's note opening
    on a name and a year of birth or a sex, a fund's project with its number), for the rules of the one-line field."""
    out = list(lines)
    for i, line in enumerate(lines[:80]):
        if line and (m := APPARATUS_LABEL_RE.match(line)):
            j = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)
            if j is None or len(lines[j]) > 600:
                continue
            value = lines[j].strip()
            k = next((k for k in range(j + 1, min(j + 4, len(lines))) if lines[k].strip()), None)
            fits = (lambda v: BIO_START_RE.match(v)) if m.group(1) in ("作者简介", "通讯作者") else (lambda v: FUND_VALUE_RE.search(v))
            # (values on several lines under their label are read as a database lays them out: left alone)
            if fits(value) and not (k is not None and fits(lines[k].strip())):
                out[i], out[j] = f"{m.group(1)}：{value}", ""
    return out


def bio_names(line: str) -> list[str]:
    """The writers a writer's note names (作者简介：某某（1985- ），女，…；某某（1987- ），男，…)."""
    return [n for n in BIO_NAME_RE.findall(line[line.find("：") + 1:] if "：" in line[:8] else line) if n[0] in SURNAMES]


# A page's field label alone on its line, its value on the next (责编 / 某某, 来源 / 某某晚报某某派).
LONE_ROLE_LABEL_RE = re.compile(r"^(?:责编|编辑|责任编辑|审核|审校|校对|监制|摄影|美编|统筹|签发|值班编辑|编审)[:：]?$")
LONE_SOURCE_LABEL_RE = re.compile(r"^(?:来源|稿源|来自)[:：]?$")
FIELD_VALUE_MAX = 24


def read_lone_fields(lines: list[str], ctx: Context) -> list[str]:
    """A page's fields set as a label over its value (来源 / 某某晚报, 责编 / 某某): the source is read, and both lines go;
    an editor's name is no writer's signature."""
    out = list(lines)
    for i, line in enumerate(lines):
        s = squeeze(line)
        if not s or len(s) > 5 or not (LONE_ROLE_LABEL_RE.match(s) or LONE_SOURCE_LABEL_RE.match(s)):
            continue
        k = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        value = squeeze(lines[k]) if k is not None else ""
        if not value or len(value) > FIELD_VALUE_MAX or re.search(r"[。！？，,；;：:]", value):
            continue
        if LONE_SOURCE_LABEL_RE.match(s):
            ctx.source_name = ctx.source_name or clean_source_name(value)
            ctx.removed("source", out[i])
        else:
            ctx.removed("editorial-credit", out[i])
        ctx.removed("editorial-credit" if LONE_ROLE_LABEL_RE.match(s) else "source", out[k])
        out[i] = out[k] = ""
    return out


def remove_junk_lines(lines: list[str], ctx: Context) -> list[str]:
    """Drop lines that are junk by lexicon or shape; note preview-limit notices as truncation."""
    if any(len(l) <= 8 and (LONE_ROLE_LABEL_RE.match(t := squeeze(l)) or LONE_SOURCE_LABEL_RE.match(t)) for l in lines):
        lines = read_lone_fields(lines, ctx)
    if "作者简介" in (head := "".join(lines[:80])) or "基金" in head:
        lines = join_apparatus_labels(lines)
    nonempty = [i for i, l in enumerate(lines) if l]
    paragraphs = {i for i in nonempty if is_body_paragraph(lines[i])}
    captions = (place_captions(lines, nonempty) | scene_captions(lines, nonempty, squeeze(ctx.title or ""))
                | contents_items(lines, nonempty) | alternating_captions(lines, nonempty, paragraphs)
                | repeated_captions(lines, nonempty, paragraphs, squeeze(ctx.title or ""))
                | (swipe_captions(lines, nonempty) if any("滑动" in lines[i] for i in nonempty) else set()))
    infobox = infobox_lines(lines) if len(nonempty) >= 2 * INFOBOX_MIN else set()
    # (a text hard-wrapped at a narrow width has no long line: its lines are the body's all the same)
    wrapped = wrapped_lines(lines)
    body_idx = [i for i in nonempty if i in wrapped or i in paragraphs]
    first_body = body_idx[0] if body_idx else len(lines)
    if any(lines[i].lstrip()[:1] == "①" for i in nonempty[:12]):
        captions |= spread_captions(lines, nonempty, first_body)
    last_body = body_idx[-1] if body_idx else -1
    # A dated heading may stand between a paragraph and a short closing one (a diary's last entry).
    last_text = max([last_body] + [i for i in nonempty if i > last_body and is_prose_line(lines[i])])
    # a diary: dated headings with their weekday between its paragraphs; its last one may close the page
    diary = any(DIARY_HEADING_RE.match(squeeze(lines[i])) for i in nonempty if first_body < i < last_text)
    out: list[str] = []
    in_notice = False
    footer = False  # the page's footer (责编, 版权) seen after its last paragraph
    # a quiz's short lines (questions, A.… options, 【答案】) under a document site's notices: its text, not a footer's list
    quiz = sum(1 for i in nonempty[:400] if QUIZ_OPTION_RE.match(t := squeeze(lines[i])) or ANSWER_LINE_RE.match(t)) >= 4
    carry = ""  # a number broken from its unit on the next line
    table = table_rows(lines) if "|" in "".join(lines[i] for i in nonempty[:400]) else set()
    trail = numbered_trail(lines, nonempty) if any(HOME_ITEM_RE.match(lines[i]) for i in nonempty[:20]) else set()
    for i, line in enumerate(lines):
        if not line:
            out.append(line)
            continue
        if i in trail:
            ctx.removed("site-menu", line)
            continue
        if i in table:  # a table's rows are the article's (| 步骤 | 内容说明 |), whatever their bars look like
            out.append(line)
            continue
        rule = junk_rule(line) or ("photo-caption" if i in captions else None) or ("infobox" if i in infobox else None)
        s = squeeze(line)
        if rule in ("journal-apparatus", "document-site-notice") and len(s) >= 30 and ends_sentence(line) \
                and LISTED_ITEM_RE.match(line.strip()) and re.search(r"[，,；;：:]", s) and sibling_kept(line.strip(), out):
            # 二、… / 三、获取招标文件：请到某某网免费下载…。: an item of the document's own list, its sibling above kept
            # (a site's numbered notice, 1、本站… / 2、本网站文档一经付费…, loses its first item as well)
            rule = None
        if rule == "site-chrome" and line.lstrip()[:2] in ("- ", "• ") and ends_sentence(line) and re.search(r"[，,]", s) \
                and (above := next((o for o in reversed(out) if o.strip()), "")).lstrip()[:2] == line.lstrip()[:2] \
                and re.search(r"[:：]", above[:12]):
            rule = None  # - 行间距：…。 / - 页码：从第二页开始标注页码，…。: a guide's item among its siblings, not a site's field
        if rule == "site-chrome" and s.startswith(("时间", "日期")) and (SCHEDULE_ITEM_RE.search(s[3:]) or s[2:3] in ":：") \
                and under_time_heading(lines, i):
            # (三、活动的时间 / 时间：2022年3月3日-3月8日: what the plan's part says, under the part's heading)
            rule = None  # 4. 活动时间和地点 / 时间：某某活动：2012.10.17晚上18:00: the plan's schedule, not the page's date
        if rule == "page-number" and s.isdigit() and len(s) <= 4 and NUMBER_UNIT_RE.match(next_text(lines, i)):
            carry = s  # 3 / 月15日下午，…: a number the page broke from its unit, not a page's number
            ctx.changed("number-rejoined", line, s + next_text(lines, i)[:10])
            continue
        if rule == "social-account" and is_procedure_step(lines, i):
            rule = None  # 2. 关注单位微信公众号，获取投票链接。 under 具体步骤如下：: a step the reader takes, not the site's plug
        if rule is None and len(s) >= 24 and SOUP_RUN_RE.search(s) and is_character_soup(s):
            rule = "character-soup"
        if rule is None and len(s) <= 30 and EMPTY_COUNTER_RE.match(s):
            rule = "forum-or-counter"  # 浏览数: with its number lost
        if rule is None and i <= first_body and SITE_BLURB_END_RE.search(s):
            rule = "seo-lead-in"  # the sample site's blurb over the text, closed by its editor presenting the samples
        if rule is None and JOURNAL_NAME_RE.match(s) and any(
                ISSUE_LINE_RE.match(t) for t in (next_text(lines, i), previous_text(lines, i))):
            rule = "journal-apparatus"  # 《某某学报》 over its year and issue (2008年第2期25-27，共3页): the journal, not a heading
        if rule is None and s.rstrip(":：") in SOURCE_LABELS and (j := next_filled(lines, i)) is not None \
                and JOURNAL_NAME_RE.match(squeeze(lines[j])) and ISSUE_LINE_RE.match(next_text(lines, j)):
            rule = "journal-apparatus"  # 出处 / 《某某学报》 / 2010年第2期: the label over the journal's name
        if rule is None and len(s) <= 40 and WELCOME_RE.match(s):
            rule = "site-chrome"  # 您好，欢迎您来到某某！
        if rule is None and in_notice and NUMBERED_NOTICE_RE.match(s) and len(s) <= 160:
            rule = "notice-block"
        if rule is None and NOTICE_BLOCK_RE.match(s) and ("版权" in s or "声明" in s):
            rule = "notice-block"  # a copyright or disclaimer block's heading (版权与免责声明：)
        # A dated line between paragraphs with no label or clock is a diary's heading: text.
        def dated_heading() -> bool:  # asked only of a meta line
            # (时间：上午9:00-9:30 between a plan's paragraphs has no year: the plan's own schedule, not the page's date)
            return (first_body < i < last_text and (not META_LABEL_RE.search(s) or not YEAR_RE.search(s))) \
                or (diary and bool(DIARY_HEADING_RE.match(s)))
        if rule is None and ((is_button_words(line) and not KEYWORDS_RE.match(line.strip()))
                             or (is_meta_line(line) and len(s) <= 40 and not dated_heading() and not under_time_heading(lines, i))):
            rule = "buttons-or-meta"
        if rule is None and i > first_body and len(s) <= 40 and CAPTION_ACT_RE.match(s):
            rule = "photo-caption"  # 某某书记讲话, 某某部长在…会议上讲话 between paragraphs: what a picture shows
        if rule is None and (i < first_body or i > last_body):
            if is_menu_line(line) and not KEYWORDS_RE.match(line):  # (关键词甲  乙  丙: a paper's keywords)
                rule = "site-menu"
            elif ">" in s or "＞" in s or "»" in s or "›" in s:
                rule = "site-chrome" if HEADLESS_TRAIL_RE.match(s) else None  # (某某镇>政府信息公开>工作动态 above the text)
            elif is_meta_line(line) and not dated_heading() and not under_time_heading(lines, i):
                rule = "metadata-line"
            elif is_keyword_line(s) and not HEADING_MARK_RE.match(s) and not KEYWORDS_RE.match(line) \
                    and i not in wrapped and not LONE_KEYWORDS_RE.match(previous_text(lines, i)):  # (under [关键词]: the paper's)
                rule = "keyword-line"
        if rule is None and i < first_body and SOURCE_VALUE_RE.match(s) and (
                KEY_VALUE_RE.match(previous_text(lines, i)) or KEY_VALUE_RE.match(next_text(lines, i))):
            rule = "metadata-line"  # a site's name in a block of labelled values, whatever its label (起源:某某网)
        if rule is None and FORUM_STAT_LABEL_RE.match(s) and (COUNT_VALUE_RE.match(previous_text(lines, i))
                                                              or COUNT_VALUE_RE.match(next_text(lines, i))):
            rule = "forum-or-counter"  # a forum poster's counters, the number above or under its label (3万 / 主题)
        # a notice block is one whose heading goes (温馨提示, 免责声明); 注意事项: over a guide's items is its text;
        # a document site's help ending in a colon (如果您无法下载资料，请参考说明：) heads its numbered points
        in_notice = ((bool(NOTICE_BLOCK_RE.match(s)) and rule is not None)
                     or (rule == "document-site-notice" and s.endswith(":"))
                     or (in_notice and rule is not None and (rule == "notice-block" or bool(NUMBERED_NOTICE_RE.match(s)))))
        if rule is None and footer and i > last_body and len(s) <= 40 and not ends_sentence(s) and not quiz:
            rule = "related-list"  # a headline under the page's footer (责编：某某 / 版权…): the site's other articles
        if rule and i > last_body and FOOTER_LINE_RE.search(s):
            footer = True
        if rule is None and len(s) <= 16 and EDITOR_LABEL_RE.match(squeeze(previous_text(lines, i))) and NAMES_LINE_RE.match(line.strip()):
            rule = "site-chrome"  # 责编： / 某某: an editor's name on the line under its label
        if rule in ("buttons-or-meta", "site-menu", "metadata-line") and QUIZ_OPTION_RE.match(s):
            rule = None  # A.深圳 上海 汕头: a quiz's answer option, its words spaced as a menu's are
        if rule == "photo-caption" and OCCASION_NOTE_RE.search(s):
            rule = None  # （在某某开幕式上的讲话）: a speech's occasion under its title, no picture's caption
        if rule:
            if PREVIEW_LIMIT_RE.search(s):
                ctx.truncated = True
            if rule == "journal-apparatus" and not ctx.source_name and s[:1] == "《" and (edition := EDITION_LINE_RE.match(line.strip())):
                ctx.source_name = edition.group(1)  # 《某某日报》（2021年05月22日 04 版） under the text: the paper it came from
            if i < first_body and rule in HEAD_NAMES_RULES and (names := head_names(line)):
                ctx.authors.extend(n for n in names if n not in ctx.authors)  # 某某，某某，冯 晨 over a paper: its writers
            if rule == "editorial-credit" or (rule in CREDIT_HOLDING_RULES and len(s) <= 40):
                # (作者：某某 编辑：某某, 记者/某某 实习记者/某某, （图文：某某） under the text: the writers' credit)
                ctx.authors.extend(n for n in credited_writers(line) if n not in ctx.authors)
            # (a bare 来源：某某党委 under a report names the unit that sent it, no outlet: the bracketed label or an outlet's name)
            if not ctx.source_name and len(s) <= 30 and (src := SOURCE_LABEL_RE.match(s.strip("【】[]（）()")) or PAPER_NAME_LABEL_RE.match(s)) \
                    and (s[:1] in "【[（(" or src.re is PAPER_NAME_LABEL_RE or OUTLET_END_RE.search(src.group(1))) \
                    and src.group(1) not in GENERIC_SOURCES and not src.group(1).startswith("http"):
                ctx.source_name = clean_source_name(src.group(1))  # 【来源：某某】 under the text, 当前报纸名称：某某日报: where it came from
            if not ctx.source_name and s[:1] in "(（" and (supplied := SUPPLIED_BY_RE.match(s)) and SUPPLIER_END_RE.search(supplied.group(1)):
                ctx.source_name = supplied.group(1)  # （某某区委党史研究室 供稿） under a report: the unit that sent it
            if "作者" in s[:4] and (pairs := name_unit_pairs(line.strip())):
                # 作者：某某，某某大学某某学院教授、博导；某某，…博士研究生 发布日期：…: each writer, with the unit
                ctx.authors.extend(n for n, _ in pairs if n not in ctx.authors)
                ctx.affiliations.extend(u for _, u in pairs if u and u not in ctx.affiliations)
            if "作者" in s[:4] and (field := AUTHOR_FIELD_IN_BOX_RE.match(s)) and field.group(1)[0] in SURNAMES \
                    and field.group(1) not in ctx.authors:
                ctx.authors.append(field.group(1))  # 【作者：记者 某某/来源：《某某日报》…】: the writer, before the source's field
            if not ctx.authors and "作者简介" in line[:12] and (bio := AUTHOR_BIO_RE.match(line)) and bio.group(1)[0] in SURNAMES:
                ctx.authors.append(bio.group(1))  # 【作者简介】某某，某某大学教授…: the paper's writer, whatever rule took the line
            if "作者简介" in line[:12] and len(names := bio_names(line)) > 1 and set(ctx.authors) <= set(names):
                ctx.authors.extend(n for n in names if n not in ctx.authors)  # (…；某某（1987- ），男，…: the other writers)
            if rule == "photo-caption" and i > last_body and (names := bracketed_names(line) or (
                    credited_writers(CREDIT_ROLE_SPACE_RE.sub(r"\1：", line.strip().strip("（()）")))
                    if CREDIT_IN_BRACKETS_RE.match(line.strip()) else [])):
                ctx.authors.extend(n for n in names if n not in ctx.authors)  # （某某 某某） closing the report: its writers
            ctx.removed(rule, line)
            continue
        if carry:
            line, carry = carry + line.lstrip(), ""
        out.append(line)
    return out


# An editor's or a reviewer's label standing alone, its name on the next line (责编： / 某某).
EDITOR_LABEL_RE = re.compile(r"^(?:责编|责任编辑|编辑|审核|审校|校对|监制|编审|值班编辑|终审|初审|复审|一审|二审|三审)[:：]$")
NAMES_LINE_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}$")


# A writer's credit among the staff's (撰稿：某某 编辑：某某, 文字/某某, 文、图/某某, （供稿：某某 审核：某某）): the line
# goes as the page's furniture, the writer's name goes to the authors. Photographers, editors and reviewers are
# not authors; a unit credited (供稿：某某支部) is no person (a name is two to four characters on a surname).
OUTLET_STAFF = r"(?:本报|本刊|本台|本网)(?:特约记者|见习记者|记者|通讯员)?\s*([\u4e00-\u9fff·]{2,3})"
OUTLET_STAFF_RE = re.compile(OUTLET_STAFF + r"(?=\s|$)")
OUTLET_STAFF_LINE_RE = re.compile(r"[■●◆▲\s]*(?:" + OUTLET_STAFF + r"\s*){1,4}")
WRITER_CREDIT_RE = re.compile(r"(?:^|(?<=[\s（(【\[；;|｜丨]))(?:撰稿(?:人|制作)?|撰文|执笔人?|文字(?:报道)?|供稿人?|作者|文、图|图、文|文/图|图/文|图文|文|"
                              + REPORTER_ROLE + r")\s*[:：/／|｜丨]\s*([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,5})"
                              # (the unit they write from may follow in brackets: 作者：某某、某某（某某街道）)
                              r"(?=$|[\s）)】\]；;|｜丨（(])")
CREDIT_ROLE_WORDS = ("编辑", "审核", "审稿", "校对", "摄影", "责编", "签发", "初审", "复审", "终审", "一审", "二审", "三审", "拟稿",
                     "校稿", "制图", "设计", "来源", "排版", "美编")


# A unit's name short enough to pass for a person's (撰稿人：文学院, 供稿：宣传部): ends in a unit's word.
UNIT_ENDS = tuple("院部处局委办室会科所站队团校馆组司厂矿行社网号") + ("中心", "支部", "党委")


BRACKETED_NAMES_RE = re.compile(r"^[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s*[\s、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]$")


def bracketed_names(s: str) -> list[str]:
    """The names of a bracket holding only persons' names （某某 某某某）, or []: each on a surname, none a role or a
    unit (（摄影 某某）, （宣传部）) and none a photographer's (某某摄)."""
    m = BRACKETED_NAMES_RE.match(s.strip())
    names = re.split(r"[\s、，,]+", m.group(1)) if m else []
    ok = all(n[0] in SURNAMES and not n.endswith(UNIT_ENDS + ("摄",)) and not any(w in n for w in CREDIT_ROLE_WORDS)
             and not (len(n) == 2 and n[0] == n[1]) for n in names)
    return names if ok else []


# Rules whose short line may be a writers' credit among the page's other data (作者：某某 编辑：某某 taken as the
# site's chrome, 记者/某某 as a byline, （图文：某某） as a photo's credit, • 文：某某 图：某某 as a menu): its writers are the article's authors.
CREDIT_HOLDING_RULES = frozenset({"site-chrome", "byline", "photo-caption", "buttons-or-meta", "site-menu"})


OUTLET_ROLE_NAMES_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:记者|通讯员)\s*[:：]\s*([\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*$")
SLASH_WRITER_RE = re.compile(r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff·]{2,4})\s*[/／]\s*文(?![\u4e00-\u9fff])")


def reporter_role_names(s: str) -> list[str]:
    """The names after a reporter's role (记者, 通讯员; not an editor's) in a byline of names, roles and marks: not a
    name after 摄影 (the photographer named next), nor one before 摄 or 图 (the one who took the picture)."""
    out: list[str] = []
    after_role = last_was_name = False
    for t in (t for t in re.split(r"[\s、，,/／]+", s) if t):
        if t in ("摄", "图", "供图"):
            if last_was_name:
                out.pop()
            after_role = False
        elif t in ("摄影", "摄像"):
            after_role = False
        elif REPORTER_ROLE_RE.match(t):
            after_role = "记者" in t or "通讯员" in t
        elif after_role and 2 <= len(t) <= 3 and t[0] in SURNAMES and not t.endswith("摄") and t not in out:
            out.append(t)
            last_was_name = True
            continue
        last_was_name = False
    return out


def credited_writers(s: str) -> list[str]:
    """The writers a staff credit names: person's names only (a surname first, no role word in them)."""
    marked, s = s, unpad_names(s.strip().lstrip("●■□◎◆▲★○◇☆ \u3000"))  # (◎文/本刊记者 某某: a paper's mark before the credit)
    out = [n for n in reporter_credit_names(s) if len(n) <= 4] or role_credit_names(s)
    if not out and (credit := credit_line_names(marked)):  # ●某某 某某, 某某局 某某某, 某某 文: a credit in a paper's dress
        out = list(credit[0])
    if OUTLET_STAFF_LINE_RE.fullmatch(s.strip()):  # ■本报 某某 本报 某某: the paper's own people, each name after it
        out += [n for n in OUTLET_STAFF_RE.findall(s) if n[0] in SURNAMES and n not in out]
    if not out and (run := run_together_credit(squeeze(s))):
        out = run  # □记者某某某某报道: the one way to read the names run together
    if ("记者" in s or "通讯员" in s) and is_glued_reporters(glued := squeeze(s)):
        # 某某日报/某某网记者某某通讯员某某, 本报记者某某本报通讯员某某: each name glued between two roles
        pieces = GLUED_ROLE_RE.split(LEAD_OUTLETS_RE.sub("", glued))[1:]  # (what stands before the first role: its outlet)
        names = [p for piece in pieces for p in re.split(r"[、，,]", piece) if 2 <= len(p) <= 3 and p[0] in SURNAMES]
        out = names if len(names) > len(out) else out
    if not out and is_reporter_byline(s):  # 本刊记者 某某 摄影 某某某: the names after the reporter's role, not the photographer's
        out = reporter_role_names(s)
    if not out and (outlet := OUTLET_ROLE_NAMES_RE.match(s)):  # 云上某某通讯员：某某: the outlet's correspondents
        out = [n for n in re.split(r"[\s、，,]+", outlet.group(1)) if n and n[0] in SURNAMES]
    # (（某某报刊社 某某/文 某某/图）: the name before /文 wrote it, the one before /图 took the pictures)
    out += [n for n in SLASH_WRITER_RE.findall(s) if n[0] in SURNAMES and n not in out and not n.endswith(UNIT_ENDS)]
    for m in WRITER_CREDIT_RE.finditer(s):
        for name in re.split(r"[、，,\s]+", m.group(1)):
            name = GLUED_LABEL_TAIL_RE.sub("", name)  # (作者:某某发布时间:…: the next label glued on)
            if 2 <= len(name) <= 4 and name[0] in SURNAMES and not any(w in name for w in CREDIT_ROLE_WORDS) \
                    and not name.endswith(UNIT_ENDS) and not PAGE_WORD_RE.search(name) and name not in out:
                out.append(name)
    return out



# A journal's name alone in its brackets, and a line of only a year and an issue (with the pages in it).
JOURNAL_NAME_RE = re.compile(r"^《[^》]{2,20}》$")
ISSUE_LINE_RE = re.compile(r"^(?:19|20)\d{2}年(?:第)?\d{1,2}期")
SOURCE_LABELS = ("出处", "来源", "刊名", "期刊", "文献来源", "出版物", "刊物")


def next_filled(lines: list[str], i: int) -> int | None:
    """The index of the nearest non-empty line under line i."""
    return next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)


# A short heading over a list of other pages, in any of the words sites use (相关论文, 热门范文, 最新文章,
# 更多相关资料, 推荐专题 …), besides the listed phrases of tail_cut.
TAIL_HEADING_RE = re.compile(r"^[【\[]?(?:更多)?(?:相关|推荐|热门|最新|更多|热点|精彩|延伸|往期|猜你|同类|本类|其他|其它|相似|类似)(?:相关)?"
                             r"(?:论文|文章|范文|资料|文档|下载|内容|阅读|新闻|报道|专题|推荐|热文|文库|期刊|知识|问题|信息|话题|资讯|会展|视频|图片|图集|专栏|排行|文献|作文|心得|总结|讲话)"
                             r"(?:推荐|列表|阅读)?[】\]]?[:：]?$"
                             r"|^(?:您|你)?可能(?:还)?(?:会)?(?:关注|感兴趣|喜欢|想看|需要)的(?:文档|文章|内容|资料|范文|话题)?[:：]?$"
                             r"|^[【\[]?(?:新闻|文章|热点|精彩|今日|编辑|小编|图文)推荐[】\]]?[:：]?$")
# A related article's teaser: its opening cut at a fixed length and closed with dots (…绝无虚假。没...).
TEASER_END_RE = re.compile(r"[\u4e00-\u9fff，,、]\s*(?:\.{3,6}|…{1,2})$")


def is_teaser(line: str) -> bool:
    """A paragraph cut short by a list of other pages: Chinese, closed by dots right after a character."""
    s = line.strip()
    return len(s) >= 20 and cjk_share(s) > 0.5 and bool(TEASER_END_RE.search(s))


def cut_trailing_lists(lines: list[str], ctx: Context) -> list[str]:
    """From a 猜你喜欢/相关推荐 style header near the end, drop everything unless real prose follows."""
    lex = lexicon()
    n = len(lines)
    sizes = None
    for i, line in enumerate(lines):
        s = squeeze(strip_bullets(line))
        if not s or not (s.startswith(lex["tail_cut"]) or TAIL_HEADING_RE.match(s)):
            continue
        if i < n * 0.3:
            # near the top by lines; but a page of a few long paragraphs and a long list of short links is
            # near its end after the paragraphs: what counts is how much of the text stands above
            sizes = sizes or [len(l.strip()) for l in lines]
            if sum(sizes[:i]) < 0.5 * sum(sizes):
                continue
        after = [l for l in lines[i + 1:] if l.strip()]
        # under the heading, the first item is a teaser cut short (…没...), and less text follows than stands
        # above: a list of other articles, however long their teasers and the site's slogan after them
        teasers = (bool(after) and is_teaser(after[0])
                   and sum(len(l.strip()) for l in after) < sum(len(l.strip()) for l in lines[:i]))
        # real prose under it: a paragraph of two sentences, or three paragraphs that end theirs (a rule's
        # articles, 第一条 …。 第二条 …。), none a teaser
        prose = [l for l in after if is_body_paragraph(l) and ends_sentence(l) and not is_teaser(l)]
        if not teasers and (any(is_body_paragraph(l) and sentence_count(l) >= 2 for l in lines[i + 1:]) or len(prose) >= 3):
            continue
        # (or a quiz: its options and answers under the document site's 查看更多, A.… B.… 【答案】：A)
        if not teasers and sum(1 for l in after[:40] if QUIZ_OPTION_RE.match(s := squeeze(l)) or ANSWER_LINE_RE.match(s)) >= 4:
            continue
        for l in lines[i:]:
            ctx.removed("related-list", l)
        return lines[:i]
    return lines


LINKED_ITEM_RE = re.compile(r"^\s*[•·●◆■▪►]\s*[【\[]")


# A paragraph's first clause, its day and what happened then (2019年12月，首批转诊的病人): text, however many digits.
DATED_CLAUSE_RE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上|中午)?[，,][\u4e00-\u9fff]{3,}")


def is_cut_off_text(line: str, before_text: bool = False) -> bool:
    """The last line of a page saved before its end: Chinese text, not chrome (seen on excerpts and
    previews cut at a fixed length: 分别来自中, 实践创新的多维展开). A line standing before more of the
    text (before_text) may read like a footer's paired slogan or a banner: there it is a heading (抓组织建设全覆盖,
    追寻先辈足迹 铭记革命历史)."""
    s = squeeze(line)
    if LINKED_ITEM_RE.match(line):
        return False  # • 【某某】…: a list of links under the text, cut off by the page, not the text's last words
    # (numbers count with the words: 全村脱贫户207户867人，监测户10户，)
    wordy = cjk_share(s) >= 0.6 or (cjk_count(s) >= 10 and cjk_share(re.sub(r"\d", "字", s)) >= 0.8) \
        or bool(DATED_CLAUSE_RE.match(s))  # (a paragraph opening on its day: 2017年11月，伴着响亮的鞭)
    return ((len(s) >= 6 or (len(s) >= 4 and (HEADING_MARK_RE.match(s) or cjk_count(s) >= 4))) and wordy and junk_rule(line) is None and not is_menu_line(line)
            and not is_button_words(line) and (before_text or not SLOGAN_RE.search(s)) and not is_item_row(line)
            and (before_text or not BANNER_RE.match(line.strip()))
            and (before_text or not is_channel_name(s)))  # (某某本地新闻: the site's channel under the text)


# A site's banner or motto: phrases set apart by spaces (廉洁从业 清风常在), or a special column's name
# (某某廉洁文化建设专题). A text cut off by the page runs on without gaps.
BANNER_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:\s+[\u4e00-\u9fff\w]{2,16})+$|^[^，。！？,!?]{2,40}(?:专题|专栏|专区)$")


# Items set apart by wide gaps or bars: 某某教育基地  某某服务平台  某某奖 (a footer's honours, a row of tags).
ITEM_GAP_RE = re.compile(r"\s{2,}|\s*[|｜]\s*")


def is_item_row(line: str) -> bool:
    """Three or more short items in a row with wide gaps between them and no sentence marks: a footer's
    list or a row of tags. A text cut off by the page is one run of words."""
    if SENTENCE_MARK_RE.search(line):
        return False
    items = [t for t in ITEM_GAP_RE.split(line.strip()) if t]
    return len(items) >= 3 and max(len(t) for t in items) <= 16


TAIL_FRAGMENT_RE = re.compile(r"[\u4e00-\u9fff]{1,5}")
CUT_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff]{2,4}[，,][\u4e00-\u9fff]{1,4}")  # 可见，这: a clause and the next one's first word
# What a page's last short line names when it is chrome or a credit, not the start of a cut-off paragraph
# (编辑 / 审核 / 阅读 / 视频 / 附件 / 专题 …), and a date or a unit's name signing a document.
CHROME_WORD_RE = re.compile(r"编|审|校对|作者|来源|监制|出品|排版|制作|供稿|下载|视频|阅读|浏览|顶部|客户端|专题|专栏|图片|附件|分享|收藏"
                            r"|打印|关闭|返回|评论|点赞|转发|扫码|关注|留言|举报|首页|更多|推荐|相关|链接|展开|折叠|收起|全文|原文"
                            r"|[年月日]$|(?:公司|党委|支部|党组|委员会|办公室|学校|学院|中心|局|院|厅|部|处|所|站|社|会)$")


def is_cut_word(line: str) -> bool:
    """A page's very last line as the first characters of a paragraph the page stopped in (截至目, 记者从该): two to
    five Chinese characters, not a chrome word (展开), a date, a unit, or a name (a speech signed 张某)."""
    from .metadata import SURNAMES  # (metadata is the home of names; imported here, where it is needed)
    s = squeeze(line)
    # (a list cut after its mark, 市委、, is one too; 党 opens words far more often than names)
    core = s[:-1] if s.endswith(("、", "，", ",")) and len(s) >= 3 else s
    core = core[1:] if core[:1] in "“「《（(" and len(core) >= 3 else core  # (“党员: a quotation the page stopped in)
    return (len(core) >= 2 and bool(TAIL_FRAGMENT_RE.fullmatch(core) or CUT_CLAUSE_RE.fullmatch(core)) and not CHROME_WORD_RE.search(core)
            and junk_rule(line) is None and not (2 <= len(core) <= 3 and core[0] in SURNAMES and core[0] != "党"))


# Closing slogans of a site's footer: four-character phrases paired (不忘初心 牢记使命).
# (run together, the two phrases hold no word of grammar: 此次活动由某某市 is a sentence the page cut off)
# (nor do they open on a preposition that leads a clause: 针对部分村委会条 is a sentence the page cut off)
SLOGAN_RE = re.compile(r"^[\u4e00-\u9fff]{4}[,，、\s][\u4e00-\u9fff]{4}[!！]?$"
                       r"|^(?!.*[由的了是把被就都也还着])(?!针对|对于|通过|为了|按照|根据|随着|经过|关于|由于)[\u4e00-\u9fff]{8}[!！]?$")


SIGNATURE_RE = re.compile(r"^[^，。：:、\s]{2,30}(?:委员会|党委|党组|党工委|总支|支部|公司|集团|学院|大学|学校|医院|办公室|局|厅|中心|协会|街道|社区|村委会)$")
DATE_LINE_RE = re.compile(r"^[（(]?(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*(?:[月\-/.]\s*(?:\d{1,2}\s*日?)?)?[)）]?$")


# A diary's dated heading: the date, the weekday, perhaps the weather (2021年5月17日 星期一 晴).
DIARY_HEADING_RE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期|周|礼拜)[一二三四五六日天](?:[晴阴雨雪多云转小中大雷阵]{1,6})?$")


def is_signature(s: str, nxt: str) -> bool:
    """A unit's name standing above a bare date at the end: who issued the document, and when."""
    return bool(SIGNATURE_RE.match(s) and DATE_LINE_RE.match(nxt)) and junk_rule(s) is None


def is_continuation(previous: str, s: str) -> bool:
    """A piece of a sentence broken across lines: the line before it ends mid-sentence, and it is Chinese
    or the closing quote the break left alone."""
    if not previous or ends_sentence(previous) and not previous.endswith(("’", "”")):
        return False
    return (cjk_count(s) >= 2 and cjk_share(s) >= 0.6 and junk_rule(s) is None) or s in ("’", "”", "」", "』")


# A heading set between marks (★感悟初心★, ◆强化初心◆, 【铭记初心】): its marks, to compare with the page's others.
MARKS = "★☆◆◇●■□▲△▶►【〖『「"
MARKED_HEADING_RE = re.compile(r"^([★☆◆◇●■□▲△▶►【〖『「])[^，。！？,!?★☆◆◇●■□▲△▶►◀◄【】〖〗]{2,20}([★☆◆◇●■□▲△◀◄】〗』」])$")


def marked_like_earlier(s: str, earlier: list[str]) -> bool:
    """A marked heading (MARKED_HEADING_RE) whose marks two of the text's earlier headings share: the text's
    last section's heading (★铭记初心★ after ★感悟初心★ and ★强化初心★), not a site's slogan."""
    m = MARKED_HEADING_RE.match(s)
    if not m:
        return False
    same = sum(1 for e in earlier if (k := MARKED_HEADING_RE.match(e)) and k.groups() == m.groups())
    return same >= 2


TEASER_RUN_END_RE = re.compile(r"(?<=\S)\s*(?:\.{3,6}|…{1,2})$")  # (any character before the dots: 2006年某某职业技...)
TEASER_MAX = 40


def teaser_run(lines: list[str]) -> set[int]:
    """The page's last lines when they are two or more short lines each cut off with an ellipsis (a list of other
    articles, each shown by its first words), with nothing after them but junk."""
    tail = [l.rstrip() for l in lines[-40:] if l.strip()]
    if sum(1 for l in tail if l.endswith(("...", "…"))) < 2:  # (cheap first test: two lines cut so at all)
        return set()
    run: set[int] = set()
    fragment = None  # (a page saved before its end stops inside the list: its last teaser cut before the ellipsis)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        s = squeeze(line)
        if TEASER_RUN_END_RE.search(s) and len(s) <= TEASER_MAX and not ends_sentence(TEASER_RUN_END_RE.sub("", s)):
            run.add(i)
            continue
        if fragment is None and not run and len(s) <= TEASER_MAX and not ends_sentence(s) and junk_rule(line) is None:
            fragment = i
            continue
        if not run and junk_rule(line) is not None:
            continue
        if run and junk_rule(line) is not None and len(s) <= 12:
            continue  # (a heading over the list: 相关新闻)
        break
    if len(run) < 2:
        return set()
    return run | ({fragment} if fragment is not None and fragment > max(run) else set())


HEAD_TEASERS_MIN = 3


def head_teasers(lines: list[str]) -> set[int]:
    """Above the text's first paragraph, a block of short lines of which three or more are cut off with dots (a
    sidebar's list of other articles: 某某学子赴某地宣传公... / 第五届团学名单 / 关于联合举办某某大学...): the block from
    its first cut line to its last."""
    cut = []
    for i, line in enumerate(lines):
        s = squeeze(line)
        if not s:
            continue
        if len(s) >= 40 and ends_sentence(s):
            break  # the text begins
        if TEASER_RUN_END_RE.search(s) and len(s) <= TEASER_MAX and not ends_sentence(TEASER_RUN_END_RE.sub("", s)):
            cut.append(i)
    if len(cut) < HEAD_TEASERS_MIN:
        return set()
    block = set(range(cut[0], cut[-1] + 1))
    if any(len(squeeze(lines[i])) > TEASER_MAX or ends_sentence(lines[i]) for i in block if lines[i].strip()):
        return set(cut)  # something else stands between them: only the cut lines
    return {i for i in block if lines[i].strip()}


# (a stray letter or mark the page left in front of the editor's label counts too: N 编辑:某某, ■责任编辑：某某)
FOOTER_LINE_RE = re.compile(r"^(?:[A-Za-z]\s?|[■□●◆▲△◇○★☆]\s?)?[【\[]?(?:责编|责任编辑|编辑|审核|校对|值班主任)[:：]|版权所有|未经授权|严禁转载|禁止转载")


def trim_tail_chrome(lines: list[str], ctx: Context) -> list[str]:
    """After the last sentence of the text, short lines that are not sentences are site chrome (slogans).

    The last sentence may be short (谢谢大家！ closing a speech), so any prose line counts, not only
    long paragraphs; a line ending in a colon introduces what follows and is never chrome."""
    teasers = teaser_run(lines) | (head_teasers(lines) if "..." in "".join(lines[:60]) or "…" in "".join(lines[:60]) else set())
    if teasers:  # other articles' openings, each cut short, closing the page (新华社某地7月29日电(记者 ... / 7月29日，…)
        for i in sorted(teasers):
            ctx.removed("related-teasers", lines[i])
        lines = [l for i, l in enumerate(lines) if i not in teasers]
    prose_idx = [i for i, l in enumerate(lines) if is_prose_line(l)]
    if not prose_idx:
        return lines
    last = prose_idx[-1]
    out = lines[: last + 1]
    # the page's last line of text: nothing after it but junk (a preview notice, a footer)
    final = max((i for i, l in enumerate(lines) if l.strip() and junk_rule(l) is None), default=-1)
    # a page cut off mid-sentence ends in its text: the headings standing before that last fragment
    # (实践创新的多维展开, 第一书记任期1至3年) are the article's, not the footer's
    cut_off = final > last and is_cut_off_text(lines[final])
    # the last few characters of a sentence broken at the page's end (…党组织对自 / 己不): the text's, not chrome
    before = max((i for i in range(last, final) if lines[i].strip()), default=last)
    fragment = (final > last and bool(TAIL_FRAGMENT_RE.fullmatch(squeeze(lines[final])))
                and not ends_sentence(squeeze(lines[before]))
                and (before == last or (is_cut_off_text(lines[before]) and len(squeeze(lines[before])) >= 10)))
    cut_off = cut_off or (fragment and before > last)  # the broken sentence's first part stays too
    # the first characters of a paragraph the page stopped in (…取得明显成效。 / 截至目), when nothing at all
    # follows them: a page saved whole ends in its footer, not in a word's first half
    very_last = max((i for i, l in enumerate(lines) if l.strip()), default=-1)
    fragment = fragment or (final == very_last and final > last and before == last and is_cut_word(lines[final]))
    marked = [squeeze(l) for l in lines[:last] if l.strip()[:1] in MARKS]  # the text's marked headings
    # a question bank's options and answers (A.裁决 / B.指示 / 【答案】：A) after its last question with a full stop
    quiz = sum(1 for l in lines[:last] if l and (QUIZ_OPTION_RE.match(t := squeeze(l)) or ANSWER_LINE_RE.match(t))) >= 4
    # under a line ending in a colon: the items it introduces (注意事项： / 提前沟通 / …); items each set behind
    # the same bullet (规定了七种处分： / - 警告 / - 严重警告 / …) are a list however many there are
    introduced = squeeze(lines[last]).endswith((":", "："))
    bullet = None
    previous = squeeze(lines[last])
    for i, line in enumerate(lines[last + 1:], last + 1):
        s = squeeze(line)
        if i == final and fragment:
            out.append(line)
            continue
        if (i == final or (cut_off and i < final)) and is_cut_off_text(line, before_text=i < final):
            out.append(line)
            previous = s
            continue
        if s and quiz and i <= final and (QUIZ_OPTION_RE.match(s) or ANSWER_LINE_RE.match(s)):
            out.append(line)
            previous = s
            continue
        if s and cut_off and i < final and len(s) <= 12 and not ends_sentence(s) and junk_rule(line) is None \
                and (k := next_filled(lines, i)) is not None and k <= final and len(squeeze(lines[k])) >= 40 \
                and (k == final or is_cut_off_text(lines[k], before_text=True)):
            # 总结 over the paragraph the page stopped in (or over the paragraphs, each cut short, it stopped in): that
            # last part's heading
            out.append(line)
            previous = s
            continue
        if s and cut_off and i < final and is_continuation(previous, s):
            out.append(line)  # a sentence broken across lines (…解决好‘三农 / ’ / 问题 / 作为…)
            previous = s
            continue
        if s and s[:1] in MARKS and marked_like_earlier(s, marked):
            out.append(line)  # the last section's heading, marked as the text's others are
            previous = s
            continue
        if s and is_signature(s, next((squeeze(l) for l in lines[i + 1:] if l.strip()), "")):
            out.append(line)  # a document's issuer above its date (某某学院学生党支部 / 2015年1月)
            previous = s
            continue
        if s and s[2:3] in ":：" and HEADING_MARK_RE.match(previous) and under_time_heading(lines, i):
            out.append(line)  # 三、活动的时间 / 时间：2022年3月3日-3月8日: the last part's own field, under its heading
            previous = s
            continue
        if s:
            previous = s
        if s and (introduced or bullet) and (m := ITEM_BULLET_RE.match(s)) and m.group(1) == (bullet or m.group(1)) \
                and len(s) > 2 and junk_rule(line) is None:
            out.append(line)
            bullet, introduced = m.group(1), False
            continue
        if introduced and s and is_cut_off_text(line):
            out.append(line)
            continue
        if s:
            introduced, bullet = s.endswith((":", "：")) and junk_rule(line) is None, None
        if (s and not ends_sentence(s) and not s.endswith((":", "：")) and len(s) <= 40 and not (s[:1] == "|" and s.count("|") >= 3)
                and not HEADING_MARK_RE.match(s) and not re.match(r"^[（(\[]", s) and not is_section_name(s)
                and not ARTICLE_OPENING_RE.match(s)  # (第六条 选举应当充分发扬民主: a rule's article the page cut off)
                and not DIARY_HEADING_RE.match(s) and not AWARD_COUNT_RE.match(s)):
            if i == final and not ctx.authors and NAMES_LINE_RE.match(line.strip()) \
                    and all(n[0] in SURNAMES and not n.endswith(UNIT_ENDS) for n in line.split()):
                ctx.authors += line.split()  # 某某某 alone under the last paragraph: the writer's signature
            ctx.removed("tail-chrome", line)
            continue
        out.append(line)
    return out
