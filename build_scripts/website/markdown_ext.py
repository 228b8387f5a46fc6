"""The site's own Markdown extension (added to MkDocs' by the hook build_scripts/website/mkdocs_pages.py).

- `{:div .name attribute}` … `{:/div}` blocks: a <div class="name" attribute=""> around the
  Markdown between the two lines. The generated pages use them where they once used md_in_html
  (<div markdown>), which took about 40 % of the time Python-Markdown spends on an article. A
  source can never open one: the cleaner escapes every '{' of a source's text (cleaning/markdown.py)
  and the templates put every value through |md, which escapes it too. Blocks do not nest.
- Inline patterns are not tried on a text that holds none of the characters they start with:
  most paragraphs of Chinese text hold none, and Python-Markdown would try each of its 15
  patterns on each of them. The page comes out the same, character for character.
- A page without '<' skips the raw-HTML block finder (an HTML parser over the whole page).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import util
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import HtmlBlockPreprocessor
from markdown.extensions import Extension
from markdown.treeprocessors import InlineProcessor

_DIV_OPEN = re.compile(r"^\{:div((?: +[.]?[A-Za-z][\w-]*)+) *\}[ \t]*(?:\n|$)")
_DIV_CLOSE = "{:/div}"

# Python-Markdown's own inline patterns, and the texts they can match: a text with none of these
# characters (nor two spaces before a line break) is left as it is by every one of them. A '['
# starts a link only when its ']' is followed by '(' or '[' (an inline link, a reference), or as
# [text] of a reference the page defines: the citation marks of Chinese papers, [1] or [5-7],
# are in a third of the paragraphs and start nothing.
KNOWN_INLINE_PATTERNS = {
    "backtick", "escape", "reference", "link", "image_link", "image_reference", "short_reference",
    "short_image_ref", "autolink", "automail", "linebreak", "html", "entity", "not_strong", "em_strong",
    "em_strong2",
}
_INLINE_START = re.compile(r"[\\`<&*_]|  \n|!\[|\]\s*[\[(]")
_INLINE_START_WITH_REFERENCES = re.compile(r"[\\`\[<&*_]|  \n")


class DivBlockProcessor(BlockProcessor):
    """`{:div .name attr}` opening line … `{:/div}` closing line → <div class="name" attr="">…</div>."""

    def test(self, parent, block):
        return block.startswith("{:div") and _DIV_OPEN.match(block) is not None

    def run(self, parent, blocks):
        first = blocks.pop(0)
        match = _DIV_OPEN.match(first)
        div = etree.SubElement(parent, "div")
        classes = []
        for word in match.group(1).split():
            if word.startswith("."):
                classes.append(word[1:])
            else:
                div.set(word, "")
        if classes:
            div.set("class", " ".join(classes))
        inner = []
        rest = first[match.end():]
        while True:
            lines = rest.rstrip("\n").split("\n")
            if _DIV_CLOSE in (line.strip() for line in lines):
                end = [line.strip() for line in lines].index(_DIV_CLOSE)
                inner.append("\n".join(lines[:end]))
                after = "\n".join(lines[end + 1:])
                if after.strip():
                    blocks.insert(0, after)
                break
            inner.append(rest)
            if not blocks:
                break  # no closing line: the div ends with the page
            rest = blocks.pop(0)
        self.parser.parseBlocks(div, [b for b in inner if b.strip()])


class QuickInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, which skips a text no inline pattern can match.

    It does so only while every registered inline pattern is one of Python-Markdown's own
    (KNOWN_INLINE_PATTERNS); an extension that adds another turns the shortcut off.
    """

    quick = False
    start = _INLINE_START

    def run(self, tree, ancestors=None):
        self.quick = set(self.md.inlinePatterns._data) <= KNOWN_INLINE_PATTERNS
        self.start = _INLINE_START_WITH_REFERENCES if self.md.references else _INLINE_START
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data, patternIndex=0):
        if self.quick and not isinstance(data, util.AtomicString) and self.start.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


class QuickHtmlBlockPreprocessor(HtmlBlockPreprocessor):
    """Python-Markdown's raw-HTML block finder, which leaves a page without a '<' as it is.

    It feeds the whole page through an HTML parser (a tenth of the MkDocs step); a page without
    a '<' holds no HTML for it to find. Article pages have none (the cleaner and the templates
    escape it as &lt;); pages with the site's own charts go through the parser as before.
    """

    def run(self, lines):
        if not any("<" in line for line in lines):
            return lines
        return super().run(lines)


class SiteExtension(Extension):
    def extendMarkdown(self, md):
        # Before the paragraph (10) and list processors, after the indented code block (80).
        md.parser.blockprocessors.register(DivBlockProcessor(md.parser), "site_div", 75)
        # In the place and at the priority of Python-Markdown's own.
        md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)
        md.preprocessors.register(QuickHtmlBlockPreprocessor(md), "html_block", 20)


def makeExtension(**kwargs):
    return SiteExtension(**kwargs)
