"""Article slugs: ASCII, derived once, pinned in slugs.yml, collisions named, moves redirected."""
from __future__ import annotations

import pytest
import yaml

from build_scripts import slugs
from build_scripts.errors import ConfigError


@pytest.mark.parametrize(("stem", "title", "expected"), [
    ("2024-party-brand", "任意标题", "2024-party-brand"),
    ("Party-Brand", "任意标题", "party-brand"),
    ("000_406509754edb76a3", "党建品牌创建", "dangjianpinpai-chuangjian"),  # a scraper's hash is no name
    ("a1b2c3d4e5f6a7b8", "班组建设", "banzujianshe"),
    ("文章", "三会一课", "sanhuiyike"),
    ("文章", "2023年9-10月支部工作安排", "2023-nian-9-10-yue-zhibu-gongzuo-anpai"),  # ASCII runs keep their breaks
])
def test_derived_slug_is_a_readable_stem_or_the_pinyin_of_the_title(stem, title, expected):
    assert slugs.derive_slug(stem, title) == expected


def test_pinyin_slug_is_ascii_and_cut_at_a_word_boundary():
    slug = slugs.pinyin_slug("新时代基层党支部党建品牌创建实践探索与思考研究综述报告", limit=30)
    assert slug.isascii() and len(slug) <= 30
    assert slugs.SLUG_RE.match(slug) and not slug.endswith("-")
    assert slugs.pinyin_slug("新时代基层党支部党建品牌创建实践探索与思考研究综述报告").startswith(slug)


def entry(name, title="党建品牌", meta=None):
    return (f"source_texts/{name}", name, title, meta)


def test_new_sources_are_pinned_and_later_title_changes_do_not_move_them():
    table = slugs.SlugTable()
    first, errors = slugs.assign_slugs([entry("x.txt", "党建品牌")], table)
    assert not errors and table.articles == {"x.txt": first["x.txt"]}
    again, _ = slugs.assign_slugs([entry("x.txt", "完全不同的标题")], table)
    assert again == first


def test_metadata_slug_wins_and_the_old_url_becomes_a_redirect():
    table = slugs.SlugTable(articles={"x.txt": "old-name"})
    got, errors = slugs.assign_slugs([entry("x.txt", meta="new-name")], table)
    assert not errors and got == {"x.txt": "new-name"}
    assert table.redirects == {"old-name": "new-name"}


def test_redirect_chains_point_at_the_final_page():
    table = slugs.SlugTable(articles={"x.txt": "second"}, redirects={"first": "second"})
    slugs.assign_slugs([entry("x.txt", meta="third")], table)
    assert table.redirects == {"first": "third", "second": "third"}


def test_two_sources_claiming_one_slug_is_an_error_naming_both_and_neither_is_published():
    table = slugs.SlugTable()
    got, errors = slugs.assign_slugs([entry("a.txt", meta="same"), entry("b.txt", meta="same")], table)
    assert len(errors) == 1
    assert str(errors[0]).startswith("source_texts/b.txt: slug collision:") and "source_texts/a.txt" in str(errors[0])
    assert got == {}


def test_derived_slugs_that_clash_get_a_number_in_file_order():
    got, errors = slugs.assign_slugs([entry("a.txt", "党建品牌"), entry("b.txt", "党建品牌")], slugs.SlugTable())
    assert not errors
    assert got["b.txt"] == got["a.txt"] + "-2"


def test_a_removed_sources_slug_is_not_reused():
    table = slugs.SlugTable(articles={"gone.txt": "dangjianpinpai"})
    got, _ = slugs.assign_slugs([entry("新文章.txt", "党建品牌")], table)
    assert got["新文章.txt"] == "dangjianpinpai-2"


def test_slug_table_round_trips_through_its_file(tmp_path):
    table = slugs.SlugTable(articles={"b.txt": "b", "a.txt": "a"}, redirects={"old": "a"})
    path = tmp_path / "slugs.yml"
    path.write_text(table.dump(), encoding="utf-8")
    assert slugs.load_slug_table(path) == table
    assert list(yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("bad", ["../../etc", "Has Space", "/abs"])
def test_a_hand_edited_slug_file_with_a_bad_slug_is_a_config_error(tmp_path, bad):
    path = tmp_path / "slugs.yml"
    path.write_text(yaml.safe_dump({"articles": {"x.txt": bad}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="not a slug"):
        slugs.load_slug_table(path)


def test_committed_slug_file_pins_every_seed():
    table = slugs.load_slug_table()
    for name in ["000_406509754edb76a3.txt", "001_f9db438ff1a70a68.txt", "002_9a588e9c447ae832.txt",
                 "003_dde59a8e52155a52.txt", "004_e56e1db23db2c884.txt"]:
        assert slugs.SLUG_RE.match(table.articles[name])


def test_a_source_page_keeps_its_address_when_a_same_sounding_source_arrives(monkeypatch):
    monkeypatch.setattr(slugs, "pinyin_slug", lambda name: "tongyin")  # two names that read the same
    table = slugs.SlugTable()
    assert slugs.assign_source_slugs(["甲单位"], table) == {"甲单位": "tongyin"} == table.sources
    # The newcomer sorts first ('乙' < '甲'): without the pin it would take the plain slug.
    assert slugs.assign_source_slugs(["乙单位", "甲单位"], table) == {"甲单位": "tongyin", "乙单位": "tongyin-2"}
    # "index" is the list of sources itself: never a source's slug.
    monkeypatch.setattr(slugs, "pinyin_slug", lambda name: "index")
    assert slugs.assign_source_slugs(["某单位"], slugs.SlugTable()) == {"某单位": "index-2"}


def test_source_pins_round_trip_and_a_duplicate_pin_is_a_config_error(tmp_path):
    table = slugs.SlugTable(articles={"a.txt": "a"}, sources={"甲单位": "jia", "乙单位": "yi"})
    path = tmp_path / "slugs.yml"
    path.write_text(table.dump(), encoding="utf-8")
    assert slugs.load_slug_table(path) == table
    path.write_text(yaml.safe_dump({"sources": {"甲单位": "same", "乙单位": "same"}}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="both have the slug"):
        slugs.load_slug_table(path)
