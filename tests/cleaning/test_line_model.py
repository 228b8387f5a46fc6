"""The fitted junk-line model (cleaning/linemodel.py): furniture no rule names goes, the article stays."""
import json

import pytest

from build_scripts.cleaning import clean_text, linemodel
from build_scripts.cleaning.boilerplate import junk_rule
from build_scripts.eval import fit_lines

P1 = "为深入学习贯彻党的二十大精神，某某公司党委组织全体党员开展专题学习，进一步坚定理想信念，增强党性修养。"
P2 = "会上，与会党员结合岗位实际交流了学习体会，大家一致表示要把学习成果转化为推动工作的实际行动。"
TITLE = "某某公司党委开展专题学习"


def body(page: str) -> str:
    return "\n".join(b.text for b in clean_text(page)[0])


def without_model(page: str) -> str:
    linemodel._override[:] = [None]
    try:
        return body(page)
    finally:
        linemodel._override.clear()


FURNITURE = [
    ("【某某晚报·融媒体】", "end"), ("[返回列表]", "end"), ("体裁：心得体会", "end"), ("现场图片", "end"),
    ("资料编号：DJ-20230412", "head"), ("手机访问：m.example.cn", "head"), ("Top", "head"), ("体裁：心得体会", "head"),
]


def test_furniture_that_no_rule_names_mostly_goes():
    # lines of kinds the lexicon does not list: the rules alone leave them all, the model takes most of them
    # (a refit may move one line across the threshold, not the kind), and never a paragraph
    gone = 0
    for line, where in FURNITURE:
        assert junk_rule(line) is None
        page = f"{TITLE}\n\n{P1}\n\n{P2}\n\n{line}\n" if where == "end" else f"{TITLE}\n\n{line}\n\n{P1}\n\n{P2}\n"
        assert line[:6] in without_model(page)
        cleaned = body(page)
        gone += line[:6] not in cleaned
        assert P1 in cleaned and P2 in cleaned
    assert gone >= 6, f"only {gone} of {len(FURNITURE)} furniture lines went"


@pytest.mark.parametrize("line", [
    "六、民主生活会要有记录，下一次会议要检查上一次的整改情况。",  # a numbered sentence
    "各位代表：",  # a salutation
    "同志们：",
    "——某某支部“不忘初心”主题教育活动回顾",  # a subtitle
    "参考文献",
    "[1] 某某某. 国有企业党建工作研究[J]. 党建研究，2021(5)：12-15.",
    "会上，支部书记某某某讲解了党员大会的流程，大家认真记录。",  # a short sentence after the last paragraph
])
def test_what_the_model_never_takes(line):
    page = f"{TITLE}\n\n{P1}\n\n{P2}\n\n{line}\n\n{P1.replace('专题学习', '集中学习')}\n"
    assert line.strip("—[]1 ")[:8] in body(page)
    tail = f"{TITLE}\n\n{P1}\n\n{P2}\n\n{line}\n"
    assert line.strip("—[]1 ")[:8] in body(tail)


def test_a_heading_between_paragraphs_needs_more_certainty():
    page = f"{TITLE}\n\n{P1}\n\n【经验做法】\n\n{P2}\n"
    assert "【经验做法】" in body(page)


def test_without_weights_nothing_changes(tmp_path):
    assert linemodel.load_model.__wrapped__(tmp_path / "none.json") is None


def test_the_weights_file_is_a_fitted_model():
    data = json.loads(linemodel.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert 0.5 <= data["threshold"] < 1 and data["weights"]
    # shapes, places, and words as pairs of Chinese characters: no site's address is a feature
    words = [name[2:] for name in data["weights"] if name.startswith("w:")]
    assert words and all(len(w) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w) for w in words)


def rows(features_and_labels, group="x"):
    return [{"id": f"{group}{i:03d}", "group": group, "features": f, "y": y} for i, (f, y) in enumerate(features_and_labels)]


def test_fitting_is_deterministic_and_learns_the_shapes_of_junk(monkeypatch):
    monkeypatch.setattr(fit_lines, "MIN_COUNT", 1)
    data = rows([(["len0", "separator", "region:after"], 1)] * 8 + [(["len3", "end:sent", "region:inside"], 0)] * 8
                + [(["len0", "region:after"], 1), (["len0", "region:inside"], 0)])
    a, b = fit_lines.fit(data), fit_lines.fit(list(data))
    assert a.weights == b.weights and a.bias == b.bias
    assert a.weights["separator"] > 0 > a.weights["end:sent"]
    assert a.probability(["len0", "separator", "region:after"]) > 0.9 > 0.1 > a.probability(["len3", "end:sent", "region:inside"])


def test_a_word_counts_only_when_several_batches_have_it(monkeypatch):
    monkeypatch.setattr(fit_lines, "MIN_COUNT", 1)
    one_site = rows([(["len0", "w:某站"], 1)] * 6, "a-d") + rows([(["len3"], 0)] * 6, "e")
    assert "w:某站" not in fit_lines.fit(one_site).weights
    many = rows([(["len0", "w:返回"], 1)] * 2, "a-d") + rows([(["len0", "w:返回"], 1)] * 2, "e") \
        + rows([(["len0", "w:返回"], 1)] * 2, "f") + rows([(["len3"], 0)] * 6, "g")
    assert fit_lines.fit(many).weights["w:返回"] > 0


def test_a_cleaned_line_is_matched_to_its_labelled_raw_line():
    raw = [("某某公司党委开展专题学习", -1), ("返回列表", 1), ("会上与会党员交流了学习体会", 0)]
    assert fit_lines.match_label("返回列表", raw) == 1
    assert fit_lines.match_label("会上，与会党员交流了学习体会。", raw) == 0
    assert fit_lines.match_label("某某公司党委开展专题学习", raw) is None  # titles and metadata are not trained on
    assert fit_lines.match_label("另一行", raw) is None


@pytest.mark.parametrize("line", ["收到申请书后一个月内谈话—>支委会讨论—>公示五天—>报上级党委审批", "提纲："])
def test_a_process_told_with_arrows_and_a_section_label_are_never_taken(line):
    assert linemodel.is_protected(linemodel.squeeze(line))
    assert not linemodel.is_protected(linemodel.squeeze("首页 > 新闻中心 > 党建动态"))


def test_a_bulleted_list_is_kept_or_taken_whole():
    # items of one list are alike: the model takes none of them where it would keep some (a list of the papers a
    # procedure needs under a short heading; some items read like a portal's link labels)
    items = ["– 考察登记表", "– 转正申请书", "– 思想汇报（2篇）", "– 公示文件", "– 大会记录（复印件）", "– 表决票汇总",
             "– 转正的决议", "– 审批请示及会议记录"]
    for tail in (f"\n\n{P2}\n", "\n"):
        page = f"{TITLE}\n\n{P1}\n\n转正所需材料\n\n" + "\n".join(items) + tail
        kept = [i for i in items if i[2:] in body(page)]
        assert kept in ([], items)
    assert linemodel.bullet_runs(["– 甲", "", "– 乙", "– 丙", "正文", "• 丁"]) == [{0, 2, 3}]
    # an outline's numbers, whatever their level, are one list
    assert linemodel.bullet_runs(["1 难点", "    1.1 甲", "    1.2 乙", "2 原因", "正文"]) == [{0, 1, 2, 3}]
