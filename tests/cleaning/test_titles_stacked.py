"""Title kinds of round 12, by kind: a headline over its subtitle with the date under the subtitle (warned); a column's
name beside the title between bars; a platform badge (某某报官方微信) above the article; an issue's data line
(期次：…  查看：…); a headline of spaced phrases holding a quoted term; a category after a dash or a
composition site's word behind a question. Inputs are written for these tests in the style of such pages
(no text from a real page)."""
from __future__ import annotations

import pytest

from build_scripts.cleaning.metadata import is_not_title, tidy_title

from .helpers import STREET_BODY as BODY, candidate_texts as candidates, clean_page as clean

# A news text about a street's party-member volunteers (the words of the titles below come back in it).
VOLUNTEER_BODY = ("某某街道组织党员志愿者走进楼栋，开展“红色管家”服务，为独居老人代购药品、维修水电，"
                  "党员志愿者服务队已累计服务居民两千余人次，楼栋治理的难题一件件得到解决。\n\n"
                  "街道党工委表示，将把党员志愿者服务与楼栋治理结合起来，让“红色管家”成为居民身边的贴心人。\n")


def test_a_title_under_a_headline_is_doubtful():
    # which of the two is the title the rules cannot tell (a site's slogan stands there as often): the one
    # the date follows is taken, with a warning
    page = ("• 首页\n  • 新闻\n\n"
            "红色管家进楼栋 服务居民暖人心\n"
            "某某街道党员志愿者服务队常态化开展楼栋服务\n\n"
            "发布时间：2024年03月06日 来源：某某区融媒体中心\n\n" + VOLUNTEER_BODY)
    article = clean(page)
    assert article.title == "某某街道党员志愿者服务队常态化开展楼栋服务"
    assert "title-doubtful" in [w.kind for w in article.warnings]
    # a menu's row above the title is no headline over it: no warning
    menu = clean(page.replace("红色管家进楼栋 服务居民暖人心\n", "首页 新闻 通知 党建\n\n"))
    assert menu.title == "某某街道党员志愿者服务队常态化开展楼栋服务"
    assert not [w.kind for w in menu.warnings if w.kind.startswith("title")]


def test_the_part_between_bars_the_text_speaks_of_is_the_title():
    # the column's name is the longer part; the text below speaks of the other
    page = ("推进基层社会治理现代化之奋力谱写城市发展新篇章 | 某某街道：红色管家进楼栋\n\n"
            "发布时间：2024年03月06日\n\n" + VOLUNTEER_BODY)
    assert clean(page).title == "某某街道：红色管家进楼栋"


@pytest.mark.parametrize("line", ["某某日报官方微信", "某某青年报客户端", "某某晚报手机版", "某某新闻官方微博",
                                  "2024年03月06日 星期三", "2023年11月2日"])
def test_a_platform_badge_or_a_date_line_is_not_a_title(line):
    assert is_not_title(line)


def test_a_badge_repeated_above_the_article_is_not_its_title():
    page = ("某某日报官方微信\n\n某某日报官方微信\n\n2024年03月06日 星期三\n\n"
            "红色管家：楼栋里的党员志愿者\n\n"
            "某某日报记者 王某某  来源：某某日报\n\n" + VOLUNTEER_BODY)
    assert clean(page).title == "红色管家：楼栋里的党员志愿者"


def test_an_issue_data_line_is_no_title_and_a_quoted_headline_is_no_menu():
    page = ("《某某党校通讯》\n上一期    下一期\n\n"
            "党员班 “红色管家” 进楼栋 见实效\n\n"
            "   期次：第3期      查看：52   \n\n" + VOLUNTEER_BODY)
    assert "期次：第3期      查看：52" not in candidates(page)
    assert clean(page).title == "党员班 “红色管家” 进楼栋 见实效"


@pytest.mark.parametrize(("line", "title"), [
    ("论基层党组织的组织力 - 党建论文", "论基层党组织的组织力"),
    ("浅谈社区网格化管理 – 行政论文", "浅谈社区网格化管理"),
    ("入党积极分子为什么要递交思想汇报？作文", "入党积极分子为什么要递交思想汇报？"),
])
def test_a_category_behind_the_title_is_cut(line, title):
    assert tidy_title(line) == title
    # a word of the title, or a place after a dash, is no category
    assert tidy_title(title + "“作文”比赛") == title + "“作文”比赛"
    assert tidy_title(title + " - 某某区") == title + " - 某某区"
