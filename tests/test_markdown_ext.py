"""The site's Markdown extension (build_scripts/website/markdown_ext.py): {:div} blocks, and inline
patterns skipped only where none can match (the page comes out the same)."""
from __future__ import annotations

import markdown
import markdown.extensions
import pytest
from markdown.inlinepatterns import SimpleTagInlineProcessor

from build_scripts.website import markdown_ext
from build_scripts.cleaning.markdown import escape_md
from build_scripts.website.markdown_ext import SiteExtension
from build_scripts.website.render import md_inline

EXTENSIONS = ["toc", "admonition", "tables"]


def convert(text: str, quick: bool = True) -> str:
    md = markdown.Markdown(extensions=[*EXTENSIONS, SiteExtension()])
    if not quick:
        md.treeprocessors["inline"].run = _plain_run(md.treeprocessors["inline"])
    return md.convert(text)


def _plain_run(processor):
    real = markdown_ext.InlineProcessor.run

    def run(tree, ancestors=None):
        processor.quick = False
        return real(processor, tree, ancestors)
    return run


def test_a_div_block_wraps_markdown_with_its_class_and_attributes():
    html = convert("前文。\n\n{:div .article-footer data-search-exclude}\n\n**相关文章**\n\n- [甲](a.md)\n- [乙](b.md)\n{:/div}\n\n后文。")
    assert '<div class="article-footer" data-search-exclude="">' in html
    assert '<p><strong>相关文章</strong></p>\n<ul>\n<li><a href="a.md">甲</a></li>' in html
    assert html.index("</div>") < html.index("后文")


def test_a_div_block_can_open_and_close_around_one_line():
    assert convert("{:div .meta}\n[2024](y.md) · 来源\n{:/div}") == '<div class="meta">\n<p><a href="y.md">2024</a> · 来源</p>\n</div>'


@pytest.mark.parametrize("text", ["{:div .evil onclick}", "{:div .evil}\n正文\n{:/div}", "{:/div}"])
def test_source_text_never_opens_a_div(text):
    """The cleaner escapes every '{' of a source, so its text shows as written."""
    html = convert(escape_md(text))
    assert "<div" not in html and "{:" in html


SAMPLES = [
    "党建工作与生产经营深度融合，是新时代国有企业党建的重要课题。",
    "行末两个空格  \n换行", "&amp; 与 &lt;符号&gt;", r"转义 \* \_ \[1\] \#", "`代码` 与 **加粗** 与 *强调* 与 _下划线_",
    "[链接](a.md \"标题\") 与 ![图](x.png) 与 [引用][r]\n\n[r]: http://example.com", "<span class=\"x\">内联</span> <http://example.com>",
    "a*b*c 与 2*3 与 snake_case_word", "引用标注[1]和[J]", "引用[5-7]。", "定义了的[r]\n\n[r]: http://example.com",
    "[r] [x](y.md) [嵌套 [a](b.md)] [文本] [r]\n\n[r]: z.md", "[未定义] [也未定义][r2]", "![图][r]\n\n[r]: i.png", "[文本]\n(不是链接)", "# 标题\n\n## 小标题 ##\n\n正文", "| 表 | 格 |\n| --- | --- |\n| 一 | 二 |",
    "!!! abstract \"摘要\"\n    摘要正文 *强调*", "- 列表一\n- 列表二 &amp;\n\n1. 有序",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_skipping_inline_patterns_changes_nothing(text):
    assert convert(text, quick=True) == convert(text, quick=False)


class Mark(markdown.extensions.Extension):
    """An inline pattern the shortcut does not know, starting with a character it does not look for."""

    def extendMarkdown(self, md):
        md.inlinePatterns.register(SimpleTagInlineProcessor(r"(==)(.+?)==", "mark"), "mark", 65)


def test_the_shortcut_is_off_when_another_extension_adds_an_inline_pattern():
    html = markdown.Markdown(extensions=[*EXTENSIONS, SiteExtension(), Mark()]).convert("这是==高亮==的词")
    assert "<mark>高亮</mark>" in html


def _entries(*lines: str) -> str:
    return "前文。\n\n{:div .entry-list data-search-exclude}\n" + "\n".join(lines) + "\n{:/div}\n\n后文。"


def _entry(title: str, genre: str | None, source: str | None, date: str = "2024-05-01") -> str:
    """One entry line as templates/_entries.md.j2 writes it (texts through render.md_inline)."""
    line = f"- *{date}* [{md_inline(title)}](../articles/a-b.md)"
    if genre or source:
        g = f"[{md_inline(genre)}](../genres/xinwen.md)" if genre else ""
        line += " *" + g + (" · " if genre and source else "") + (md_inline(source) if source else "") + "*"
    return line


ENTRY_LISTS = [
    [_entry("某某公司党支部开展主题党日活动", "新闻报道", "某某党建网"), _entry("第二篇", "经验交流", "某某网")],
    [_entry("只有文体", "心得体会", None), _entry("只有来源", None, "某某日报"), _entry("都没有", None, None, "未注明日期")],
    [_entry(r"标点 *星号* _下划线_ [方括号](圆括号) #井号 +加号 -减号 .点 !叹号 |竖线 `反引号` \反斜杠 {花括号}",
            "新闻报道", "某某网 · 分站")],
    [_entry("题目 A  B", "新闻报道", "某某网（www.example.com）")],
    [_entry("含 & 的题目", "新闻报道", "某某网"), _entry("含 <b> 的题目", None, "某某&amp;网")],  # entities: Python-Markdown's way
]


@pytest.mark.parametrize("lines", ENTRY_LISTS)
def test_an_entry_list_comes_out_as_python_markdown_makes_it(lines, monkeypatch):
    """The list pages' entries skip Python-Markdown's list and inline patterns: the same HTML."""
    quick = convert(_entries(*lines))
    monkeypatch.setattr(markdown_ext, "add_entry_list", lambda parent, blocks: False)
    assert quick == convert(_entries(*lines))
    assert quick.count("<li>") == len(lines)


def test_the_entry_list_shortcut_takes_the_lines_the_templates_write_and_no_others():
    assert markdown_ext._ENTRY.fullmatch(_entry("某某题目", "新闻报道", "某某网"))
    assert not markdown_ext._ENTRY.fullmatch(_entry("某某 & 题目", "新闻报道", "某某网"))
    assert not markdown_ext._ENTRY.fullmatch(_entry("某某题目", None, None) + ' <span class="entry-summary">摘要</span>')
    assert not markdown_ext._ENTRY.fullmatch("- *2024-05-01* [未转义的*星号](../articles/a.md)")


def _mkdocs_page_render(text: str):
    """Page.render's Markdown as MkDocs sets it up for one page: the extensions, then its anchor scan."""
    from mkdocs.structure.pages import _RawHTMLPreprocessor
    md = markdown.Markdown(extensions=[*EXTENSIONS, SiteExtension()])
    scan = _RawHTMLPreprocessor()
    scan._register(md)
    html = md.convert(text)
    return html, scan


REPORT_LIKE = ('# 报告\n\n运行 `clean --explain <源文件>`。\n\n<code>source_texts/a.txt</code> [题](a.md)\n\n'
               '<details class="report-changes" open>\n<summary>删除的行（1）</summary>\n<ul>\n'
               '<li><code>site-chrome</code> <del>网址 ?id=1&amp;name=2 ID</del><br/></li>\n</ul>\n</details>\n')


@pytest.mark.parametrize("text, ids", [
    ("# 标题\n\n正文，没有尖括号 & 实体 &amp; 也没有 id。\n\n- [链接](a.md)\n", set()),
    (REPORT_LIKE, set()),
    ('# 标题\n\n<div id="chart-1" class="chart">图</div>\n\n<a name="top"></a>正文\n', {"chart-1", "top"}),
    ('<div class="x" ID="upper">图</div>\n', {"upper"}),
    ("<div class='x' id='single'>图</div>\n", {"single"}),
    ('<div title="a>b" id="after-quoted-gt">图</div>\n', {"after-quoted-gt"}),
    ('<!-- <a name="in-comment"> --><span id=bare>x</span>\n', {"bare"}),
])
def test_mkdocs_finds_the_same_raw_html_anchors_with_its_scan_skipped_where_there_is_no_tag(text, ids):
    html, scan = _mkdocs_page_render(text)
    assert scan.present_anchor_ids == ids
    assert ("run" in vars(scan)) == (not ids), "the scan is skipped exactly on a page whose HTML holds no anchor"
    assert html == markdown.Markdown(extensions=[*EXTENSIONS, SiteExtension()]).convert(text)


def _article_divs(meta: str, topics: str, footer: str, body: str = "正文第一段。") -> str:
    """The {:div} blocks of an article page as templates/article.md.j2 writes them, around a body."""
    return (f"# 标题\n\n{{:div .article-meta}}\n{meta}\n{{:/div}}\n\n{{:div .article-topics data-search-exclude}}\n"
            f"{topics}\n{{:/div}}\n\n{body}\n\n{{:div .article-footer data-search-exclude}}\n\n{footer}\n{{:/div}}\n")


def _footer(keywords: list[str], related: list[tuple[str, str | None]]) -> str:
    lines = ["**关键词**：" + " ".join(f"[{md_inline(k)}](?q={k.encode().hex()})" for k in keywords), "",
             "**相关文章**", ""]
    lines += [f"- [{md_inline(t)}](other-{i}.md)" + (f" *{d}*" if d else "") for i, (t, d) in enumerate(related)]
    return "\n".join(lines)


def _convert_counting(text: str, monkeypatch) -> tuple[str, list[bool]]:
    """The page's HTML, and what add_generated_lines answered for each of its blocks."""
    answers = []
    real = markdown_ext.add_generated_lines

    def spy(parent, blocks):
        answers.append(real(parent, blocks))
        return answers[-1]
    monkeypatch.setattr(markdown_ext, "add_generated_lines", spy)
    return convert(text), answers


GENERATED_PAGES = [
    _article_divs("[2024-05-01](../years/2024.md) · [某某党建网](../sources/mou-dangjian.md) · "
                  "[新闻报道](../genres/xinwen.md)",
                  "[基层党组织建设](../topics/jiceng-zuzhi.md) [党建与中心工作融合](../topics/ronghe.md)",
                  _footer(["基层党组织", "党员干部"], [("甲篇", "2020-01-02"), ("乙篇", None)])),
    _article_divs(f"[{md_inline('某某网 · 分站')}](../sources/a.md) · {md_inline('张三')}、{md_inline('李四')} · "
                  f"{md_inline('某某大学马克思主义学院')}",
                  "", _footer(["党建"], [(r"标点 *星号* _下划线_ [方括号](圆括号) #井号 +加号 -减号 .点 !叹号 |竖线 `反引号` \反斜杠 {花括号}",
                                          "2019-12-31")])),
    _article_divs(f"[{md_inline('题目 A B')}](../sources/b.md) · {md_inline('[1] 作者')}",
                  "[专题](../topics/x.md)", _footer(["一", "二", "三"], [("（一）标题", None)])),
]


@pytest.mark.parametrize("text", GENERATED_PAGES)
def test_an_article_pages_generated_lines_come_out_as_python_markdown_makes_them(text, monkeypatch):
    quick, answers = _convert_counting(text, monkeypatch)
    assert answers == [True, True, True], "every div of the template is taken"
    monkeypatch.setattr(markdown_ext, "add_generated_lines", lambda parent, blocks: False)
    assert quick == convert(text)


@pytest.mark.parametrize("text", [
    _article_divs("[2024-05-01](../years/2024.md) · 含 &amp; 的来源", "[专题](../topics/x.md)", "**相关文章**"),
    _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)",
                  "**原文**：[某网](https://www.example.com/a/b.html?id=1&p=2)\n\n**相关文章**"),
    _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)", "**另见**：[甲网](a.md) · \n乙网"),
    _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)", "- [甲](a.md) *2020-01-01*\n\n- [乙](b.md)"),
    _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)", "- [甲](a.md) *2020-01-01*\n- 乙"),
    _article_divs("[某网](../sources/a.md) 尾随空格 ", "[专题](../topics/x.md)", "**相关文章**"),
])
def test_the_generated_line_shortcut_leaves_other_blocks_to_python_markdown(text, monkeypatch):
    quick, answers = _convert_counting(text, monkeypatch)
    assert answers.count(False) == 1
    monkeypatch.setattr(markdown_ext, "add_generated_lines", lambda parent, blocks: False)
    assert quick == convert(text)


@pytest.mark.parametrize("footer", ["**相关文章**\n\n\n- [甲](a.md)", "**相关文章**\n\n- [甲](a.md)\n\n\n\n",
                                    "\n\n\n**相关文章**\n\n- [甲](a.md)"])
def test_extra_blank_lines_change_nothing(footer, monkeypatch):
    text = _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)", footer)
    quick = convert(text)
    monkeypatch.setattr(markdown_ext, "add_generated_lines", lambda parent, blocks: False)
    assert quick == convert(text)


def test_a_link_reference_defined_on_the_page_changes_no_generated_link(monkeypatch):
    """A generated [text] is always followed by (href): a link, whatever references the page defines."""
    text = _article_divs("[某网](../sources/a.md)", "[专题](../topics/x.md)", "**相关文章**",
                         body="正文。\n\n[专题]: http://example.com/\n\n[某网]: http://example.com/")
    quick, answers = _convert_counting(text, monkeypatch)
    assert answers == [True, True, True] and 'href="http://example.com/"' not in quick
    monkeypatch.setattr(markdown_ext, "add_generated_lines", lambda parent, blocks: False)
    assert quick == convert(text)


def test_a_line_that_defines_a_link_reference_is_left_to_python_markdown(monkeypatch):
    text = _article_divs(f"[{md_inline('甲]: 乙')}](../sources/a.md)", "[专题](../topics/x.md)", "**相关文章**")
    quick, answers = _convert_counting(text, monkeypatch)
    assert answers == [False, True, True]
    monkeypatch.setattr(markdown_ext, "add_generated_lines", lambda parent, blocks: False)
    assert quick == convert(text)


def test_the_generated_line_shortcut_is_off_when_another_extension_adds_an_inline_pattern():
    text = _article_divs("[某网](../sources/a.md) · 这是==高亮==的词", "[专题](../topics/x.md)", "**相关文章**")
    assert "<mark>高亮</mark>" in markdown.Markdown(extensions=[*EXTENSIONS, SiteExtension(), Mark()]).convert(text)


@pytest.mark.parametrize("text, expected", [
    ("没有标签 a < b 与 <源文件>", True),
    ('<ul class="report-warnings">\n<li>警告 id=1</li>\n</ul><br/><details open>', True),
    ('<a name="x">', False), ('<p ID="x">', False), ("<p class='x'>", False), ('<p title="a>b">', False),
    ("<!-- 注释 -->", False), ("<?php ?>", False), ("<p class=x>", False),
])
def test_holds_no_anchor_takes_only_simple_tags_without_an_id(text, expected):
    assert markdown_ext.holds_no_anchor(text) is expected
