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
