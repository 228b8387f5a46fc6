"""The MkDocs hooks' edit links: a new sidecar's text is what yaml.safe_dump writes."""
from __future__ import annotations

import random

import pytest
import yaml

from build_scripts.website.mkdocs_hooks import PLAIN_TITLE_RE, correction_url, title_yaml

# Made-up titles in the style of the library's articles, and a few that YAML must quote or escape.
TITLES = [
    "关于进一步加强基层党组织建设的实施意见",
    "某某区2023年度党建工作要点",
    "学习《条例》心得体会：坚持把纪律挺在前面",
    "“三会一课”制度落实情况的报告（第二季度）",
    "党支部书记述职报告——履职尽责，勇于担当",
    "坚持·创新·发展",
    "2023年工作总结",  # opens with a digit
    "null",
    "- 列表项开头",
    "标题: 带冒号和空格",
    "标题 #带井号",
    "标题'单引号'",
    "标题\"双引号\"",
    " 前有空格",
    "后有空格 ",
    "两行\n标题",
    "",
    "关于ABC公司的通知",
    "是否？",
    "yes",
    "2023-05-01",
]


def dumped(title: str) -> str:
    return yaml.safe_dump({"title": title}, allow_unicode=True, width=1000)


@pytest.mark.parametrize("title", TITLES)
def test_title_yaml_is_what_yaml_writes(title):
    assert title_yaml(title) == dumped(title)


def test_every_plain_title_is_written_plain_by_yaml():
    alphabet = "党建工作要点一二三年月日0123456789AaZz、。（），：；！？“”《》—·"
    rng = random.Random(12)
    for _ in range(3000):
        title = "党" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert PLAIN_TITLE_RE.fullmatch(title)
        assert title_yaml(title) == dumped(title), title


def test_correction_url_for_a_source_without_header(tmp_path):
    (tmp_path / "source_texts").mkdir()
    (tmp_path / "source_texts" / "a.txt").write_text("正文第一行\n", encoding="utf-8")
    url = correction_url("https://github.com/o/r/", "source_texts/a.txt", "某某通知", tmp_path)
    assert url.startswith("https://github.com/o/r/new/main/source_texts?filename=a.meta.yml&value=")


def test_correction_url_for_a_source_with_header_after_a_bom(tmp_path):
    (tmp_path / "source_texts").mkdir()
    (tmp_path / "source_texts" / "b.txt").write_bytes("\ufeff---\ntitle: 某某\n---\n正文\n".encode("utf-8"))
    url = correction_url("https://github.com/o/r/", "source_texts/b.txt", "某某", tmp_path)
    assert url == "https://github.com/o/r/edit/main/source_texts/b.txt"
