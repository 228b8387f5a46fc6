"""Title, date, source and byline: read from the page's head and tail lines into the context."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .context import Context
from .debris import strip_spam_brands
from .title_model import best_candidate, confidence, confidence_features, load_title_model, model_score
from .text import TITLE_BULLETS, CJK, CLOSERS, cjk_count, cjk_share, cn_to_int, ends_sentence, squeeze, table_rows

# (no digit before the year: looked back on from after its 19 or 20, so that the pattern opens on a 1 or a
# 2 and is scanned fast)
# (a view counter glued on behind a day of two digits: 2024-01-31739次浏览 is the 31st, seen 739 times)
DATE_RE = re.compile(r"((?:19|20)(?<!\d..)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*"
                     r"(\d{2}(?=\d{1,9}\s*(?:次|人已?)(?:浏览|阅读|点击|围观|看过))|\d{1,2}(?!\d))")
# Labels of the article's date (发布机构, 发布者 and 发文机关 name who, not when).
DATE_LABEL_RE = re.compile(r"(?:时间|日期|发布(?!机构|单位|者|人)|发表|更新|发文(?!机关|机构|字号)|成文|印发)")
# A day-first date and time (30.03.2021 20:03), as some sites and mirrors print it.
DMY_TIME_RE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\s+\d{1,2}:\d{2}")
URL_RE = re.compile(r"https?://[A-Za-z0-9._~:/?#\[\]@!$&'*+,;=%-]+")
# An image's or attachment's address is not where the article came from.
MEDIA_URL_RE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|mp4|mp3|pdf|docx?|xlsx?|zip|rar)(?:[?#]\S*)?$", re.I)
URL_LABEL_RE = re.compile(r"(?:本文来源|原文链接|原文地址|本文链接|本文地址|文章来源|来源|网址|转载自|出处)")
# A title given under its label on a line of its own (标题：某某办法).
LONE_TITLE_LABEL_RE = re.compile(r"^\s*(?:标\s*题|题\s*目|文章标题|名\s*称|信息名称|文件名称)\s*[:：]\s*(\S.{3,60}?)\s*(?:[|｜]\s*)*$")
# The bars and empty cells around a table row's text (| 标题:某某办法 | ||), and Markdown's bold marks in it.
TABLE_EDGE_RE = re.compile(r"^\|\s*|\s*(?:\|\s*)+$|\*\*")
# A breadcrumb from the home page without a label (网站首页 >> 某某建设 >> 某某动态).
HOME_TRAIL_RE = re.compile(r"^\s*(?:网站首页|首页|主页|返回首页)\s*(?:>>?|＞|»|›|→)\s*(.+)$")
BREADCRUMB_RE = re.compile(r"^(?:您?当前(?:所在)?位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]?\s*(.+)$")
# (a picture's source, 图片来源：视觉中国, is not the text's)
SOURCE_LABEL_RE = re.compile(r"(?:(?<!图片)(?<!照片)(?<!图)(?:来源|来自|出处|稿源|转自|转载自)\s*[:：]|(?<!图片)来源\s*[|｜丨])\s*([^\s|｜丨【】\[\]]{2,30})")  # 【来源:本站】: the bracket is the label's
SITE_NAME_RE = re.compile(f"([{CJK}A-Za-z0-9]{{2,16}}(?:网|文库|在线|日报|晚报|报|杂志|频道|网站|平台|文档网|秘书网|范文网|客户端))$")
DOC_SITE_RE = re.compile(r"更多(?:相关)?(?:内容|范文|文章|资料).{0,24}?[-–—]\s*([^\s，。,]{2,16})\s*$")
PAGES_LEFT_RE = re.compile(r"还剩\s*\d+\s*页\s*未读|剩余\s*\d+\s*页\s*未读")
PAGE_COUNT_RE = re.compile(r"页数\s*[:：]\s*(\d{1,4})\s*页?")
# Values of 来源 that name no one.
# Dates that are not the article's: a journal's received/revised dates, deadlines, birth dates.
# 原标题：《…》 / 原题目：“…”: the quotes around the title go, those inside it stay (…建强基层党组织“最后一公里”).
ORIGINAL_TITLE_RE = re.compile(r"^\s*原(?:标题|题目|题)\s*(?:[:：]|为(?=\s*[《“])|是(?=\s*[《“]))\s*(?:《([^《》]{6,60})》|“([^“”]{6,60})”|(\S.{5,59}?))\s*$")
# A person's dates, not the page's: an author's note (作者简介：某某（1988.11.05-）), a birth.
LIFE_DATE_RE = re.compile(r"简介|出生|生于|[（(]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?\s*[-—～~]")
DAY_BOX_RE = re.compile(r"^\s*(\d{1,2})\s+((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*$")
# (and the day the reader opens the site, which a portal's head shows: 今天是2024年5月30日 星期四)
OTHER_DATE_RE = re.compile(r"(?:收稿|修回|录用|接收|出生|截止|报名|考试|有效|注册|入会|最后登录|上次登录)(?:日期|时间)|^\s*(?:最后|上次)登录\s*[:：]?\s*$|^\s*(?:今天是|今日是|今天|今日|当前日期|现在是|当前时间)\s*[:：]?\s*(?:19|20)\d{2}"
                           # (… after the site's welcome on the same line: 欢迎访问某某网，今天是 2025年06月25日)
                           r"|[,，!！]\s*(?:今天是|今日是|当前日期|当前时间)\s*[:：]?\s*(?:19|20)\d{2}")
# A full date right after its label (更新时间:2012-02-28, 发布日期：2021年3月5日).
LABELLED_FULL_DATE_RE = re.compile(r"(?:发布|更新|发表|上传|录入)?(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")
BRACKETED_DATE_RE = re.compile(r"[（(]\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*[)）]")
# A day a sentence counts up to (…显示，截至2024年12月31日，党员总数…): the figures' day, not the page's.
CUTOFF_DATE_RE = re.compile(r"(?:截至|截止(?:到|至)?|直至)\s*(?:19|20)\d{2}\s*年")
GLUED_DATETIME_RE = re.compile(r"(?<=[A-Za-z\d])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?=\s+\d{1,2}:\d{2})")
# 铁路资讯 2015-07-14 07:09:08 0浏览 作者：某某 以“…”为载体，…: the page's data glued to its text
GLUED_META_DATE_RE = re.compile(r"^\s*\S{0,12}?\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
                                r"(?=.{0,16}?(?:浏览|阅读|点击|作者|来源|发布))")
GENERIC_SOURCES = {"互联网", "网络", "网友投稿", "本站", "原创", "网友上传", "转载", "未知", "网友", "本网", "综合",
                   "本站编辑", "网站编辑", "本网编辑", "小编", "佚名", "管理员", "admin", "网络整理", "网络收集",
                   "用户", "会员", "网友分享", "用户上传", "会员上传", "正文", "正文内容", "文章正文",
                   # (a site's channels, the last crumb of its trail: 当前位置：首页 期刊杂志)
                   "期刊杂志", "期刊", "杂志", "论文", "文章", "资讯", "新闻", "新闻中心", "新闻资讯", "首页"}
HEAD_LINES = 40
# The account a site's software posted under, in the source's field (超级管理员, 系统管理员, 网站编辑, admin01): no publisher.
ACCOUNT_RE = re.compile(r"(?:超级|系统|网站|后台|站点|栏目|平台)?(?:管理员|编辑|发布员|录入员?)|(?:super)?admin(?:istrator)?\d*"
                        r"|webmaster|editor\d*|root", re.I)


# (a signature may type the zero as the digit or a letter: 二0一二年五月四日, 二O二二年)
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0, "０": 0}
CN_DATE_RE = re.compile(r"^\s*((?=[〇○零ＯO0０一二三四五六七八九]*[一二三四五六七八九])[〇○零ＯO0０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$")


MONTH_LINE_RE = re.compile(r"^\s*[（(]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*[)）]?\s*$")


def parse_signature_date(line: str) -> str | None:
    """A line that is nothing but a date, as a signature writes it (二〇二二年十月九日, 2022年10月9日, 2022年9月5号)."""
    m = CN_DATE_RE.match(line)
    if m:
        try:
            year = int("".join(str(CN_DIGIT[c]) for c in m.group(1)))
            month, day = cn_to_int(m.group(2)), cn_to_int(m.group(3))
            return dt.date(year, month, day).isoformat() if month and day else None
        except (KeyError, ValueError):
            return None
    if len(line.strip()) <= 12 and re.fullmatch(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*"
                                                r"|\s*(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}\s*", line):  # 2020-6-30
        return parse_date(line)
    return None


DATE_SUBJECT_RE = re.compile(r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?!\s*(?:星期|周|礼拜))[\u4e00-\u9fff][^\n]*[。！？]")


def parse_date(text: str) -> str | None:
    glued = list(GLUED_CLOCK_DATE_RE.finditer(text)) + list(GLUED_COUNT_DATE_RE.finditer(text)) if "-" in text else []
    for m in list(DATE_RE.finditer(text)) + list(COUNTER_DATE_RE.finditer(text)) + glued:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


# A post's or answer's date on a line of its own (发布于:2023-03-13 11:14, 回答于 2021年5月6日).
CLOSING_SOURCE_RE = re.compile(r"^\s*[（(]\s*(?:新闻|信息|稿件|文章|资料)?来源\s*[:：]\s*([\u4e00-\u9fff]{2,16}?)"
                               r"(?:\s+|(?=(?:19|20)\d{2})|(?=\s*[)）]))((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?"
                               r"[^)）]{0,30}?(?:记者\s*([\u4e00-\u9fff·]{2,3}))?\s*[)）]\s*$")
EDITOR_DATE_RE = re.compile(r"^\s*(?:责编|责任编辑|编辑|审核|校对)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,2}\s+"
                            r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*$")
FOOTER_DATE_RE = re.compile(r"^\s*(?:发布|发表|更新|成文|印发)(?:日期|时间)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]")
POSTED_DATE_RE = re.compile(r"^\s*(?:发布|发表|更新|回答|编辑)于\s*[:：]?\s*(?:19|20)\d{2}\s*[-/.年]")


SHORT_YEAR_DATE_RE = re.compile(r"(?:日期|时间|更新|发布)\s*[:：]\s*(\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])"
                                # (or unlabelled, with its time: 某某报 22-03-19 08:00)
                                r"|(?<![\d\-:./])(\d{2})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?![\d-])")
# A labelled date with a counter glued after it (日期:2023-12-221225: the day, then 1225 views).
COUNTER_DATE_RE = re.compile(r"(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{2})(?=\d{1,7}(?!\d))")
# A date with its clock glued on (2024-02-2609:57:39), and a date closing a line with a counter glued on (某某网
# 2022-04-27363338): the day is written with two digits, so where it ends is known.
# A source line below the lead (［时间:2017-10-31  来源:某某网］, 2025年4月3日《某某晚报》A7理论版): the page's date even
# where the page opens on its text; a notice's own 时间： line names no source.
SOURCE_LINE_DATE_RE = re.compile(r"^\s*[\[【(（]?\s*(?:(?:发布|更新)?时间|日期)\s*[:：][^:：]{6,30}?(?:来源|作者|编辑|浏览|点击)\s*[:：]"
                                 r"|^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*《[^》]{2,12}》")
GLUED_CLOCK_DATE_RE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{1,2})-(\d{2})(?=\d{1,2}:\d{2})")
GLUED_COUNT_DATE_RE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\d{1,7}\s*$)")


# A sentence leading into a list (党支部的成立程序如下：, 具体要求有以下几点：): the text has begun; a heading
# below it belongs to the text, not to the page's head.
LIST_LEAD_IN_RE = re.compile(r"\S{4}(?:如下|以下|下列|以下几点|几个方面|几个步骤)[:：]\s*$")


SECTION_OPEN_RE = re.compile(r"^一、")  # (the first section only: a page excerpted from its middle may open on 二、)
LATER_SECTION_RE = re.compile(r"^(?:[二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")


# A document's kind closing its title (…实施方案, …调研报告, …的讲话).
DOC_TITLE_END_RE = re.compile(r"(?:方案|报告|办法|意见|通知|规定|细则|要点|计划|规划|总结|讲话|发言|发言稿|讲稿|心得体会|体会|制度|规则|决定|倡议书|承诺书)$")


def head_region(lines: list[str]) -> list[str]:
    """The lines before the first real body paragraph (at most HEAD_LINES non-empty lines)."""
    from .boilerplate import junk_rule  # boilerplate reads this module's patterns

    out = []
    filled = [line for line in lines if line]
    for k, line in enumerate(filled):
        if LIST_LEAD_IN_RE.search(line):
            break
        if out and SECTION_OPEN_RE.match(line) and not out[-1].rstrip().endswith(("目录", "目 录")):
            break  # a section of the text opens: no title below it (一、总则)
        # … or a later one with a sentence under it (三、… / 某某。): a page excerpted from its middle (a contents'
        # items stand one under another; a line under a heading that ends no sentence may be the next item: not
        # taken, it cost junk lines on real pages)
        if out and LATER_SECTION_RE.match(line) and k + 1 < len(filled) and ends_sentence(filled[k + 1]) \
                and not out[-1].rstrip().endswith(("目录", "目 录")):
            break
        if (len(line) >= 80 and ends_sentence(line) and cjk_share(line) > 0.6 and "：" not in line[:8]
                and junk_rule(line) is None):  # injected spam above the article is no body paragraph
            if k == 0 and k + 1 < len(filled) and DOC_TITLE_END_RE.search(filled[k + 1]) and len(filled[k + 1]) <= 40 \
                    and not ends_sentence(filled[k + 1]):
                out.append(line)  # a sample site's blurb over the document's title (到2017年，初步建立…。 / 某某实施方案)
                continue
            break
        out.append(line)
        if len(out) >= HEAD_LINES:
            break
    return out


# The length a page says its text has, on a line of its own: 【文章共1155字，…】, 全文约3200字, 本文共 2,400 字.
STATED_CHARS_RE = re.compile(r"(?:文章|全文|本文|全篇)\s*(?:共|约|共约)?\s*(\d{1,3}(?:[,，]\d{3})+|\d{3,6})\s*个?字")


# An outlet's dateline that gives the year (【某某台2013年5月29日讯】, 某某社北京2024年3月5日电).
DATED_DATELINE_RE = re.compile(r"^\s*[【\[]?[^】\]，。：:\s]{0,12}?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:讯|电)")


# The lunar calendar's day (甲辰年冬月十九, 农历十月初五): a site's box of today's date shows it beside the day, an
# article's date never does.
LUNAR_DATE_RE = re.compile(r"农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:[正一二三四五六七八九十冬腊]|十一|十二)月")


# A day with its weekday alone on a line: a site's clock, or an e-paper's day of issue (2021年10月13日 星期三).
LONE_WEEKDAY_RE = re.compile(r"^\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$")
DATE_ONLY_LINE_RE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")


def site_clock(rows: list[str], k: int) -> bool:
    """Whether rows[k] is the site's clock (today's date with its weekday, on the line or alone under it), not the
    article's date: the line over it is the site's slogan, not a headline with its date below."""
    if k >= len(rows):
        return False
    return bool(WEEKDAY_DATE_LINE_RE.match(rows[k])) or (bool(DATE_ONLY_LINE_RE.match(rows[k])) and k + 1 < len(rows)
                                                         and bool(LONE_WEEKDAY_RE.match(rows[k + 1])))


WEEKDAY_DATE_LINE_RE = re.compile(r"^\s*(?:今天是)?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$")


# A date in the years of the Republic, as sites in Taiwan give it (日期:105-12-06, 民国105年12月6日): 1911 behind.
ROC_DATE_RE = re.compile(r"(?:(?:日期|时间|发布|更新)\s*[:：]\s*|民国\s*)(\d{2,3})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)")


def roc_date(line: str) -> str | None:
    if not (m := ROC_DATE_RE.search(line)) or not 70 <= int(m.group(1)) <= 130:
        return None
    try:
        return dt.date(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def is_today_box(line: str, below: list[str]) -> bool:
    """A site's box of today's date (2024年12月19日 / | / 甲辰年冬月十九): the day the page was saved, not the article's."""
    return bool(LUNAR_DATE_RE.search(line)) or any(LUNAR_DATE_RE.search(l) for l in below if len(l) <= 30)


def extract_metadata(lines: list[str], ctx: Context) -> list[str]:
    """Read date, source name, source URL and page count; the lines themselves are not changed."""
    head = head_region(lines)
    for line in head:
        # (…发布的《…》显示，截至2024年12月31日，…: a sentence that says 发布 and counts up to a day, no label)
        if (ctx.date is None and DATE_LABEL_RE.search(line[:12]) and not OTHER_DATE_RE.search(line[:12])
                and not CUTOFF_DATE_RE.search(line)):
            # (a long line: the labels glued to the first paragraph, 作者: 日期:2019-03-01 浏览:1432 2月27日，…: the
            # labelled date only)
            ctx.date = parse_date(line if len(line) < 120 else line[:40]) or roc_date(line[:60])
    if ctx.date is None:
        ctx.date = next((d for line in head if "民国" in line and len(line) < 60 and (d := roc_date(line))), None)
    if ctx.date is None:
        for line in head:
            m = DMY_TIME_RE.match(line)
            if m:
                try:
                    ctx.date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
                    break
                except ValueError:
                    continue
    if ctx.date is None:
        for line in head:  # a date and time glued to a user name (admin102025-03-14 18:05:53)
            m = GLUED_DATETIME_RE.search(line)
            if m and len(line) < 100:
                ctx.date = parse_date(m.group(0))
                if ctx.date:
                    break
    if ctx.date is None:  # a channel, date and time, counter and byline glued in front of the first paragraph
        body = [l for l in lines if l]
        for line in body[: len(head) + 1]:  # the first paragraph too: the data are glued to it
            m = GLUED_META_DATE_RE.match(line)
            if m:
                ctx.date = parse_date(m.group(1))
                if ctx.date:
                    break
    if ctx.date is None:
        label = ""  # the line above: a forum's profile field (注册时间 / 2008-10-03) dates the member, not the page
        for k, line in enumerate(head):
            # a bare date (and time) opening a short line, as on document sites and news pages
            # (1974年7月1日是我终生难忘的日子。: a day the sentence is about, not the page's)
            above, label = label, (line if line.strip() else label)
            if DATE_SUBJECT_RE.match(line) or (len(above) <= 8 and OTHER_DATE_RE.search(above)):
                continue
            if "年" in line and is_today_box(line, head[k + 1:k + 4]):
                continue
            if WEEKDAY_DATE_LINE_RE.match(line) and (later := next((d for l in head[k + 1:] if len(l) < 100 and DATE_RE.search(l)
                                                                    and not WEEKDAY_DATE_LINE_RE.match(l) and (d := parse_date(l))), None)) \
                    and later != parse_date(line):
                continue  # the site's clock over its menu (2024年09月20日 星期五), the article's own day further down
            if len(line) < 100 and not OTHER_DATE_RE.search(line) and not LIFE_DATE_RE.search(line) and (re.match(r"^\s*(?:19|20)\d{2}\s*[-/.年]", line) or (
                    DATE_RE.search(line) and not re.search(r"[。！？]", line) and not CUTOFF_DATE_RE.search(line))):
                ctx.date = parse_date(line)
                if ctx.date:
                    break
    if ctx.date is None:  # the day over the headline right above the text, below a long list (an e-paper's contents):
        # 2024年07月02日 星期二上一期下一期 / 某某报道标题 / 一座城市的魅力…
        first = next((k for k, l in enumerate(lines) if len(l) >= 60 and re.search(r"[。！？]", l)), None)
        for line in (lines[max(0, first - 4): first] if first else []):
            if len(line) < 60 and re.match(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", line) \
                    and not re.search(r"[，。！？]", line) and not LUNAR_DATE_RE.search(line) and (date := parse_date(line)):
                ctx.date = date
                break
    if ctx.date is None:  # an outlet's dateline with the year opening the report (【某某台2013年5月29日讯】…)
        for line in head + [l for l in lines[len(head):] if l.strip()][:2]:
            if (m := DATED_DATELINE_RE.match(line)) and (date := parse_date(m.group(1))):
                ctx.date = date
                break
    if ctx.date is None:  # the page's source line under the first paragraphs: 时间:… 来源:…, or the day and the paper
        for line in [l for l in lines if l.strip()][:12]:
            if len(line) < 80 and SOURCE_LINE_DATE_RE.search(line) and (date := parse_date(line)):
                ctx.date = date
                break
    if ctx.date is None:  # a page's data line under its first paragraph (浏览次数: 更新时间:2012-02-28 00:03:09): labels, no sentence
        for line in [l for l in lines if l.strip()][:12]:
            found = LABELLED_FULL_DATE_RE.search(line) or (("来源" in line or "www." in line) and BRACKETED_DATE_RE.search(line))
            if len(line) < 60 and found and not re.search(r"[。，,！？]", line) \
                    and not OTHER_DATE_RE.search(line) and (date := parse_date(found.group(1))):
                ctx.date = date  # (or the site's address and the day in brackets: www.example.gov.cn (2022-02-14) 来源:…)
                break
    if ctx.date is None:  # 日期:2023-12-221225: a labelled date with a view counter glued on (or a short line's last)
        for line in head:
            if len(line) < 120 and COUNTER_DATE_RE.search(line) or len(line) < 60 and GLUED_COUNT_DATE_RE.search(line):
                ctx.date = parse_date(line)
                break
    if ctx.date is None:  # a labelled date with a two-digit year (时间: 20-05-29 来源:…)
        for line in head:
            m = SHORT_YEAR_DATE_RE.search(line)
            if m and len(line) < 120:
                try:
                    year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
                    ctx.date = dt.date(2000 + int(year), int(month), int(day)).isoformat()
                    break
                except ValueError:
                    continue
    if ctx.date is None:  # a date box: the day over its year and month (3 / 2023-05, 03 2023-05)
        for line, nxt in zip(head, head[1:] + [""]):
            m = DAY_BOX_RE.match(line) or DAY_BOX_RE.match(f"{line} {nxt}" if re.fullmatch(r"\s*\d{1,2}\s*", line) else "")
            if m:
                try:
                    ctx.date = dt.date(int(m.group(2)), int(m.group(3)), int(m.group(1))).isoformat()
                    break
                except ValueError:
                    continue
    if ctx.date is None:  # a report dated by its month alone under its title: （2025年12月）
        for line in head:
            m = MONTH_LINE_RE.match(line)
            if m and 1 <= int(m.group(2)) <= 12:
                ctx.date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-01"
                break
    if ctx.date is None:  # a notice or report signed at its end: 某某党委 / 二〇二二年十月九日
        for line in [l for l in lines if l.strip()][-6:]:
            ctx.date = parse_signature_date(line) or ctx.date
    if ctx.date is None:  # a Q&A page's answer, dated under its author's name below the text (发布于:2023-03-13 11:14)
        ctx.date = next((d for l in lines if len(l) < 40 and POSTED_DATE_RE.match(l) and (d := parse_date(l))), None)
    if ctx.date is None:  # the editor's credit under the text with the day after it (责编：某某      2022年06月29日)
        ctx.date = next((d for l in [l for l in lines if l.strip()][-8:] if len(l) < 60 and (m := EDITOR_DATE_RE.match(l))
                         and (d := parse_date(m.group(1)))), None)
    if ctx.date is None:  # a page that prints its date in the footer, under the text (附件下载： / 发布日期：2025年11月19日)
        ctx.date = next((d for l in [l for l in lines if l.strip()][-8:] if len(l) < 40 and FOOTER_DATE_RE.match(l)
                         and (d := parse_date(l))), None)
    # a repost's closing credit in brackets: where it first stood, when, and who wrote it (（新闻来源：某某报 2008-07-02 某某版 记者 某某）)
    closing = next((m for l in [l for l in lines if l.strip()][-8:] if len(l) < 80 and (m := CLOSING_SOURCE_RE.match(l))), None)
    if closing and ctx.date is None and closing.group(2):
        ctx.date = parse_date(closing.group(2))
    for line in lines:
        if ctx.source_url is None and len(line) < 300:
            m = URL_RE.search(line)
            if m and not MEDIA_URL_RE.search(m.group(0)) and (
                    URL_LABEL_RE.search(line[: m.start()]) or len(line) - len(m.group(0)) < 12):
                ctx.source_url = m.group(0).rstrip(".,;:)）】」>")
        if "未读" in line and len(line) < 80 and PAGES_LEFT_RE.search(line):
            ctx.truncated = True  # 已阅读5页，还剩12页未读: a document site's preview, the rest of the document not shown
        m = PAGE_COUNT_RE.search(line)
        if m and ctx.page_count is None and len(line) < 120:
            ctx.page_count = int(m.group(1))
        if ctx.stated_chars is None and "字" in line and len(line) < 80 and (m := STATED_CHARS_RE.search(line)):
            ctx.stated_chars = int(m.group(1).replace(",", "").replace("，", ""))
    if ctx.original_title is None:  # 原标题：《…》 under a reposted article: the title it had where it first stood
        ctx.original_title = next((next(g for g in m.groups() if g).strip() for l in lines
                                   if "原" in l[:6] and (m := ORIGINAL_TITLE_RE.match(l))), None)
    if ctx.original_title is None:  # 引用本文：某某 某某…的探索与实践[J]. 某某研究…: a journal's citation of the paper names it
        ctx.original_title = next((m.group(1).strip() for l in lines if "引" in l[:8] and (m := CITED_TITLE_RE.match(l))), None)
    name = find_source_name(head, lines) or (closing.group(1) if closing else None)
    if name and "□" in name:  # characters lost in saving (长治日□□): a name no reader could find, no source page to group by
        name = None
    # a hijacked page's gambling brand in place of the site's name names no source
    ctx.source_name = (strip_spam_brands(name).strip(" -–—|_") or None) if name else name
    for line in head:
        if not ctx.authors and (bio := AUTHOR_BIO_RE.match(line)) and bio.group(1)[0] in SURNAMES:
            ctx.authors = [bio.group(1)]  # 【作者简介】某某，某某大学教授…: the paper's writer
            continue
        if not ctx.authors and "作者" in line and "/" in line and (slashed := WRITERS_SLASHED_RE.search(line)):
            names = [n for n in slashed.group(1).split() if n[0] in SURNAMES]
            if names and len(line) < 160:  # 作者:某某调研队 某某 某某/文 某某/图: the names before /文 wrote it
                ctx.authors = names
                continue
        m = AUTHOR_IN_META_RE.search(unpad_names(line) if "作者" in line else line) or WECHAT_BYLINE_RE.match(line)
        if not m and (glued := AUTHOR_GLUED_RE.search(line)) and glued.group(1)[0] in SURNAMES:
            m = glued
        if m and len(line) < 120 and not ctx.authors:
            ctx.authors = split_names(m.group(1))
        elif (m := STAMPED_NAME_RE.match(line)) and not ctx.authors and m.group(1)[0] in SURNAMES and m.group(1)[0] != "党" \
                and not m.group(1).endswith(ORG_ENDS):
            ctx.authors = stamped_names(m.group(1))  # 2023-02-07 20:09某某某: a journal mirror's time stamp, its author's name glued on
        elif not ctx.authors and len(line) < 100 and (m := NARRATOR_LINE_RE.match(line)) and m.group(2)[0] in SURNAMES:
            ctx.authors = [m.group(2)]  # 讲述者：某某医院某某科 主管护师 某某, 撰写人：…: who told or wrote it
        elif not ctx.authors and not ctx.affiliations and len(line) < 160 and "作者" in line and (m := AUTHOR_ORG_META_RE.search(line)) \
                and UNIT_NAME_END_RE.search(m.group(1)):
            ctx.affiliations = [m.group(1)]  # 作者:教工第一党支部 发布时间:…: a unit wrote it, no person is named
        elif not ctx.authors and len(line) < 160 and "作者" in line and (m := AUTHOR_UNIT_META_RE.search(line)) \
                and ORG_RE.search(m.group(1)[-4:]) and m.group(2)[0] in SURNAMES:
            ctx.authors = [m.group(2)]  # 作者:某某研究中心 某某 | 发布时间:…: the writer's unit, then the writer
            ctx.affiliations += [m.group(1)] if m.group(1) not in ctx.affiliations else []
        elif not ctx.authors and len(line) < 120 and not line.rstrip().endswith(("摄", "摄影")) and (m := BARE_BYLINE_RE.match(line)) and \
                (names := [n for n in split_names(next(g for g in m.groups() if g)) if n[0] in SURNAMES]):
            ctx.authors = names  # 作者 某某 某某, 某某 某某|文, 某某社记者 某某  来源：…: a byline without a colon
        elif not ctx.authors and is_dispatch_byline(line.strip()):
            # 某某网记者 某某某 长沙报道: the reporter (通讯员 某某 某某 某某 报道: the correspondents)
            dispatch = DISPATCH_BYLINE_RE.match(line.strip())
            ctx.authors = [n for n in split_names(dispatch.group(1) + " " + dispatch.group(2)) if n[0] in SURNAMES]
    if not ctx.authors and closing and closing.group(3) and closing.group(3)[0] in SURNAMES:
        ctx.authors = [closing.group(3)]
    if ctx.source_name and is_person_name(ctx.source_name) and not ctx.source_name.endswith(OUTLET_ENDS + PUBLICATION_ENDS):
        # (来源：某某某发稿时间：…: a person sent the page, no outlet: the writer, where none is named)
        ctx.authors = ctx.authors or [ctx.source_name]
        ctx.source_name = None
    if not ctx.authors:
        for line, nxt in zip(head[:3], head[1:4]):
            if is_person_name(line.strip()) and DATE_RE.search(nxt) and "来源" in nxt:
                ctx.authors = [line.strip()]  # 某某某 / 2024年11月06日10:03 来源：某某日报: the writer over the page's data
                break
    return lines


PLACE_ENDS = ("馆", "屋", "吧", "园", "堂", "坊", "斋", "阁", "居", "轩", "楼", "院", "家", "店", "铺")
# Last characters of a publication's short name that no person's name has so often (宁晋报, 文汇, 时评界).
PUBLICATION_ENDS = ("报", "网", "刊", "社", "台", "汇", "界", "志", "讯", "号", "站", "集", "苑", "库", "谈", "说", "评", "观", "摘", "荟")


def clean_source_name(name: str | None) -> str | None:
    """A source's name as a reader should see it: no 首页 in front, no bracket or pinyin left open
    behind it (中国社会（huì → 中国社会), nothing that is not a name."""
    if not name:
        return None
    if re.search(r"[:：]\s*$", name):  # 来源: 文本大小: the field was empty and the next label was read for its value
        return None
    name = re.sub(r"^(?:首页|网站首页|主页)\s*", "", name.strip())
    name = re.sub(r"^《([^》]{2,20})》.*$", r"\1", name)  # a journal and its issue: the journal
    # (a bracket inside the name, the name going on after it, is the name's: 某某开发区(某某区)融媒体中心)
    if not re.match(r"[^（(\[【]{2,}[（(][^（()）]{1,8}[)）][\u4e00-\u9fff]{2,}$", name.strip()):
        name = re.split(r"\s*[（(\[【]", name)[0].strip(" ：:·-|")
    name = re.sub(r"[)）】\]]+$", "", name)  # (（来源：某某日报）: the credit's closing bracket read with the name)
    # the page's next field glued on (某某报发布时间：2025-06-18, 用户投稿作者：某某), a date, a gatherer's word
    while (shorter := SOURCE_TAIL_RE.sub("", name).strip(" ：:·-|；;，,。")) != name:
        name = shorter
    if (len(name) < 2 or re.search(r"[a-z]{2,}", name) and CJK_RE_ANY.search(name) or name in GENERIC_SOURCES
            or ACCOUNT_RE.fullmatch(name) or re.search(r"[:：]|\s", name) or strip_spam_brands(name) != name):  # a label's value (发布日期：…, 浏览：70) or a channel trail (党建工作  新闻动态)
        return None
    if re.search(r"(?:厂家|厂商|批发|价格|报价|多少钱|供应商)$", name):
        return None  # (来源：某某厂家 on a spam host's copy: a seller's name, no publisher)
    if re.fullmatch(r"[A-Za-z_]{0,6}\d{5,}[A-Za-z_]{0,4}", name):
        return None  # a record's number in the source's field (sp20241126, 000123): no name
    if re.match(r"(?:互联网|网络|网上|网友|本站|本网)", name) and re.search(r"转载|整理|收集|搜集|转发|摘编|综合", name):
        return None  # (来源:互联网转载和整理: gathered from anywhere, no publisher)
    if re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:日期|时间|机构|方式|编号|分类|索引号|文号|名称|主题词)", name):
        return None  # (发布机构: 生成日期: …: the field was empty and the next label was read for its value)
    if re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:心得体会|工作总结|述职报告|调研报告|讲话稿|发言稿|演讲稿|主持词|申请书|思想汇报|工作计划|实施方案|"
                    r"范文|作文|心得|总结|党课|教案|讲稿)(?:大全|范文|精选)?", name):
        return None  # (来源:心得体会: a sample site's channel, the kind of writing it files the text under)
    return name[:30]


# What follows a source's name on a page's line of data and is none of it: the next label and its value,
# a date, the words of one who gathered the text (收集, 整理).
SOURCE_TAIL_RE = re.compile(r"(?:(?:发布|更新|发表|发稿|录入|上传)?(?:时间|日期)|作者|编辑|责编|责任编辑|浏览|点击|阅读|字号)\s*[:：].*$"
                            r"|\s*(?:19|20)\d{2}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?.*$|(?:收集|整理|转载|转自|投稿)$"
                            # a counter glued on (某某范文网本文已影响 2.4万人, 某某网 阅读量 1200)
                            r"|\s*(?:本文|本篇)?已(?:影响|帮助|被阅读|阅读).*$|\s*(?:阅读量|浏览量|点击量|人气)\s*\d.*$")


CJK_RE_ANY = re.compile(f"[{CJK}]")


JOURNAL_ISSUE_RE = re.compile(r"^\s*《?([\u4e00-\u9fff]{2,12}(?:学报|论丛|研究|杂志|月刊|周刊|半月刊|导刊|论坛|文摘|党建|建设|"
                              r"通讯|学刊|丛刊|画报|报))》?\s*[,，]?\s*(?:19|20)\d{2}\s*年?\s*[(（]?\s*第?\s*\d{1,2}\s*期")


# A line naming where the text came from with a verb for a label, no colon needed (源于某某日报, 摘自《某某》, 转自某某网).
ORIGIN_LINE_RE = re.compile(r"^(?:源于|源自|选自|摘自|轉自|转自|转载自|來自|来自)\s*[:：]?\s*《?([\u4e00-\u9fff]{2,14}?(?:日报|日報|晚报|晚報|报|報|网|網|杂志|雜誌|刊|客户端|客戶端|公众号|公眾號|电视台|電視台))》?$")
OUTLET_DATELINE_RE = re.compile(r"^\s*((?!本)[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|电视台|台))(?:/[\u4e00-\u9fff]{2,12})?讯")
LONE_SOURCE_LABEL_RE = re.compile(r"^[【\[]?(?:出处|刊名|来源期刊)[】\]]?\s*[:：]?$")
# … or any journal's name alone before its year and issue, as journal mirrors print it (某某管理 2021年12期, 某某生活·下 2022年6期).
# A newspaper's edition line: its name, the day and the page (《某某日报》(2012年06月15日 07版), 《 某某日报 》( 2024年11月13日 第 02 版 )).
EDITION_LINE_RE = re.compile(r"^\s*《\s*([\u4e00-\u9fff·]{2,16}(?:报|刊))\s*》\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                             r"\s*(?:第\s*)?[A-Z]?\d{0,3}\s*版?\s*[)）]\s*$")
# (an edition of it behind a dot, perhaps in Latin letters: 某某教育·B版 2024年5期, 某某一代·TOP青商 2025年8期)
JOURNAL_LINE_RE = re.compile(r"^\s*《?([\u4e00-\u9fff][\u4e00-\u9fff·・]{1,15}(?:[·・][A-Za-z\u4e00-\u9fff]{1,8})?(?:[(（][\u4e00-\u9fff]{1,4}[)）])?)》?\s+(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期\s*$")


# An e-paper page's header: the paper's name, the day and the page, perhaps the page's section behind a colon or a space
# (某某日报 2023年05月12日 第03版：要闻, 某某报 2021-03-04 A2版 综合新闻, 《某某报》2020年3月5日 第4版).
PAPER_PAGE_HEADER_RE = re.compile(r"^\s*《?((?!本)[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|时报|商报|报))》?\s*[,，/／]?\s*"
                                  # (or its parts parted by slashes: 某某日报/2025 年/3 月/11 日/第 027 版智观)
                                  r"(?:19|20)\d{2}\s*(?:年\s*[/／]?\s*\d{1,2}\s*月\s*[/／]?\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})\s*(?:星期[一二三四五六日天]\s*)?"
                                  r"[,，/／]?\s*(?:第\s*)?[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]\s*|\s+)?[\u4e00-\u9fff·]{0,8}\s*$")
# A newspaper's name alone on the page's first lines (某某石化报, 《某某日报》): the masthead of an e-paper's page.
MASTHEAD_RE = re.compile(r"^\s*《?((?!本)[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|报))》?\s*$")
NOT_PAPER_ENDS = ("通报", "汇报", "简报", "情报", "海报", "举报", "预报", "公报", "申报", "喜报", "捷报", "板报", "墙报", "电报", "回报", "年报",
                  "月报", "呈报", "上报", "填报", "党报", "画报", "快报", "周报", "战报", "警报", "报报")


# The buttons a site sets beside its name over the text (某某网 打印 纠错 关闭).
SITE_CHANNEL_LINE_RE = re.compile(r"^\s*([\u4e00-\u9fff]{1,8}(?:网|报|在线))\s*[-—–_|｜>＞]\s*[\u4e00-\u9fff]{2,8}(?:频道|栏目|专题|专栏)\s*$")
PAGE_BUTTON_WORDS = frozenset("打印 纠错 关闭 分享 收藏 评论 字号 大 中 小 默认 放大 缩小 返回 我要纠错 打印本页 关闭窗口".split())


# A government page's issuing body under its label (发布机构：某某市人民政府办公室, 发文机关:某某局).
ISSUER_LABEL_RE = re.compile(r"(?:发布机构|发文机关|发布单位|发文单位)\s*[:：]\s*([\u4e00-\u9fff（）()]{4,30})")
# A reporter's byline naming the paper they write for (□某某日报社全媒体记者 某某, 某某晚报记者 某某).
OUTLET_REPORTER_RE = re.compile(r"^\s*[□■●◆◎]?\s*((?!本)[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|时报|商报|报))社?\s*(?:全媒体|融媒体|首席|见习|实习|特约)?记者")


def find_source_name(head: list[str], lines: list[str]) -> str | None:
    return clean_source_name(_find_source_name(head, lines))


def _find_source_name(head: list[str], lines: list[str]) -> str | None:
    for line in head:
        m = BREADCRUMB_RE.match(line)
        if m:
            parts = [p.strip() for p in re.split(r"[>＞»›/]+", m.group(1)) if p.strip()]
            # a trail that starts at 首页 names channels, not the site
            # (当前位置: 县区新闻: a channel's name, no site)
            if parts and parts[0] not in ("首页", "网站首页", "主页") and not parts[0].endswith(("首页", "主页")) \
                    and parts[0] not in GENERIC_SOURCES and not is_channel_name(parts[0]):  # (新闻首页 > …; 正文 > …: the page's part, no site)
                return parts[0][:30]
    for line in head:
        m = SOURCE_LABEL_RE.search(line)
        if m and m.group(1) not in GENERIC_SOURCES and not m.group(1).startswith("http"):
            return m.group(1)
    for line in head:
        if m := ORIGIN_LINE_RE.match(line.strip()):
            return m.group(1)
    filled = [l.strip() for l in lines[:40] if l.strip()]
    for label, value in zip(filled, filled[1:]):  # a journal mirror's 出处 on its own line, the journal's name under it
        if LONE_SOURCE_LABEL_RE.match(label) and (journal := re.fullmatch(r"《([^《》]{2,24})》", value)):
            return journal.group(1)
    for line in head:  # a journal's name and issue (《某某论丛》2020年第3期), a paper's edition: the article came from there
        m = JOURNAL_ISSUE_RE.match(line) or JOURNAL_LINE_RE.match(line) or EDITION_LINE_RE.match(line) or PAPER_PAGE_HEADER_RE.match(line)
        if m and not (m.re is PAPER_PAGE_HEADER_RE and m.group(1).endswith(NOT_PAPER_ENDS)):
            return m.group(1)
    for line in head:
        if DATE_RE.search(line) and len(line) < 120:
            for token in re.split(r"\s+|[\[\]【】|｜]", DATE_RE.sub(" ", line)):
                token = token.strip("：:")
                if SITE_NAME_RE.fullmatch(token) and token not in GENERIC_SOURCES:
                    return token
    for line in [l for l in lines if l.strip()][:3]:
        if len(line.strip()) >= 20:
            break
        if (m := MASTHEAD_RE.match(line)) and not m.group(1).endswith(NOT_PAPER_ENDS):
            return m.group(1)  # 某某石化报 alone over an e-paper's headline: the paper's masthead
    for line in head:  # 某某网 打印 纠错: the site's name before its buttons over the text
        words = line.split()
        if len(words) >= 2 and SITE_NAME_RE.fullmatch(words[0]) and words[0] not in GENERIC_SOURCES \
                and all(w in PAGE_BUTTON_WORDS for w in words[1:]):
            # (… unless the page's own field a little further down names where the text first stood: 来源：某某日报)
            labelled = next((m.group(1) for l in [l for l in lines if l.strip()][:20] if "来源" in l and len(l) < 120
                             and (m := SOURCE_LABEL_RE.search(l)) and m.group(1) not in GENERIC_SOURCES
                             and not m.group(1).startswith("http")), None)
            return labelled or words[0]
    for above, line in zip(head, head[1:]):  # 2025-08-09 / 某某产业网: the site's name alone under the page's day
        if DATE_RE.search(above) and len(above.strip()) <= 40 and SITE_NAME_RE.fullmatch(name := line.strip()) \
                and name not in GENERIC_SOURCES and not name.endswith(NOT_PAPER_ENDS):
            return name
    for line in head:  # 某某网-理论频道: the site and the channel the page stands in
        if (m := SITE_CHANNEL_LINE_RE.match(line)) and m.group(1) not in GENERIC_SOURCES:
            return m.group(1)
    for line in head:  # a government page's issuer (发布机构：某某市人民政府办公室 | 成文日期：…): the body it came from
        if (m := ISSUER_LABEL_RE.search(line)) and m.group(1) not in GENERIC_SOURCES:
            return m.group(1)
    for line in [l for l in lines if l.strip()][:12]:  # the paper a reporter's byline names (□某某日报社全媒体记者 某某 …)
        if (m := OUTLET_REPORTER_RE.match(line)) and not m.group(1).endswith(NOT_PAPER_ENDS):
            return m.group(1)
    for line in lines:
        m = DOC_SITE_RE.search(line)
        if m:
            return m.group(1)
    for line in [l for l in lines if l.strip()][:12]:  # the outlet in the lead's dateline (中国网/某某门户网讯 …, 某某日报讯（…）)
        if (m := OUTLET_DATELINE_RE.match(line)) and m.group(1) not in GENERIC_SOURCES:
            return m.group(1)
    return None


# ---- title -------------------------------------------------------------------------------------

# Labels that open a line of page furniture with a colon (作者：, 来源：, 您当前的位置：, 原标题：) and the
# arrows of a breadcrumb; a title may hold a colon too (某某公司：党建引领…, 经验交流：以…), but never
# after one of these.
LABEL_COLON_RE = re.compile(r"^[^:：]{0,8}?(?:作者|姓名|来源|时间|日期|发布|发表|摘要|关键词|关键字|标签|编辑|责编|浏览|点击|阅读|"
                            r"分类|栏目|上一篇|下一篇|相关|附件|地址|电话|邮编|导读|提示|备注|说明|出处|单位|位置|首页|"
                            r"标题|主题|答|问|网址|链接|通讯员|记者|图|(?<![杂散美作征范例公热好])文|注|机构|机关|文号|索引号|主题词|类别|字号|地点|人员|主持人|主持|"
                            r"记录人|记录|议题|参会人员|出席|列席|缺席|期次|查看|讲述人|口述|主讲人|主讲|受访者|采访人|嘉宾|用户|会员|楼主|发帖人)\s*[:：]|[>»›＞]")  # 期次：第5期 查看：38: an issue's data
TITLE_NEUTRAL_RE = re.compile(r"[\d\s\W_]")


def title_cjk_share(s: str) -> float:
    """Share of Chinese among a line's letters: digits and punctuation are neutral (2022年…（2022年）)."""
    letters = TITLE_NEUTRAL_RE.sub("", s)
    return cjk_count(letters) / len(letters) if letters else 0.0


# The title candidates, their repeats and the title lines are asked of and tidied by several steps of one page
# (a page's worth of lines is kept).
TITLE_CACHE = 4096


# A headline's short first part exclaimed (光荣在党50年！某某局为老党员颁发纪念章): one mark, then the rest of it.
EXCLAIMED_HEAD_RE = re.compile(r"^[^！!？?，,。：:]{3,12}[！!][^！!？?。，,]{6,40}(?:…{1,2})?$")
TRAILING_ELLIPSIS_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）])(?:…{1,2}|\.{3,6})$")


SUBTITLE_DASH_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])\s*(?:——|-{2,4}|—)\s*(?=[\u4e00-\u9fff“《])")


@functools.lru_cache(maxsize=TITLE_CACHE)
def is_title_like(line: str) -> bool:
    s = squeeze(line)
    core = line.rstrip().rstrip(CLOSERS)
    if core != line.rstrip() and core.endswith(("。", "？", "！", "?", "!")) and ("：“" in line or ":“" in line):
        return False  # 某某问我：“…？” reports what was said: a sentence of the text
    if len(s) > 60 and (dash := SUBTITLE_DASH_RE.search(line)) and 4 <= len(squeeze(line[: dash.start()])) <= 40 \
            and not re.search(r"[。；;！!？?]", line) and is_title_like(line[: dash.start()]):
        return True  # a headline with its subtitle on one line (某某 ---某某党支部联合开展…): the subtitle may run long
    return (4 <= len(s) <= 60 and title_cjk_share(s) >= 0.75 and cjk_share(s) >= 0.4
            # (a long headline the site cut short with an ellipsis: 光荣在党50年！某某局为老党员颁发纪念章……)
            # (a clause trailing off with one, 一路走来，故事还在继续……, is a sentence's)
            and not ends_sentence(TRAILING_ELLIPSIS_RE.sub("", core.rstrip("！!？?")) if not re.search(r"[，,]", core)
                                  else core.rstrip("！!？?"))
            and not LABEL_COLON_RE.match(line)
            and not re.search(r"[。；;]", line))


# What a title is not (each kind seen on real pages): a prompt or label ending in a colon; a
# subtitle opening with ——; a byline; a file name with its extension; a reading-time or word-count
# line; a document site's welcome, reading-progress or download line; a journal issue line; a
# section name (第二部分 …); a line of symbols.
# A Q&A site's answer labels (法律分析：…, 法律依据：…): no title after them.
QA_LABEL_RE = re.compile(r"^\s*(?:法律分析|法律依据|法律咨询|律师解答|问题分析|专家解答)\s*[:：]")
DATELINE_CREDIT_PART = r"[（(]\s*(?:本报|本网|特约|全媒体)?(?:记者|通讯员)[^）)]{0,30}[)）]"
DATELINE_ALONE = (r"^\s*(?:[\u4e00-\u9fff·]{2,8}讯\s*" + DATELINE_CREDIT_PART
                  + r"|[\u4e00-\u9fff·]{0,12}(?:网|报|台|社|客户端|新闻|融媒体?|发布)[\u4e00-\u9fff·]{0,10}讯\s*(?:" + DATELINE_CREDIT_PART + r")?)\s*$")
NOT_TITLE_RES = [
    re.compile(r"[:：]\s*$"),
    # a seller's contact for more material (更多写作资料+ 微信：…【会员享…】, 加QQ：…): an advertisement
    re.compile(r"(?:微信|QQ|qq|VX|vx|威信|薇信)\s*号?\s*[:：]|加(?:微信|QQ|qq|VX|vx)|会员(?:享|专享|免费)"),
    # a channel's home page named in the navigation (上海频道首页, 新闻中心首页) and a slideshow's ad slot (某某轮播广告)
    re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{0,10}首页\s*$|(?:轮播|横幅|通栏|漂浮|弹窗)广告\s*$"),
    # a journal database's writer fields (【作 者】某某：某某大学…, 【作者单位】某某，某某基金会)
    re.compile(r"^\s*[【\[〔]\s*作\s*者\s*(?:单位|简介|信息)?\s*[】\]〕]"),
    # an interview's or a profile's field and its figure (党龄：52年, 年龄：35岁)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\d{1,4}\s*(?:年|岁|周岁|人|名|个|次|元|万元)\s*$"),
    # a label and its code (教育部代码：12616, 索引号：ABC-2021-001)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,10}\s*[:：]\s*[A-Za-z0-9\-/_.]{3,30}\s*$"),
    # a speaker's greeting (大家下午好！, 各位领导、同志们好): how a speech opens, not its title
    re.compile(r"^\s*(?:尊敬的)?(?:大家|各位|同志们|老师们|同学们|朋友们)[^。！!]{0,12}(?:好|早上好|上午好|下午好|晚上好)[！!。]?\s*$"),
    # an outlet's name and a day, nothing else (新华社 2024年10月24日): where and when, not what
    re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s+(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*$"),
    # a regulation's note of who issued or adopted it, in brackets under its title (（某某办公厅1996年9月21日印发）)
    re.compile(r"^\s*[（(][^（()）]{2,60}(?:印发|发布|通过|施行|修订|颁布|批准)[)）]\s*$"),
    # a paper's note of the grant behind it (本文系某某规划项目“…”的阶段性成果)
    re.compile(r"^\s*本文(?:系|为|是)[^。！？]{4,100}(?:项目|课题|基金|计划|成果|资助)"),
    # an outlet's dateline standing alone, perhaps with its reporter (石河子讯（通讯员 某某）, 某某新闻网·某某客户端讯): whose
    # report follows, not what it is about
    re.compile(DATELINE_ALONE),
    # a paper's classification codes (中图分类号：D26, 文献标识码：A, 文章编号：…)
    re.compile(r"^\s*(?:中图分类号|文献(?:标识|标志)码?|文章编号|DOI)\s*[:：]"),
    # a newspaper's or a journal's name alone, its masthead (中国某某报, 某某日报, 某某大学学报); a kind of text named so
    # (工作简报, 情况通报, 喜报) is no paper
    re.compile(r"^\s*(?!.*(?:简报|快报|通报|喜报|捷报|汇报|情报|海报|公报|年报|月报|季报|板报|墙报|画报|申报|举报|预报|上报|呈报|回报|电报)\s*$)"
               # (an edition after its name: 某某日报海外版, 某某报农村版)
               r"[\u4e00-\u9fff]{2,10}报(?:[\u4e00-\u9fff]{1,4}版)?(?:\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?(?:\s*(?:星期|周)[一二三四五六日天])?\s*$"),
    # a paper's grant: a project or a research subject with its number (某某大学重点科研项目“…”(2019XY01), 某某规划课题
    # (ZC2021); 项目编号) or the year's call it won (2022年度某某市社会科学研究课题“…”)
    re.compile(r"(?:项目|课题|基金)[^。！？]{0,80}?[（(](?:项目编号|编号|批准号)?[:：]?\s*(?=[^)）]*\d)[A-Za-z0-9\-—/_ ]{3,30}[)）]"
               r"|^(?:19|20)\d{2}年度[^。！？]{2,40}(?:研究|规划|重点|科研|社科|社会科学)[^。！？]{0,10}(?:课题|项目)"
               r"|(?:项目|课题)编号|^基金项目"),
    # a photo's caption: an official caught in the act (某某公司党支部书记某某正在向网友介绍…)
    re.compile(r"(?:书记|主任|经理|董事长|队长|村长|站长|所长|党员|同志)[\u4e00-\u9fff]{2,3}正在"),
    # a commentator's byline standing alone (本刊特约评论员, 本报评论员, 某某日报评论员), the writer's name perhaps
    # behind it (某某日报评论员某某某): who wrote it
    re.compile(r"^\s*(?:本刊|本报|本网|本台|[\u4e00-\u9fff]{2,8}(?:报|刊|网|台))?\s*(?:特约)?评论员"
               r"(?:\s*[·•:：/／?？]?\s*[\u4e00-\u9fff·]{2,4})?\s*$"),
    # a newspaper's kicker or subtitle, its part named behind it as an e-paper names it (…（引题）, …（副题）): the
    # headline is the line marked （主题） (tidy_title takes the mark off)
    re.compile(r"[（(](?:引题|副题|肩题|眉题)[)）]\s*$"),
    # a newspaper's box label over the lead (核心阅读, 阅读提示, 编者按 standing alone)
    re.compile(r"^\s*[【\[]?(?:核心阅读|核心提示|阅读提示|本期导读|编者按|编者的话|内容提要|阅读导航)[】\]]?\s*[:：]?\s*$"),
    # a sentence opening on its time and running on in clauses (2022年金秋十月，…，…！ / 近日，…，…): the text's, no title
    re.compile(r"^\s*(?:(?:19|20)\d{2}年[^，,。！!]{0,6}|近日|日前|近年来|今年以来|当前|目前)[，,][^，,]{2,}[，,]"),
    # a knowledge-base site's name standing alone (某某人生知识库)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,10}(?:知识库|资料库|题库)\s*$"),
    # a site's header: its name, a dash and its slogan (某某文案网-记录生活中的美好文案)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,10}(?:网|文库|在线|之家|网站)\s*[-–—|｜丨]\s*[^-–—|｜丨]{2,20}$"),
    # a page's day of today with its weekday (11月23日 星期六, 2024年5月6日 周一)
    re.compile(r"^\s*[•·]?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$"),
    # a site's navigation words run into a line (2024年09月21日网站首页返回旧版, 设为首页 加入收藏)
    # (返回联盟首页, 返回栏目列表: a link back to some part of the site)
    re.compile(r"网站首页|返回[\u4e00-\u9fff]{0,6}(?:首页|主页|列表|顶部)|返回旧版|设为首页|加入收藏|收藏本站"),
    # a news agency's dateline standing alone (新华社北京9月27日电, 本报讯): where the text begins, no title
    # (a feature's or a special's dispatch too, its reporter in brackets behind: 某某社9月19日专题电（某某）)
    re.compile(r"^\s*\S{0,10}(?:社|网|报|台)\S{0,6}?\d{1,2}月\d{1,2}日(?:专题|专|特)?电\s*(?:[（(][^（()）]{1,20}[)）])?\s*$"),
    # a date with the page's fields run on behind it (2026年01月28日来源：某某网, 2024-05-06 10:20 作者：…)
    re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
               r"(?:来源|作者|发布|编辑|责编|点击|浏览|阅读|字号|文章来源|信息来源|稿源)"),
    # a label and a date, however the label reads (日期查询：2020年09月01日, 出版日期: 2020-09-01)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}日?)?\s*$"),
    # a catalogue's field and its short value (所属地区：某省-某市, 信息类别：工作动态, 索引号：…)
    re.compile(r"^\s*(?:所属[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{0,4}(?:地区|区域|类别|分类|栏目|类型|索引号|文号|发布机构|发文机关|"
               r"成文日期|主题词|关键词|标签))\s*[:：]\s*\S{1,24}\s*$"),
    # a speaker's name and post under a report's title (某某某常务副理事长, 某某 副会长)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,3}\s*(?:常务)?副?(?:理事长|会长|秘书长|董事长|总经理|书记|主任|院长|校长|局长|部长|主席|社长)\s*$"),
    re.compile(r"^\s*[\u4e00-\u9fff·]{2,5}\s*[（(]\s*(?:19|20)\d{2}\s*[—\-–~～]"),  # an author's note: 某某（1986— ），男，…
    # a unit with its province, city and postcode (某某学院，广东 某某，523800)
    re.compile(r"^[（(]?[\u4e00-\u9fff（）()·、]{4,40}[，,]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?\s*[，,]?\s*\d{6}\s*[)）]?$"),
    re.compile(r"^\s*[【\[]?目\s*录[】\]]?(?:\s|[:：]|$)"),  # a collection's contents (目录 1.某某总结 2.…)
    # … or a section's page in Chinese numerals with its column (某某区三版：社区·广角)
    re.compile(r"^\s*[\u4e00-\u9fff]{0,6}?(?:第\s*)?[一二三四五六七八九十]{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff·]{0,8}\s*$"),
    # an e-paper's issue number (当前报章为 第 12345号) and its masthead (|社 长：某某, |总编辑：某某)
    re.compile(r"^\s*(?:当前|本期)?(?:报章|报纸|期刊|报刊)为?\s*第\s*\d+\s*[号期]|^\s*[|｜]?\s*(?:社\s*长|副社长|总\s*编\s*辑|副总编辑|总编|执行主编)\s*[:：]"),
    # a breadcrumb of three parts or more (范文网>作文大全>初中>初二>记叙文)
    re.compile(r"^[^>＞»›]{1,12}(?:\s*[>＞»›]\s*[^>＞»›]{1,16}){2,}\s*[>＞»›]?\s*$"),
    # a document's number alone (某某党发〔2016〕20号, 某政办字[2023]5号): the document's, not its title
    re.compile(r"^\s*[\u4e00-\u9fff]{1,12}[发字函办通电]\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*(?:第\s*)?\d{1,4}\s*号\s*$"),
    # a breadcrumb from the home page, its parts glued or set apart (首页范文工作总结心得体会, 首页 党建园地…)
    re.compile(r"^\s*(?:网站)?首页(?![\u4e00-\u9fff]{0,1}(?:开门红|之|的))"),
    # a site's or a network of sites' name alone (某某党建网站联盟, 某某新闻网)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,12}(?:网站联盟|网站群|网站|新闻网|党建网|门户网)\s*$"),
    re.compile(r"^\s*(?:当前版(?:面)?|第\s*\d{1,3}\s*版|第\s*\d{1,3}(?=\s*[:：])|\d{1,3}\s*版)\s*[:：]?\s*(?:\d{1,3}\s*版)?\s*[\u4e00-\u9fff]{0,6}\s*$"),  # an e-paper's page (当前版：05版)
    # an e-paper page's header: the paper, the day and the page, perhaps its section (某某日报 2023年05月12日 第03版：要闻,
    # 某某报 2021-03-04 A2版 综合新闻)
    PAPER_PAGE_HEADER_RE,
    # a paper's first writer and 等 for the others, perhaps its note mark (某某等*)
    re.compile(r"^\s*[\u4e00-\u9fff]{2,3}(?<![平对相同均何高初中上次优劣])等\s*[*＊]?\s*$"),  # (人人平等 is a phrase)
    # a research group's byline over its report (□ 某某市人大常委会课题组, 某某局联合调研组)
    re.compile(r"^\s*[□■●◎◆]?\s*(?![^组]*(?:组成|成立|派出|开展|参加|前往|来到|赴|与|和))[\u4e00-\u9fff（）()·、]{2,30}(?:课题组|调研组|编写组|写作组|研究组|调查组)\s*$"),
    # … and its navigation (2025 年 8 月 14 日 星期 版面导航首页|某某日报|某某晚报, 上一版 下一版)
    re.compile(r"版面导航|版面概览|标题导航|本版导航|上一版|下一版|上一期|下一期|往期回顾"),
    re.compile(r"^\s*(?:——|--|—|－－|-(?![ \t]))"),  # (- 某某: a list's bullet, not a subtitle's dash)
    re.compile(r"^\s*(?:文|图|文/图|图/文|图文)\s*[/／|｜:：丨]|^\s*(?:作者|撰稿|撰文|执笔|编辑|网编|责编|来源|记者|通讯员|供稿)\s*[:：/／|｜丨\s]"),
    # a reporter's byline with the paper or agency in front (新华社记者 某某、某某, 本报记者 某某 通讯员 某某)
    re.compile(r"^\s*(?:《[^》]{1,12}》)?[\u4e00-\u9fff]{0,8}(?:记者|通讯员)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:\s*[\s、，,]\s*(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}){0,5}(?:\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|摄影?|报道|文|图))?\s*$"),
    re.compile(r"(?:共|约|全文|本文|全篇)\s*[\d,，]+\s*个?字(?![^（(]*[)）]\s*$)|\d+\s*分钟|阅读时间|预计阅读|阅读需要|字数"),
    re.compile(r"已阅读|还剩\s*\d*\s*页|未读|继续(?:免费)?阅读|阅读全文|内容阅读|查看全文|下载|欢迎(?:您|访问|来到|光临|使用)|(?:手机|移动端)(?:浏览|访问|阅读)|登录"
               # (a site's sign-up, not a registered volunteer's, accountant's or company's 注册)
               r"|注册(?!志愿|会计|资本|资金|商标|公司|企业|建筑|工程|造价|监理|安全|税务|登记|地|于|在|成立|规模|人数|用户数|会员数|党员)"),
    # a site's account on a platform (某某生活号, 某某服务号, 某某报官方微信, 某某报客户端: an app's badge above the
    # article), a notice's section label standing alone (活动主题, 时间安排)
    re.compile(r"^\s*\S{0,10}(?:生活号|服务号|订阅号|公众号|视频号|头条号|抖音号|官方微信|官方微博|微信号|客户端|手机版)\s*$"
               r"|^\s*(?:活动|会议|工作|学习)?(?:主题|时间|地点|内容|形式|目的|要求|安排|流程|议程|对象|人员|步骤)(?:安排)?\s*$"),
    re.compile(r"(?:19|20)\d{2}\s*年?\s*第?\s*\d{1,2}\s*期|第\s*\d+\s*期\s*$|\b(?:Vol|No)\.\s*\d", re.I),
    re.compile(r"^\s*第[一二三四五六七八九十\d]+(?:部分|章|节|篇|讲|单元)|^\s*第\s*[A-Za-z]?\d{1,3}\s*版|第\s*\d{1,6}\s*期\s*[:：]\s*第\s*[A-Za-z]?\d{1,3}\s*版"),  # 第F8版：an e-paper page
    re.compile(r"^\s*[【\[][^】\]]+[】\]]\s*$"),  # 【专题名】 alone: a column or campaign tag
    re.compile(r"\[(?:编辑|编辑源代码|编辑原始码|编辑本段)\]\s*$|\s(?:编辑本段|播报\s*编辑)\s*$|百科全书\s*$"),  # a wiki's section heading with its edit link; its tagline
    # a group photo's caption (…开展主题教育活动合影, 全体党员合影留念)
    re.compile(r"(?:合影|合影留念|集体照)\s*$"),
    # an anniversary's banner with no one doing anything in it (热烈庆祝中国共产党成立103周年): a slogan above the title
    re.compile(r"^\s*(?:热烈)?(?:庆祝|纪念)(?:中国共产党|建党|党的)(?:成立)?\s*[\d一二三四五六七八九十百零〇]+\s*周年\s*[!！]?\s*$"),
    # a periodical's name alone (《某某党校通讯》, 《某某日报》): the journal a page comes from
    re.compile(r"^\s*《[^》]{2,30}(?:刊|报|志|杂志|通讯|文摘|年鉴)(?:[（(][^）)》]{1,10}[)）])?》\s*$|^\s*《[^》]{2,16}》\s*(?:杂志|期刊|月刊|半月刊|周刊|报)\s*$"),
    re.compile(r"^\s*[(（\[【]\s*[)）\]】]"),  # () - 某某内容: a template's empty field in front
    re.compile(r"(?:网|站|台)\s*(?:移动版|手机版|触屏版|WAP版|wap版|客户端|APP)\s*$"),  # 某某网移动版: the site's name
    re.compile(r"(?:主管|主办)\s+\S.{1,30}(?:主办|承办)\s*$|^\s*(?:主管|主办|承办)(?:单位)?\s*[:：]"),  # 某某局主管 某某中心主办: the site's sponsors
    re.compile(r"\S\s*(?:>>|»|＞＞|>\s)\s*\S"),  # 某某网>>网评精粹: a breadcrumb
    QA_LABEL_RE,  # a Q&A site's answer labels
    re.compile(r"^\s*[（(][^）)]{4,40}(?:大学|学院|学校|党校|研究院|研究所|研究中心|委员会|公司|集团)[^）)]{0,12}[)）]\s*$"),  # （某某大学马克思主义学院）: an affiliation
    # a numeric date or a clock time: a post's byline (原创 某某 公众号 2023-04-05 18:30 发表于…)
    re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)[0-2]?\d:[0-5]\d(?!\d)|^\s*原创\s|发表于"),
    # a newspaper's date line alone (2021年10月13日 星期三)
    re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)?[一二三四五六日天]?\s*$"),
]
# Common surnames: a line of two or three such names is a byline, not a title.
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝代赖洪阎冀郁芮蔺鞠昝傅郜揭湛晋封储戈茅鄢权逯"
               # (less common ones seen in bylines; none is a common word's first character)
               "楼逄邸庹仝谌宓冼阚郗竺郦濮扈晁酆邰贲琚蒯禹茹粟蹇阙奚訾眭亓仉郇邴隗璩")


ALT_NAME_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,3}[)）]")


# A paper's keywords line (关键词：…), under which a journal mirror sets the authors' names.
KEYWORDS_PREV_RE = re.compile(r"^\s*[【\[]?\s*关\s*键\s*[词字]")
# A two-character name padded with a space to the width of three (钱 坤，张某某; 王　某): one name.
PADDED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def unpad_names(line: str) -> str:
    """The line with each padded two-character name closed up (钱 坤 → 钱坤), where it opens on a surname."""
    if " " not in line and "\u3000" not in line:
        return line
    return PADDED_NAME_RE.sub(lambda m: m.group(1) + m.group(2) if m.group(1) in SURNAMES else m.group(0), line)


def is_name_list(line: str) -> bool:
    """刘某某 王某: one to four personal names and nothing else (a byline without its label)."""
    # (a name's other script in brackets behind it, 郑某（鄭某）, is the same name)
    tokens = [t for t in re.split(r"[\s、，,·/／?？]+", ALT_NAME_RE.sub("", unpad_names(line.strip()))) if t]
    return 1 <= len(tokens) <= 4 and all(2 <= len(t) <= 3 and t[0] in SURNAMES and t[0] != "党" for t in tokens) \
        and len(tokens) + sum(len(t) for t in tokens) <= 16


# A credit line of names in the dress papers and magazines give it: a mark before it (●某某 某某), the writer's sign
# (文=某某), the reporter's role (本刊记者 某某), the unit before the name (某某局 某某某), the names joined by a plus
# (某某+某某) and what the person did after them (某某 文, 某某 图).
CREDIT_MARKS = "●■□◎◆▲★○◇☆"
CREDIT_BARS = "|｜丨"
CREDIT_WRITER_SIGN_RE = re.compile(r"^(?:文|图|文字|图片|撰文|作者)(?:[、/／](?:图|摄影|摄))?\s*[=＝_◎·•]\s*")  # (文=某某, 文_某某, 文、摄影 ◎ 某某)
CREDIT_DID_RE = re.compile(r"\s+(?:文|图|摄|摄影|供图|文/图|图/文|图文|文图)$")
CREDIT_ROLE_HEAD_RE = re.compile(r"^(?:本刊|本报|本网|本台|特约)(?:特约)?(?:记者|通讯员)\s*")
CREDIT_UNIT_HEAD_RE = re.compile(r"^([\u4e00-\u9fff\d（）()·]{4,30}(?:委员会|委|局|部|办公室|办|中心|公司|集团|大学|学院|学校|中学|小学|"
                                 r"医院|研究院|研究所|党校|党委|党支部|支部|站|队|厂|所|院|馆|社))\s+(?=\S)")


WRITER_UNIT_LABEL_RE = re.compile(r"^\s*[【\[〔]\s*作\s*者\s*(?:单位|信息)\s*[】\]〕]\s*[:：]?\s*([\u4e00-\u9fff·]{2,4})\s*[，,：:]\s*"
                                  r"([\u4e00-\u9fff（）()]{3,40}?)\s*[。.]?\s*$")
NAME_SLASH_UNIT_RE = re.compile(r"^([\u4e00-\u9fff·]{2,4})\s*[/／]\s*([\u4e00-\u9fff（）()]{4,30}(?:局|馆|院|校|学院|大学|公司|集团|中心|部|委|委员会|党校|研究所|研究院))$")
NAMES_SLASH_OUTLET_RE = re.compile(r"^([\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[/／]\s*"
                                   r"[\u4e00-\u9fff]{2,12}(?:报|网|社|台|刊|杂志|客户端)$")


def credit_line_names(line: str) -> tuple[list[str], str | None] | None:
    """The names (and the unit before them) of a credit line in one of the dresses above, None for any other line.
    A line of bare names is is_name_list's; this one needs one of the signs."""
    s = line.strip()
    if not s or len(s) > 50:
        return None
    if "/" in s or "／" in s:
        m = NAMES_SLASH_OUTLET_RE.match(s)  # 某某、某某/某某报: the reporters and their paper
        names = split_names(m.group(1)) if m else []
        if names and all(n[0] in SURNAMES for n in names):
            return names, None
        if (m := NAME_SLASH_UNIT_RE.match(s)) and m.group(1)[0] in SURNAMES:
            return [m.group(1)], m.group(2)  # 某某某/某某市某某区档案局: a writer and the unit, one a line
    # (| 某某 |, 丨某某丨: a public account's repost sets the writer's name between bars under the title)
    rest = s.strip(CREDIT_BARS + " \u3000") if s[:1] in CREDIT_BARS else s.lstrip(CREDIT_MARKS + " \u3000")
    signed = rest != s
    for rx in (CREDIT_WRITER_SIGN_RE, CREDIT_ROLE_HEAD_RE):
        rest, n = rx.subn("", rest)
        signed = signed or bool(n)
    rest, n = CREDIT_DID_RE.subn("", rest)
    signed = signed or bool(n)
    unit = None
    if (m := CREDIT_UNIT_HEAD_RE.match(rest)) and not re.search(r"[，。,：:]", m.group(1)):
        unit, rest, signed = m.group(1), rest[m.end():], True
    if re.search(r"[\u4e00-\u9fff][+＋][\u4e00-\u9fff]", rest):
        rest, signed = re.sub(r"\s*[+＋]\s*", " ", rest), True
    if not signed or not is_name_list(rest):
        return None
    return split_names(unpad_names(rest.strip())), unit


# A credit of reporters' roles, each followed by its names, spaced or glued on ((记者某某特约记者某某), 新华社记者某某 某某,
# (驻京记者 某某 某某), 记者 某某 实习生 某某 文/图): the roles split the line; what lies between them must be names.
# (An outlet before a role ends in its kind, 某某报记者, 新华社记者; a posting is 驻 and a place: 驻京记者.)
CREDIT_ROLE_SPLIT_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:报|报业|社|台|网|刊|新闻|融媒体中心|新闻中心|传媒中心|融媒|传媒|发布|在线|客户端)|本报|本刊|本网|本台|驻[\u4e00-\u9fff]{1,3}?)?"
                                  r"(?:全媒体|融媒体|首席|特约|见习|实习|学生)?(?:记者|記者|通讯员|通訊員)|实习生|見習生|见习生")
OUTLET_BEFORE_ROLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:客户端|日报|晚报|报|网|电视台|新闻|融媒体中心|融媒)\s+(?=(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员))")
CREDIT_DID_TAIL_RE = re.compile(r"(?:\s*(?:文[/\\]图|图[/\\]文|文图|图文|摄影报道|报道)|\s+(?:文|图|摄影?))\s*$")  # (某某文 is a name)
PERSON_UNIT_ENDS = tuple("院部处局委办室会科所站队团校馆组司厂矿行社网号") + ("中心", "支部", "党委")


# A name written in characters for its sounds, as Uyghur, Kazakh or Tibetan names are (阿依古再丽, 买买提·艾力, 扎西顿珠):
# four to eight characters opening on a syllable such names open on, or two parts joined by a middle dot; only where a
# reporter's role stands before it.
TRANSLITERATED_NAME_RE = re.compile(r"[阿艾买热古努吐依帕迪麦沙米玛娜巴卡克库塔图乌亚伊尼穆哈加扎次格达多索洛旦央拉][\u4e00-\u9fff]{3,7}"
                                    r"|[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5}")


def role_credit_names(line: str) -> list[str]:
    """The names of a credit made of reporters' roles and names only (CREDIT_ROLE_SPLIT_RE), [] for any other
    line: nothing before the first role, and every word after a role a name on a surname."""
    s = line.strip()
    if s[:1] in "（(【[" and s[-1:] in "）)】]":
        s = s[1:-1].strip()
    s = CREDIT_DID_TAIL_RE.sub("", s)
    if not 4 <= len(s) <= 50:
        return []
    s = OUTLET_BEFORE_ROLE_RE.sub("", s)  # (某某新闻客户端 通讯员 某某 某某: the outlet a space before the role)
    pieces = CREDIT_ROLE_SPLIT_RE.split(s)
    if len(pieces) < 2:
        return []
    names: list[str] = []
    # (names before the first role, 某某 本报记者 某某: a correspondent credited first; a word that is no name ends it)
    for piece in (pieces if pieces[0].strip() else pieces[1:]):
        words = [w for w in re.split(r"[\s、，,:：/／]+", piece) if w]
        if not words or not all((re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", w) and w[0] in SURNAMES or TRANSLITERATED_NAME_RE.fullmatch(w))
                                and not w.endswith(PERSON_UNIT_ENDS + ("摄",))
                                and w[0] != w[1:2] and not re.search(r"编辑|审|校对|摄影", w) for w in words):
            return []
        names += [w for w in words if w not in names]
    return names


REPORTER_ROLE_RE = re.compile(r"^\S{0,14}?(?:全媒体|融媒体|特约|见习|首席)?(?:记者|通讯员|摄影|摄像|编辑|实习生)$")
# A unit's name with its postcode, under a paper's title (某某县烟草专卖局（分公司），653309).
AFFIL_POSTCODE_RE = re.compile(r"^[（(]?[\u4e00-\u9fff（）()·、]{4,40}[)）]?\s*[，,]?\s*\d{6}\s*[)）]?$")
# … and units with the city before the postcode, numbered when there are several (暨南大学 马克思主义学院，广州 510632;
# （1.某某大学 某某学院，陕西 西安 710126 2.…）): no title; extract_byline takes the units as the affiliations.
# (the city parted from the unit by a comma or a space: （1.某某大学经济学院 山东济南 250100）)
AFFIL_CITY_POSTCODE_RE = re.compile(r"^[（(]?(?:\s*(?:\d\s*[.．、]\s*)?([\u4e00-\u9fff（）()·、 ]{4,40})(?:[，,]|\s)\s*[\u4e00-\u9fff ]{2,12}?\s*\d{6}"
                                    r"\s*[;；]?){1,4}[)）]?$")
# A journal page's suggested citation of the paper: its authors, its title, then [J] (引用本文：某某 标题[J]. 刊名, 2022).
CITED_TITLE_RE = re.compile(r"^\s*(?:引用本文|本文引用格式|引用格式|引文格式)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[,，、\s]+[\u4e00-\u9fff·]{2,4}){0,5}"
                            r"(?:\s*等)?[.．,，\s]+([\u4e00-\u9fff“《][^\[\]]{5,80}?)\s*\[[JMDNC]\]")
# … or with its city alone after a space, as journals print it (某某研究院有限公司 上海, 某某大学马克思主义学院 北京 100871).
AFFIL_CITY_RE = re.compile(r"^[\u4e00-\u9fff（）()·]{4,40}(?:公司|集团|大学|学院|学校|研究院|研究所|研究中心|委员会|党校|医院|中心)"
                           r"\s+(?!主办|承办|协办|主管|出品|监制)[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)?(?:\s*\d{6})?$")  # (某某集团 主办: the site's sponsor)
# A paper's writers each with the numbers of their units behind (张某某1,2  李某2, 王某*): names and numbers only.
NUMBERED_NAMES_RE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,4}\s*(?:\d(?:\s*[,，]\s*\d)*\*?|\*)(?:\s*[,，、\s]\s*[\u4e00-\u9fff·]{2,4}\s*(?:\d(?:\s*[,，]\s*\d)*\*?|\*))*\s*$")
# A unit's bare name as a paper prints it under its writer's name (中共某某市委党校, 某某大学马克思主义学院).
AFFIL_BARE_RE = re.compile(r"^[\u4e00-\u9fff（）()·]{2,30}(?:党校|大学|学院|研究院|研究所|研究中心|委员会|学校|中学|小学|公司|集团|医院|局|厅|"
                           r"部|办公室|中心|学系|系|党委|党支部|街道|社区)$")
AFFIL_UNIT_RE = re.compile(r"(?:^[（(]?|\d{6}\s*[;；]?)\s*(?:\d\s*[.．、]\s*)?([\u4e00-\u9fff（）()·、 ]{4,40}?)(?:[，,]|\s+(?=[\u4e00-\u9fff ]{2,12}?\s*\d{6}))")


# A reporter's dispatch line over a magazine's or a paper's story (《某某周刊》记者王某某/ 杭州、温州报道, 本报记者 张某
# 李某 北京报道, 记者某某 发自上海): who reported it from where, not what.
DISPATCH_BYLINE_RE = re.compile(r"^\s*(?:《[^》]{2,16}》|[\u4e00-\u9fff]{1,10}(?:报|刊|社|网|台)(?:[·•][\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{0,4}?))?\s*"
                                r"(?:本报|本刊|本台|本网|特约|首席|见习|实习)?(?:记者|通讯员)\s*([\u4e00-\u9fff·]{2,4}"
                                r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})"
                                # (… and the correspondents after the reporters: 某某网·某某新闻记者 某某 通讯员 某某 某地报道)
                                r"((?:\s*(?:通讯员|实习生|见习记者|记者)\s*[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})*)"
                                r"\s*[/／|｜]?\s*"
                                r"(?:[\u4e00-\u9fff]{2,6}(?:[、，,][\u4e00-\u9fff]{2,6}){0,3}\s*)?(?:报道|发自[\u4e00-\u9fff]{2,8})\s*$")


def is_dispatch_byline(line: str) -> bool:
    m = DISPATCH_BYLINE_RE.match(line) if len(line) <= 50 else None
    return bool(m) and m.group(1)[0] in SURNAMES


def is_reporter_byline(line: str) -> bool:
    """张某某 某某报全媒体记者 李某: names and a reporter's role (with the outlet before it), nothing else."""
    tokens = [t for t in re.split(r"[\s、，,/／]+", unpad_names(line.strip())) if t]  # (记者  赵  鹏: a name padded out)
    if not 2 <= len(tokens) <= 8 or len(line.strip()) > 50:
        return False
    roles = [t for t in tokens if REPORTER_ROLE_RE.match(t)]
    names = [t for t in tokens if 2 <= len(t) <= 3 and t[0] in SURNAMES]
    marks = [t for t in tokens if t in ("文", "图", "摄", "摄影", "文图", "图文", "报道") and t not in roles]  # (… 某某 文/图: who wrote, who took the pictures)
    return bool(roles) and bool(names) and len(roles) + len(names) + len(marks) == len(tokens)


# Channel and section names that stand alone above articles on many sites (a genre's name, a
# column, a report's section): a page's title is more than its channel.
CHANNEL_NAMES = frozenset("""
心得体会 党建工作 主要做法 工作总结 述职报告 调研报告 讲话稿 发言稿 党课讲稿 工作计划 实施方案 规章制度 工作方案
党建动态 工作动态 基层党建 党建要闻 新闻中心 通知公告 理论学习 学习园地 党风廉政 廉政建设 范文大全 基本情况
主要成效 存在问题 引言 前言 正文 摘要 综述 要闻 新闻 动态 党建 党务 理论 评论 时评 专题 图片新闻 视频 首页
工作经验 经验交流 典型经验 工作报告 总结 计划 方案 讲话 致辞 发言 党课 问答 知识 党务知识 热点 推荐阅读
文章历史 引用本文 基金课题 基金项目 作者简介 文章信息 参考文献 相关文章 导出引用 收稿日期 文章导航 本文信息
内容摘要 内容提要 本文摘要 文章摘要 提要 内容概要 文档介绍 文档简介 内容简介 文本内容 编者按 编后语 编后
""".split())  # (the last rows: a journal database's labels around a paper, a document site's and an editor's labels)


# A magazine flip-book's page number in front of its page's heading (Page 70 - 某某实践).
FLIPBOOK_PAGE_RE = re.compile(r"^\s*(?:Page|PAGE|page|P\.)\s*\d{1,4}\s*[-–—:：|]\s*(?=\S{4})")
PIECE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”》])\s*篇[一二三四五六七八九十\d]{1,3}\s*$")
# A document's file name (…办法2.docx, …方案(1).pdf): on a document site it names the document, and
# what is left without the extension and the copy number can be its title.
DOC_EXTENSIONS = r"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps|caj)"
# (a document shop's tag may follow the extension: …方案.docxVIP)
FILE_NAME_RE = re.compile(r"(?:[_\s]?\d|[（(]\d{1,2}[)）])?" + DOC_EXTENSIONS + r"(?:\s*(?:VIP|会员|免费|原创|精品))?\s*$", re.I)


# What a document shop adds to a file's name (…格局Word文档下载推荐.docx, …方案PDF免费下载).
DOC_SHOP_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”》])\s*(?:Word|WORD|word|PDF|pdf|PPT|ppt|DOC|doc)?(?:格式|版)?(?:文档|资料|文件)?"
                              r"(?:免费)?下载(?:推荐|版|地址)?$"
                              # a document shop's price tag (…对策建议VIP免费, …VIP专享)
                              r"|(?<=[\u4e00-\u9fff）)”》])\s*(?:VIP|vip)(?:免费|专享|下载|文档)$"
                              # a list's link to more glued behind the headline (…的意义+ 查看更多, …工作 更多>>)
                              r"|(?<=[\u4e00-\u9fff）)”》])\s*(?:[+＋]\s*(?:查看更多|查看全部|更多)?|(?:查看更多|更多)\s*[>》»]{1,2})$")
GLUED_DATE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”》])\s*[|｜丨]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# A page's date or author line glued behind the title (…论坛顺利举办 发布时间：2021-…, …常抓不懈作者).
GLUED_META_TAIL_RE = re.compile(r"\s+(?:被引量|被引次数|下载量|下载次数|发布时间|发布日期|更新时间|时间|日期|来源|作者|浏览次数|点击数|阅读数|浏览|点击|阅读|访问量|"
                                r"查看人次|浏览人次|访问人次|阅读人次|查看次数|"
                                r"发布人|发布者|发稿人|发布单位)\s*[:：].*$"
                                # a bare 作者 label glued on behind, not the end of a word (优秀党务工作者, 文艺创作者)
                                r"|(?<=[\u4e00-\u9fff])(?<![工创写著原合译])\s*作者\s*[:：]?\s*$"
                                # a numeric date glued on behind (…整改进展情况的通报2024-01-20)
                                r"|(?<=[\u4e00-\u9fff）)”》？?！!])\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
                                # a word or page count whose bracket the page cut off (…的讲话 （本页约4200)
                                r"|\s*[（(](?:本页|本文|全文|共)?约?\s*\d[^）)]*$"
                                # a view counter glued on with no space (…重阳节活动查看人次:834): its label is no word's end
                                r"|(?<=[\u4e00-\u9fff”》）)])(?:查看人次|浏览人次|访问人次|阅读人次|查看次数|浏览次数|点击次数|阅读次数)\s*[:：]\s*\d.*$")


BULLET_RE = re.compile(f"^\\s*[{TITLE_BULLETS}]\\s*")
# A newspaper's byline: a box, then the author's names (□吴某某, ■ 张某 李某).
BOX_BYLINE_RE = re.compile(r"^\s*[□■]\s*(?:(?:本刊|本报|本网|特约|见习)(?:特约)?(?:记者|通讯员)\s*)?([\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}(?:[\s、，,]+[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}){0,3})\s*$")
# A channel's name of another shape (综合资讯, 党建动态, 基层快讯, 廉政之窗).
# (two channels' names run together, 新闻资讯园区动态; a sub-channel in brackets behind, 党建园地（某某创建）)
CHANNEL_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:资讯|动态|新闻|要闻|公告|专栏|频道|栏目|快讯|简讯|园地|天地|之窗|视点|聚焦|在线|点评|热评|时评)){1,2}"
                        r"(?:[（(][\u4e00-\u9fff]{2,8}[)）])?$"
                        # a site's badge on a post it picked (编辑推荐 …, 精华推荐, 置顶)
                        r"|^(?:编辑|精华|精品|热门|站长|小编)?推荐$|^(?:置顶|精华|加精|头条)$")


# A paper's or agency's reporters with their names run together (N某某全媒体见习记者王某某李某某).
RUN_BYLINE_RE = re.compile(r"^\s*[A-Za-z]{0,3}[\u4e00-\u9fff]{0,10}(?:记者|通讯员)\s*[:：]?\s*([\u4e00-\u9fff]{4,8})\s*$")


def is_run_byline(line: str) -> bool:
    m = RUN_BYLINE_RE.match(line)
    n = m.group(1) if m else ""
    return bool(n) and n[0] in SURNAMES and (n[2:3] in SURNAMES or n[3:4] in SURNAMES)


@functools.lru_cache(maxsize=TITLE_CACHE)
def is_not_title(line: str) -> bool:
    if line.lstrip()[:1] in BYLINE_MARKS and len(line.strip()) > 1:
        line = line.lstrip().lstrip(BYLINE_MARKS)  # ◎某某某 某某: a journal's mark before its authors' names
    s = squeeze(line).strip("【】[]")
    if ORIGIN_LINE_RE.match(line.strip()):
        return True  # 源于某某日报, 摘自《某某》: where the text came from, not its title
    if SECTION_LABEL_PREFIX_RE.match(line) and not line.lstrip()[:1] in "一二三四五六七八九十":
        return True  # 引言：…, 前言：…: a section of the text under its label, not the text's title (a derived title may name it)
    if "以下简称" in line or "下称“" in line:
        return True  # 某某公司（以下简称“公司”）于…: a sentence naming its subject for what follows
    return (any(p.search(line) for p in NOT_TITLE_RES) or is_name_list(line) or bool(FILE_NAME_RE.search(line))
            or ("/" in line or "／" in line) and bool(SLASHED_TAGS_RE.match(line))
            or bool(BOX_BYLINE_RE.match(line)) or credit_line_names(line) is not None or is_reporter_byline(line) or is_dispatch_byline(line) or is_role_and_name(line) or is_run_byline(line) or bool(AFFIL_POSTCODE_RE.match(line))
            or bool(AFFIL_CITY_POSTCODE_RE.match(line.strip())) or bool(AFFIL_CITY_RE.match(line.strip()))
            or s in CHANNEL_NAMES or bool(CHANNEL_RE.match(s))
            or bool((m := BRACKETED_NAME_RE.match(line)) and m.group(1)[0] in SURNAMES)
            or is_name_with_unit(line)
            # (a company's registered name alone, or one of its units behind it: the writer's unit under a byline's mark)
            or bool(LEGAL_NAME_RE.match(s))
            # (a unit and, a space apart, a writer's name: 某某局 某某某, a speech's or an article's byline)
            or bool((m := UNIT_THEN_NAME_RE.match(line)) and m.group(2)[0] in SURNAMES and not ORG_RE.search(m.group(2)))
            # (an office and, a space apart, the holder's name: a speech's byline, 某某区审计局局长 某某某)
            or bool(" " in line.strip() and (m := PERSON_LINE_RE.match(line.strip())) and is_person_name(m.group(1))
                    and m.group(1)[0] != "党"))  # (某某中心主任 党课 is a lecture's title)


BYLINE_MARKS = "◎●○◆◇■□★☆※▲△▶►•·"
LEGAL_NAME_RE = re.compile(r"^(?![^有]*(?:调研|开展|召开|举办|举行|走进|看望|慰问|参观|签约|考察|视察|莅临|荣获|获评|与|和|在|到|赴|为|的))"
                           r"[\u4e00-\u9fff（）()]{2,24}?(?:有限责任公司|股份有限公司|有限公司)(?:[\u4e00-\u9fff]{2,10}?(?:分公司|矿|厂|项目部))?$")
# Key words parted by slashes (公立医院/新时代/党建工作/融合互促): a paper's keywords or a page's tags, no title.
SLASHED_TAGS_RE = re.compile(r"^\s*[^/／\s]{2,12}(?:\s*[/／]\s*[^/／\s]{2,12}){2,}\s*$")


# A person's name and, in brackets, the unit they write from (某某（挂职市委组织部）, 某某(某某大学马克思主义学院)):
# the writer's credit over the text, not a title.
NAME_UNIT_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,3})\s*[（(]\s*([^（()）]{2,30}?)\s*[)）]\s*$")


def is_name_with_unit(line: str) -> bool:
    m = NAME_UNIT_RE.match(line)
    return bool(m) and m.group(1)[0] in SURNAMES and bool(ORG_RE.search(m.group(2))) and not ORG_RE.search(m.group(1))


# A person's name alone in brackets (（某某某）): the writer's credit, not a title.
BRACKETED_NAME_RE = re.compile(r"^\s*[（(]\s*([\u4e00-\u9fff]{2,4})\s*[)）]\s*$")


# Decorations sites put around a title: 【站名】 in front, 《刊名》 of a journal in front, a site or
# spam name after | _ or -, a bracketed format or count tag at the end (（5）, [PDF全文], （实用5篇）).
# (【某某专栏】之——…; in the other square brackets sites use, a space after them: 『读书心得』 …, 〖学习园地〗 …; 『两学一做』学习…
# quotes the title's own words)
SITE_PREFIX_RE = re.compile(r"^\s*(?:[【\[][^】\]]{1,24}[】\]]\s*|(?:『[^』]{1,12}』|〖[^〗]{1,12}〗)\s+)(?:之\s*[—–-]{1,2}\s*(?=\S{3})|(?=\S{6}))")
# A betting site's tag set in front of the title, in any brackets (「某某官网投注」…): spam, not the title's.
SPAM_TAG_PREFIX_RE = re.compile(r"^\s*[「【\[《(（][^」】\]》)）]{0,10}(?:官网|投注|博彩|娱乐城|开户|体育平台)[^」】\]》)）]{0,6}[」】\]》)）]\s*(?=\S{6})")
# A news outlet's name in front of the headline, with a colon (某某新闻：…, 某某日报：…, 某某客户端：…).
# (… or a paper's name with a dash: 某某林业报——…; a report, 汇报——, is none)
OUTLET_PREFIX_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}(?:(?:新闻|新闻网|日报|晚报|电视台|客户端|融媒|频道|在线)\s*[:：]"
                              r"|(?:日报|晚报|(?<![汇简通举公预捷喜情])报|电视台|广播电台)\s*(?:——|--|－－))\s*(?=\S{8})")
# A document's number in front of its title ([2015]35号 …, 某政发〔2020〕3号 …).
DOC_NUMBER_PREFIX_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号\s+(?=\S{2}.{4})")
# A site's flag for a featured piece in front of the title, with a colon (热推荐：…, 今日头条：…, 天天热文：…, 热点关注：…).
FEATURED_PREFIX_RE = re.compile(r"^\s*(?:热|热门|今日|每日|天天|本周|重磅|编辑)?(?:推荐|精选|头条|热点|热文|好文)(?:关注|推荐)?\s*[:：]\s*(?=\S{6})")
# The contributing unit in brackets in front of the title, with a colon (（某某县委党校）：…).
UNIT_PREFIX_RE = re.compile(r"^\s*[（(][\u4e00-\u9fff]{2,16}(?:党校|委员会|党委|党组|支部|局|厅|公司|集团|学院|大学|中心|办公室|街道|社区|报社|医院)[)）]"
                            r"\s*[:：]\s*(?=\S{8})")
# A commentary column's name in front of the title (某某网评：…, 某某时评|…).
COLUMN_PREFIX_RE = re.compile(r"^\s*(?:《[^》]{1,10}》|[\u4e00-\u9fff]{0,6})(?:网评|时评|快评|短评|锐评|热评|评论员?|观察|社论|文章|(?<=[\u4e00-\u9fff])评)"
                              r"\s*[:：|｜丨]\s*(?=\S{6})"
                              # a kind of writing named in front (杂文：…, 随笔｜…)
                              r"|^\s*(?:杂文|随笔|札记|散文|言论|书评|读后感|微评|微言)\s*[:：|｜丨]\s*(?=\S{6})"
                              # a portal's news channel (军事：…, 国际｜…): the section the page sits in
                              r"|^\s*(?:军事|时政|社会|国内|国际|财经|体育|娱乐|科技|汽车|房产|旅游|健康|图片|视频|快讯|要闻)\s*[:：|｜丨]\s*(?=\S{8})"
                              # a special topic's name (“某某回顾”专题：…, 某某专题｜…)
                              r"|^\s*(?:“[^”]{2,20}”|[\u4e00-\u9fff]{2,12})专题\s*[:：|｜丨]\s*(?=\S{6})"
                              # a report's column (焦点报道：, 特别报道｜) and the authors' names before a paper's title
                              # (某某、某某：制度治党的…)
                              r"|^\s*(?:焦点|特别|深度|专题|独家|一线|基层|典型|头条)(?:报道|关注|聚焦|观察)\s*[:：|｜丨]\s*(?=\S{6})"
                              r"|^\s*[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,3}\s*[:：]\s*(?=\S{8})"
                              # a news agency's dateline before a reprinted piece's title (新华社北京3月14日电 题：…)
                              r"|^\s*\S{2,12}?\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{0,20}[)）])?\s*题[:：]\s*(?=\S{6})")
# A series' name and the piece's number in front of the title (常见问题解答【十四】为什么…, 党史故事[第3期]…).
SERIES_PREFIX_RE = re.compile(r"^\s*[^【】\[\]\s]{2,16}[【\[]\s*第?[一二三四五六七八九十百零〇\d]{1,4}\s*(?:期|讲|篇|集|课|问)?\s*[】\]]\s*(?=\S{6})"
                              # … or with a circled number, then a bar (百名记者基层行vlog④│ …, 党史微课堂③｜…)
                              r"|^\s*[^【】\[\]\s|｜丨│]{2,16}[\u2460-\u2473\u2776-\u277f]\s*[|｜丨│:：]\s*(?=\S{6})"
                              # … or a bulletin's issue number alone, a space behind it (第19期 全省首次…)
                              r"|^\s*第\s*\d{1,4}\s*期\s+(?=\S{6})"
                              # … or a series' name in quotes (“某某谈党建”系列报道 …, “某某”系列访谈之三：…)
                              # (系列 with its kind of writing, or a mark or space behind: “三会一课”系列制度 is a title)
                              r"|^\s*[“\"《][^”\"》]{2,20}[”\"》]\s*系列(?:(?:报道|访谈|评论|文章|专题|谈)(?:之[一二三四五六七八九十\d]{1,3})?"
                              r"\s*[:：|｜丨—–-]*\s*|之[一二三四五六七八九十\d]{1,3}\s*[:：|｜丨—–-]*\s*|\s*[:：|｜丨—–-]+\s*|\s+)(?=\S{6})")
# A channel's name standing before the title, a space between (党课讲稿 某某：…, 工作总结 2023年…).
CHANNEL_PREFIX_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s+(?=\S{6})")
JOURNAL_PREFIX_RE = re.compile(r"^\s*《[^》]{2,16}(?:刊|报|志|学报|导刊|杂志|论坛|研究|文摘)》\s*(?:[:：]\s*)?(?=\S{6})"
                               # a paper or a news site that ran it, named before a colon (某某日报：…, 新华社：…)
                               r"|^\s*[\u4e00-\u9fff]{0,8}(?:日报|晚报|早报|时报|商报|青年报|法治报|新闻网|新华网|人民网|央视网|客户端|新华社)"
                               r"\s*[:：]\s*(?=\S{8})"
                               # … or any paper by its name of four or more characters (首都建设报：…); a 通报, 简报, 汇报 or
                               # 喜报 before a colon is a kind of document, the title's own word
                               r"|^\s*[\u4e00-\u9fff]{3,10}(?<![通简汇喜捷快公情周年月预举申呈回画警])报\s*[:：]\s*(?=\S{8})")
# A writer's name in brackets behind the title (读某某有感（ 杨某某）): who wrote it, not what.
NAME_TAIL_RE = re.compile(r"\s*[（(]\s*([\u4e00-\u9fff]{2,3})\s*[)）]\s*$")
# … or behind a slash with its role (…建成小康？ /文：某某某, …｜作者 某某).
CREDIT_TAIL_RE = re.compile(r"\s*[/／|｜]\s*(?:文|作者|撰文|撰稿)\s*[:：]?\s*([\u4e00-\u9fff]{2,3})\s*$")
TAIL_TAG_RE = re.compile(r"\s*(?:[\[【(（](?:复制链接|复制本页链接|打印本页|打印|收藏本文|收藏|关闭窗口|分享到|[^\]】)）]{0,8}(?:PDF|pdf|全文|Word|word|WORD|DOC|doc|可编辑|下载|篇|页|则|份|套|文档|参考|模板|范本|范表|样表|表格|范例)[^\]】)）]{0,4}|\d{1,3}|(?:本页|本文|全文|全篇|共)?约?\s*\d{2,6}\+?\s*字|图|组图|多图|视频|附视频|图文"
                         # a column's name after the title: （某某时评）, 【人民网评】, (一线观察)
                         r"|[\u4e00-\u9fff]{1,6}(?:时评|网评|快评|短评|评论|论坛|观察|视点|热评|锐评|漫评|杂谈|随笔|之声|关注|聚焦|传真|走基层|特稿)"
                         # … or the kind of writing alone (（随笔）, （散文）)
                         r"|(?:随笔|散文|杂文|杂谈|诗歌|小说|征文|原创)"
                         # … or that the page holds only part of it (（内容摘要）, （节选）)
                         r"|(?:内容)?(?:摘要|节选|摘编|摘录)"
                         # … or the day it was written or given (…新要求（2023年7月10日）): the date's, not the title's
                         r"|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?"
                         # a sample site's praise of its own copy ((精选), 【最新】, （完整版）, (通用))
                         r"|(?:精选|最新|热门|推荐|经典|优秀|通用|完整版|最新版|精华版|实用)(?:范文|合集|汇编|大全)?)[\]】)）]"
                         # … and the number it gives a sample under its title (…问题127范本)
                         r"|(?<=[\u4e00-\u9fff”）)》])\d{1,3}(?:篇|份|套)?(?:范本|范文|模板|样本)"
                         # (a tag page's count of what it lists: …的单位共1篇)
                         r"|(?<=[\u4e00-\u9fff）)”》])共\d{1,4}篇"
                         r"|(?:最新|热门|精选|经典|优秀)?(?:参考)?(?:范文|精选|通用|实用|优秀)?第?[一二三四五六七八九十\d]+篇"
                         r"|(?<=[\u4e00-\u9fff）)”》])篇[一二三四五六七八九十\d]{1,3}"
                         r"|(?:最新|热门|精选|经典|优秀)?(?:参考)?范文(?:大全)?"
                         # (a shop's two words for a sample: …方案参考模板, …计划范文参考, …总结模板范本)
                         r"|(?<=[\u4e00-\u9fff）)”》])(?:参考模板|参考范本|范文参考|范本参考|模板范本|模板范文|范文模板)"
                         # a thesis site's word behind a paper's title (…现状与对策研究——以某省高校为例毕业论文)
                         r"|(?<=[\s\S]{10})(?<=[\u4e00-\u9fff）)》])(?:毕业|学位|硕士|博士|本科)论文(?:范文)?"
                         # a composition site's word behind a question (…转正申请？作文)
                         r"|(?<=[？?！!])作文"
                         # a sample site's word count glued on without a bracket (…调查报告2350字)
                         r"|(?<=[\u4e00-\u9fff）)》])\d{3,5}字"
                         # a spam host's channel in book-title marks behind the headline (…砥砺奋进《新闻》)
                         r"|(?<=[\u4e00-\u9fff）)”])《(?:新闻|资讯|动态|要闻|快讯|行业资讯|图文)》)\s*$")
# A pattern anchored at the end only ($) is tried from every position of the title; these are the characters
# every match of one ends on (before the spaces at the end), so a title ending otherwise is not scanned at all.
# TAIL_TAG_RE: a bracket, 篇, 字, the 本 文 板 全 of 范本 范文 模板 大全, a numeral (篇三); DOC_SHOP_TAIL_RE: 下载,
# 下载推荐/版/地址, VIP免费/专享/文档.
TAIL_TAG_ENDS = frozenset("]】)）篇字本文板全考一二三四五六七八九十》")
DOC_SHOP_TAIL_ENDS = frozenset("载荐版址费享档多部>》»+＋")


def last_char(t: str) -> str:
    """The last character before the spaces at the end (what \\s*$ leaves)."""
    return t.rstrip()[-1:]


def strip_tail_tag(t: str) -> str:
    """TAIL_TAG_RE.sub("", t), scanned only where a match can end."""
    last = last_char(t)
    return TAIL_TAG_RE.sub("", t) if last in TAIL_TAG_ENDS or last.isdecimal() else t


def strip_glued_meta(t: str) -> str:
    """GLUED_META_TAIL_RE.sub("", t), scanned only where a match can be: a colon, 作者, a bracket, a date at the end."""
    if ":" in t or "：" in t or "作者" in t or "（" in t or "(" in t or last_char(t).isdecimal():
        return GLUED_META_TAIL_RE.sub("", t)
    return t


SITE_PART_RE = re.compile(r"(?:网|论坛|社区|贴吧|频道|门户|官网|平台|文库|在线|胡同|之家|家园|博客|空间|站)$"
                          # a site and its paper named together (某某网·某某报)
                          r"|^[^·•]{2,12}网[·•][^·•]{2,14}(?:报|杂志|周刊)$")
TITLE_SEP_RE = re.compile(r"\s*[|｜丨_]\s*")
PIECE_NUMBER_PREFIX_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,2}\s*[:：]\s*(?=\S{8})")
TRAILING_SEPARATOR_RE = re.compile(r"(?<=\S)\s*[|｜丨]\s*$")
# A dash separates a title from the site's name only where what follows it names a site.
DASH_SITE_RE = re.compile(r"\s*(?:\s[-–]\s|(?<=[\u4e00-\u9fff）)])-)\s*([^-–]{2,16}?(?:网|站|平台|频道|文库|官网|在线|报|杂志|网盘|"
                          r"\.com|\.cn|\.net|\.org))\s*$")


# A sample or paper site's category after a dash (论某某 - 行政论文, … - 党建范文): what kind of piece it is, not its title.
DASH_GENRE_RE = re.compile(r"\s+[-–]\s+[\u4e00-\u9fff]{0,4}(?:论文|范文|作文|文章|文档|资料)(?:大全|精选)?\s*$")
# A channel's name after a dash, left once the site's name has gone (标题 - 基层动态).
# (or glued on with no spaces after the title's last word or quote: …的“放心港湾”-快资讯)
DASH_CHANNEL_RE = re.compile(r"(?:\s+[-–]\s+|(?<=[\u4e00-\u9fff”）)])[-–])([\u4e00-\u9fff]{2,8})\s*$")


SPACE_CHANNEL_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])[ \u3000]+([\u4e00-\u9fff]{2,8})\s*$")


def is_channel_name(s: str) -> bool:
    return s in CHANNEL_NAMES or bool(CHANNEL_RE.match(s))


TITLE_LABEL_RE = re.compile(r"^\s*(?:(?:标题|题目|文章标题|文章名称|名称|信息名称|新闻标题|(?:文献|正)?题名|篇名|原标题|原题目|原题)\s*[:：]?"
                            # (a quiz's kind of question, 问答题简述…; a part's capital numeral in quotes, ‘壹’ …)
                            r"|(?:问答题|简答题|论述题|填空题|判断题|单选题|多选题|选择题)\s*[:：]?"
                            r"|[‘'“\"【\[（(]\s*[壹贰叁肆伍陆柒捌玖拾]\s*[’'”\"】\]）)])\s*(?=\S{4})")
# The first heading glued after the title (…实施方案一、背景分析).
# A part number closing the line (…调研报告范文（一）) is the title's own, not a glued heading.
# A numbered list glued on (…发展流程及说明1、推优工作细则2、…): its first item is numbered 1 and a second follows.
# (a numeral that is part of a word is none: 第一、第二党支部, 统一、, 之一、)
GLUED_HEADING_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”]{6})(?:(?<![第统唯之万同专单初])[一二三四五六七八九十]、|[（(]一[)）](?=\S)"
                              r"|1[、．.](?=[\u4e00-\u9fff][^、]{1,40}?2[、．.][\u4e00-\u9fff])).*$")


# A date stamp in front of a title (20240530:某某实施方案, a file's name); a bare year glued in front of a
# title that opens with a preposition (2023在某某会上的发言, 2022关于…的通知) is one too: such a title takes no year.
STAMP_PREFIX_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*[:：_\-\s]\s*"
                             r"|(?:19|20)\d{2}(?=(?:在|关于)[\u4e00-\u9fff]{4}))(?=\S{4})")
# a document site's page of a title (…方案_第2页, …标准 第3页, a long title's …的通知第2页; 读书笔记第21页 names a page), a multi-page article's counter ((2 / 2), （1/3）)
DOC_PAGE_SUFFIX_RE = re.compile(r"(?:_|(?<=\S)\s+|(?<=[\u4e00-\u9fff）》”]{12}))第\d+页$|(?<=\S)\s*[（(]\s*\d{1,2}\s*/\s*\d{1,2}\s*[)）]$")
# A lecture's spoken opening before its title (我今天给大家讲的题目是：…) and a microblog's topic tags (#某某#).
SPOKEN_TITLE_RE = re.compile(r"^\s*我?今天(?:我)?(?:给|向|和|跟)?(?:大家|同志们|各位)?(?:讲|汇报|交流|分享|讲授|报告)(?:的)?(?:题目|主题|内容)(?:是|为|叫)\s*[:：]?\s*(?=\S{4})")
HASHTAG_RE = re.compile(r"#[^#\s]{2,20}#")
# A question's label before it (Q：…, 问：…) and a novel site's chapter before the title (正文 第42章 …).
QUESTION_LABEL_RE = re.compile(r"^\s*(?:Q|问|问题)\s*[:：]\s*(?=\S{6})|^\s*正文\s+第[\d一二三四五六七八九十百千]+章\s*(?=\S{4})")
# … and its count of pages glued on (…会议制度21页)
DOC_PAGE_COUNT_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff）)》”])(?<!第|共|计|约)\d{1,4}页$")
# Cheap test for a line tidy_title could change.
LIST_BULLET_RE = re.compile(r"^[-•·●▪]\s+")
DECORATED_RE = re.compile(r"[|｜丨_【\[《（(\-–「]|" + DOC_EXTENSIONS + r"|标题|题目|篇|作文|[一二三四五六七八九十1]、|\s|^(?:19|20)\d{2}", re.I)


# A title's last word saying what kind of document it is.
DOC_KIND_END_RE = re.compile(r"(?:总结|报告|讲话|发言|方案|心得|体会|通知|意见|办法|制度|规定|材料|讲稿|汇报|计划|要点|细则|倡议书|决定)$")
LIST_BULLET_RE = re.compile(r"^[-•·*]\s+(?=\S)")  # - 关于…的通知: the title copied as a list's item


# A page's button glued before the title by a space (展开 某某是什么机构): a Q&A page's fold control.
BUTTON_PREFIX_RE = re.compile(r"^(?:展开|收起|展开全文|展开全部|查看全部)\s+(?=\S{4})")
# A document's number behind its title (…实施方案 某某党发﹝2017﹞33号): the document's, not the title's.
DOC_NUMBER_TAIL_RE = re.compile(r"(?<=\S)\s+[\u4e00-\u9fff]{1,12}\s*[〔﹝\[［(（【]\s*(?:19|20)\d{2}\s*[〕﹞\]］)）】]\s*\d{1,4}\s*号\s*$")


# A composition site's word for a sample behind the kind of writing (…读后感作文范例, …心得体会作文范文).
COMPOSITION_TAIL_RE = re.compile(r"(读后感|观后感|体会|感想|心得|演讲稿|讲话稿|发言稿|总结|报告|申请书|汇报)作文(?:范例|范文|例文|大全)?$")


# A bracketed phrase closing a title: a column's or a campaign's name the paper or site set behind it
# (…（党旗在基层一线高高飘扬）), unless it says what version or part of a document this is (（试行）, （征求意见稿）,
# （节选）) or what the piece takes for its case (（以某某为例）).
BRACKET_COLUMN_TAIL_RE = re.compile(r"\s*[（(]([\u4e00-\u9fff“”]{6,16}|[\u4e00-\u9fff“”]{4,14}[·•][\u4e00-\u9fff“”]{4,14})[)）]\s*$")
# The headline's mark on an e-paper (…（主题）): the kicker and subtitle are marked too (NOT_TITLE_RES).
MAIN_TITLE_MARK_RE = re.compile(r"\s*[（(](?:主题|正题|主标题)[)）]\s*$")
KEPT_BRACKET_RE = re.compile(r"试行|暂行|草案|修订|修正|征求意见|讨论稿|送审稿|审议稿|节选|摘要|摘编|全文|为例|之一|之二|附|续|上篇|下篇|"
                             r"[一二三四五六七八九十]+[章节篇]")


STRAY_CLOSERS = "」』》〉）)]】”’"
FORMAT_TAIL_RE = re.compile(r"\s+(?:PDF|pdf|HTML|html|XML|xml|EPUB|epub)\s*$")


# A rule's adoption in brackets after its title (（经某某会议审议通过）, （某某委员会会议通过）); （试行） and （2022年修订）
# are the title's.
ADOPTED_TAIL_RE = re.compile(r"\s*[（(](?=[^（）()]*(?:经|会议))[^（）()]{4,80}(?:通过|审议|修订|印发|施行|发布|批准)"
                             r"[^（）()]{0,6}[)）]$")


# A forum's tag before a post's title ([原创], 【转帖】) and its counter behind it (（您是本帖第22个阅读者|本帖回复：0）).
FORUM_TITLE_TAG_RE = re.compile(r"^\s*[\[【](?:原创|转帖|转载|原创首发|分享|讨论|求助)[\]】]\s*")
FORUM_TITLE_TAIL_RE = re.compile(r"\s*[（(]\s*您是本帖第\s*\d+\s*个阅读者[^）)]*[）)]?\s*$")
SECTION_LABEL_PREFIX_RE = re.compile(r"^\s*(?:(?:引言|前言|导言|绪论|序言|概述|导论)\s*[:：]\s*|[一二三四五六七八九十]\s+(?=[\u4e00-\u9fff]))")


SITE_TAG_TAIL_RE = re.compile(r"(?<=\S)\s*(?:【(?:精选推荐|精选|推荐|热门|热荐|原创|最新|精品|必看|荐)】|(?<=[\u4e00-\u9fff）)》])\s+\d{3,5}字)$")
PAGE_BEFORE_YEAR_RE = re.compile(r"^\d(?=(?:19|20)\d{2}年)")
SPACED_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s+(?=年)")


DASH_RUN_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])\s*-{3,}\s*(?=[\u4e00-\u9fff“《])")
# An agency's dateline before the headline it gives its dispatch (新华社北京7月1日电 题：…; a lost space may stand as ？).
DISPATCH_HEADLINE_RE = re.compile(r"^\s*\S{2,24}?\d{1,2}日电\s*[?？]?\s*题\s*[:：]\s*")


def twice_glued(t: str) -> str | None:
    """The first copy of a title repeated with nothing between (its last eight characters closing both copies),
    or None."""
    tail = t[-8:]
    end = t.find(tail) + len(tail)
    if 8 <= end < len(t) - 8 and len(t) - end >= 0.6 * end and cjk_count(tail) >= 6:
        return t[:end]
    return None


@functools.lru_cache(maxsize=TITLE_CACHE)
def tidy_title(title: str) -> str:
    """The title without the site's decorations around it."""
    t = TITLE_LABEL_RE.sub("", LIST_BULLET_RE.sub("", BUTTON_PREFIX_RE.sub("", title.strip())))
    if t[-1:] in "FfLlBb" and (m := FORMAT_TAIL_RE.search(t)) and len(t[: m.start()].strip()) >= 6:
        t = t[: m.start()]  # …建设路径探索  PDF: a journal site's link to the file behind the title
    if t[:1] in STRAY_CLOSERS:
        t = t[1:].lstrip()  # 」 香港…: the end of a quote or a bracket the line above opened, left at this line's start
    if "---" in t:
        t = DASH_RUN_RE.sub("——", t)  # “…” -------追寻红色记忆: a run of hyphens typed for the subtitle's dash
    if t[:1] in "、，,；;" and len(t) > 6:
        t = t[1:].lstrip()  # 、某某研究所与…: a clause mark left where a spam brand in front of it went
    t = MAIN_TITLE_MARK_RE.sub("", t)
    if "帖" in t or "原创" in t or "转" in t:  # a forum's tags and counters around a post's title
        t = FORUM_TITLE_TAIL_RE.sub("", FORUM_TITLE_TAG_RE.sub("", t)).strip()
    if (m := SECTION_LABEL_PREFIX_RE.match(t)) and len(squeeze(t[m.end():])) >= 6:
        t = t[m.end():]  # 引言：理解…的重要性, 五 热点探析：…: a section's label or number before its name, no article's title
    t = STAMP_PREFIX_RE.sub("", t)
    if "电" in t[:24] and (m := DISPATCH_HEADLINE_RE.match(t)) and len(squeeze(t[m.end():])) >= 6:
        t = t[m.end():]  # 新华社北京7月1日电 题：某某…: an agency's dispatch, its headline after 题
    t = PAGE_BEFORE_YEAR_RE.sub("", t)  # 12023年…的讲话: a document site's page number glued before the year
    t = SITE_TAG_TAIL_RE.sub("", t)  # …争做最美党员【精选推荐】, 《某某》观后感 1500字: a site's tag or the text's length
    if " " in t and (first := t.split(" ", 1)[0]) and len(first) >= 6 and len(again := t[len(first):].lstrip()) >= 6 \
            and again[:10] == first[:len(again[:10])]:
        t = first  # 某某心得体会 某某心得…: the title twice over, the second copy perhaps cut off
    t = SPACED_YEAR_RE.sub(r"\1", t)  # 2021 年…: a PDF's space between the year and 年
    if "可" in t or "精品" in t or "完整" in t:
        t = DOC_SHOP_BRACKET_RE.sub("", t)  # 实用文档精品系列 （标准 完整 实用 可修改） 某某制度: a document shop's promise
    t = DOC_PAGE_SUFFIX_RE.sub("", QUESTION_LABEL_RE.sub("", SPOKEN_TITLE_RE.sub("", t)))
    if "#" in t:
        t = HASHTAG_RE.sub("", t).strip()  # #基层声音#近日…: a microblog's topic tag
    if len(t) >= 20 and (twice := twice_glued(t)):
        t = twice  # 某某医院…建设方案xxxxx医院…建设方案: the title twice over, run together, the second copy's start changed
    if "." in t:
        t = FILE_NAME_RE.sub("", t)
    if t.endswith("页") and len(t) >= 10:
        t = DOC_PAGE_COUNT_TAIL_RE.sub("", t)
    if last_char(t.rstrip("\n")) in DOC_SHOP_TAIL_ENDS:  # (its $ ends the text or stands before a last newline)
        t = DOC_SHOP_TAIL_RE.sub("", t)
    t = strip_glued_meta(t)
    t = DOC_NUMBER_TAIL_RE.sub("", t)
    if t[-1:] in "）)" and (m := ADOPTED_TAIL_RE.search(t)) and len(t[: m.start()].strip()) >= 8:
        t = t[: m.start()]  # …实施办法（经某某于2025年1月23日召开的董事会会议审议通过）: when it was adopted
    t = GLUED_HEADING_RE.sub("", t)
    t = DASH_GENRE_RE.sub("", DASH_SITE_RE.sub("", t))
    t = COLUMN_PREFIX_RE.sub("", t)  # (before the split at bars: 圆桌快评丨… is a column's name, then the title)
    while (m := DASH_CHANNEL_RE.search(t)) and is_channel_name(m.group(1)):  # 标题 - 党建动态 - 某某网
        t = t[: m.start()]
    if (m := SPACE_CHANNEL_RE.search(t)) and is_channel_name(m.group(1)) and len(squeeze(t[: m.start()])) >= 8:
        t = t[: m.start()]  # 标题 某某热点评: a channel's name set after a space
    parts = [p for p in TITLE_SEP_RE.split(t) if p.strip()]
    if len(parts) > 1:  # a part that names a site (…论坛, …网, …胡同) is not the title
        parts = [p for p in parts if not SITE_PART_RE.search(p.strip())] or parts
        if len(parts) == 1:
            t = parts[0].strip()
    if len(parts) > 1:  # one part says what kind of document it is (…党建工作总结): that is the title, the others name
        named = [p for p in parts if DOC_KIND_END_RE.search(p.strip())]  # a section or column
        if len(named) == 1 and len(named[0].strip()) >= 6:
            parts = named
            t = named[0].strip()
        elif len(named) > 1 and len(named[0].strip()) >= 6:  # 某某工作总结_某某工作总结: a sample site names its
            parts = named[:1]                                  # page first, a related sample after it
            t = named[0].strip()
    if len(parts) > 1:  # the site's name and spam stand beside the title: keep the longest part
        t = max(parts, key=lambda p: (sum(1 for ch in p if "\u4e00" <= ch <= "\u9fff"), -parts.index(p))).strip()
    t = FLIPBOOK_PAGE_RE.sub("", t)
    t = TRAILING_SEPARATOR_RE.sub("", t)
    t = PIECE_NUMBER_PREFIX_RE.sub("", t)  # 一：某某策划书: a collection's first piece, its number in front  # 标题 | : the site's name after the bar was lost
    for _ in range(2):
        t = SPAM_TAG_PREFIX_RE.sub("", t)
        t = SITE_PREFIX_RE.sub("", t)
        t = JOURNAL_PREFIX_RE.sub("", t)
        t = COLUMN_PREFIX_RE.sub("", t)
        t = OUTLET_PREFIX_RE.sub("", t)
        t = UNIT_PREFIX_RE.sub("", t)
        t = DOC_NUMBER_PREFIX_RE.sub("", t)
        t = FEATURED_PREFIX_RE.sub("", t)
        t = SERIES_PREFIX_RE.sub("", t)
        if (m := CHANNEL_PREFIX_RE.match(t)) and is_channel_name(m.group(1)):
            t = t[m.end():]
        untagged = strip_tail_tag(t).strip()
        if (m := CREDIT_TAIL_RE.search(untagged)) and m.group(1)[0] in SURNAMES and len(squeeze(untagged[: m.start()])) >= 6:
            untagged = untagged[: m.start()].rstrip()  # …建成小康？ /文：某某某: the writer's credit behind a slash
        if (m := NAME_TAIL_RE.search(untagged)) and m.group(1)[0] in SURNAMES and m.group(1)[0] != "党" \
                and not KEPT_BRACKET_RE.search(m.group(1)) and len(squeeze(untagged[: m.start()])) >= 6:
            untagged = untagged[: m.start()].rstrip()
        if (m := BRACKET_COLUMN_TAIL_RE.search(untagged)) and len(squeeze(untagged[: m.start()])) >= 8 \
                and not KEPT_BRACKET_RE.search(m.group(1)):
            untagged = untagged[: m.start()].rstrip()  # a column's or campaign's name behind (…（党旗在基层一线高高飘扬）)
        if "作文" in untagged:
            untagged = COMPOSITION_TAIL_RE.sub(r"\1", untagged)
        if not untagged.endswith(("及", "和", "与", "或", "、", "的")):  # …怎么写及范文: 范文 is the title's own word
            t = untagged
    return t or title.strip()


# A document's title (it ends with what kind of document it is) glued by a space to a paragraph.
DOC_NOUNS = (r"(?:报告|材料|文稿|讲话|发言|方案|办法|总结|心得|体会|意见|通知|制度|计划|要点|讲稿|范文|汇报|规定|细则|决定|"
             r"纪要|综述|党课|致辞|提纲|做法|经验|笔记|日记|纪实|札记|随笔)")
# A document shop's promise about the file in brackets, and the series' name before it (实用文档精品实用文档系列 （标准 完整 实用
# 可修改） 某某制度, 某某方案(可编辑), 某某报告【精品】).
DOC_SHOP_BRACKET_RE = re.compile(r"^[^（(【\[]{0,20}?[（(【\[](?=[^）)】\]]*(?:可编辑|可修改|可复制|精品|完整版?))[^）)】\]]{1,20}[)）】\]]\s*(?=\S{4})"
                                 r"|\s*[（(【\[](?=[^）)】\]]*(?:可编辑|可修改|可复制|精品|完整版))[^）)】\]]{1,20}[)）】\]]\s*$")
DOC_NOUN_END_RE = re.compile(DOC_NOUNS + "$")
TRAILING_TAG_RE = re.compile(r"\s*[（(][^（()）]{1,8}[)）]\s*$")
GLUED_TITLE_RE = re.compile(f"^(\\S[^。！？；;，,]{{3,38}}?{DOC_NOUNS})(?:\\s*\\1)?\\s+(?=\\S[^\\n]{{30,}}[。！？])")
# A paper's or speech's title glued to its first sentence with nothing between (…的生成逻辑与实践探析基层治理是…,
# 同志们：在某某推进会上的讲话打造…): it ends with a word only titles end with, and has no punctuation.
TIGHT_NOUNS = (r"(?:上的讲话|上的发言|上的报告|调研报告|调查报告|工作报告|述职报告|探析|探究|浅析|浅谈|初探|探讨|研究|思考|"
               r"路径|对策|启示|(?:实施|工作|活动|整顿|建设|创建|推进)方案|工作要点|工作计划|工作总结|心得体会)")
TIGHT_GLUED_RE = re.compile(r"^(?:(?:同志们|各位领导|各位同志|同事们)\s*[，,:：]\s*)?"
                            f"([^\\s。！？；;，,：:、“”\"（）()]{{4,36}}?{TIGHT_NOUNS}+)(?=(?:[\u4e00-\u9fff]{{4}}|“[\u4e00-\u9fff]{{2}})[^。！？]{{16,}}[。！？])"
                            # (…上的讲话精神, …的讲话中指出, …工作方案要求: the phrase runs on in the sentence, no title ends there)
                            r"(?!精神|要求|中|时|内容|指出|强调|和|及|与|的|提出|部署)")
# A speech's title with its salutation and first sentence glued behind (镇党委书记冬训动员讲话同志们：在这新春…, …的汇报发言尊敬的
# 各位领导，同志们：…, 某某启动仪式讲话稿 各位老师、亲爱的同学们：…).
SALUTATION_GLUED_RE = re.compile(r"^([^\s。！？；;，,：:、“”\"]{4,36}?(?:讲话|发言|致辞|讲稿|报告|讲话稿|发言稿))"
                                 r"(?=\s*(?:同志们|各位[\u4e00-\u9fff]{1,6}|同事们|老师们|同学们|亲爱的[\u4e00-\u9fff]{1,8})\s*[，,:：、]"
                                 r"|\s*尊敬的[^。！？]{2,30}[:：])")
# … or its writer's bare name between spaces (难忘的四十年党员冬训 郝某某 四十年，在…。): the name alone, no unit.
NAME_GLUED_RE = re.compile(r"^([^。！？；;，,\s（()）【】\[\]]{6,31}?)(?<![讯电者员道])\s+([\u4e00-\u9fff]{2,3})\s+(?=\S[^\n]{30,}[。！？])")
# A title of two matched phrases glued to its first paragraph by a space (守好小区门，暖透邻里心 疫情…。); a
# news lead's dateline (本报讯（记者 …) is no such pair.
LOOSE_GLUED_RE = re.compile(r"^(([\u4e00-\u9fff“”]{3,12})[，,]([\u4e00-\u9fff“”]{3,12}))[ \u3000]+(?=\S[^\n]{30,}[。！？])")
# A headline and its subtitle after a dash, glued to the first paragraph by a space (刊物的生命力——祝贺《某某》创刊三周年 在如林的…。):
# a sentence's dash has no space and a paragraph after it.
DASHED_GLUED_RE = re.compile(r"^\s*([^\s。！？；;，,：:]{3,24}——[^\s。！？；;，,：:]{4,30})[ \u3000]+(?=[\u4e00-\u9fff“][^\n]{30,}[。！？])")
# A headline before its first paragraph, a space apart, on a page saved flat (某某眼中的某某 今天…，…。 如今…。): the
# headline has no punctuation, the paragraph is sentences; a lead-in of a sentence (为…, 近日…) is no headline.
FLAT_GLUED_RE = re.compile(r"^\s*(?!为|在|随着|根据|按照|近日|日前|近期|今年|去年|目前|据|经|自|从|当|对|由|以|把|将|被|让|使|请|各|全|本)"
                           r"([^\s。！？；;，,：:、“”\"]{6,30})[ \u3000]+(?=[^\s。！？]{10,}[，,][^\s。！？]{10,}[。！？]”?(?:$|[ \u3000]+\S))")
DATELINE_END_RE = re.compile(r"(?:讯|消息|电|报道|记者|通讯员|报|网|台)$")
NAME_CHARS = "[\u4e00-\u9fff]"
# A title with its authors and their units glued behind it (…的提升路径 袁某某 王某 某某大学…).
BYLINE_GLUED_RE = re.compile(f"^(\\S[^。！？；;\\s]{{5,40}}?)\\s+(?={NAME_CHARS}{{2,3}}(?:\\s+{NAME_CHARS}{{2,3}}){{0,4}}\\s+\\S{{0,12}}"
                             r"(?:大学|学院|学校|研究院|研究所|研究中心|党校|委员会|公司))")


# Where a title broken over two lines was broken: its first line stops on a word that needs more (的, 和, 关于),
# its second starts with one that needs what came before (上的讲话, 的通知, 暨…), or holds an official
# title's end that its first line (关于…) lacks.
BROKEN_END_RE = re.compile(r"(?:[和与及或的在对从向把被、]|关于|进一步)$")
CONTINUED_START_RE = re.compile(r"^(?:上的|中的|的|暨|及其|之)")


# … or its first line is the issuer of a document whose title the second holds (中共某某集团委员会 / 关于…的通报),
# or names an event by its quoted theme and the second says what kind of event (某某局举办“某某” / 某某交流展示活动).
ISSUER_END_RE = re.compile(r"(?:委员会|党委|党组|党工委|党总支|党支部|纪委|监委|公司|集团|局|厅|办公室|政府|部|院|会)[)）]?$")
QUOTED_EVENT_END_RE = re.compile(r"(?:举办|举行|开展|召开|启动|组织|承办|主办)[^，。：:]{0,4}“[^“”]{2,20}”$")
EVENT_KIND_END_RE = re.compile(r"(?:活动|会议|仪式|大会|比赛|大赛|竞赛|展览|展演|展示|论坛|培训班|讲座|报告会|座谈会|研讨会|交流会|"
                               r"典礼|晚会|宣讲|演出|联赛|运动会)$")


# What a headline's second line opens with when its first names the one acting: the deed (开展…活动, 召开…会议).
PREDICATE_START_RE = re.compile(r"^(?:开展|召开|举办|举行|组织|启动|赴|走进|参观|联合开展|共同开展|签订|签署|成立|表彰)")


def joined_by_guess(line: str, nxt: str) -> bool:
    """Joined because the first line names an issuer or a quoted event: two lines a page may also set one under
    the other as a kicker and a headline, so the joined title is shown, and the contributor asked to check it."""
    a, b = line.strip(), nxt.strip()
    return not (BROKEN_END_RE.search(a) or CONTINUED_START_RE.match(b)) and (
        bool(ISSUER_END_RE.search(a) and (b.startswith("关于") or PREDICATE_START_RE.match(b))) or bool(QUOTED_EVENT_END_RE.search(a)))


CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def crossing_word(a: str, b: str) -> str:
    """The word the segmenter reads across the end of a and the start of b ('' where a ends on a word's end)."""
    from ..topics import segmenter
    at = 0
    for word in segmenter().cut(a + b[:8]):
        if at < len(a) < at + len(word):
            return word
        at += len(word)
        if at >= len(a):
            return ""
    return ""


SESSION_START_RE = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:次|届)")
SESSION_DOC_RE = re.compile(r"(?:办法|决议|规则|细则|议程|方案|报告|决定|规定|名单)(?:[（(](?:草案|试行|修订稿|讨论稿|征求意见稿)[)）])?$")


def joined_title(line: str, nxt: str) -> str | None:
    """A title whose line was broken in two, joined again (None where the two lines are two lines)."""
    a, b = line.strip(), nxt.strip()
    # a word broken across the two lines (…为高质 / 量发展提供…保障, …党务工作 / 者示范培训班上的发言): one line
    # set in two, whatever its commas
    if (4 <= len(a) <= 40 and 2 <= len(b) <= 30 and len(a + b) <= 50 and CJK_CHAR_RE.match(a[-1]) and CJK_CHAR_RE.match(b[0])
            and not ends_sentence(a) and not is_not_title(a) and not is_not_title(b) and is_title_like(a + b)
            and not LABEL_COLON_RE.match(a) and not LABEL_COLON_RE.match(b) and not DATE_RE.search(b)
            and not re.search(r"[/／()（）|｜]", b) and len(crossing_word(a, b)) >= 3):
        return a + b
    # (…民主生活会对照检 / 查材料（含案例）: a short second line that ends the word and names the document's kind, a tag after it)
    core_b = TRAILING_TAG_RE.sub("", b)
    if (8 <= len(a) <= 40 and 2 <= len(core_b) <= 12 and CJK_CHAR_RE.match(a[-1]) and CJK_CHAR_RE.match(core_b[0])
            and not re.search(r"[，,。：:；;！？]", a + core_b) and DOC_NOUN_END_RE.search(core_b)
            and not is_not_title(a) and len(crossing_word(a, core_b)) >= 2):
        return a + b
    if not (4 <= len(a) <= 30 and 2 <= len(b) <= 24) or not (
            BROKEN_END_RE.search(a) or CONTINUED_START_RE.match(b)  # an official title's end on its own line:
            or (OFFICIAL_TITLE_RE.search(a + b) and not OFFICIAL_TITLE_RE.search(a) and len(b) <= 12)
            or (ISSUER_END_RE.search(a) and b.startswith("关于") and OFFICIAL_TITLE_RE.search(b))
            # (the body holding the meeting, then the meeting's document: 中共某某镇纪律检查委员会 / 第一次全体会议选举办法（草案）)
            or (ISSUER_END_RE.search(a) and SESSION_START_RE.match(b) and SESSION_DOC_RE.search(b))
            # (the one acting on the first line, what it did on the second: 某某局党总支联合某某局党总支 / 开展…活动)
            or (ISSUER_END_RE.search(a) and PREDICATE_START_RE.match(b) and EVENT_KIND_END_RE.search(b))
            or (QUOTED_EVENT_END_RE.search(a) and EVENT_KIND_END_RE.search(b) and not b.startswith("“"))
            or occasion_split(a, b) or bracket_split(a, b)):
        return None
    joined = a + b
    quoted_event = bool(QUOTED_EVENT_END_RE.search(a))  # (its closing quote ends no sentence)
    if len(joined) > 44 or (ends_sentence(a) and not quoted_event) or re.search(r"[，,：:]", a + b) or not is_title_like(joined) \
            or (is_not_title(b) and not (a.endswith("上的") and SPEECH_KIND_RE.fullmatch(b))) \
            or LABEL_COLON_RE.match(b) or DATE_RE.search(b):
        return None
    return joined


def bracket_split(a: str, b: str) -> bool:
    """A title broken inside a document's name or a quotation: the first line opens 《 or “ and leaves it open, the
    second closes it (转发《某某关于做好 / 某某工作的实施意见》的通知)."""
    return any(a.count(left) > a.count(right) and b.count(right) > b.count(left) for left, right in (("《", "》"), ("“", "”"))) \
        or bool(ISSUED_KICKER_RE.search(a) and b.startswith("《") and b.count("《") == b.count("》"))


# A kicker saying who issued the document the next line names (中办印发 / 《某某规则》, 中共中央印发 / 《…》).
ISSUED_KICKER_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:印发|发布|出台|公布|颁布|修订)$")


# A speech's title broken inside its occasion: the speaker and 在 open it on the first line (某某在全市落实某某), the
# second closes it and names the kind (…工作会议上的讲话): a 在 with no 上的 after it leaves the first line unfinished.
OCCASION_OPEN_RE = re.compile(r"^[^，。；：:]{2,12}?在(?![^，。；：:]*(?:上|中|时)的)[^，。；：:]{2,}$")
SPEECH_CLOSE_RE = re.compile(r"(?:上|中|时)的(?:讲话|发言|致辞|讲话稿|发言稿|讲话提纲|主持词|总结讲话|动员讲话|表态发言|交流发言|报告)$")


def occasion_split(a: str, b: str) -> bool:
    """A speech's title broken inside its occasion (OCCASION_OPEN_RE, SPEECH_CLOSE_RE): the second line alone is a
    part of it, no title of its own."""
    return bool(OCCASION_OPEN_RE.search(a.strip()) and SPEECH_CLOSE_RE.search(b.strip())) and "在" not in b


# The kind of a speech, alone on the line under 在…上的 (在某某动员大会上的 / 讲话): the title's end, though the word
# alone is a channel's name.
SPEECH_KIND_RE = re.compile(r"(?:讲话|发言|致辞|讲话稿|发言稿|讲话提纲|主持词|总结讲话|动员讲话|表态发言|交流发言)")


def ends_word(line: str, end: int) -> bool:
    """The line's first `end` characters end on a word's end (为进一步加强研究|生党支部… does not: 研究生 is one word)."""
    from ..topics import segmenter
    at = 0
    for word in segmenter().cut(line[: end + 8]):
        at += len(word)
        if at >= end:
            return at == end
    return True


def glued_title(line: str) -> tuple[str, str] | None:
    """The title at the head of a long line that runs on into the text, and how it was glued ("glued": by a
    space, before a document's text; "glued_list": before a numbered list of its parts; "glued_tight": with
    nothing between; "glued_loose": by a space, a comma in the title; "glued_byline": before its authors)."""
    line = BULLET_RE.sub("", line)
    if line[:1].isdigit() and NUMBERED_ITEM_RE.match(line):  # a document site's page: 1、title authors…
        line = NUMBERED_ITEM_RE.sub("", line, count=1).strip()
    for kind, pattern in (("glued", GLUED_TITLE_RE), ("glued_byline", BYLINE_GLUED_RE), ("glued_tight", TIGHT_GLUED_RE),
                          ("glued_tight", SALUTATION_GLUED_RE), ("glued_loose", LOOSE_GLUED_RE), ("glued", DASHED_GLUED_RE)):
        m = pattern.match(line)
        if kind == "glued_loose" and m and abs(len(m.group(2)) - len(m.group(3))) > 2:
            continue  # a pair's two halves match in length (守好小区门，暖透邻里心); 从来源看，非公有制企业党组织 书记… is a sentence
        if m and is_title_like(m.group(1)) and not is_not_title(m.group(1)) and not FRAGMENT_END_RE.search(m.group(1)) \
                and (kind != "glued_tight" or ends_word(line, m.end(1))):
            title = m.group(1).strip()
            if (first_item := GLUED_FIRST_ITEM_RE.search(title)) and len(title[: first_item.start()].strip()) >= 4:
                return title[: first_item.start()].strip(), "glued_list"  # 某某程序 一、制定…: the list's first item glued on
            return title, kind
    m = FLAT_GLUED_RE.match(line)
    if m and not DATELINE_END_RE.search(m.group(1)) and is_title_like(m.group(1)) and not is_not_title(m.group(1)) \
            and not FRAGMENT_END_RE.search(m.group(1)):
        return m.group(1).strip(), "glued"
    m = NAME_GLUED_RE.match(line)  # 难忘的四十年冬训 郝某某 四十年，…: the title, its writer's bare name, the text
    if m and m.group(2)[0] in SURNAMES and not ORG_RE.search(m.group(2)) and is_title_like(m.group(1)) \
            and not is_not_title(m.group(1)):
        return m.group(1).strip(), "glued_byline"
    m = META_GLUED_RE.match(line)  # …擂台赛圆满落幕时间:2021-12-20 百舸争流…: the title, its date's label glued on, the text
    if m and is_title_like(m.group(1)) and not is_not_title(m.group(1)):
        return m.group(1).strip(), "glued_meta"
    m = DATELINE_GLUED_RE.match(line)  # 某某活动圆满举办 〔记者某某／台北报导〕…: the headline, then the report's dateline
    if m and cjk_count(m.group(1)) >= 8 and is_title_like(m.group(1)) and not is_not_title(m.group(1)):
        return m.group(1).strip(), "glued"
    m = BRACKET_GLUED_RE.match(line)  # 【预备党员公示时间多长】预备党员…: a Q&A page's question before its answer
    if m and is_title_like(m.group(1)) and not is_not_title(m.group(1)) and not BRACKET_LABEL_RE.match(m.group(1)):
        return m.group(1).strip(), "glued_bracket"
    m = GLUED_HEADING_RE.search(line[:62])
    # (the list's first item: 一、 (一) 1、; a sentence's 三、四期 is no list, and a title has no comma)
    if m and re.match(r"一、|[（(]一[)）]|1[、．.]", m.group(0)) and not re.search(r"[，,；;]", line[: m.start()]) \
            and is_title_like(line[: m.start()]) and not is_not_title(line[: m.start()]):
        return line[: m.start()].strip(), "glued_list"
    return None


# A list's first item, or a document site's count of pieces before it, glued after a title (某某程序 3篇1. 调查摸底, 某某程序
# 一、制定…).
GLUED_FIRST_ITEM_RE = re.compile(r"\s*\d{1,2}篇(?=\s*(?:\d|[一二三四五六七八九十]、|$))|\s+(?:[一二三四五六七八九十]、|[（(][一二三四五六七八九十][)）]|\d{1,2}[、．.](?!\d))")


# Marks that never open a line of their own: the line above runs on into them (a page broken before its punctuation).
CONTINUING_MARKS = "，。、；：,;:）)”』」"
META_GLUED_RE = re.compile(r"^\s*(\S.{5,58}?)\s*(?:发布时间|发布日期|更新时间|时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]")
# A headline glued by a space to the report under it, which opens on its dateline or its reporter's credit
# (某某社区成立志愿服务队 〔记者某某某／台北报导〕某某…, 某某活动圆满举办 本报讯 …, …开幕 新华社北京3月5日电 …).
DATELINE_GLUED_RE = re.compile(r"^\s*([^\s（()）〔【\[][^。！？；;，,：:（()）〔【\[讯]{5,40}?)(?:\s+|(?<=[”」』]))(?=(?:[〔【\[（(]\s*(?:[\u4e00-\u9fff]{0,6}?社)?"
                               r"(?:记者|通讯员|特派员|编译)|[^，。\s（()）〔【]{1,16}?(?:(?<!通)讯(?!员)|\d{1,2}日电)\s*"
                               # (or a news lead that opens on its day: …会议在北京召开 1月17日，…)
                               r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]|(?:近日|日前)[，,])\S[^\n]{30,}[。！？])")
BRACKET_GLUED_RE = re.compile(r"^\s*【([^】]{4,40})】\s*(?=[^【\s][^\n]{20,})")
# What a bracket at a line's head labels rather than titles: 【摘要】, 【本报讯】, a campaign's tag (【学习贯彻…】).
BRACKET_LABEL_RE = re.compile(r"^(?:摘\s*要|导\s*读|导语|编者按|按语|来源|本报讯|核心提示|关键词|内容提要|提要|学习|专题|热点|聚焦|关注|图片|视频"
                              # (a paper's or magazine's column: 【特别报道】, 【独家】, 【深度】)
                              r"|特别报道|特稿|独家|深度|观察|头条|要闻|视点|焦点|专访|社论|时评|评论|调查|快讯|封面故事"
                              # (an outlet's dateline: 【某某台2013年5月29日讯】, 【本报驻北京记者某某二日电】, 【本报消息】)
                              r"|[^】]{0,24}(?:(?<!通)讯|(?<=[日\d])电|报消息)$)")
SITE_LEAD_RE = re.compile(f"^[{CJK}A-Za-z0-9]{{2,10}}(?:网|频道|在线|官网|门户)\\s+\\S")
# A unit's name, a space and a person's name: the byline of a contributed article.
UNIT_NAME_RE = re.compile(f"^[{CJK}（）()]{{4,40}}(?:公司|集团|大学|学院|学校|委员会|党委|党支部|支部|政府|局|厅|院|所|中心|"
                          f"矿|厂|银行|医院|协会|部|处|站|办公室|街道|社区|村|镇|乡|县)\\s+[{CJK}][{CJK}·]{{1,3}}$")


# An official document's title: 关于…的意见, 印发《…》的通知 (its issuer's name stands above it).
OFFICIAL_TITLE_RE = re.compile(r"(?:^关于.{4,}|《.{4,}》)的?(?:通知|意见|决定|办法|规定|方案|报告|请示|批复|函|公告|通报|细则|规则|条例)$")
# A title of questions (党费：交多少？怎么交？): its inner question marks are no sign of spam.
QUESTIONS_RE = re.compile(r"^[^!！?？]{2,24}[?？](?:[^!！?？]{2,16}[?？]){1,3}$")
# A document preview's first line: its page count, the document's title and an ellipsis, then the text
# (第1页共7页某某调研报告...某某调研报告为深入贯彻…).
PREVIEW_TITLE_RE = re.compile(r"^\s*(?:第\s*\d+\s*页\s*[,，/]?\s*)?共\s*\d+\s*页\s*(\S.{3,40}?)\s*(?:\.{3}|…{1,2})")
# A line that is only a labelled title (标题：“…”), wherever it stands.
TITLE_LINE_RE = re.compile(r"^\s*(?:标题|本文标题|文章标题|新闻标题|信息标题)\s*[:：]\s*(\S.{3,60}?)\s*$")
# A title given by a label, with further labelled fields on its line (标题：… 来信日期：…; 名称：…).
LABELLED_TITLE_RE = re.compile(r"^\s*(?:标题|题目|文章标题|信件标题|来信标题|主题)\s*[:：]\s*(\S.{3,60}?)\s+[\u4e00-\u9fff]{2,6}\s*[:：]")
# A document site's line naming the document it shows (《…》由会员分享，可在线阅读…).
# A document site's notice under the file, naming it (本文(某某程序.docx)为本站会员(b****7)主动上传，…).
FILE_NAME_TAG_RE = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:精选|精品|精|完整版|最新版|可编辑|word版|Word版)$")
DOC_NOTICE_TITLE_RE = re.compile(r"^本文\s*[（(]([^（()）]{4,80}?)\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)[)）]\s*为本站(?:会员|用户)", re.I)
SHARED_DOC_RE = re.compile(r"^\s*《([^》]{4,80})》\s*由(?:会员|用户|网友)?\S{0,12}?(?:分享|上传|提供)")
# A paper site's line naming the paper and its keywords (某某的基本设想，本文主要内容关键词为：某某论文，…): the title, then the site's tags.
PAPER_TAGS_TITLE_RE = re.compile(r"^\s*([^，,。]{6,60}?)\s*[，,]\s*本文(?:的)?(?:主要内容)?关键词(?:为|是)\s*[:：]")
# A sample site's opening line, naming the piece it offers (下面是小编为大家整理的…（全文完整），供大家参考。).
INTRO_TITLE_RE = re.compile(r"^\s*(?:下面|以下|这)(?:是|为)?(?:小编|编者|本站|我们)?(?:为|给|帮)?(?:大家|您|你们?)?(?:精心)?"
                            r"(?:整理|收集|搜集|带来|推荐|分享|准备|编辑|汇编|收录)(?:的|了)(?:一篇|几篇)?(?:关于)?"
                            r"[《“]?(\S.{4,58}?)[》”]?\s*[，,]\s*(?:供|欢迎|希望|仅供|以供|敬请|请)")
# A footer's reprint line ending with the page's title (转载请注明：某某网 » 标题): a blog theme's.
REPOST_TITLE_RE = re.compile(r"^\s*(?:转载请注明|转载请保留|转载注明)(?:出处|来源|本文地址)?\s*[:：]\s*[^»›>?？]{2,24}?\s*[»›>?？]\s*"
                             r"(\S.{3,60}?)\s*$")
# The first piece of a collection (第1篇 …, 篇一：…): its title is the page's when nothing else is.
FIRST_PIECE_RE = re.compile(r"^\s*(?:第\s*[1一]\s*篇|篇\s*[1一])\s*[:：、.]?\s*(\S.{3,40})$")


# The hand-set weights of the title rules: a candidate's rule score is the sum of the weights of its
# features (title_candidates). A labelled title line elsewhere on the page (footer_label) wins only over a
# head line scoring below TITLE_DOUBT_SCORE; the breadcrumb's last part (trail_only) only where nothing else
# offers itself. Below TITLE_DOUBT_SCORE nothing but its shape spoke for the chosen title (no repeat, no date
# or byline under it, no breadcrumb ending with it): that was the old warning's line; the warning now follows
# the fitted confidence (title_model.title_doubtful), and fit_titles reports the old line beside it.
RULE_WEIGHTS = {"original": 0.5, "kicker": -2.5, "labelled": 3.0, "first_piece": -0.5, "repeated": 3.0, "next_meta": 2.0, "next_unit": 2.0,
                "len_8_40": 1.0, "trail": 2.0, "decorated": 1.0, "official": 1.5, "person": -3.0, "org": -1.5,
                "site_lead": -2.0, "short": -2.0, "position": -0.05, "footer_label": 2.0, "trail_only": -1000.0,
                "fuller": 1.5, "site_name": -5.0}
# A site's slogan after its name (最专业的新闻资讯平台, 领先的党建学习门户): what stands before the dash names the site.
SITE_SLOGAN_RE = re.compile(r"^(?:最|专业|领先|权威|一站式|全国|国内|您身边|你身边|打造)|的[^的]{0,10}(?:平台|网站|门户|网)$")
TITLE_DOUBT_SCORE = 2.0
# Phrases of four characters set side by side (以学促行 学以致用): a kicker or a slogan, not a headline that says what happened.
KICKER_RE = re.compile(r"^[\u4e00-\u9fff]{4}(?:[\s，,、]+[\u4e00-\u9fff]{4}){1,2}$")
SLOGAN_LIKE_RE = KICKER_RE
# A kicker that leads on into the headline below it: it ends with a dash (某某排头兵—— / 万余名…) or with a verb
# of saying that wants its object (某某在会见…时强调 / 认真做好…工作).
LEAD_ON_RE = re.compile(r"(?:——|—|--)$|(?<=[一-鿿]{6})(?:时|上|中)?(?:强调|指出|表示|要求|提出|寄语|勉励|希望|宣布)$")


@dataclass
class TitleCandidate:
    """A line of the page that could be its title: the title it would give, and what speaks for it."""
    text: str
    features: dict[str, float]

    def rule_score(self) -> float:
        return sum(RULE_WEIGHTS.get(k, 0.0) * v for k, v in self.features.items())


NUMBERED_ITEM_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[壹贰叁肆伍陆柒捌玖拾]+、|[（(][一二三四五六七八九十\d]+[)）]|(?!(?:19|20)\d\d\s*年)\d+(?:\.\d+)*[、.．\s]"
                              r"|[A-Za-z][、.．])")
# A labelled value (来源:…, 浏览量:, 发布时间:…): a short label, then a colon.
KEY_VALUE_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,5}\s*[:：]")
SOURCE_VALUE_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,5}\s*[:：]\s*\S{2,16}(?:网站|网|报|在线|中心|电视台|频道|公众号|客户端|官网)\s*$")
# A term in quotes (中青班 “三同” 锻炼强党性 见实效): a headline's phrases spaced apart, not a menu's channels.
QUOTED_TERM_RE = re.compile(r"[“「《][^”」》\s]{1,12}[”」》]")
META_NEXT_RE = re.compile(r"^[（(]?(?:作者|文[/／|:：]|来源|发布)")


SUBTITLE_START_RE = re.compile(r"^\s*(?:——|--|—|－－)")
# A hyphen or bar closing a line, which the chosen title loses (polish_title).
TRAILING_BAR_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])\s*[-|｜]$")


# A list's item well past its first (（7）, 3、, 五、) opening a line: the list began before the page did.
# (from the third on: a title's first section may have gone with the page's junk)
LATER_ITEM_RE = re.compile(r"^\s*(?:[（(](?:[3-9]|\d{2}|[三四五六七八九十]|十[一二三四五六七八九])[)）]|(?:[3-9]|\d{2})[、.．](?!\d)"
                           r"|(?:[三四五六七八九十]|十[一二三四五六七八九])、)")


def question_run(head: list[str], least: int = 3) -> set[int]:
    """Three or more questions one under another (当青春遇上党建，会擦出怎样的火花？ / 某某如何…？ / …？): a lead that
    opens on questions the text answers, none of them the title (their indices in head)."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(head + [""]):
        s = line.strip()
        if s.endswith(("？", "?")) and len(s) <= 40:
            run.append(i)
            continue
        if len(run) >= least:
            out.update(run)
        run = []
    return out


OPENING_CLAUSE_MAX = 20
# (a clause that runs on into what was said: a title repeated as the text's first words is whole: 坚持党的领导，…)
OPENING_VERB_RE = re.compile(r"(?:提出|指出|强调|表示|认为|要求|明确|写道|说|称)$")


# A journal database's labels standing alone over their values (关键词, 作者, 出处, 基金).
LONE_VALUE_LABEL_RE = re.compile(r"^\s*[【\[]?(?:关键词|关键字|作者|作者姓名|出处|刊名|来源期刊|基金|基金项目|分类号|中图分类号)[】\]]?\s*[:：]?\s*$")


def wrapped_line(rows: list[str], i: int) -> bool:
    """Whether row i is a piece of a paragraph a PDF or a copy wrapped at a fixed width: a clause's mark inside, no
    sentence's end, and a row beside it as long (within WRAP_SLACK characters) that the text runs on from or into.
    (A title repeated, or a numbered heading under it, is no paragraph's line.)"""
    line = rows[i].strip()
    if len(line) < 15 or ends_sentence(line) or not re.search(r"[，,；;、]", line):
        return False
    prev = rows[i - 1].strip() if i else ""
    if prev and prev != line and not ends_sentence(prev) and abs(len(prev) - len(line)) <= WRAP_SLACK \
            and re.search(r"[，,；;、。]", prev):
        return True  # the row above runs on into this one
    nxt = rows[i + 1].strip() if i + 1 < len(rows) else ""
    return bool(nxt) and nxt != line and abs(len(nxt) - len(line)) <= WRAP_SLACK and bool(re.match(r"[\u4e00-\u9fff“]", nxt)) \
        and not NUMBERED_ITEM_RE.match(nxt) and bool(re.search(r"[，,；;。]", nxt)) and not ends_sentence(nxt)


WRAP_SLACK = 4


def under_lone_label(rows: list[str], i: int) -> bool:
    """Whether row i is one of the values listed a line each under a lone label (关键词 / 甲 / 乙 / 丙)."""
    for j in range(i - 1, max(i - 8, -1), -1):
        if LONE_VALUE_LABEL_RE.match(rows[j]):
            return True
        if len(rows[j].strip()) > 16 or re.search(r"[。！？，,]", rows[j]):
            return False
    return False


def title_candidates(lines: list[str], is_junk, is_menu=lambda line: False) -> list[TitleCandidate]:
    """The head lines that could be the page's title (what is surely not one is left out), each with the
    signals the rules and the fitted model weigh; then a labelled title line anywhere (标题：…), then the
    breadcrumb's last part, for pages whose head offers nothing better."""
    head = [l for l in head_region(lines)]
    first = next((l for l in lines if l), "")
    if first and not head and PREVIEW_TITLE_RE.match(first):  # a preview's first line runs on into its text
        head = [first]
    counts: dict[str, int] = {}
    for line in lines:
        if not line or len(line) > 90:  # a title repeat is short; skip squeezing long paragraphs
            continue
        line = DOC_PAGE_SUFFIX_RE.sub("", line) if "页" in line else line
        key = squeeze(tidy_title(line) if len(line) <= 70 and DECORATED_RE.search(line) else line).lstrip(TITLE_BULLETS)
        counts[key] = counts.get(key, 0) + 1
    trail = None
    channels: set[str] = set()  # the channels a breadcrumb passes through (首页 >> 某某建设 >> …): none is the title
    for line in head:
        m = BREADCRUMB_RE.match(line)
        if m:
            parts = [p.strip() for p in re.split(r"[>＞»›]+", m.group(1)) if p.strip()]
            trail = squeeze(parts[-1]) if parts else None
            channels.update(squeeze(p) for p in parts[:-1])
        elif m := HOME_TRAIL_RE.match(line):
            parts = [p.strip() for p in re.split(r"[>＞»›→]+", m.group(1)) if p.strip()]
            channels.update(squeeze(p) for p in parts[:-1])
            if len(parts) >= 2 and len(squeeze(parts[-1])) >= 8:  # 首页 » 问答 » 某某…: a whole title ends the trail
                trail = squeeze(parts[-1])
        elif line.count(" \\ ") >= 2:  # 某某网 \ 资讯列表 \ 某某…: a trail parted by backslashes
            parts = [p.strip() for p in line.split(" \\ ") if p.strip()]
            channels.update(squeeze(p) for p in parts[:-1])
            if len(squeeze(parts[-1])) >= 8:
                trail = squeeze(tidy_title(parts[-1]))
    dated = [i for i, l in enumerate(head) if DATE_RE.search(l) or DATE_LABEL_RE.match(l)]
    # a bullet in front of a title is layout (• 某某支部开展…); a run of bulleted title-like lines is a
    # list of other pages' headlines (an e-paper's page, a portal's column), none of them this page's title
    bulleted = sum(1 for l in head if BULLET_RE.match(l) and is_title_like(BULLET_RE.sub("", l)))
    texts = [l for l in lines if l]  # head[i] is texts[i] (the head is the page's first lines)
    from .boilerplate import head_teasers  # (boilerplate reads this module's patterns: imported where needed)
    teasers = head_teasers(head) if any(l.rstrip().endswith(("...", "…")) for l in head) else set()
    teasers |= question_run(head)
    out: list[TitleCandidate] = []
    # the first paragraph below the head may open with the title glued to it (…探析基层治理是…)
    rows = head + texts[len(head): len(head) + 1] if len(texts) > len(head) else head
    continued = -1  # the second line of a title joined by guess (joined_by_guess): a part of it, no title of its own
    table = table_rows(rows) if "|" in "".join(rows) else set()
    for i, line in enumerate(rows):
        f: dict[str, float] = {}
        if i in teasers or i == continued:
            continue
        if i in table and not re.search(r"(?:标题|题目|名称)\s*[:：]", line):
            continue  # a row of a table (井冈山 | 革命摇篮精神 | …): the table's cells, no title (| 标题：… | names it)  # a sidebar's headline cut off with dots, one of three or more (head_teasers)
        if line.startswith("|"):
            line = TABLE_EDGE_RE.sub("", line)  # a table's first row holding the title (| 标题:某某办法 | ||)
        if BULLET_RE.match(line):
            if bulleted >= 3:
                continue
            line = BULLET_RE.sub("", line)
            f["bulleted"] = 1.0
        if i + 1 < len(head) and (joined := joined_title(line, head[i + 1])):
            line = joined  # a title broken over two lines (…新时代基层党组织 / 建设的实施意见)
            f["joined"] = 1.0
            if joined_by_guess(rows[i], head[i + 1]):
                f["joined_guess"] = 1.0  # (no weight in the fitted models: choose_title makes it doubtful)
                continued = i + 1
            elif occasion_split(rows[i], head[i + 1]) or bracket_split(rows[i].strip(), head[i + 1].strip()):
                continued = i + 1  # (…电视电话会议上的讲话 under 某某在全省落实…: the speech's title is both lines; so is
                # …实施意见》的通知 under 转发《…关于做好: the document's name opened on the first)
        labelled = (LABELLED_TITLE_RE.match(line) or SHARED_DOC_RE.match(line) or PAPER_TAGS_TITLE_RE.match(line) or PREVIEW_TITLE_RE.match(line)
                    or LONE_TITLE_LABEL_RE.match(line))
        if labelled and is_title_like(labelled.group(1)):  # 标题：… 来信日期：…; 《…》由会员分享
            line = unquote(labelled.group(1))
            f["labelled"] = 1.0
        elif (piece := FIRST_PIECE_RE.match(line)) and is_title_like(piece.group(1)):
            line = piece.group(1).strip()  # 第1篇 …: a collection's first piece, if nothing else
            f["first_piece"] = 1.0
        if (label := GLUED_LABEL_RE.match(line)) and not LABEL_COLON_RE.match(line) and not QA_LABEL_RE.match(line) and unspoken_label(label.group(1), label.group(2), following_text(texts, i + 1)):
            line = label.group(2)  # a word a hijacked page glued before the title (某某软件下载：某某村…), never spoken of below
            f["cut:unspoken"] = 1.0
        glued = glued_title(line) if len(line) > 60 and not is_junk(line) else None
        if glued and any(len(l) >= 40 and ends_sentence(l) and not is_junk(l) for l in rows[:i]):
            glued = None  # a paragraph of the text stands above: the title is not glued to a later one (…研究 / 基地首席专家…)
        if glued:  # a title glued to the first paragraph, to its byline or to a list of its parts
            line, kind = glued
            f[kind] = 1.0
        elif i >= len(head):
            continue  # the first paragraph: a candidate only for a title glued to it
        if line[-1:] in "）)" and (m := ADOPTED_TAIL_RE.search(line)) and len(line[: m.start()].strip()) >= 8:
            line = line[: m.start()]  # …实施办法（经某某会议审议通过）: the rule's title, without when it was adopted
        if (unbranded := strip_spam_brands(line).rstrip(" -–—|_")) != line and len(unbranded) >= 6:
            line = unbranded  # a title a gambling brand was glued to (…党建品牌创建-某某k8国际首页登录)
        junk = is_junk(line)
        if junk == "editorial-credit" and (original := ORIGINAL_TITLE_RE.match(line)):
            junk, line = None, next(g for g in original.groups() if g)  # 原标题：… in the head: the piece's title where it first stood
            f["original"] = 1.0
        if junk == "document-site-page" and (paged := DOC_PAGE_SUFFIX_RE.sub("", line)) != line and len(paged) >= 6 \
                and not is_junk(paged):
            junk, line = None, paged  # 某某的思考_第1页: a document site's page of the document, named by its title
        if junk and (FILE_NAME_RE.search(line) or DOC_SHOP_TAIL_RE.search(line)) and not is_junk(tidy_title(line)):
            junk = None  # a document's file name (…Word文档下载推荐.docx): its name without the shop's words is the title
        if junk == "seo-lead-in" and PIECE_TAIL_RE.search(line) and not is_junk(PIECE_TAIL_RE.sub("", line)) \
                and len(squeeze(PIECE_TAIL_RE.sub("", line))) >= 6:
            junk = None  # a collection's first piece, 某某实施细则篇一: its name without the piece's number is the title
            line = PIECE_TAIL_RE.sub("", line)
        named_file = "." in line and FILE_NAME_RE.search(line)  # (某某工作要点.docx: its name is read without the extension)
        if not is_title_like(tidy_title(line) if named_file else line) or (junk and junk != "attachment") or (is_not_title(line) and not (
                (FILE_NAME_RE.search(line) or GLUED_DATE_TAIL_RE.search(line)) and not is_not_title(tidy_title(line)))) or (
                is_menu(line) and max(len(w) for w in line.split()) <= 6 and not QUOTED_TERM_RE.search(line)):
            continue
        if NUMBERED_ITEM_RE.match(line):
            continue  # a numbered item of the text (一、 (1) 1. A、) is a heading, not the page's title
        if (i + 1 < len(rows) and rows[i + 1].lstrip()[:1] in CONTINUING_MARKS and re.search(r"\w", rows[i + 1])) \
                or rows[i].lstrip()[:1] in CONTINUING_MARKS:
            continue  # the next line opens on a mark that goes on with this one (… / ，这是…), or this one does: a sentence broken before it
            # (a line of marks alone, with no word after them, goes on with nothing: debris that goes)
        if channels and squeeze(line) in channels:
            continue  # a channel's name the page's breadcrumb passes through (its menu shows it above the title)
        if re.search(r"[，,]", line) and CLAUSE_CUT_END_RE.search(squeeze(line)) and len(squeeze(line)) >= 20:
            continue  # a clause the page cut before its object (…教育学院本科生党支部于): a paragraph's start, no title
        if re.search(r"[，,]", line) and i + 1 < len(rows) and rows[i + 1].lstrip()[:1] in "的地得了着们" and not ends_sentence(line):
            continue  # …就如何开展样板支部工作 / 的书写进行研究讨论。: a sentence's line wrapped before its 的, no title
        if i and rows[i] is texts[-1] and re.search(r"[，,]", line) and len(squeeze(line)) >= 20 and not ends_sentence(line):
            continue  # the page's last line, a sentence it cut off (在去年…的基础上，今年两镇又联合探索): no title
        if i and rows[i] is texts[-1] and not ends_sentence(line) and sum(len(t) >= 30 and ends_sentence(t) for t in texts[:-1]) >= 2:
            continue  # (or short, under paragraphs of the text: 现在那棵, the first words of a paragraph the page cut)
        if rows[i].rstrip()[-1:] in "，,、；;" and not re.search(r"——|-{3,}", rows[i]):
            continue  # 万里江山就是人民， : a clause going on below (a verse's first line), never a headline (a subtitle
            # cut short after its dashes is: “…” -------追寻红色记忆，)
        if re.search(r"[，,]", rows[i]) and re.search(r"(?:——|—|--)\s*$", rows[i]):
            continue  # …回望，…已跨越90年—— : a sentence leading into the next line, no title
        if line.count("《") > line.count("》") and re.search(r"[，,：:]", line):
            continue  # 会上，…的通知：根据《关于开展…: a sentence's line cut inside a document's name, no title
        if wrapped_line(rows, i):
            continue  # a line of a paragraph wrapped at a fixed width, like the lines under it (…的重要载体，也是检验)
        if i and under_lone_label(rows, i):
            continue  # the value under a journal database's lone label (关键词 / 某某, 基金 / 某某项目): the label's, no title
        if i and SUBTITLE_START_RE.match(rows[i - 1]) and len(squeeze(rows[i - 1])) >= 16 and len(squeeze(line)) <= 20 \
                and not ends_sentence(rows[i - 1]):
            continue  # the end of a subtitle broken over two lines (——某某局第二党支部联合某某党支部 / 开展主题党日活动)
        if i and FRAGMENT_END_RE.search(squeeze(line)) and any(ends_sentence(l) and len(l) >= 20 for l in head[:i]):
            continue  # a piece of a sentence cut off below text already begun (…在今后学习和): a page's break, no title
        if (bare := TRAILING_BAR_RE.sub("", line.strip())) != line.strip() and (is_not_title(bare) or not is_title_like(bare)):
            continue  # a channel's name with the bar a site put after it (党建工作-) is no title once the bar goes
        tidy = tidy_title(line)
        if TITLE_SEP_RE.search(line) and (spoken := spoken_part(line, tidy, following_text(texts, i + 1))) != tidy:
            tidy = spoken  # 某某专栏之某某篇章 | 某地：…: the column's name kept as the longest part, the title beside it
            f["cut:column_part"] = 1.0
        s = squeeze(tidy)
        if len(s) < 4 or (tidy != line.strip() and (not is_title_like(tidy) or is_not_title(tidy) or (
                re.search(r"[！!？?](?=.)", tidy.rstrip("！!？?")) and not QUESTIONS_RE.match(tidy) and not EXCLAIMED_HEAD_RE.match(tidy)))):
            continue  # what is left once the site's decorations go must read as a title too (某某报记者 王某某  来源：…)
        if len(s) <= OPENING_CLAUSE_MAX and OPENING_VERB_RE.search(s) and any(len(t) > len(s) + 20 and t.startswith(s) and t[len(s)] in "，,：:"
                                                for t in map(squeeze, texts[i + 1: i + 12])):
            continue  # the text's first clause set above it (某某报告中提出 / … / 某某报告中提出，…): its opening words, no title
        if len(s) > 40 and len(re.findall(r"[，,]", s)) >= 2:
            continue  # 站在…回望，不难发现，在…下，…已跨越90年: a long sentence of clauses, never a headline
        org = bool(ORG_NAME_RE.search(s))
        if i and org and UNIT_ONLY_RE.match(s) and is_title_like(rows[i - 1]) and not is_not_title(rows[i - 1]) \
                and not DATE_RE.search(rows[i - 1]):
            continue  # a unit's bare name under the headline (…活动 / 某某市某某小学): who wrote it, never a title
        if counts.get(s, 0) >= 2 and not org:  # (a notice's issuer is repeated in its signature)
            f["repeated"] = 1.0
        nxt = rows[i + 1] if i + 1 < len(rows) else ""
        prev = rows[i - 1] if i else ""
        if i == 0 and LATER_ITEM_RE.match(texts[1] if len(texts) > 1 else ""):
            continue  # a page starting in a document's middle: its first line heads a list already at item (7)
        if KEY_VALUE_RE.match(rows[i]) and SOURCE_VALUE_RE.search(rows[i]) and (KEY_VALUE_RE.match(nxt) or KEY_VALUE_RE.match(prev)):
            continue  # a site's name in a block of labelled values (来源:某某网 / 浏览量: / 发布时间:…), whatever its label says
        if nxt and (DATE_RE.search(nxt) or META_NEXT_RE.match(nxt) or DATE_LABEL_RE.match(nxt) or is_name_list(nxt)) \
                and not site_clock(rows, i + 1):
            f["next_meta"] = 1.0
        elif nxt and UNIT_NAME_RE.match(nxt.strip()):  # 某某县某某乡人民政府 储某某: the author under the title
            f["next_unit"] = 1.0
        n = len(s)
        f["short" if n < 6 else "len_6_7" if n < 8 else "len_8_40" if n <= 40 else "long"] = 1.0
        if trail and s == trail:  # the breadcrumb ends with the article's title
            f["trail"] = 1.0
        # decorated by the site: the page's own title line (a list's bullet, - 加强组织领导：…, is no decoration)
        if tidy != line.strip() and tidy != LIST_BULLET_RE.sub("", line.strip()):
            f["decorated"] = 1.0
            f.update(dict.fromkeys(decoration_kinds(line), 1.0))
            if (site := DASH_SITE_RE.search(line)) and SITE_SLOGAN_RE.search(site.group(1)) and n <= 10:
                f["site_name"] = 1.0  # 某某网-最专业的新闻资讯平台: a site's name and its slogan, the home page's title bar
        if OFFICIAL_TITLE_RE.search(s):  # 关于…的通知, 印发《…》的通知: an official document's title
            f["official"] = 1.0
        if PERSON_LINE_RE.match(line.strip()) or is_role_and_name(line):  # 党委书记 张建华: who wrote it, not what
            f["person"] = 1.0
            if re.search(r"[、?？·•]", line):
                continue  # 市政协常委、市某局局长 某某: a writer's offices and name, whatever else the page offers
        if org:  # the site's or organisation's name above the article
            f["org"] = 1.0
        if SITE_LEAD_RE.match(line):  # 某某网 先锋文汇…: a site's name and its channel
            f["site_lead"] = 1.0
        if (KICKER_RE.match(line.strip()) or LEAD_ON_RE.search(rows[i].strip())) and nxt and is_title_like(nxt) \
                and not is_not_title(nxt) and not SLOGAN_LIKE_RE.match(nxt.strip()):
            f["kicker"] = 1.0  # 以学促行 学以致用 over the headline: a newspaper's kicker (引题), the headline under it
        if junk == "attachment":
            f["attachment"] = 1.0
        f["position"] = float(i)
        if any(ends_sentence(l) and len(l) >= 20 for l in head[:i]):  # the text has begun above it: a heading of the text
            f["text_above"] = 1.0
        if not dated:  # no date anywhere in the head: a page saved from its text, or no article page at all
            f["undated_head"] = 1.0
        if not out:
            f["first_candidate"] = 1.0
        if i == 0:
            f["first_line"] = 1.0
        below = [d - i for d in dated if d > i]
        if any(d <= 3 for d in below):
            f["date_below_3"] = 1.0
        if any(d < i for d in dated):
            f["date_above"] = 1.0
        if nxt and len(nxt) >= 40 and ends_sentence(nxt):
            f["next_paragraph"] = 1.0
        if prev and is_title_like(prev) and not DATE_RE.search(prev):
            f["prev_title_like"] = 1.0
        if re.search(r"[，,]", s):
            f["comma"] = 1.0
        if re.search(r"[:：]", s):
            f["colon"] = 1.0
        if re.search(r"[！!？?]", s):
            f["question"] = 1.0
        if re.search(r"[《“\"]", s):
            f["quotes"] = 1.0
        if re.search(r"\s", tidy.strip()):
            f["space"] = 1.0
        if re.search(DOC_NOUNS + r"$", s):
            f["doc_noun"] = 1.0
        if FILE_NAME_RE.search(line):
            f["file_name"] = 1.0
        f.update(text_shape(s, following_text(texts, i + 1)))
        out.append(TitleCandidate(tidy, f))
    for above, below in zip(out, out[1:]):
        # a headline over its subtitle, the page's date or byline under the subtitle (某某 某某 / 某某系统扎实推进… /
        # 发布时间：…): the first title-like line of the page, right above the one the date follows. Which is the
        # title the rules cannot tell (a menu's row or a site's slogan stands there as often): the confidence weighs it.
        fa, fb = above.features, below.features
        if ("first_candidate" in fa and "next_meta" in fb and fb["position"] == fa["position"] + 1
                and not any(k in fa for k in ("next_meta", "org", "short", "site_lead", "person", "date_above", "repeated"))
                and "repeated" not in fb):
            fa["over_subtitle"] = fb["under_headline"] = 1.0
    for k, above in enumerate(out):  # a short form of the title above it (【栏目】某地行动观察 / 某某——某地行动观察):
        short = squeeze(above.text)       # the whole headline below holds it
        if len(short) >= 6:
            for below in out[k + 1:]:
                if short in [squeeze(p) for p in re.split(r"—{1,2}|--", below.text)] and len(squeeze(below.text)) >= len(short) + 4:
                    below.features["fuller"] = 1.0
                    break
    for line in texts[:6]:  # a sample site's opening line names the piece (下面是小编为大家整理的…，供大家参考。)
        m = INTRO_TITLE_RE.match(line) if len(line) <= 120 else None
        if m and is_title_like(tidy_title(m.group(1))) and not is_not_title(m.group(1)):
            text = tidy_title(m.group(1))
            out.append(TitleCandidate(text, {"intro": 1.0} | text_shape(squeeze(text), following_text(texts, 0))))
            break
    for line in lines:  # the page names its title in a labelled line (a footer's 标题：…, 转载请注明：站名 » 标题)
        m = ((TITLE_LINE_RE.match(line) or REPOST_TITLE_RE.match(line)) if len(line) <= 100 else None) \
            or (DOC_NOTICE_TITLE_RE.match(line) if line.startswith("本文") else None)
        text = m and tidy_title(unquote(m.group(1)))
        if text and m.re is DOC_NOTICE_TITLE_RE:
            text = FILE_NAME_TAG_RE.sub("", text)  # (…内容精.docx: the shop's 精 for 精选 behind the file's name)
        if text and is_title_like(text) and not is_not_title(m.group(1)) and text[-1:] not in "、，,；;":  # (…、: cut short)
            out.append(TitleCandidate(text, {"footer_label": 1.0} | text_shape(squeeze(text), following_text(texts, 0))))
    if trail and 6 <= len(trail) <= 60:
        out.append(TitleCandidate(trail, {"trail_only": 1.0} | text_shape(trail, following_text(texts, 0))))
    site_names = {c.text for c in out if "site_name" in c.features}
    for c in out:
        if c.text in site_names:
            c.features["site_name"] = 1.0  # the site's name again on a line of its own (its logo)
    return out


# What tidy_title takes off a line, by kind (readers and labellers differ on a column's name in front
# and a count behind: eval/LABELLING.md).
DECORATION_KINDS = (("cut:label", lambda t: TITLE_LABEL_RE.match(t)), ("cut:file", lambda t: FILE_NAME_RE.search(t)),
                    ("cut:heading", lambda t: GLUED_HEADING_RE.search(t)),
                    ("cut:site", lambda t: DASH_SITE_RE.search(t) or DASH_GENRE_RE.search(t) or TITLE_SEP_RE.search(t)),
                    ("cut:tag", lambda t: SITE_PREFIX_RE.match(t) or JOURNAL_PREFIX_RE.match(t) or SERIES_PREFIX_RE.match(t)),
                    ("cut:channel", lambda t: (m := CHANNEL_PREFIX_RE.match(t)) and is_channel_name(m.group(1))),
                    ("cut:column", lambda t: COLUMN_PREFIX_RE.match(t)), ("cut:count", lambda t: TAIL_TAG_RE.search(t)))


def decoration_kinds(line: str) -> list[str]:
    t = line.strip()
    return [name for name, found in DECORATION_KINDS if found(t)]


FOLLOWING_CHARS = 3000
# A line that stops on a function word or a comma is a fragment of a sentence (在今后学习和), not a title.
CLAUSE_CUT_END_RE = re.compile(r"[于和与及或的了在把被对从向将以为]$")
FRAGMENT_END_RE = re.compile(r"[和与及或的了在把被对从向、，,：:]$")


def spoken_part(line: str, tidy: str, following: str) -> str:
    """Of a line's parts between bars, the one the text below speaks of, where tidy_title kept one it does not
    (a column's or series' name is often longer than the title beside it: 推进某某建设之书写某某篇章 | 某地：…)."""
    parts = [tidy_title(p) for p in TITLE_SEP_RE.split(line.strip()) if p.strip()]
    parts = [p for p in parts if len(squeeze(p)) >= 6 and is_title_like(p) and not is_not_title(p)]
    if len(parts) < 2:
        return tidy
    overlap = {p: text_shape(squeeze(p), following).get("overlap", 0.0) for p in parts}
    best = max(parts, key=lambda p: (overlap[p], -parts.index(p)))
    kept = text_shape(squeeze(tidy), following).get("overlap", 0.0)
    return best if overlap[best] >= SPOKEN_PART_MIN and kept < SPOKEN_PART_LOW else tidy


# A label glued before a title with a colon (某某：…), and the title after it.
GLUED_LABEL_RE = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z0-9]{5,12})\s*[:：]\s*(\S.{5,})$")


PLACE_OR_UNIT_END_RE = re.compile(r"(?:局|委|部|厅|院|校|所|站|队|会|办|司|团|行|厂|矿|中心|街道|社区|村|镇|乡|县|市|区|省|州|旗)$")


def unspoken_label(label: str, rest: str, following: str) -> bool:
    """A label the text below hardly speaks of (under SPOKEN_PART_LOW of its two-character words) before a title it
    speaks of (at least SPOKEN_PART_MIN of its words; SPOKEN_PART_LOW where the label is never spoken of): a search term or a product a hijacked page glued on,
    not a place, unit or speaker the title names (某某开发区：…, whose text says 某某开发区)."""
    if re.search(DOC_NOUNS + "|党|团|学习", label) or PLACE_OR_UNIT_END_RE.search(label):
        return False  # a kind of writing or a party word (党校学习思想汇报：…): a sample site's column, read as the title's;
        # a unit or a place (某某区税务局：…) is what the title is about, whether the text names it or not
    label_said = text_shape(squeeze(label), following).get("overlap", 1.0)
    rest_said = text_shape(squeeze(rest), following).get("overlap", 0.0)
    return (label_said == 0.0 and rest_said >= SPOKEN_PART_LOW) or (label_said < SPOKEN_PART_LOW and rest_said >= SPOKEN_PART_MIN)


# A bar-separated part replaces the kept one when the text speaks of at least this share of its words and of
# under SPOKEN_PART_LOW of the kept part's (two-character words found in the text below: text_shape's overlap).
SPOKEN_PART_MIN, SPOKEN_PART_LOW = 0.5, 0.25


def following_text(texts: list[str], start: int) -> str:
    """The page's text from a line on (its first FOLLOWING_CHARS characters)."""
    out, size = [], 0
    for line in texts[start:]:
        out.append(line)
        size += len(line)
        if size >= FOLLOWING_CHARS:
            break
    return "".join(out)[:FOLLOWING_CHARS]


def text_shape(s: str, following: str) -> dict[str, float]:
    """Signals of a candidate's own text: how much of it the text below speaks of (the share of its
    two-character words found there: a title names what the text is about, a site's or a form's line
    does not), a fragment's end, Latin letters, a bracketed line, an exclamation."""
    f: dict[str, float] = {}
    han = [ch >= "\u4e00" and ch <= "\u9fff" for ch in s]
    pairs = {s[k:k + 2] for k in range(len(s) - 1) if han[k] and han[k + 1]}
    if pairs:
        f["overlap"] = round(sum(p in following for p in pairs) / len(pairs), 3)
    if len(s) >= 6 and s in following:  # the title again, in a line or a sentence of the text
        f["in_text"] = 1.0
    if FRAGMENT_END_RE.search(s):
        f["fragment"] = 1.0
    if len(re.findall(r"[A-Za-z]", s)) >= 2:
        f["latin"] = 1.0
    if re.fullmatch(r"[（(【\[].*[)）】\]]", s):
        f["bracketed"] = 1.0
    if s.endswith(("！", "!")):
        f["exclaims"] = 1.0
    return f


def choose_by_rules(candidates: list[TitleCandidate]) -> tuple[TitleCandidate | None, float | None]:
    """The hand-set rules' choice and its score: the first candidate of the highest rule score (the
    breadcrumb's last part only when nothing else offers itself; a sample site's lead-in naming the piece
    over a title guessed from the shape of the text's first line, not over a head line of its own)."""
    best, best_score = None, -99.0
    for c in candidates:
        score = c.rule_score()
        if "trail_only" in c.features:  # (over a line too short to name anything, which only its place spoke for)
            return (c, 1.0) if best is None or (best_score < 0 and "short" in best.features) else (best, best_score)
        if score > best_score:
            best, best_score = c, score
    if best is not None and any(k.startswith("glued") for k in best.features):
        # 下面是小编为大家整理的《X》，供大家参考。 above a first paragraph that only reads like a title glued to its text
        intro = next((c for c in candidates if "intro" in c.features), None)
        if intro is not None:
            return intro, intro.rule_score()
    return best, (best_score if best is not None else None)


def choose_title(lines: list[str], ctx: Context, is_junk, is_menu=lambda line: False) -> str | None:
    """Pick the page's title among its candidates (the fitted chooser's pick where it was adopted, else
    the rules'); ctx.title_score is the fitted confidence that it is right (0–1)."""
    if (letter := letter_title(lines)) is not None:
        ctx.title_score = LETTER_TITLE_CONFIDENCE
        return letter
    if (entry := entry_title(lines)) is not None:
        ctx.title_score = LETTER_TITLE_CONFIDENCE
        return entry
    candidates = title_candidates(lines, is_junk, is_menu)
    if not candidates:
        ctx.title_score = None
        return None
    model = load_title_model()
    scores = [model_score(model.weights, c.features) for c in candidates]
    rule_choice = candidates.index(choose_by_rules(candidates)[0])
    choice = best_candidate(scores) if model.adopt else rule_choice
    ctx.title_score = confidence(model, confidence_features(candidates, scores, choice, rule_choice))
    if "joined_guess" in candidates[choice].features:
        ctx.title_score = min(ctx.title_score, GUESSED_JOIN_CONFIDENCE)
    return candidates[choice].text


GUESSED_JOIN_CONFIDENCE = 0.3  # below the doubt threshold (title_model.TitleModel.threshold, 0.5 as fitted)


# An encyclopedia entry's name alone on the page's first line (某某村, 国家某某总局, 某某（组织）), and its text's first
# paragraph, a line or two below, opening on that name as the subject of a definition (某某村位于…, 某某是负责…的机构).
ENTRY_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:[（(][\u4e00-\u9fff\w]{1,12}[)）])?$")
ENTRY_DEFINITION_RE = re.compile(r"(?:[（(][^）)]{1,40}[)）])?[，,]?(?:是|位于|地处|坐落于|隶属于|又称|简称|全称|原名|原称|旧称|别称|"
                                 r"指的是|是指|成立于|始建于|创建于|组建于)")
# A phrase describing the entry (某某系统的主要行车部门), not a headline about it (某某集团召开…会议, 深化… 助力…).
ENTRY_DESCRIPTION_RE = re.compile(r"^[\u4e00-\u9fff]{2,18}的[\u4e00-\u9fff]{2,10}$")
ENTRY_LINES = 3  # the name, perhaps a line describing the entry (某某系统的主要部门, the entry's full name), its text


def entry_title(lines: list[str]) -> str | None:
    """The name of an encyclopedia entry (ENTRY_NAME_RE) that the first paragraph under it defines (ENTRY_DEFINITION_RE):
    the entry's title, though a line of a few characters reads as a channel's name and the line under it as a headline."""
    filled = [l.strip() for l in lines if l.strip()][:ENTRY_LINES]
    if len(filled) < 2 or not ENTRY_NAME_RE.match(filled[0]):
        return None
    name = re.sub(r"[（(].*", "", filled[0])
    for i, line in enumerate(filled[1:], 1):
        if len(line) >= 30 and line.startswith(name) and ENTRY_DEFINITION_RE.match(line, len(name)):
            return filled[0]
        if len(line) > 30 or ends_sentence(line) or not (line.endswith(name) or ENTRY_DESCRIPTION_RE.match(line)):
            return None  # (only the entry's full name or a phrase describing it stands between the name and its definition)
    return None



# A letter's kind alone on its line (思想汇报, 2024年第一季度入党积极分子思想汇报, 入党申请书) right over its salutation
# (敬爱的党组织：): the letter's title, though a sample site's channel has the same name.
LETTER_KIND_RE = re.compile(r"^[\u4e00-\u9fff\d]{0,16}(?:思想汇报|申请书|入党申请|转正申请|倡议书|承诺书|决心书|保证书|感谢信|慰问信|"
                            r"公开信|表扬信|检讨书|自荐信|推荐信)(?:[（(][^)）]{1,12}[)）])?$")
SALUTATION_LINE_RE = re.compile(r"^(?:敬爱的|尊敬的|亲爱的)[^：:，。]{1,16}[：:]$|^[^：:，。]{0,10}(?:党组织|党支部|党委|团组织)[：:]$")
LETTER_TITLE_CONFIDENCE = 0.95  # above the doubt threshold (0.92 as fitted): the structure says it
LETTER_HEAD_LINES = 12


def letter_title(lines: list[str]) -> str | None:
    """The kind of a letter over its salutation in the page's first lines (LETTER_KIND_RE, SALUTATION_LINE_RE)."""
    filled = [l.strip() for l in lines if l.strip()][:LETTER_HEAD_LINES]
    for line, nxt in zip(filled, filled[1:]):
        if len(line) <= 30 and "：" not in line and LETTER_KIND_RE.match(squeeze(line)) and SALUTATION_LINE_RE.match(squeeze(nxt)):
            return line
    return None


# A role and a name on one short line, under a speech's or report's title.
OFFICE = r"(?:书记|副书记|董事长|总经理|经理|主任|部长|处长|局长|院长|校长|主席|总裁|委员|党员|同志|支部书记)"
# (党支部书记培训教案 names a document: a name has no document word in it)
# (a name never opens on a word of grammar: 预备党员的发展 is a heading, not 预备党员 + 的发展)
# (several offices in a row, 市政协常委、市某某局局长 某某; a lost space or dot before the name read as '?')
PERSON_LINE_RE = re.compile(f"^(?:[{CJK}]{{2,12}}、)?[{CJK}]{{0,10}}{OFFICE}\\s*(?:[?？·•]\\s*)?(?!\\S*(?:培训|教案|材料|报告|讲话|心得|体会|总结|计划|方案|工作|发言|方面|管理|建设|情况|问题|活动|制度|服务|教育|作用|风采|形象))(?![的之和与及是在为对])([{CJK}][{CJK}·]{{1,3}})$")
# More roles, with a space and a name behind (党员代表 某某, 某某团团长 某某: a photo's caption or a speaker's line);
# the name must open on a surname (党员代表大会 is no one).
ROLE_AND_NAME_RE = re.compile(f"^[{CJK}]{{0,10}}(?:代表|团长|队长|组长|馆长|所长|站长|科长|会长|社长|厂长|行长|教授|老师|指导员)"
                              f"\\s+([{CJK}]{{2,3}})$")


def is_role_and_name(line: str) -> bool:
    """党员代表 某某, 某某项目部 某某: who is pictured or who wrote it (the name opens on a surname)."""
    s = line.strip()
    if (m := ROLE_AND_NAME_RE.match(s)) and m.group(1)[0] in SURNAMES and m.group(1)[0] != "党":
        return True
    return bool(UNIT_NAME_RE.match(s)) and s.split()[-1][0] in SURNAMES and s.split()[-1][0] != "党"  # (某某主任 党课)


ORG_NAME_RE = re.compile(r"(?:委员会|人民政府|政府|公司|集团|网|门户|网站|频道|文库|党建|公众号)$|"
                         # a unit's bare name (中共某某市委组织部, 某某公司党委办公室), not a phrase (凉亭里的党支部)
                         # (or two of them side by side, a notice's signing offices: 中共某某区教育工作委员会  某某区教育局)
                         r"^(?:[^的里在与和“”：:，,、\s]{2,20}(?:组织部|宣传部|办公室|办公厅|党委|党组|党工委|党支部|总支|纪委|监委|委员会|人民政府|"
                         r"局|厅|学院|大学|医院|街道|社区|中学|小学|学校|幼儿园|研究室|研究所|研究院|研究中心|地方志馆|档案馆)\s*)+$")

# A unit's bare name: 某某市某某小学, 中共某某县委组织部.
# (one unit, short: a headline can end in a unit's word too, 第一党支部获评…示范党支部)
UNIT_ONLY_RE = re.compile(r"^[^的里在与和“”：:，,、\s]{2,12}(?:组织部|宣传部|办公室|党委|党组|党工委|党支部|总支|纪委|委员会|人民政府|"
                          r"局|学院|大学|医院|街道|社区|中学|小学|学校|幼儿园|研究所|研究院|研究中心|学系|系)$")


def unquote(text: str) -> str:
    """A title as a label gives it: without the quotes around it (标题：“…”), with those inside it (…“清单”)."""
    text = text.strip()
    inner = text[1:-1]
    return inner.strip() if (len(text) > 2 and text[0] in "“\"'" and text[-1] in "”\"'"
                             and not any(q in inner for q in "“”\"'")) else text


# ---- byline ------------------------------------------------------------------------------------

ORG_RE = re.compile(r"(?:公司|集团|大学|学院|学校|委员会|党委|党支部|支部|局|厅|院|所|中心|矿|厂|银行|医院|研究会|协会|部|处|站|办公室|总队|支队)")
NAME = f"[{CJK}][{CJK}·]{{1,3}}"
BYLINE_PAREN_RE = re.compile(r"^[（(]\s*作者\s*[:：]\s*([^）)]+)[）)]$")
NEXT_LABEL_RE = re.compile(r"\s+(?=(?:责任编辑|编辑|责编|审核|校对|来源|出处|日期|时间|发布时间|发布日期|浏览次数|浏览|点击|阅读)\s*[:：])")
AUTHOR_LINE_RE = re.compile(r"^(?:作者(?:姓名)?|文|图文|撰稿|执笔|撰文|撰写)\s*[:：/／]\s*(.{2,60})$")
NAMES_LINE_RE = re.compile(f"^{NAME}(?:[ 、，,]+{NAME}){{0,5}}$")
# Each writer's name, a comma, the unit and rank, writers parted by semicolons (某某,某某大学某某学院教授、博导;某某,…).
NAME_UNIT_PAIR_RE = re.compile(f"^\\s*({NAME})\\s*[，,]\\s*([^；;，,]{{4,40}}?)\\s*$")
RANK_TAIL_RE = re.compile(r"(?:[、，,\s]*(?:副?教授|博士生导师|博导|硕导|博士研究生|硕士研究生|博士后|博士生|硕士生|研究生|博士|硕士|讲师|助教|"
                          r"副?研究员|助理研究员|高级工程师|工程师|副?主任|副?院长|副?书记|副?部长|职员))+$")


UNIT_LETTER_RE = re.compile(r"(?:^|(?<=\s))[a-h]\s*[.．]\s*")
LONG_AUTHOR_LINE_RE = re.compile(r"^\s*作者\s*[:：]\s*(.{6,200})$")


def name_unit_pairs(line: str) -> list[tuple[str, str]]:
    """The writers of a byline (作者: 某某,某某大学某某学院教授、博导;某某,…) that gives each one's unit and rank after
    the name (NAME_UNIT_PAIR_RE), with the units without the ranks; [] when the value is not all such pairs, or a
    name does not open on a surname."""
    if not (byline := LONG_AUTHOR_LINE_RE.match(line)):
        return []
    value = NEXT_LABEL_RE.split(byline.group(1), 1)[0]
    chunks = [c for c in re.split(r"[；;]", value) if c.strip()]
    pairs = []
    for chunk in chunks:
        m = NAME_UNIT_PAIR_RE.match(chunk)
        if not m or m.group(1)[0] not in SURNAMES or not ORG_RE.search(m.group(2)):
            return []
        pairs.append((m.group(1), RANK_TAIL_RE.sub("", m.group(2)).strip()))
    return pairs
# A commentary's byline: the paper's or site's commentator, perhaps with the writer's name (the separator may be
# a character the page lost: ?).
COMMENTATOR_LINE_RE = re.compile(f"^((?:[\u4e00-\u9fff]{{0,8}}(?:报|网|社|台|谈|刊|志|号|频道)|本报|本刊|本网|本台)(?:特约)?评论员)"
                                 f"\\s*(?:[?？·•:：/／]\\s*)?({NAME})?$")
AFFIL_LINE_RE = re.compile(r"^[（(](.{4,120})[)）]$")
ORG_ENDS = ("网", "报", "社", "台", "站", "号", "刊", "部", "局", "委", "办", "院", "所", "厅", "处", "会")
# (… or with its day only, one or two names glued on: 2023-09-16某某, 2024-12-26某某某某某某)
STAMPED_NAME_RE = re.compile(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*([\u4e00-\u9fff·]{2,6})\s*$")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒")


def stamped_names(glued: str) -> list[str]:
    """The one or two names glued after a page's date: six characters are two names of three, four two of two
    unless a double surname opens them."""
    if len(glued) == 6 and glued[3] in SURNAMES:
        return [glued[:3], glued[3:]]
    if len(glued) == 4 and not glued.startswith(COMPOUND_SURNAMES) and glued[2] in SURNAMES:
        return [glued[:2], glued[2:]]
    return [glued] if len(glued) <= 4 else []
# (the next label glued on behind the last name: 作者:某某 某某来源:某某报)
# The writers' names before their role after a slash, in an author's field (作者:某某队 某某 某某/文 某某/图).
WRITERS_SLASHED_RE = re.compile(r"作者\s*[:：][^:：/]*?((?:[\u4e00-\u9fff·]{2,3}\s+){0,3}[\u4e00-\u9fff·]{2,3})\s*/\s*(?:文|撰稿|撰文)(?![\u4e00-\u9fff])")
# A paper's note on its writer, the name first (【作者简介】某某，某某大学教授…; （某某，某某大学某某研究所教授。）).
AUTHOR_BIO_RE = re.compile(r"^\s*(?:[【\[〔(（]?\s*作者简介\s*[】\]〕)）]?\s*[:：]?|[【\[〔]\s*作\s*者(?:单位)?\s*[】\]〕]\s*[:：]?|[（(](?=[\u4e00-\u9fff·]{2,4}[,，][^（()）]{4,80}(?:教授|研究员|讲师|博士|主任|书记|院长|所长)))"
                           r"\s*([\u4e00-\u9fff·]{2,4})\s*[（(,，:：]")
NEXT_LABEL = r"(?:来源|责任编辑|编辑|责编|发布|时间|日期|审核|审稿|校对|摄影|点击|浏览)\s*[:：]"
AUTHOR_IN_META_RE = re.compile(f"(?:作者|记者|通讯员|送交者)\\s*[:：]\\s*(?:文\\s*[/／]\\s*)?({NAME}(?:[、，,;；]\\s*{NAME}|\\s(?!\\s)(?!{NEXT_LABEL}|责任编辑){NAME}(?=\\s|$|{NEXT_LABEL}))*)"
                               f"(?=\\s|$|[|｜]|{NEXT_LABEL})")
# … with the next label glued on (作者:某某某审稿:某某): a name on a surname, before a label of the page's staff.
AUTHOR_GLUED_RE = re.compile(f"(?:作者|记者|通讯员)\\s*[:：]\\s*(?:文\\s*[/／]\\s*)?({NAME})(?=(?:审稿|审核|编辑|责编|责任编辑|校对|摄影|点击|浏览|时间|日期|发布时间|来源)\\s*[:：])")
# A page's author field holding the writer's unit, then the name (作者:某某企业文化研究中心 某某 | 发布时间:…).
AUTHOR_UNIT_META_RE = re.compile(f"作者\\s*[:：]\\s*([\u4e00-\u9fff]{{4,24}})\\s+({NAME})(?=\\s*[|｜]|\\s*$|\\s+{NEXT_LABEL})")
# Who told or wrote a diary's or a story's text, their unit and post before the name (讲述者：某某医院 ICU 主管护师 某某).
NARRATOR_LINE_RE = re.compile(r"^\s*(讲述者|讲述人|口述|撰写人|撰稿人|执笔人|执笔|整理)\s*[:：]\s*(?:.{0,40}?\s)?([\u4e00-\u9fff]{2,3})\s*$")
# A page's author field holding a unit alone (作者:教工第一党支部 发布时间:…).
AUTHOR_ORG_META_RE = re.compile(r"作者\s*[:：]\s*([\u4e00-\u9fff（）()]{4,30})(?=\s*[|｜]|\s*$|\s+[\u4e00-\u9fff]{2,6}\s*[:：])")
UNIT_NAME_END_RE = re.compile(r"(?:党支部|党总支|党委|党组|支部|委员会|公司|集团|大学|学院|学校|中心|研究院|研究所|研究会|协会|办公室|局|厅|处|科|部|队|站|所|院|街道|社区|镇|乡|村)$")
# A byline without a colon: the label and the names parted by a space (作者 某某 某某), the names before their
# role behind a bar (某某 某某|文), a reporter of an outlet with the page's next field two spaces on (某某社记者 某某  来源：…).
BARE_BYLINE_RE = re.compile(f"^\\s*(?:作者|撰文|撰稿|执笔)\\s+({NAME}(?:\\s+{NAME}){{0,4}})\\s*$"
                            f"|^\\s*({NAME}(?:[\\s、，,]+{NAME}){{0,4}})\\s*[|｜/／丨]\\s*(?:文|撰文|撰稿|文图|图文|文/图)\\s*$"
                            f"|^\\s*(?:[\u4e00-\u9fff]{{1,10}}(?:社|报|网|台)|本报|本台|本网)?(?:特约|见习|实习|首席)?记者\\s+"
                            f"({NAME}(?:[\\s、]{NAME}){{0,3}})(?=\\s{{2,}}|\\s*{NEXT_LABEL}|\\s*$)")
# 原创 张三 某某党建 2023-04-05 18:30 (public-account articles): the author precedes the account name.
WECHAT_BYLINE_RE = re.compile(f"^原创\\s+({NAME})\\s+\\S+(?:\\s+(?:19|20)\\d{{2}}[-年].*)?$")
AFFIL_LABEL_RE = re.compile(r"^(?:作者单位|单位|作者所在单位)\s*[:：]\s*(.{4,120})$")


# Role words that stand before names in bylines (作者：通讯员 王芳) and are not names themselves.
ROLE_WORDS = {"通讯员", "记者", "本报记者", "特约记者", "见习记者", "实习生", "编辑", "责任编辑", "摄影", "供稿",
              "撰稿", "执笔", "整理", "报道", "本报", "本刊", "本站", "作者", "文图", "图文", "通讯", "特约",
              "党建", "党务", "党员", "党课", "党史", "党风", "党纪"}  # (words a surname opens: 党建 over the text is its column)


OFFICE_END_RE = re.compile(r"(?:书记|委员|主任|部长|处长|局长|院长|校长|主席|经理|董事长|总裁|科长|所长|站长|队长|会长|社长|厂长|行长|馆长|秘书长|监事)$")


def split_names(s: str) -> list[str]:
    # (作者：含义网: a site credits itself; 某某网, 某某号 are outlets, not writers)
    # (作者：某某发布时间：…: the next label glued on; 作者：综合, 作者：发表时间：…: the page's words, no name)
    names = [GLUED_LABEL_TAIL_RE.sub("", n) for n in re.split(r"[\s、，,;；]+", s)]
    # (文/某某 某某局党委委员、纪委书记: the writer's offices after the name are no one's name)
    return list(dict.fromkeys(n for n in names if re.fullmatch(NAME, n) and n not in ROLE_WORDS and not OFFICE_END_RE.search(n)
                              and not n.endswith(OUTLET_ENDS) and not PAGE_WORD_RE.search(n)))


OUTLET_ENDS = ("网", "号", "站", "社")
GLUED_LABEL_TAIL_RE = re.compile(r"(?<=..)(?:发布|发表|更新|来源|时间|日期|浏览|点击)$")
PAGE_WORD_RE = re.compile(r"^(?:知识|佚名|未知|不详|匿名)$|发布|发表|更新|来源|时间|日期|浏览|点击|综合|信息|文章|稿件|添加|管理|编辑|转载|原创|网站|本站")


def split_affiliations(s: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[，,;；]", s)]
    return [p for p in parts if p and ORG_RE.search(p) and not re.search(r"\d{6}", p)]


BULLETED_ITEM_RE = re.compile(r"^\s*[•·●▪-]\s*(\S{1,8})\s*$")
JOURNAL_TABS = frozenset("全文 摘要 图表 参考文献 作者 出版信息 相关文章 引用本文 导出引用 文章指标 评论 附件 资源附件 本文图片 访问统计 HTML PDF".split())


def bulleted_run(lines: list[str], i: int) -> list[int]:
    """The indices of the run of one-word bulleted lines starting at i (blank lines between them allowed)."""
    run, k = [], i
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        if not BULLETED_ITEM_RE.match(lines[k]):
            break
        run.append(k)
        k += 1
    return run


LONE_NAME_IN_BRACKETS_RE = re.compile(r"^\s*[（(]([\u4e00-\u9fff]{2,3})[)）]\s*$")
CLOSING_WORDS = frozenset({"全文完", "完", "待续", "未完", "续完", "本文完"})


def is_person_name(word: str) -> bool:
    return 2 <= len(word) <= 3 and word[0] in SURNAMES and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word)) \
        and not ORG_RE.search(word) and word not in JOURNAL_TABS and word not in ROLE_WORDS


# A writer's unit and name on one line, a space between (某某集团有限公司纪检监察组 某某): the unit ends on a word of an
# organisation or one of its offices.
UNIT_THEN_NAME_RE = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,30}(?:公司|集团|大学|学院|学校|委员会|党委|党组|纪检监察组|纪委|"
                               r"监委|党支部|党总支|局|厅|中心|银行|医院|研究院|研究所|党校|办公室|部|镇|乡|街道|社区))\s+([\u4e00-\u9fff]{2,3})\s*$")
# What a unit did for the site or the piece, after its name (某某集团  主办: the site's sponsor), read as no one's name.
SPONSOR_WORDS = frozenset({"主办", "承办", "协办", "主管", "出品", "监制", "制作", "供稿", "撰稿", "编辑", "发布", "宣"})
# … and the same signed with a dash, as a school's essay is (——某某小学 某某): the unit's name may be short.
DASH_UNIT_NAME_RE = re.compile(r"^\s*(?:——|—|--)\s*([\u4e00-\u9fff（）()]{2,30}(?:公司|集团|大学|学院|学校|小学|中学|幼儿园|委员会|党委|"
                               r"党支部|党总支|局|中心|医院|社区|街道|办公室|部))\s+([\u4e00-\u9fff]{2,3})\s*$")


# A unit's line with its city and postcode, in brackets or not (（某某大学马克思主义学院 上海 200444）, 某某党校，浙江台州 318001).
UNIT_POSTCODE_LINE_RE = re.compile(r"^[（(]?[^（()）\d]{4,60}?\s*\d{6}\s*[)）]?$")


def is_unit_with_postcode(line: str) -> bool:
    return bool(AFFIL_CITY_POSTCODE_RE.match(line) or (UNIT_POSTCODE_LINE_RE.match(line) and ORG_RE.search(line)))


# A unit's name (a department, a branch) and a person's name a space apart, alone on a line or behind a paragraph's
# last sentence (…发展。 某某支部   某某某): a report's closing credit.
UNIT_AND_NAME_RE = re.compile(r"(?:^|(?<=[。！？”]))\s*([\u4e00-\u9fff]{1,20}(?:部|处|科|室|办|中心|支部|党支部|党总支|委员会|委会|车间|班组|分会))"
                              r"[ \u3000]+([\u4e00-\u9fff]{2,3})\s*$")


# Words for a group that read like a name after a unit's (某某支部 全体, 某某部 全员): who took part, no writer.
GROUP_WORDS = frozenset({"全体", "全员", "党员", "同志", "职工", "员工", "干部", "群众", "师生", "同学", "成员", "委员", "代表"})


def extract_byline(lines: list[str], ctx: Context) -> list[str]:
    """Move author names and affiliations out of the text into the context."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line[:4].lstrip()[:1] in "讲口撰执整" and len(line) < 100 and (m := NARRATOR_LINE_RE.match(line)) and m.group(2)[0] in SURNAMES:
            ctx.authors += [m.group(2)] if m.group(2) not in ctx.authors else []  # 讲述者：某某医院 主管护师 某某: the credit goes
            ctx.removed("byline", line)
            i += 1
            continue
        if line.lstrip()[:1] in "•·●▪-" and not any(len(l) >= 40 for l in out):
            run = bulleted_run(lines, i)
            items = [BULLETED_ITEM_RE.match(lines[k]).group(1) for k in run]
            named = next((n for n, t in enumerate(items) if not is_person_name(t)), len(items))
            if named >= 2:  # • 某某某 / • 某某 / …: an e-journal's list of the paper's authors under its title
                run, kind = run[:named], "byline"
                ctx.authors += [t for t in items[:named] if t not in ctx.authors]
            elif len(items) >= 3 and all(t in JOURNAL_TABS for t in items):
                kind = "site-chrome"  # • 全文 / • 图表 / • 参考文献 / • 出版信息: the e-journal's tabs, no part of the paper
            else:
                run = []
            if run:
                for k in range(i, run[-1] + 1):
                    if lines[k].strip():
                        ctx.removed(kind, lines[k])
                i = run[-1] + 1
                continue
        if line.lstrip()[:1] in "【[〔" and (labelled := WRITER_UNIT_LABEL_RE.match(line)) and labelled.group(1)[0] in SURNAMES:
            # 【作者单位】某某，某某基金会。: a journal database's writer and unit, wherever the page puts them
            ctx.authors += [labelled.group(1)] if labelled.group(1) not in ctx.authors else []
            ctx.affiliations += [labelled.group(2)] if labelled.group(2) not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        m = BYLINE_PAREN_RE.match(line)
        if m:
            tokens = m.group(1).split()
            names = [t for t in tokens if re.fullmatch(NAME, t) and not ORG_RE.search(t)]
            orgs = [t for t in tokens if t not in names]
            if names:
                ctx.authors += [n for n in names if n not in ctx.authors]
                ctx.affiliations += [o for o in split_affiliations("，".join(orgs)) or orgs if o not in ctx.affiliations]
                ctx.removed("byline", line)
                i += 1
                continue
        m = AUTHOR_LINE_RE.match(line)
        if m and not ends_sentence(line):
            val = NEXT_LABEL_RE.split(m.group(1), 1)[0]  # (作者:某某 某某 责任编辑:某某 来源:…: the names end at the next label)
            inner = re.search(r"[（(](.+?)[)）]", val)
            names = split_names(re.sub(r"[（(].*?[)）]", " ", val))
            if names:
                ctx.authors += [n for n in names if n not in ctx.authors]
                if inner:
                    ctx.affiliations += [a for a in split_affiliations(inner.group(1)) if a not in ctx.affiliations]
                ctx.removed("byline", line)
                i += 1
                continue
        if ctx.authors and AFFIL_BARE_RE.match(line.strip()) and not any(len(l) >= 40 and squeeze(l) != squeeze(ctx.title or "") for l in out) and (
                (named := set(split_names(unpad_names(above := next((l for l in reversed(lines[:i]) if l.strip()), ""))))) and named <= set(ctx.authors)
                or (ctx.title and squeeze(above) == squeeze(ctx.title))):
            # 某某某 / 中共某某市委党校: the unit on the line under the writer's name (the name's line may have gone already)
            ctx.affiliations += [line.strip()] if line.strip() not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        if ctx.authors and not any(len(l) >= 40 for l in out) and AFFIL_CITY_RE.match(line.strip()):
            # 某某研究院有限公司 上海 under the writer's name: the unit the writer writes from, and its city
            unit = re.split(r"\s+", line.strip())[0]
            ctx.affiliations += [unit] if unit not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        m = COMMENTATOR_LINE_RE.match(line.strip())
        if m and i < 12:  # 某某报评论员 / 某某谈评论员·某某: a commentary's byline above its text
            name, role = m.group(2), m.group(1)
            if name and not ORG_RE.search(name):  # the writer, and the role he writes in (某某谈评论员)
                ctx.authors += [name] if name not in ctx.authors else []
                ctx.affiliations += [role] if role not in ctx.affiliations else []
            elif line.strip().rstrip("?？·• ") not in ctx.authors:
                ctx.authors.append(line.strip().rstrip("?？·• "))
            ctx.removed("byline", line)
            i += 1
            continue
        if out and (" " in line or "\u3000" in line) and (m := UNIT_AND_NAME_RE.search(line)) and is_person_name(m.group(2)) and not ORG_RE.search(m.group(2)) \
                and m.group(2) not in GROUP_WORDS \
                and any(len(l) >= 40 for l in out + ([line[: m.start()]] if m.start() else [])) \
                and not any(len(l.strip()) >= 20 for l in lines[i + 1:]):
            # 运营部 某某 under the last paragraph, or glued on behind it (…高质量发展。 某某支部   某某某): the writer and the
            # unit they write for, as a report closes
            ctx.authors += [m.group(2)] if m.group(2) not in ctx.authors else []
            ctx.affiliations += [m.group(1)] if m.group(1) not in ctx.affiliations else []
            ctx.removed("byline", m.group(0))
            if m.start():
                out.append(line[: m.start()].rstrip())
            i += 1
            continue
        if (m := LONE_NAME_IN_BRACKETS_RE.match(line)) and is_person_name(m.group(1)) and m.group(1) not in CLOSING_WORDS \
                and any(len(l) >= 40 for l in out) and not any(len(l.strip()) >= 20 for l in lines[i + 1:]):
            # (某某某) alone under the last paragraph: the reporter's credit, as at a paragraph's end
            ctx.authors += [m.group(1)] if m.group(1) not in ctx.authors else []
            ctx.removed("byline", line)
            i += 1
            continue
        if is_name_list(line) and not any(len(l) >= 40 for l in out) and (
                is_unit_with_postcode(next((l for l in lines[i + 1:] if l.strip()), "").strip())
                or (ctx.authors and set(split_names(unpad_names(line))) <= set(ctx.authors))):
            # 某某某 / （某某市委党校，浙江台州 318001）: the writer over the unit, which the next line's turn takes; or
            # the writers named already (by a time stamp above: 2023-02-07 20:09某某某) on a line of their own again
            ctx.authors += [n for n in split_names(unpad_names(line)) if n not in ctx.authors]
            ctx.removed("byline", line)
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1  # (the blank lines between the name and the unit go with the name)
            continue
        # (… or all the writers, one of them read already from the page's data: 2022-12-29某某 / … / 某某，某 某)
        if NAMES_LINE_RE.match(unpad_names(line)) and (not ctx.authors or (len(ctx.authors) == 1 and not any(len(l) >= 40 for l in out)
                                                                          and ctx.authors[0] in split_names(unpad_names(line)))):
            j = i + 1
            while j < len(lines) and not lines[j]:
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            am = AFFIL_LINE_RE.match(nxt)
            if am and ORG_RE.search(am.group(1)):
                ctx.authors += [n for n in split_names(unpad_names(line)) if n not in ctx.authors]
                # (复旦大学 a.某某学院，上海 200433；b.某某研究院: the units' letters go)
                units = [re.sub(r"\s+", "", UNIT_LETTER_RE.sub("", u)) for u in split_affiliations(am.group(1)) or [am.group(1)]]
                ctx.affiliations += [u for u in units if u and u not in ctx.affiliations]
                ctx.removed("byline", line)
                ctx.removed("byline", nxt)
                i = j + 1
                continue
            # a paper's or report's byline: names alone under the title or above the abstract (某某 某某 / 摘要：…)
            prev = next((l for l in reversed(out) if l), "")
            # (… or alone over the text at the page's top, or under the subtitle: the title's line went elsewhere)
            if is_name_list(line) and (re.match(r"^\s*[【\[]?(?:摘\s*要|内容提要|提要)", nxt) or (
                    ctx.title and squeeze(prev) == squeeze(ctx.title)) or (
                    (not prev or SUBTITLE_START_RE.match(prev) or KEYWORDS_PREV_RE.match(prev))
                    and len(nxt.strip()) >= 40 and ends_sentence(nxt)) or (
                    # (alone at the page's top over a short first sentence that is not about the person: 某某 / 说起…那年说起。)
                    not prev and 15 <= len(nxt.strip()) and ends_sentence(nxt) and not nxt.strip().startswith(line.strip()[:2])) or (
                    # (… or at the top over the title's line or a question: 某某 / 问：什么是党组织关系？)
                    not prev and ((ctx.title and len(ctx.title) >= 4 and squeeze(ctx.title) in squeeze(nxt))
                                  or re.match(r"^\s*(?:问|提问|问题)\s*[:：]", nxt))
                    and not nxt.strip().startswith(line.strip()[:2])
                    and all(is_person_name(n) and not n.endswith(PUBLICATION_ENDS + PLACE_ENDS) for n in split_names(unpad_names(line))))):
                ctx.authors += [n for n in split_names(unpad_names(line)) if n not in ctx.authors]
                ctx.removed("byline", line)
                i += 1
                continue
        if AFFIL_CITY_POSTCODE_RE.match(line.strip()) and not any(len(l) >= 40 for l in out):
            # 某某大学 某某学院，广州 510632 over the text: the writers' units, with the city and its postcode
            for unit in AFFIL_UNIT_RE.findall(line.strip()):
                unit = re.sub(r"\s+", "", unit)
                ctx.affiliations += [unit] if unit not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        if (m := UNIT_THEN_NAME_RE.match(line) or DASH_UNIT_NAME_RE.match(line)) and m.group(2)[0] in SURNAMES and not ORG_RE.search(m.group(2)) \
                and m.group(2) not in SPONSOR_WORDS \
                and not any(len(l) >= 40 for l in out) and len(out) <= 6:
            # 某某集团有限公司纪检监察组 某某 under the title: the writer's unit, then the writer
            ctx.authors += [m.group(2)] if m.group(2) not in ctx.authors else []
            ctx.affiliations += [m.group(1)] if m.group(1) not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        if is_name_with_unit(line) and not any(len(l) >= 40 for l in out):
            m = NAME_UNIT_RE.match(line)  # 某某（挂职市委组织部） over the text: the writer and the unit
            ctx.authors += [m.group(1)] if m.group(1) not in ctx.authors else []
            ctx.affiliations += [m.group(2)] if m.group(2) not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        if (numbered := NUMBERED_NAMES_RE.match(line)) and not any(len(l) >= 40 and squeeze(l) != squeeze(ctx.title or "") for l in out):
            names = [n for n in re.split(r"[\d,，、\s*]+", numbered.group(0)) if n]
            if names and all(n[0] in SURNAMES for n in names):  # 张某某1,2 李某2: a paper's writers with their units' numbers
                ctx.authors += [n for n in names if n not in ctx.authors]
                ctx.removed("byline", line)
                i += 1
                continue
        names_after_mark = line.lstrip()[1:].strip() if line.lstrip()[:1] == "◎" else ""
        if names_after_mark and is_name_list(names_after_mark) and not any(len(l) >= 40 for l in out):
            # ◎某某某 某某: a journal's mark before its authors' names, over the text
            ctx.authors += [n for n in split_names(names_after_mark) if n not in ctx.authors]
            ctx.removed("byline", line)
            i += 1
            continue
        credit = credit_line_names(line) if len(line) <= 50 else None
        if credit and not any(len(l) >= 40 for l in out):  # ●某某 某 某, 文=某某, 某某局 某某某, 本刊记者 某某 文 over the text
            ctx.authors += [n for n in credit[0] if n not in ctx.authors]
            ctx.affiliations += [credit[1]] if credit[1] and credit[1] not in ctx.affiliations else []
            ctx.removed("byline", line)
            i += 1
            continue
        m = BOX_BYLINE_RE.match(line)
        if m and not any(len(l) >= 40 for l in out):  # under the title, before the text (a box is also a check box: □同意)
            ctx.authors += [n for n in split_names(m.group(1)) if n not in ctx.authors]
            ctx.removed("byline", line)
            i += 1
            continue
        m = PERSON_LINE_RE.match(line)
        # glued to the office with no space, the name must open on a surname (农村党员队伍结 is cut-off text)
        if (m and not ctx.authors and len(line) <= 20 and m.group(1) not in ROLE_WORDS
                and (re.search(r"\s", line.strip()) or m.group(1)[0] in SURNAMES)):
            ctx.authors.append(m.group(1))
            ctx.removed("byline", line)
            i += 1
            continue
        m = AFFIL_LABEL_RE.match(line)
        if m and ctx.authors:
            ctx.affiliations += [a for a in split_affiliations(m.group(1)) if a not in ctx.affiliations]
            ctx.removed("byline", line)
            i += 1
            continue
        out.append(line)
        i += 1
    return out
