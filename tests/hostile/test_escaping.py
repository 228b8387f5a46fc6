"""HTML, script, Markdown and template syntax in a source: shown as the text it is, never run or
interpreted, once the cleaned body goes through the site's Markdown (the extensions of mkdocs.yml)."""
from __future__ import annotations

import pytest

from build_scripts.cleaning import clean_source
from build_scripts.sources import read_source

from .helpers import INPUTS, live_markup, norm, parse_html, render_html


@pytest.fixture(scope="module")
def markup():
    article = clean_source(read_source(INPUTS / "markup.txt"))
    return article, parse_html(render_html(article.body))


@pytest.fixture(scope="module")
def syntax():
    article = clean_source(read_source(INPUTS / "markdown_syntax.txt"))
    return article, parse_html(render_html(article.body))


def shown(page) -> str:
    return "\n".join(el.text for el in page.elements if el.tag in ("p", "h2", "h3", "h4"))


def test_script_img_iframe_and_javascript_links_are_not_live(markup):
    article, page = markup
    assert live_markup(page) == []
    assert page.tags() <= {"p", "h2", "h3", "h4", "blockquote", "strong", "a"}
    assert not page.find("a"), "a source link became a live link"


@pytest.mark.parametrize("text", [
    "<script>alert('inline')</script>",
    "<img src=x onerror=\"alert('img')\">",
    "<a href=\"javascript:alert('link')\">点击进入学习专栏</a>",
    "[学习资料下载](javascript:alert('md'))",
    "<svg onload=alert('svg')>",
    '<iframe src="https://evil.example/frame" width="1" height="1"></iframe>',
])
def test_markup_in_a_paragraph_is_shown_as_written(markup, text):
    """A reader sees the tag as text (punctuation width may be repaired next to Chinese text)."""
    article, page = markup
    assert norm(text) in norm(shown(page))


def test_title_and_source_name_with_markup_are_kept_as_text(markup):
    article, _ = markup
    assert article.title == "</title><script>alert('title')</script>支部<b>党建</b>工作纪实"
    assert article.source_name == "<img src=x onerror=alert('name')>红星网"


def test_markdown_and_template_syntax_are_not_interpreted(syntax):
    article, page = syntax
    assert live_markup(page) == []
    # no heading, quote, table, rule, code, list, emphasis, footnote or div made from source lines
    assert page.tags() <= {"p"}, page.tags()
    assert not page.comments


@pytest.mark.parametrize("text", [
    "# 党员教育是党的建设的基础性工作。",
    "> 支部书记讲党课时强调",
    "| 学习内容 | 学习形式 | 学习时间 |",
    "```python 支部把学习记录整理成册",
    "<!-- 支部的学习台账每月更新一次。",
    "{{ config.site_name }}是支部学习平台的名称占位符，{% include \"about.md\" %}不应被执行。",
    "{# 这一段以 Jinja 注释开头，也要原样保留。",
    "!!! warning \"提醒\" 支部提醒党员按时交纳党费。",
    "1. 第一条做法是严格落实“三会一课”制度。",
    "- 第二条做法是开展主题党日活动。",
    "* 第三条做法是开展党员积分管理。",
    "+ 第四条做法是组织党员志愿服务。",
    "=== 等号开头的一行",
    "***加粗和斜体符号***以及_下划线_和`反引号`都要原样显示。",
    "[^1]: 脚注语法开头的一行",
    "[link]: https://evil.example/ \"引用式链接定义\" 这一行是引用式链接的定义。",
    "<div markdown=\"1\">支部的 div 标签不能成为页面结构的一部分。",
    "$$x^2$$ 和 ~~删除线~~ 以及 ==高亮== 和 ^^插入^^ 都是正文里的普通符号。",
])
def test_control_syntax_is_shown_literally(syntax, text):
    article, page = syntax
    assert text in shown(page).replace("：", ":"), f"{text!r} is not on the page as written"


def test_no_stray_backslashes_on_the_page(syntax, markup):
    """Escapes are for the Markdown parser; a reader never sees one."""
    for _, page in (syntax, markup):
        assert "\\" not in shown(page)


def test_indented_line_is_not_a_code_block(syntax):
    article, page = syntax
    assert "四个空格缩进开头的一行，不能变成代码块。" in shown(page)
    assert not page.find("pre") and not page.find("code")
