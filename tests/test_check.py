"""`python -m build_scripts check [PATH…]`: one actionable line per problem, exit 1 on any error."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts.__main__ import main

REPO = Path(__file__).resolve().parent.parent
NEWS = (REPO / "tests" / "contributor" / "news_page.txt").read_text(encoding="utf-8")
# A second article written for these tests: a plain page with a title, a date and three sections.
STUDY = """\
机关第二党支部创新学习方式提升学习实效
2024-05-20 来源：机关党委

一、学习内容安排

机关第二党支部制定年度学习计划，把理论学习、业务培训和警示教育分到四个季度，每次集中学习前提前一周发放阅读材料，让党员带着问题参加学习。

二、学习方式创新

支部推行“一人领学、众人研讨”，由党员轮流备课讲解，并把讨论记录整理成简报，在支部微信群里分享给不能到场的同志，做到学习一个不落。

三、学习效果检验

季度末组织一次闭卷小测验和一次交流发言，党员撰写心得体会三十余篇，其中五篇在公司内刊发表，学习成果转化为推动工作的具体举措。
"""
LINE = re.compile(r"^source_texts/[\w.-]+(:\d+)?: [^:]+: .+$")


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A project folder with two good source texts; the test runs inside it."""
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "source_texts"
    sources.mkdir()
    (sources / "news.txt").write_text(NEWS, encoding="utf-8")
    (sources / "study.txt").write_text(STUDY, encoding="utf-8")
    return sources


def run(capsys, *paths: str) -> tuple[int, list[str], str]:
    code = main(["check", *paths])  # an exception would fail the test here: no traceback check needed
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_the_library_in_the_repository_passes(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    code, lines, err = run(capsys)
    assert code == 0, "\n".join(lines)
    assert all(line.split(": ")[1] == "warning" for line in lines)
    assert "check passed" in err


def test_good_sources_pass(library, capsys):
    code, lines, err = run(capsys)
    assert (code, lines) == (0, [])
    assert "检查通过（check passed）：2 篇源文本" in err


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("empty.txt", b"", "source_texts/empty.txt: empty file: "),
    ("blank.txt", " \n\t\n\u3000\n".encode(), "source_texts/blank.txt: empty file: "),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "source_texts/image.txt: binary file: "),
    ("baddate.txt", "---\ndate: 2023年5月\n---\n正文。\n".encode(), "source_texts/baddate.txt: date: '2023年5月' 不是日期"),
    ("topic.txt", ("---\ntopics: [不存在的专题]\n---\n" + STUDY).encode(), "source_texts/topic.txt: unknown topic: '不存在的专题'"),
    ("badyaml.txt", "---\ntitle: a: b\n---\n正文。\n".encode(), "source_texts/badyaml.txt:2: invalid YAML: "),
    ("undecodable.txt", b"\xef\xbb\xbf\xff\xfe\xfd" * 10, "source_texts/undecodable.txt: undecodable: "),
])
def test_a_bad_source_is_one_line_naming_file_and_rule(library, capsys, name, content, expected):
    (library / name).write_bytes(content)
    code, lines, err = run(capsys)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(expected), lines
    assert LINE.match(lines[0])
    assert "检查未通过（check failed）：1 个问题" in err


def test_an_impossible_date_is_a_date_problem(library, capsys):
    (library / "feb30.txt").write_text("---\ndate: 2023-02-30\n---\n正文。\n", encoding="utf-8")
    code, lines, _ = run(capsys)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("source_texts/feb30.txt") and "2023-02-30" in lines[0]
    assert "cleaner failed" not in lines[0]


def test_every_problem_in_a_run_is_reported(library, capsys):
    (library / "a.txt").write_bytes(b"")
    (library / "b.txt").write_text("---\ndate: someday\n---\n正文。\n", encoding="utf-8")
    code, lines, err = run(capsys)
    assert code == 1
    assert [line.split(":")[0] for line in lines] == ["source_texts/a.txt", "source_texts/b.txt"]
    assert "检查未通过（check failed）：2 个问题" in err


def test_a_derived_title_is_a_warning_not_a_failure(library, capsys):
    (library / "untitled.txt").write_text(
        "支部组织党员到社区开展志愿服务，帮助老人打扫楼道、检修电器，受到居民好评。\n"
        "活动结束后，党员们交流了体会，表示要把为民服务落实到日常工作中。\n",
        encoding="utf-8",
    )
    code, lines, err = run(capsys)
    assert code == 0
    assert any(line.startswith("source_texts/untitled.txt: warning: title-derived") for line in lines), lines


def test_two_sources_claiming_one_slug_are_both_named(library, capsys):
    for name in ("a.txt", "b.txt"):
        (library / name).write_text("---\nslug: same-page\n---\n" + STUDY.replace("机关第二", name[0]), encoding="utf-8")
    code, lines, _ = run(capsys)
    assert code == 1
    collisions = [line for line in lines if ": slug collision: " in line]
    assert collisions and all("same-page" in line for line in collisions)
    assert "source_texts/a.txt" in " ".join(collisions) and "source_texts/b.txt" in " ".join(collisions)


def test_an_exact_copy_names_the_article_it_repeats(library, capsys):
    shutil.copy(library / "news.txt", library / "news2.txt")
    code, lines, _ = run(capsys)
    # The build's verdict: published once with both sources listed, a warning (--strict fails on it).
    assert code == 0
    assert lines == ["source_texts/news2.txt: warning: duplicate: source_texts/news2.txt 与下面的文章相同： source_texts/news.txt；"
                     "只发布一次，两个来源都列出；请删除其中一个文件"]


def test_check_and_build_give_one_verdict_on_a_copy(library, capsys):
    """`check` says what the build does with a copy, in the build's words, and neither fails on it."""
    shutil.copy(library / "news.txt", library / "news2.txt")
    code, lines, _ = run(capsys)
    shutil.copytree(REPO / "build_scripts" / "taxonomy", library.parent / "build_scripts" / "taxonomy")
    shutil.copy(REPO / "mkdocs.yml", library.parent / "mkdocs.yml")
    build_code = main(["build", "--no-mkdocs"])
    _, build_err = capsys.readouterr()
    report = (library.parent / "docs" / "report.md").read_text(encoding="utf-8")
    assert (code, build_code) == (0, 0), build_err
    (line,) = lines
    warning = line.split(": warning: duplicate: ", 1)[1]
    assert warning.split("；")[0] in report
    assert main(["build", "--no-mkdocs", "--strict"]) == 1  # and --strict (CI) fails both ways
    capsys.readouterr()


def test_the_same_article_from_another_site_is_a_near_duplicate(library, capsys):
    body = NEWS.split("分享到：微信 微博 QQ空间")[1].split("责任编辑")[0]
    other_site = (
        "党建网 > 基层党建 > 经验交流\n\n“红色引擎”驱动检修一线\n\n2024年03月18日 来源：党建网\n\n"
        + body.replace("，", ",").replace("。", "。\n")
        + "\n转载时对个别字句作了调整，特此说明。\n（本文转载自东江热电公司网站）\n扫一扫在手机打开当前页\n"
    )
    (library / "reposted.txt").write_text(other_site, encoding="utf-8")
    code, lines, _ = run(capsys)
    assert code == 0
    lines = [line for line in lines if ": duplicate: " in line]  # (its genre may be doubtful too)
    assert len(lines) == 1
    assert re.match(r"^source_texts/reposted\.txt: warning: duplicate: source_texts/reposted\.txt "
                    r"与下面的文章(相同|几乎相同（\d+% 的文字一样）)： source_texts/news\.txt；", lines[0]), lines


def test_checking_a_new_file_compares_it_with_the_library(library, capsys, tmp_path):
    (library / "untitled.txt").write_text("支部开展志愿服务活动，党员们帮助社区老人打扫卫生。\n", encoding="utf-8")
    new = tmp_path / "incoming"
    new.mkdir()
    (new / "study-again.txt").write_text(STUDY, encoding="utf-8")
    code, lines, err = run(capsys, str(new / "study-again.txt"))
    assert code == 0
    # Only the file asked about is reported (not the library's own warning), naming what it repeats.
    again = new / "study-again.txt"
    assert lines == [f"{again}: warning: duplicate: {again} 与下面的文章相同： source_texts/study.txt；"
                     "只发布一次，两个来源都列出；请删除其中一个文件"]
    assert "检查通过（check passed）：1 篇源文本，1 条警告" in err
    assert "警告种类（warnings by kind）：duplicate 1 条" in err


def test_a_library_file_given_by_absolute_path_is_checked(library, capsys):
    (library / "feb.txt").write_text("---\ndate: 二月\n---\n正文。\n", encoding="utf-8")
    code, lines, _ = run(capsys, str((library / "feb.txt").resolve()))
    assert code == 1
    assert lines == ["source_texts/feb.txt: date: '二月' 不是日期；请写成 2023-05-01 这样的 年-月-日，或者不写"]


def test_a_sidecar_path_checks_its_source_text(library, capsys):
    (library / "study.meta.yml").write_text("date: 13/01/2024\n", encoding="utf-8")
    code, lines, _ = run(capsys, "source_texts/study.meta.yml")
    assert code == 1
    assert lines[0].startswith("source_texts/study.meta.yml: date: ")


def test_files_the_build_would_skip_are_named(library, capsys):
    (library / "page.html").write_text("<p>正文</p>", encoding="utf-8")
    (library / "gone.meta.yml").write_text("title: 标题\n", encoding="utf-8")
    code, lines, _ = run(capsys)
    assert code == 1
    assert lines == [
        "source_texts/gone.meta.yml: orphan metadata: 旁边没有 gone.txt；把它改成与源文本同名，或者删除它",
        "source_texts/page.html: not a source text: 只有 .txt 文件会被收录；请把网页文字保存为 UTF-8 编码的 .txt 文件",
    ]


def test_a_missing_path_is_a_problem_not_a_crash(library, capsys):
    code, lines, _ = run(capsys, "source_texts/nope.txt")
    assert code == 1
    assert lines == ["source_texts/nope.txt: missing: 没有这个文件；请检查路径"]


@pytest.mark.parametrize("command", ["check", "build"])
def test_outside_the_project_the_missing_folder_is_named(tmp_path, command):
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "build_scripts", command], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == ("source_texts: missing: 没有这个源文本文件夹；"
                                   "请在项目文件夹里运行，或用 --sources 指定文件夹")
    assert done.stdout == ""


def test_on_windows_itself_the_contributor_is_sent_to_wsl(library, capsys, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "WSL" in err and "check passed" not in err


def test_an_article_the_build_would_put_under_no_topic_is_named_before_the_build(library, capsys):
    (library / "weather.txt").write_text(
        "今天的天气\n\n上午晴，下午转多云，气温在十五度到二十二度之间，傍晚有小雨，出门请带伞。\n"
        "明天气温略有下降，早晚温差较大，请注意添加衣物。\n",
        encoding="utf-8",
    )
    code, lines, err = run(capsys)
    assert code == 0
    assert any(line.startswith("source_texts/weather.txt: warning: no-topic") for line in lines), lines
    assert not any(line.startswith("source_texts/news.txt: warning: no-topic") for line in lines), lines
