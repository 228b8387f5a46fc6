"""The real-page evaluation tools: a judgment holds no text, and the scorer counts what a reader sees."""
from __future__ import annotations

import yaml

from build_scripts.eval import judge as judge_mod
from build_scripts.eval.score import Tally, score_page

# A page written for this test in the style of a portal's article page.
PAGE = """首页 > 基层党建 > 正文
某某公司第三党支部开展主题党日活动
2023-06-30 10:20 来源：某某网
近日，某某公司第三党支部组织全体党员开展主题党日活动，大家重温入党誓词，交流学习体会。—1—
支部书记表示，下一步将把学习成果转化为推动生产经营的实际行动。
分享到：微信 微博
"""
LABEL = {
    "id": "z901", "url": "https://example.org/a/1.html", "site": "example.org", "kind": "news",
    "subject": "enterprise", "query": "主题党日 活动", "title": "某某公司第三党支部开展主题党日活动",
    "title_line": 2, "date": "2023-06-30", "junk": "1,6", "meta": [3], "keep": "4-5",
    "inline_junk": [{"line": 4, "text": "—1—"}], "genre": "xinwen", "topics": ["jiceng-zuzhi"],
}


def setup(tmp_path, monkeypatch, label=LABEL, page=PAGE):
    pages, labels = tmp_path / "pages", tmp_path / "labels"
    pages.mkdir(), labels.mkdir()
    monkeypatch.setattr(judge_mod, "PAGES_DIR", pages)
    monkeypatch.setattr(judge_mod, "JUDGMENTS_DIR", tmp_path / "judgments")
    (pages / "z901.txt").write_text(page, encoding="utf-8")
    (labels / "z901.yml").write_text(yaml.safe_dump(label, allow_unicode=True), encoding="utf-8")
    return pages, labels / "z901.yml"


def test_a_judgment_holds_positions_and_hashes_but_no_text(tmp_path, monkeypatch):
    pages, label = setup(tmp_path, monkeypatch)
    j, problems = judge_mod.judge(label)
    assert problems == []
    dumped = yaml.safe_dump(j, allow_unicode=True)
    for words in ("某某公司", "主题党日活动", "重温入党誓词", "分享到"):
        assert words not in dumped
    assert j["title"]["line"] == 2 and j["junk"] == "1,6" and j["keep"] == "4-5"


def test_an_unlabelled_line_and_an_unknown_genre_are_reported(tmp_path, monkeypatch):
    bad = dict(LABEL, keep="4", genre="novel")
    pages, label = setup(tmp_path, monkeypatch, label=bad)
    j, problems = judge_mod.judge(label)
    assert j is None
    assert any("line 5 is not labelled" in p for p in problems)
    assert any("genre 'novel'" in p for p in problems)


def test_the_scorer_counts_junk_kept_text_title_and_date(tmp_path, monkeypatch):
    pages, label = setup(tmp_path, monkeypatch)
    j, _ = judge_mod.judge(label)
    r = score_page(j, PAGE.encode())
    assert r.junk == (2, 2) and r.kept == (2, 2) and r.inline == (1, 1)
    assert r.title is True and r.date is True and not r.wrong_unwarned


def test_a_page_saved_differently_is_not_scored(tmp_path, monkeypatch):
    pages, label = setup(tmp_path, monkeypatch)
    j, _ = judge_mod.judge(label)
    assert score_page(j, PAGE.replace("交流学习体会", "交流体会").encode()) is None


def test_lost_text_and_kept_junk_count_against_the_cleaner(tmp_path, monkeypatch):
    # judged against a page whose "junk" line is really text: the cleaner keeps it, and a miss shows
    label = dict(LABEL, junk="1", keep="4-6")
    pages, path = setup(tmp_path, monkeypatch, label=label)
    j, _ = judge_mod.judge(path)
    r = score_page(j, PAGE.encode())
    assert r.kept[1] == 3 and r.kept[0] < 3  # the share-button line is not kept, so "text" was lost
    tally = Tally()
    tally.add(r)
    assert "article text kept" in "\n".join(tally.table())


def test_a_junk_line_of_symbols_only_counts_in_neither_part_of_the_junk_figure(tmp_path, monkeypatch):
    # "↓↓↓" cannot be looked for in the cleaned text (the scorer compares letters and digits only): it
    # must not count as removed while it is left out of the total
    page = PAGE.replace("分享到：微信 微博", "↓↓↓")
    pages, label = setup(tmp_path, monkeypatch, page=page)
    j, _ = judge_mod.judge(label)
    r = score_page(j, page.encode())
    assert r.junk == (1, 1)


def test_the_loose_title_measure_ignores_only_a_column_tag_in_front_and_a_count_behind():
    from build_scripts.eval.score import undecorated

    assert undecorated("【学习园地】党员证明怎么开？") == undecorated("党员证明怎么开？")
    assert undecorated("某某街道党建工作总结(十二篇)") == undecorated("某某街道党建工作总结")
    assert undecorated("党员个人年度学习计划合集8篇") == undecorated("党员个人年度学习计划")
    assert undecorated("参加支部书记轮训的体会【3篇】") == undecorated("参加支部书记轮训的体会")
    assert undecorated("某某公司党委召开党建工作会议") != undecorated("某某公司党委召开党建工作推进会")
    assert undecorated("某某日报网评：把好事办到群众心坎上") == undecorated("把好事办到群众心坎上")
    assert undecorated("【学习】二十大精神") != undecorated("二十大")


def test_a_paragraph_repeated_by_a_mirror_counts_as_removed_when_it_stands_once(tmp_path, monkeypatch):
    para = "近日，某某公司第三党支部组织全体党员开展主题党日活动，大家重温入党誓词，交流学习体会。"
    page = ("某某公司第三党支部开展主题党日活动\n" + para + "\n"
            "支部书记表示，下一步将把学习成果转化为推动生产经营的实际行动。\n" + para + "\n")
    label = dict(LABEL, title_line=1, date=None, junk="4", meta=[], keep="2-3", inline_junk=[])
    pages, path = setup(tmp_path, monkeypatch, label=label, page=page)
    j, problems = judge_mod.judge(path)
    assert problems == []
    r = score_page(j, page.encode())
    assert r.junk == (1, 1)  # the cleaner shows the paragraph once: the repeat is gone


def test_overlapping_marks_of_inline_junk_cut_no_text_from_the_line_to_keep(tmp_path, monkeypatch):
    # a labeller marked a run of shapes and, inside it, part of the run again: the text around it is still
    # what the cleaner must keep, no character of it is cut by removing the two marks one after the other
    page = PAGE.replace("大家重温入党誓词，", "大家重温入党誓词■★◆，")
    label = dict(LABEL, inline_junk=[{"line": 4, "text": "—1—"}, {"line": 4, "text": "■★◆"}, {"line": 4, "text": "★◆"}])
    pages, path = setup(tmp_path, monkeypatch, label=label, page=page)
    j, problems = judge_mod.judge(path)
    assert problems == []
    r = score_page(j, page.encode())
    assert r.kept == (2, 2) and r.inline == (3, 3)


def test_a_dateline_credit_moved_to_the_byline_is_not_lost_text_but_a_remark_in_brackets_is(tmp_path, monkeypatch):
    # 本报讯（通讯员 某某 某某）: the cleaner takes the brackets out of the paragraph and shows the names as the byline
    para = ("本报讯（通讯员 林晓岚 韩志远）近日，某某公司第三党支部组织全体党员开展主题党日活动，大家重温入党誓词，"
            "交流学习体会，支部书记表示将把学习成果转化为推动生产经营的实际行动。")
    page = "某某公司第三党支部开展主题党日活动\n" + para + "\n"
    label = dict(LABEL, title_line=1, date=None, junk="", meta=[], keep="2", inline_junk=[])
    pages, path = setup(tmp_path, monkeypatch, label=label, page=page)
    j, problems = judge_mod.judge(path)
    assert problems == []
    r = score_page(j, page.encode())
    assert r.kept == (1, 1)
    # a bracketed remark that is no credit, cut from the paragraph, is lost text
    from build_scripts.eval.score import _without_credits
    remark = "支部书记（兼任车间主任、技术骨干带头人）表示"
    assert _without_credits(remark, ["林晓岚"]) == remark
    assert _without_credits("本报讯（通讯员 林晓岚 韩志远）近日", ["林晓岚", "韩志远"]) == "本报讯近日"
    assert _without_credits("本报讯（通讯员 林晓岚 韩志远）近日", []) == "本报讯（通讯员 林晓岚 韩志远）近日"


def test_a_search_answer_is_saved_as_the_judged_page_and_a_wrong_copy_is_reported(tmp_path, monkeypatch):
    # eval.resave: the search tool's answer goes in as printed; the page is written and checked against its judgment
    from build_scripts.eval import resave
    pages, label = setup(tmp_path, monkeypatch)
    j, _ = judge_mod.judge(label)
    judgments = tmp_path / "judgments"
    judgments.mkdir()
    (judgments / "z901.yml").write_text(yaml.safe_dump(j, allow_unicode=True), encoding="utf-8")
    (pages / "z901.txt").unlink()
    rows = [{"id": "z901", "url": LABEL["url"], "query": LABEL["query"], "split": "dev"}]
    assert resave.plan(rows, pages) == [(LABEL["query"], rows)]
    answer = {"results": [{"url": "http://example.org/a/1.html/", "excerpt": PAGE.rstrip("\n")},
                          {"url": "https://example.org/other.html", "excerpt": "别的网页"}]}
    assert resave.save_answer(answer, rows, judgments, pages) == ["z901 OK"]
    assert (pages / "z901.txt").read_text(encoding="utf-8") == PAGE
    assert resave.plan(rows, pages) == []
    (pages / "z901.txt").unlink()
    wrong = PAGE.replace("重温入党誓词", "重温入党宣誓")
    assert resave.save_answer(answer | {"results": [{"url": LABEL["url"], "excerpt": wrong}]}, rows, judgments, pages) \
        == ["z901 MISMATCH"]


def test_text_between_inline_junk_is_matched_piece_by_piece():
    from build_scripts.eval.score import _kept

    # the judged text of a line with a garbled run taken out: its two sides joined
    left, right = "老党员桑某说今年七月一日他被批准为预备党员", "于入党了作为边境地区的牧民我们一定看好祖国边疆"
    n = left + right
    restored = left + "今年终" + right  # the cleaner read the run again: the sides stand apart in its output
    assert _kept(n, restored, [left, right])
    assert not _kept(n, restored)  # (matched as one, a chunk across the run's place is missing)
    assert _kept(n, n, [left, right])  # the run removed
    # a side that is gone is lost text, however the line is cut
    assert not _kept(n, left + "今年终", [left, right])
    # pieces shorter than a chunk (pinyin every few characters) are matched joined, as before
    short = ["支部书", "记讲党", "课大家", "认真听"]
    assert not _kept("".join(short), "支部书。记讲党。课大家。认真听", short)
