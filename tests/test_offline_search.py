"""The offline bundle's search data: plain texts from Material's index, the vocabulary, our worker in Material's place."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from build_scripts import offline_search
from build_scripts.errors import ConfigError

CONFIG = {"lang": ["zh"], "separator": "[\\s\\u200b\\u3000\\-、。，．？！；]+", "pipeline": ["stemmer"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}
# Entries as Material's search plugin writes them for zh: jieba's words between zero-width spaces.
DOCS = [
    {"location": "articles/banzu.html", "title": "班组\u200b建设",
     "text": "<p>\u200b班组\u200b是\u200b生产经营\u200b的\u200b基本\u200b单元\u200b。</p>"},
    {"location": "articles/banzu.html#做法", "title": "做法",
     "text": "<ul> <li>\u200b班组\u200b例会</li> <li><code>&lt;b&gt;</code> \u200b不是\u200b标签</li> </ul>"},
]
MATERIAL_WORKER = "assets/javascripts/workers/search.0123abcd.min.js"


@pytest.mark.parametrize(("markup", "expected"), [
    ("<p>\u200b党建\u200b文库\u200b。</p>", "党建文库。"),
    ("<p>第一段</p><p>第二段</p>", "第一段\n第二段"),
    ("<ul> <li>一</li> <li>二</li> </ul>", "一\n二"),
    ("<p>在\u200b网址\u200b后\u200b加上 <code>?q=\u200b词语</code> 即可</p>", "在网址后加上 ?q=词语 即可"),
    ("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 党建</p>", "<script>alert(1)</script> & 党建"),
    # a line break inside a Chinese sentence is no word boundary; between Latin words it is a space
    ("<p>党建\n工作  与 Party\n  building</p>", "党建工作 与 Party building"),
    ("", ""),
])
def test_plain_text_is_what_a_reader_sees_one_block_a_line(markup, expected):
    assert offline_search.plain_text(markup) == expected


def test_vocabulary_is_chinese_words_of_the_segmentation_most_frequent_first():
    docs = [
        {"title": "党建\u200b品牌", "text": "<p>\u200b党建\u200b品牌\u200b与\u200b党建\u200b工作 PDF</p>"},
        {"title": "党建", "text": "<p>\u200b党建工作\u200b的\u200b品牌</p>"},
    ]
    # single characters (与, 的) and Latin words are no words to cut a query with
    assert offline_search.vocabulary(docs) == ["党建", "品牌", "党建工作", "工作"]


def make_offline_site(root: Path, docs=DOCS) -> Path:
    """The parts of a built offline site that search touches."""
    (root / "search").mkdir(parents=True)
    (root / "search" / "search_index.json").write_text(json.dumps({"config": CONFIG, "docs": docs}), encoding="utf-8")
    worker = root / MATERIAL_WORKER
    worker.parent.mkdir(parents=True)
    worker.write_text("/* Material's worker: builds a lunr index */", encoding="utf-8")
    return root


def read_data(site: Path) -> dict:
    text = (site / offline_search.DATA_SITE_PATH).read_text(encoding="utf-8")
    prefix = "self.wenkuSearchData = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix):-2])


def test_worker_data_holds_every_entry_as_plain_text(tmp_path):
    site = make_offline_site(tmp_path)
    offline_search.install_offline_search(site)
    data = read_data(site)
    assert data["docs"] == [
        ["articles/banzu.html", "班组建设", "班组是生产经营的基本单元。"],
        ["articles/banzu.html#做法", "做法", "班组例会\n<b> 不是标签"],
    ]
    assert data["words"][0] == "班组"


def test_pages_load_only_the_search_configuration(tmp_path):
    """Every page of the bundle loads search_index.js; the documents are loaded by the worker alone."""
    site = make_offline_site(tmp_path)
    offline_search.install_offline_search(site)
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8")) == {"config": CONFIG, "docs": []}
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = ") and json.loads(script[len("var __index = "):])["docs"] == []


def test_our_worker_replaces_materials_and_finds_its_data(tmp_path):
    site = make_offline_site(tmp_path)
    offline_search.install_offline_search(site)
    worker = (site / MATERIAL_WORKER).read_text(encoding="utf-8")
    assert worker.startswith('self.WENKU_SEARCH_DATA_PATH = "../../../search/search_data.js";\n')
    assert worker.endswith(offline_search.WORKER_SOURCE.read_text(encoding="utf-8"))
    assert (site / MATERIAL_WORKER).parent.joinpath("../../../search/search_data.js").resolve().is_file()


def test_installing_twice_from_the_same_index_writes_the_same_files(tmp_path):
    first, second = make_offline_site(tmp_path / "a"), make_offline_site(tmp_path / "b")
    offline_search.install_offline_search(first)
    offline_search.install_offline_search(second)
    for path in sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file()):
        assert (first / path).read_bytes() == (second / path).read_bytes(), path


def test_a_site_without_material_worker_is_one_actionable_problem(tmp_path):
    site = make_offline_site(tmp_path)
    (site / MATERIAL_WORKER).unlink()
    with pytest.raises(ConfigError) as raised:
        offline_search.install_offline_search(site)
    message = str(raised.value)
    assert "\n" not in message and message.startswith("assets/javascripts/workers/search.*.min.js:")


def test_site_without_search_is_left_alone(tmp_path):
    offline_search.install_offline_search(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_installed_material_is_the_release_the_worker_was_checked_against():
    """search-worker.js speaks Material's internal worker messages and result shape.

    On a Material upgrade, compare src/templates/assets/javascripts/integrations/search/ (worker/message,
    _/index.ts) and templates/search/index.tsx of the new release with the worker, run the bundle
    browser tests, then update MATERIAL_VERSION_CHECKED.
    """
    assert offline_search.material_version() == offline_search.MATERIAL_VERSION_CHECKED
