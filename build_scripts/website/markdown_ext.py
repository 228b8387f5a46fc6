"""The site's own Markdown extension (added to MkDocs' by the hook build_scripts/website/mkdocs_pages.py).

- `{:div .name attribute}` … `{:/div}` blocks: a <div class="name" attribute=""> around the
  Markdown between the two lines. The generated pages use them where they once used md_in_html
  (<div markdown>), which took about 40 % of the time Python-Markdown spends on an article. A
  source can never open one: the cleaner escapes every '{' of a source's text (cleaning/markdown.py)
  and the templates put every value through |md, which escapes it too. Blocks do not nest.
- Inline patterns are not tried on a text that holds none of the characters they start with:
  most paragraphs of Chinese text hold none, and Python-Markdown would try each of its 15
  patterns on each of them. The page comes out the same, character for character.
- A page without '<' skips the raw-HTML block finder (an HTML parser over the whole page), and
  MkDocs' own scan of the page's raw HTML for anchor ids (another HTML parser over the page); a
  page whose tags are all simple ones without an id (the report's pages) skips the scan too.
- A `{:div .entry-list}` block whose every line is a list entry as the templates write it
  (templates/_entries.md.j2: date, linked title, then the linked genre and the source) becomes
  its list directly, without Python-Markdown's list, inline and link patterns: the same elements
  they would make. List pages (topics, topics narrowed by genre, genres, years, sources) are
  mostly such lines, a hundred to a page, and took a quarter of the MkDocs step. A block with
  any other line (an entry with a summary, a '&' in a title) goes through Python-Markdown.
- The `{:div}` blocks of an article page (templates/article.md.j2: its meta line, its topics, its
  footer's keywords and related articles) become their paragraphs and list directly when every
  block of them is a generated line (links, texts and a **label**, or a list of related articles
  with their dates): the same elements as Python-Markdown would make. They were most of the texts
  its inline patterns handled (about 8,500 at 1,000 articles: 0.5 s of CPU, ≈ 3 % of a build). A
  block of any other shape (a '&' in a keyword, the source's own address, a line broken in two)
  sends the whole div through Python-Markdown.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import util
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor
from markdown.extensions import Extension
from markdown.treeprocessors import InlineProcessor

_DIV_OPEN = re.compile(r"^\{:div((?: +[.]?[A-Za-z][\w-]*)+) *\}[ \t]*(?:\n|$)")
_DIV_CLOSE = "{:/div}"
ENTRY_LIST_CLASS = "entry-list"
# One entry line of templates/_entries.md.j2. Its texts went through render.md_inline, which
# escapes each of Python-Markdown's special characters with a backslash (and '&', '<', '>' as
# entities: a text with any of them is left to Python-Markdown, whose output keeps an entity).
_MD_ESCAPED = r"\\`*_{}\[\]()#+\-.!|"
_ESCAPED_CHARS = frozenset("\\`*_{}[]()#+-.!|")  # the characters of _MD_ESCAPED
_TEXT = rf"(?:\\[{_MD_ESCAPED}]|[^{_MD_ESCAPED}&<>\s]|(?<=\S) (?=\S))+"
_HREF = r"[A-Za-z0-9_./-]+"
_ENTRY = re.compile(
    rf"- \*(?P<date>[0-9-]+|未注明日期)\* \[(?P<title>{_TEXT})\]\((?P<href>{_HREF})\)"
    rf"(?P<tail> \*(?:\[(?P<genre>{_TEXT})\]\((?P<genre_href>{_HREF})\))?(?P<sep> · )?(?P<source>{_TEXT})?\*)?"
)
_UNESCAPE = re.compile(rf"\\([{_MD_ESCAPED}])")

# The {:div} blocks of templates/article.md.j2 whose lines add_generated_lines may take.
GENERATED_CLASSES = frozenset({"article-meta", "article-topics", "article-footer"})
# A link the template writes, its text a text or a date: to a page of the site (rel(…)) or a search (?q= and a
# quoted term).
_LINK = rf"\[(?P<text>{_TEXT}|[0-9-]+)\]\((?P<href>[A-Za-z0-9_./%?=~-]+)\)"
# A paragraph is an optional **label**, then links and texts (_LINK_OR_TEXT, one after the other).
_LABEL = re.compile(rf"\*\*(?P<label>{_TEXT})\*\*")
_LINK_OR_TEXT = re.compile(rf"{_LINK}|(?P<plain>{_TEXT})")
# A related article: - [title](path) and its date in emphasis.
_RELATED = re.compile(rf"- {_LINK}(?: \*(?P<date>[0-9-]+)\*)?")

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
        inner = [b for b in inner if b.strip()]
        if ENTRY_LIST_CLASS in classes and add_entry_list(div, inner):
            return
        if GENERATED_CLASSES.intersection(classes) and self._takes_generated_lines() and add_generated_lines(div, inner):
            return
        self.parser.parseBlocks(div, inner)

    def _takes_generated_lines(self) -> bool:
        """Whether add_generated_lines makes what Python-Markdown would with this instance: its own inline
        patterns only (as QuickInlineProcessor), and the escapes of _MD_ESCAPED (the tables extension adds '|')."""
        md = self.parser.md
        return set(md.inlinePatterns._data) <= KNOWN_INLINE_PATTERNS and _ESCAPED_CHARS <= set(md.ESCAPED_CHARS)


def add_generated_lines(parent, blocks: list[str]) -> bool:
    """The paragraphs and lists Python-Markdown would make of these blocks, when each is one generated line (a
    **label**, then links and texts without markup: _LABEL, _LINK_OR_TEXT) or a tight list of related articles
    (_RELATED) after a block that is no list, into parent; False (and nothing added) otherwise."""
    made = []
    for block in blocks:  # (a block with a line break at either end is taken by neither shape)
        if "]:" in block:
            return False  # [甲\]: 乙](a.md) alone on a line defines a link reference
        if block.startswith("- "):
            items = [_RELATED.fullmatch(line) for line in block.split("\n")]
            if None in items or (made and made[-1][0] == "ul"):
                return False  # a list right after a list: Python-Markdown makes one loose list of the two
            made.append(("ul", items))
            continue
        if "\n" in block:
            return False
        label = _LABEL.match(block)
        pos = label.end() if label else 0
        pieces = []
        while pos < len(block):
            piece = _LINK_OR_TEXT.match(block, pos)
            if piece is None:
                return False
            pieces.append(piece)
            pos = piece.end()
        if label is None and not pieces:
            return False
        made.append(("p", (label, pieces)))
    for tag, content in made:
        if tag == "ul":
            ul = etree.SubElement(parent, "ul")
            for m in content:
                li = etree.SubElement(ul, "li")
                link = _element(li, "a", _text(m["text"]), href=m["href"])
                if m["date"] is not None:
                    link.tail = " "
                    _element(li, "em", m["date"])
            continue
        label, pieces = content
        p = etree.SubElement(parent, "p")
        last = _element(p, "strong", _text(label["label"])) if label else None
        for m in pieces:
            if m["plain"] is None:
                last = _element(p, "a", _text(m["text"]), href=m["href"])
            elif last is None:
                p.text = util.AtomicString(_text(m["plain"]))
            else:
                last.tail = util.AtomicString(_text(m["plain"]))
    return True


def add_entry_list(parent, blocks: list[str]) -> bool:
    """The <ul> Python-Markdown would make of these blocks, when they are one tight list of entry
    lines (_ENTRY), into parent; False (and nothing added) otherwise."""
    if len(blocks) != 1:
        return False
    entries = []
    for line in blocks[0].strip("\n").split("\n"):
        m = _ENTRY.fullmatch(line)
        if m is None:
            return False
        genre, source = m["genre"] is not None, m["source"] is not None
        # the template writes ' · ' exactly between a genre and a source, and no empty emphasis
        if (m["sep"] is not None) != (genre and source) or (m["tail"] is not None) != (genre or source):
            return False
        entries.append(m)
    ul = etree.SubElement(parent, "ul")
    for m in entries:
        li = etree.SubElement(ul, "li")
        _element(li, "em", m["date"]).tail = " "
        title = _element(li, "a", _text(m["title"]), href=m["href"])
        if m["tail"] is None:
            continue
        title.tail = " "
        em = etree.SubElement(li, "em")
        if m["genre"] is None:
            em.text = util.AtomicString(_text(m["source"]))
            continue
        genre = _element(em, "a", _text(m["genre"]), href=m["genre_href"])
        if m["source"] is not None:
            genre.tail = util.AtomicString(" · " + _text(m["source"]))
    return True


def _element(parent, tag: str, text: str, **attributes):
    """A child element holding text that no inline pattern may change (it is final)."""
    element = etree.SubElement(parent, tag, attributes)
    element.text = util.AtomicString(text)
    return element


def _text(escaped: str) -> str:
    """The text a reader sees of a md_inline-escaped text without entities."""
    return _UNESCAPE.sub(r"\1", escaped)


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


# The preprocessor MkDocs registers on each page's Markdown (mkdocs.structure.pages._RawHTMLPreprocessor):
# it feeds the page through an HTML parser to collect the id= of its raw HTML elements.
MKDOCS_RAW_HTML = "mkdocs_raw_html"


# Where an HTML parser sees markup: '<' and a letter (a start tag), '/' (an end tag), '!' or '?' (a comment, a
# declaration). Any other '<' is text to it.
_MARKUP_OPEN = re.compile(r"<[A-Za-z/!?]")
# A tag whose end is the first '>' after it, as the parser reads it: a name, then attributes without a value or with
# one in double quotes that holds no '<' or '>'.
_SIMPLE_TAG = re.compile(r'</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z][A-Za-z-]*(?:="[^"<>]*")?)*\s*/?>')
# An attribute the scan collects (id, or name of an <a>; HTML reads attribute names in any case).
_ANCHOR_ATTRIBUTE = re.compile(r"\s(?:id|name)\b", re.I)


def holds_no_anchor(text: str) -> bool:
    """Whether an HTML parser finds no id= or name= attribute in this text: each of its tags is a simple one
    (_SIMPLE_TAG) without such an attribute. False for any other markup (a comment, a quoted '>')."""
    for start in _MARKUP_OPEN.finditer(text):
        tag = _SIMPLE_TAG.match(text, start.start())
        if tag is None or _ANCHOR_ATTRIBUTE.search(tag.group()):
            return False
    return True


class QuickAnchorScan(Preprocessor):
    """Skips MkDocs' scan of a page's raw HTML for anchor ids (MKDOCS_RAW_HTML) on a page whose HTML holds none.

    The scan runs an HTML parser over the whole page (4 % of the MkDocs step; a third of the time of the report's
    pages, whose every line is a tag) and collects the id= (and name= of an <a>) of the start tags it meets. A page
    without a '<' has none, nor has one whose tags are all simple ones without such an attribute (holds_no_anchor:
    the site's report and chart pages): the scan's set stays empty as the parser would leave it. Runs just before
    it, on that page's own instance only.
    """

    def run(self, lines):
        if MKDOCS_RAW_HTML in self.md.preprocessors and (not any("<" in line for line in lines)
                                                         or holds_no_anchor("\n".join(lines))):
            self.md.preprocessors[MKDOCS_RAW_HTML].run = _unchanged
        return lines


def _unchanged(lines):
    return lines


class SiteExtension(Extension):
    def extendMarkdown(self, md):
        # Before the paragraph (10) and list processors, after the indented code block (80).
        md.parser.blockprocessors.register(DivBlockProcessor(md.parser), "site_div", 75)
        # In the place and at the priority of Python-Markdown's own.
        md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)
        md.preprocessors.register(QuickHtmlBlockPreprocessor(md), "html_block", 20)
        # Right before MkDocs' anchor scan (21), which MkDocs registers after the extensions.
        md.preprocessors.register(QuickAnchorScan(md), "site_anchor_scan", 22)


def makeExtension(**kwargs):
    return SiteExtension(**kwargs)
