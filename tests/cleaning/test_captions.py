"""Photo captions left standing between paragraphs with no 图为 or photographer to mark them: what a picture
shows, told as a scene (boilerplate.scene_captions). Beside them a page's subheadings, a list's items and a
short closing paragraph stay. Inputs written for this test in the style of news pages (no text from a real page)."""
from __future__ import annotations

import pytest

from build_scripts.cleaning.text import squeeze

from .helpers import clean_page

TITLE = "某某县供电公司党委开展“党员服务进万家”活动"
P1 = ("为进一步密切党群干群关系，近日，某某县供电公司党委组织各支部党员深入辖区村镇，开展“党员服务进万家”活动，"
      "为群众检查用电线路、讲解安全用电知识，现场解决用电难题三十余个。")
P2 = ("活动中，党员服务队队员走村入户，对独居老人、留守儿童家庭的老旧线路逐一排查，更换破损插座和开关，"
      "并留下服务卡片，方便群众随时联系。")
P3 = ("公司党委把服务站点建在村头，每周固定时间开展用电咨询，收集群众意见建议，"
      "推动解决了一批群众反映强烈的实际问题，群众满意度明显提升。")
P4 = ("下一步，公司党委将总结活动经验，建立常态化服务机制，推动党建工作与供电服务深度融合，"
      "以优质服务助力乡村振兴。")
CLOSING = "活动得到了群众的一致好评。"

CAPTIONS = [
    "县委常委、副县长李志强出席启动仪式并致辞",   # someone named with his post, doing something
    "王建华书记为困难群众送上慰问品",
    "党员服务队队员正在检查线路设备",             # what goes on as it goes on
    "青年党员在和老师傅学习带电作业技术",
    "东岭镇石桥村召开党员冬训动员会",             # a village's meeting as an event
    "石桥村党员大会投票过程。",                   # the scene named as such
]
HEADINGS = ["聚焦服务引领", "把服务站打造成便民服务的主阵地", "党建文化阵地建设"]
ITEMS = ["线路巡查", "用电咨询", "故障抢修"]


def page(captions: list[str]) -> str:
    c = captions + [""] * (6 - len(captions))
    parts = [TITLE, P1, c[0], P2, HEADINGS[0], P3, c[1], P4.replace("下一步", "同时"), c[2], P2.replace("活动中", "走访中"),
             HEADINGS[1], P3.replace("公司党委", "各支部"), c[3], P1.replace("近日", "此前"), c[4], P2.replace("活动中", "检修中"),
             HEADINGS[2], "服务队今年的重点任务有：", *ITEMS, P4, c[5], P3.replace("每周", "每月"), CLOSING]
    return "\n\n".join(p for p in parts if p) + "\n"


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_photo_caption_between_paragraphs_goes(caption):
    a = clean_page(page([caption]))
    assert squeeze(caption) not in squeeze(a.body)
    assert "深度融合" in a.body


def test_captions_go_and_subheadings_list_items_and_a_short_closing_paragraph_stay():
    a = clean_page(page(CAPTIONS))
    body = squeeze(a.body)
    for caption in CAPTIONS:
        assert squeeze(caption) not in body
    for kept in HEADINGS + ITEMS + [CLOSING, "服务队今年的重点任务有："]:
        assert squeeze(kept) in body


def test_headings_that_read_like_events_stay_over_their_paragraphs_beside_a_caption():
    """A heading names a task (强化党员教育管理) or a slogan; a caption names who does what in the picture."""
    text = "\n\n".join([TITLE, P1, "强化党员教育管理", P2, "书记带头为群众办实事", P3, "支部党员认真学习党章", P4,
                        "刘志刚同志为新党员佩戴党员徽章", P1.replace("近日", "此前")]) + "\n"
    body = squeeze(clean_page(text).body)
    for kept in ("强化党员教育管理", "书记带头为群众办实事", "支部党员认真学习党章"):
        assert kept in body
    assert "佩戴党员徽章" not in body


def test_a_line_between_two_pictures_placeholders_is_their_caption():
    text = "\n\n".join([TITLE, P1, "图片", "村史馆廉政文化长廊", "图片", P2, "聚焦服务引领", P3]) + "\n"
    body = squeeze(clean_page(text).body)
    assert "廉政文化长廊" not in body
    assert "聚焦服务引领" in body and "群众满意度明显提升" in body


@pytest.mark.parametrize("credit", ["党员服务队队员为群众检修线路。张明/摄", "党员服务队队员为群众检修线路。通讯员张明摄"])
def test_a_caption_closed_by_its_photographer_goes(credit):
    body = squeeze(clean_page("\n\n".join([TITLE, P1, credit, P2]) + "\n").body)
    assert "检修线路" not in body and "走村入户" in body


def test_a_sentence_closed_by_its_full_stop_between_two_pictures_stays():
    text = "\n\n".join([TITLE, P1, "IMG_20230415_0931.jpg", "座谈会由支部书记主持。",
                        "IMG_20230415_0945.jpg", P2, P3]) + "\n"
    assert "座谈会由支部书记主持" in squeeze(clean_page(text).body)


@pytest.mark.parametrize("caption", [
    "党员医生为村里一位九十多岁的老人进行免费体检",
    "某某社区“幸福快修站”志愿者入户为居民维修适老化设备",
    "初中支部党员给某某中学的学生赠书",
    "初中支部的党员积极观看大会直播",
])
def test_a_caption_of_people_at_work_goes_also_over_the_next_parts_heading(caption):
    # people named by what they are (党员医生, 志愿者, 支部党员) doing something for someone: a photo's caption,
    # also where the next part's heading follows it; the heading stays
    text = "\n\n".join([TITLE, P1, "主题一：开展义诊活动", P2, caption, "主题二：为孩子讲解安全知识", P3, P4]) + "\n"
    body = squeeze(clean_page(text).body)
    assert squeeze(caption) not in body
    assert squeeze("主题二：为孩子讲解安全知识") in body and squeeze("主题一：开展义诊活动") in body


@pytest.mark.parametrize("caption", ["（供电公司工作人员为学生讲解安全用电常识）", "(商定工作方案)", "（大会现场）"])
def test_a_caption_in_brackets_on_its_own_line_goes_and_is_not_glued_to_a_heading(caption):
    # the brackets mark it as the picture's: one paragraph beside it is enough (the next may be cut off by the page)
    text = "\n\n".join([TITLE, P1, "锚定年度目标 细化责任分工", caption, P2, P3, caption, "公司党委把服务站点建在村头，每周固定时间"]) + "\n"
    body = clean_page(text).body
    assert squeeze(caption) not in squeeze(body)
    assert any(line.strip("# ") == "锚定年度目标 细化责任分工" for line in body.split("\n"))  # the heading alone


@pytest.mark.parametrize("note", ["（获2015年度全省组织工作调研成果二等奖）"])
def test_a_papers_prize_in_brackets_stays(note):
    text = "\n\n".join([TITLE, note, P1, P2, P3]) + "\n"
    assert squeeze(note) in squeeze(clean_page(text).body)


@pytest.mark.parametrize("caption", ["某某医院党支部书记刘某汇报党建工作", "洪书记介绍某某医院情况"])
def test_a_caption_naming_a_unit_or_a_surname_with_the_post_goes(caption):
    text = "\n\n".join([TITLE, P1, caption, P2, P3]) + "\n"
    assert squeeze(caption) not in squeeze(clean_page(text).body)


def test_a_sentence_saying_who_chaired_stays():
    line = "宣讲会由中心党委书记文某某主持。"
    text = "\n\n".join([TITLE, P1, "图片", line, P2, P3]) + "\n"
    assert squeeze(line) in squeeze(clean_page(text).body)


@pytest.mark.parametrize("caption", ["某某党群服务中心廉洁教育示范基地揭牌仪式", "“红色驿站”党建示范点授牌仪式"])
def test_a_ceremony_named_by_its_act_goes(caption):
    # a picture of the ceremony, named as such (its name may open with a quoted word); the heading of a part
    # of the story naming one stays
    heading = "“有温度”的欢迎仪式"
    text = "\n\n".join([TITLE, P1, caption, P2, heading, P3, P4]) + "\n"
    body = squeeze(clean_page(text).body)
    assert squeeze(caption) not in body
    assert squeeze(heading) in body


def test_a_dated_caption_goes_also_over_the_next_parts_heading():
    caption = "2024年元旦某某集团党委向革命烈士纪念碑敬献花篮"
    text = "\n\n".join([TITLE, P1, caption, "一、健全组织体系，充实党的力量", P2, P3, "2024年工作要点", P4]) + "\n"
    body = squeeze(clean_page(text).body)
    assert squeeze(caption) not in body
    assert squeeze("一、健全组织体系，充实党的力量") in body and squeeze("2024年工作要点") in body


def test_a_caption_saying_again_what_a_paragraph_tells_goes_and_a_heading_echoing_one_stays():
    lead = ("11月26日下午，某某燃气某某区域首家“流动驿站”在某某街道党群服务中心正式启航，"
            "街道、社区和企业党组织负责人参加启动仪式。")
    caption = "某某燃气某某区域首家“流动驿站”在某某街道党群服务中心启航"
    heading = "建设“红色税站”推动党史学习教育走深走实"
    closing = "大家表示，要建设好“红色税站”，推动党史学习教育走深走实，把学习成果转化为工作动力。"
    text = "\n\n".join([TITLE, lead, P2, caption, P3, heading, closing, P4]) + "\n"
    body = squeeze(clean_page(text).body)
    assert squeeze(caption) not in body
    assert squeeze(heading) in body


def test_a_caption_of_members_serving_at_the_door_goes():
    caption = "某某公司党员全体上门为用户提供燃气安检服务"
    text = "\n\n".join([TITLE, P1, caption, P2, P3]) + "\n"
    assert squeeze(caption) not in squeeze(clean_page(text).body)


def test_a_short_caption_saying_again_what_the_paragraph_above_told_goes_and_a_heading_over_its_part_stays():
    visit = ("下午，党员们来到村史馆，参观了石桥村革命旧址群，聆听讲解员讲述当年游击队员在这里坚持斗争、"
             "掩护群众转移的故事。")
    caption = "参观石桥村革命旧址群"
    # a part's heading says what the paragraph under it will tell
    heading = "确定入党积极分子"
    part = "入党申请人经党小组推荐、支委会审查同意后，便确定为入党积极分子，由党支部指定培养联系人。"
    text = "\n\n".join([TITLE, P1, visit, caption, P2, heading, part, P3]) + "\n"
    body = squeeze(clean_page(text).body)
    assert squeeze(caption) not in body
    assert squeeze(heading) in body


def test_a_pages_other_short_captions_go_once_one_names_its_scene():
    # 会议现场 says how this page captions its pictures: the other short lines between its paragraphs are captions too
    captions = ["会议现场", "积极分子表态发言", "副书记某某某讲话", "青年党员座谈交流"]
    text = "\n\n".join([TITLE, P1, captions[0], P2, captions[1], captions[2], P3, captions[3], P4]) + "\n"
    body = squeeze(clean_page(text).body)
    for caption in captions:
        assert caption not in body
    # a heading naming a task stays; on a page whose parts are numbered every short line stays
    text = "\n\n".join([TITLE, P1, captions[0], P2, "强化党员教育管理", P3, P4]) + "\n"
    assert "强化党员教育管理" in squeeze(clean_page(text).body)
    text = "\n\n".join([TITLE, P1, captions[0], "一、主要做法", P2, "优秀党员代表交流心得", P3, "二、取得成效", P4]) + "\n"
    assert "优秀党员代表交流心得" in squeeze(clean_page(text).body)
    # without a scene's caption nothing says the short lines are captions
    text = "\n\n".join([TITLE, P1, P2, "优秀党员代表交流心得", P3, P4]) + "\n"
    assert "优秀党员代表交流心得" in squeeze(clean_page(text).body)
