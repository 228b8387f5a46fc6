"""`python -m build_scripts new NAME`: a skeleton a contributor can fill in, never a clobbered file."""
from __future__ import annotations

import pytest

from build_scripts.__main__ import main
from build_scripts.errors import SourceError
from build_scripts.sources import read_source


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_writes_a_header_the_reader_accepts_once_text_is_pasted(project, capsys):
    assert main(["new", "2024-branch-brand", "--title", "党建品牌: “红色引擎” #1", "--url", "https://example.org/a.html"]) == 0
    path = project / "source_texts" / "2024-branch-brand.txt"
    assert "把网页文字粘贴到元数据块下面" in capsys.readouterr().err
    with pytest.raises(SourceError) as empty:
        read_source(path)
    assert empty.value.rule == "empty file"  # the skeleton alone tells the contributor to paste the text
    with path.open("a", encoding="utf-8") as f:
        f.write("车间党支部把“红色引擎”确定为支部品牌。\n")
    source = read_source(path)
    assert source.meta == {"title": "党建品牌: “红色引擎” #1", "source_url": "https://example.org/a.html"}
    assert source.text == "车间党支部把“红色引擎”确定为支部品牌。\n"


def test_new_without_options_leaves_every_key_commented_out(project):
    assert main(["new", "plain"]) == 0
    text = (project / "source_texts" / "plain.txt").read_text(encoding="utf-8")
    for key in ("title", "date", "authors", "source_name", "source_url", "keywords", "topics", "slug"):
        assert f"# {key}:" in text
    with (project / "source_texts" / "plain.txt").open("a", encoding="utf-8") as f:
        f.write("正文。\n")
    assert read_source(project / "source_texts" / "plain.txt").meta == {}


def test_new_refuses_to_overwrite(project, capsys):
    target = project / "source_texts" / "taken.txt"
    target.parent.mkdir()
    target.write_text("已经写好的正文。\n", encoding="utf-8")
    assert main(["new", "taken", "--title", "新标题"]) == 1
    assert target.read_text(encoding="utf-8") == "已经写好的正文。\n"
    assert capsys.readouterr().err.strip() == (
        "source_texts/taken.txt: exists: 已经有同名的源文本；请换一个名字，或者直接编辑那个文件"
    )


@pytest.mark.parametrize("name", ["党建品牌", "../outside", "/tmp/abs", "a b", "_under_first", "dot.name", "x" * 81, ""])
def test_new_refuses_names_that_are_not_ascii_safe(project, capsys, name):
    assert main(["new", name]) == 1
    err = capsys.readouterr().err.strip()
    assert ": file name: " in err and "\n" not in err
    assert not (project / "source_texts").exists() or not any((project / "source_texts").iterdir())
    assert not (project / "outside.txt").exists()


def test_new_refuses_an_address_that_is_not_a_web_address(project, capsys):
    assert main(["new", "x", "--url", "javascript:alert(1)"]) == 1
    assert "source_url" in capsys.readouterr().err
    assert not (project / "source_texts" / "x.txt").exists()


def test_new_accepts_the_name_with_its_txt_extension(project):
    assert main(["new", "2024-branch-brand.txt"]) == 0
    assert (project / "source_texts" / "2024-branch-brand.txt").is_file()
