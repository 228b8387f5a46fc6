"""Property tests: on any text or bytes the reader and the cleaner fail only with SourceError, keep
every body paragraph, show source text literally (never as live markup), and are idempotent."""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import tempfile
import unicodedata

import pytest
import yaml
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_scripts.article import Block
from build_scripts.article import Source
from build_scripts.cleaning import TEXT_STEPS, Context, clean_source, clean_text, render_body
from build_scripts.cleaning.boilerplate import junk_rule, lexicon, strip_bullets
from build_scripts.cleaning.text import squeeze
from build_scripts.errors import SourceError
from build_scripts.sources import read_source

from .helpers import live_markup, parse_html, render_html

SETTINGS = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "100")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- strategies ---------------------------------------------------------------------------------

PLAIN_WORDS = [
    "党支部", "党员", "学习", "组织", "群众", "工作", "制度", "建设", "基层", "教育", "服务", "发展",
    "坚持", "推动", "加强", "落实", "开展", "活动", "理论", "实践", "责任", "作风", "廉政", "干部",
    "创新", "品牌", "质量", "机制", "思想", "政治", "全面", "深入", "扎实", "持续", "稳步", "提升",
]
# Words a junk lexicon, a metadata or a heading rule might trip over.
WORDS = PLAIN_WORDS + [
    "收藏", "打印", "来源", "作者", "摘要", "相关推荐", "第一", "一、", "（二）", "1.2", "2023年5月1日",
]
# Markup, template and Markdown syntax as scraped text carries it.
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x.example>", "</p>",
    "<a href=\"javascript:alert(1)\">链接</a>", "[链接](javascript:alert(1))", "<http://x.example>",
    "{{ config.site_name }}", "{% include 'x' %}", "{# c #}", "<!--", "-->", "*", "**", "_", "__", "`",
    "```", "~~~", "#", "##", "---", "***", "===", ">", "|", "||", "&", "&amp;", "&lt;", "&#60;", "\\",
    "\\*", "$", "$$", "^", "~~", "==", "!!!", "[", "]", "(", ")", "[^1]", "[TOC]", ":", "+", "-", "1.",
    "  ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", ",", "!", "?", ";",
]
# Lines that pages carry around the article.
JUNK = ["首页 | 新闻 | 党建 | 联系我们", "当前位置：首页 > 党建", "【打印】【关闭】", "责任编辑：王某",
        "发布时间：2023-05-01 来源：某某网", "分享到：微信 微博", "上一篇：某某会议召开", "相关推荐", "3楼", "阅读 1.2万"]

MARKERS = ["一、", "二、", "三、", "（一）", "（二）", "1.1", "1.2", "第一章", "2、"]


@st.composite
def article(draw, words: list[str] = WORDS, junk: bool = True, unique: bool = False) -> str:
    """A page: a title, then paragraphs, headings, junk lines and markup, in any order."""
    token = st.one_of(st.sampled_from(words), st.sampled_from(words), st.sampled_from(HOSTILE))
    sentence = st.builds(lambda ws, end: "".join(ws) + end, st.lists(token, min_size=2, max_size=8),
                         st.sampled_from("。。。！？"))
    paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
    heading = st.builds(lambda m, ws: m + "".join(ws), st.sampled_from(MARKERS),
                        st.lists(st.sampled_from(words), min_size=1, max_size=4))
    kinds = [paragraph, paragraph, paragraph, heading, st.lists(token, max_size=6).map("".join)]
    if junk:
        kinds.append(st.sampled_from(JUNK))
    title = "".join(draw(st.lists(st.sampled_from(PLAIN_WORDS), min_size=3, max_size=6)))
    lines = [title] + draw(st.lists(st.one_of(kinds), min_size=1, max_size=14, unique=unique))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n"]), min_size=len(lines), max_size=len(lines)))
    return "".join(l + s for l, s in zip(lines, seps))


SOUP = "党员学习组织群众。，！？：；“”（）《》、\n\n 　#>|`*_-=~^$[](){}<>!&;:\\/\"'0123456789一二三aZ\r\t\x00\x0c\ufeff"


def texts(page: st.SearchStrategy, soup: str = SOUP) -> st.SearchStrategy:
    """A generated page, or any text at all, or text made only of the characters that matter here."""
    return st.one_of(page, st.text(max_size=1000), st.text(alphabet=st.sampled_from(list(soup)), max_size=1000))


any_text = texts(article())


@st.composite
def raw_bytes(draw) -> bytes:
    """Bytes as a file on disk may hold them: noise, or text in an encoding a Chinese page comes in."""
    kind = draw(st.sampled_from(["noise", "utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "big5"]))
    if kind == "noise":
        return draw(st.binary(max_size=3000))
    text = draw(any_text)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text.encode(kind, errors="replace" if kind == "big5" else "surrogatepass")


def as_read(text: str) -> str:
    """Text as read_source hands it to the cleaner: line ends normalised to \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def source_of(text: str) -> Source:
    return Source(path="source_texts/p.txt", name="p.txt", stem="p", text=as_read(text), sha256="0" * 64,
                  encoding="utf-8")


# ---- never anything but SourceError ------------------------------------------------------------

@SETTINGS
@given(raw_bytes())
@example(b"")
@example(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf" + "---\ntitle: [\n---\n正文。".encode())
@example("---\n---\n".encode())
@example("---\n- a\n---\n正文。".encode())
@example("---\ntitle: !!python/object/apply:os.system ['true']\n---\n正文。".encode())
def test_reader_and_cleaner_raise_only_source_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.txt"
        path.write_bytes(data)
        try:
            source = read_source(path)
        except SourceError as e:
            assert str(e).startswith(str(path)), f"the error does not name the file: {e}"
            assert "\n" not in str(e), f"the error is not one line: {e!r}"
            return
    assert "\r" not in source.text, "line ends are not normalised"
    assert_a_publishable_article(clean_source(source), source)


def assert_a_publishable_article(article, source: Source) -> None:
    """What every cleaned article holds, whatever the page was: fields a page can show, warnings that match them."""
    assert article.title.strip() and "\n" not in article.title
    assert article.date is None or dt.date.fromisoformat(article.date).isoformat() == article.date
    assert "\r" not in article.body and "\x00" not in article.body
    assert (article.source_file, article.source_sha256) == (f"source_texts/{source.name}", source.sha256)
    if not source.meta.get("date"):
        assert (article.date is None) == any(w.kind == "no-date" for w in article.warnings)
    assert article.truncated == any(w.kind == "truncated" for w in article.warnings)
    assert all(isinstance(k, str) and k.strip() for k in article.keywords), article.keywords
    assert clean_source(source) == article, "cleaning the same source twice gave two articles"


@SETTINGS
@given(any_text)
def test_cleaner_never_raises_and_every_article_is_publishable(text):
    source = source_of(text)
    assert_a_publishable_article(clean_source(source), source)


# ---- nothing lost ------------------------------------------------------------------------------

# A full sentence: at least this many characters before its 。！？.
SENTENCE_CHARS = 12
LETTERS = re.compile(r"[\W_]+")


def letters(s: str) -> str:
    """What a reader must still find: letters, digits and CJK (punctuation width may be repaired,
    entities such as &amp;nbsp; copied from page source are decoded)."""
    return LETTERS.sub("", unicodedata.normalize("NFKC", html.unescape(s))).lower()


# 摘要： 关键词： …: a label the cleaner splits a line at, to move what follows into the metadata.
LABEL_RE = re.compile(r"(?:摘\s*要|关键词|关键字|中图分类号|文献标识码|文章编号)\s*[:：]")


def body_paragraphs(text: str) -> list[str]:
    """The paragraphs of a generated page that are body paragraphs: two or more full sentences,
    not a line the junk lexicon names on its own or that holds a metadata label, and not under a
    相关推荐-style list header (the lexicon's tail_cut: such a list is dropped unless long prose
    follows it). Paragraphs are the lines as the cleaner reads them (side-by-side paragraphs
    split apart)."""
    out = []
    for line in as_cleaner_reads(text):
        if squeeze(strip_bullets(line)).startswith(lexicon()["tail_cut"]):
            break
        if len(full_sentences(line)) >= 2 and junk_rule(line) is None and not LABEL_RE.search(line):
            out.append(line)
    return out


def full_sentences(line: str) -> list[str]:
    return [s for s in re.split(r"[。！？!?]", line)[:-1] if len(letters(s)) >= SENTENCE_CHARS]


def as_cleaner_reads(text: str) -> list[str]:
    """The lines of a text after the cleaner's character-level steps (entities, whitespace,
    punctuation, side-by-side paragraphs), as its line rules see them."""
    ctx = Context()
    for step in TEXT_STEPS:
        text = step(text, ctx)
    return [line.strip() for line in text.split("\n")]


@SETTINGS
@given(article())
# the title glued to a first heading whose words sit behind markup: the heading and its sentence stay
@example("党支部党支部党支部\n党支部党支部党支部一、<script>alert(1)</script>。党支部党支部党支部党支部。\n")
def test_no_body_paragraph_is_lost(text):
    article = clean_source(source_of(text))
    page = parse_html(render_html(article.body))
    # the page shows the title as its heading: a paragraph taken for the title is not lost
    shown = letters(article.title + "".join(el.text for el in page.elements if el.tag in ("p", "h2", "h3", "h4", "h5", "h6")))
    for para in body_paragraphs(text):
        # sentence by sentence: a numbered heading may be split off its paragraph, and a paragraph
        # repeated on the page is shown once, where it first appears
        for sentence in full_sentences(para):
            got = letters(sentence)
            # a title glued in front of a numbered heading is split off as the title: it shows
            # above the body, and the rest of its sentence shows in the body
            title = letters(article.title)
            if title and got.startswith(title) and got[len(title):] in shown:
                continue
            assert got in shown, f"lost {sentence!r} of paragraph {para!r}"


# ---- nothing live, everything literal -----------------------------------------------------------

ALLOWED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "strong", "a"}


@SETTINGS
@given(any_text)
def test_no_live_markup_from_a_source(text):
    article = clean_source(source_of(text))
    page = parse_html(render_html(article.body))
    assert live_markup(page) == []
    assert page.tags() <= ALLOWED_TAGS, f"source text became markup: {page.tags() - ALLOWED_TAGS}"
    assert not page.comments
    for a in page.find("a"):  # only the permalinks the toc extension adds to headings
        assert a.attrs.get("class") == "headerlink" and a.attrs.get("href", "").startswith("#"), a


@SETTINGS
@given(any_text)
@example("党支部党支部党支部\n党支部党支部。\n一、党支部\n1.2!!!党支部党支部党支部。\n")
@example("标题标题标题\n\n1.2。\n")
@example("^")
def test_body_shows_the_cleaned_text_literally(text):
    blocks, ctx = clean_text(as_read(text))
    page = parse_html(render_html(render_body(blocks, None, False)))
    shown = [(el.tag, el.text) for el in page.elements if el.tag in ALLOWED_TAGS - {"a", "strong", "blockquote"}]
    expected = [("p" if b.kind == "p" else f"h{b.level}", b.text) for b in blocks]
    assert shown == expected


@SETTINGS
@given(any_text)
def test_abstract_is_shown_literally(text):
    blocks, ctx = clean_text(as_read(text))
    if ctx.abstract:
        page = parse_html(render_html(render_body([], ctx.abstract, False)))
        assert [el.text for el in page.find("p")] == ["摘要：" + ctx.abstract]


# ---- idempotent --------------------------------------------------------------------------------

def plain_text(blocks: list[Block], title: str | None, abstract: str | None) -> str:
    """What a reader copies from a cleaned page: the title, the abstract with its label, the blocks."""
    lines = ([title] if title else []) + ([f"摘要：{abstract}"] if abstract else []) + [b.text for b in blocks]
    return "\n\n".join(lines)


@SETTINGS
@given(texts(article(words=PLAIN_WORDS, junk=False, unique=True), soup=SOUP.translate({ord(c): None for c in ",;，；、/|｜丨"})))
@example("一\n、0")
@example("党支部党支部党支部\n党支部!  。\n")
@example("党支部党支部党支部\n党支部党支部。\n一、党支部\n(\n党支部)。\n")
@example("党支部党支部党支部\n党支部!!!。\n")
@example("党支部党支部党支部\n党支部!!!:!!!。\n")
@example("党支部党员党支部\n党支部!!!\n")
@example('党支部党支部党支部\n党支部党支部。\n一、党支部\n党支部<a href="javascript:alert(1)">链接</a>党支部\n[链接](javascript:alert(1))\n')
@example("关于党建工作的思考\n\n党员要带头学习&amp;nbsp;理论。支部要&amp;lt;b&amp;gt;加强&amp;amp;amp;lt;管理。")
@example("党支部党支部党支部\n党支部党支部。\n一、党支部\n<script>alert(1)</script>\n党支部>。\n")  # a line judged beside a removed one
@example(":\r一\r0000一一")
@example("0一一-")  # a bar after a line too short to be a title: the polished title would not be one
@example("0000000:::(\r{")  # two short pieces that would join into a line of symbols (junk on the next pass)
@example("党支部党支部党支部\n,\n")  # marks alone under a title: debris, no sentence going on below it
@example(";\r0000{\r:")  # a mark alone on its line, kept beside junk on the first pass: junk on its own now
# a title looked for below the text's first section: found on the second pass, not the first
@example("党支部党支部党支部\n党支部党支部。\n一、党支部\n党支部_党员党员党员！\n党支部党支部党支部党员\n")
# … and below a later section or a subsection with a sentence under it (a page excerpted from its middle)
@example("党支部党支部党支部\n党支部党支部。\n（一）党支部\n党支部_党员党员党员！\n党支部党支部党支部党员\n")
@example("党支部党支部党支部\n三、党支部\n党支部党支部！\n")
@example("党支部党支部党支部\n;党支部党支部党支部。\n党支部党支部\n")  # a line broken before its mark, a title below
@example("党支部党支部党支部\n;党支部党支部。\n党支部党支部\n")  # … the broken sentence's end saying the title's words
@example("党支部党支部党支部\n党支部党支部。\n||党支部党支部党员\n")  # a bar left in front of the title
@example("党支部党支部党支部\n党支部党支部党支部党支部党支部党支部<script>alert(1)</script>。\n")  # the title doubled over the text
def test_cleaning_is_idempotent(text):
    """Cleaning what a cleaned page shows (title, abstract, body) again changes nothing: the same
    blocks, the same title and abstract.

    Not compared: date, source and authors (their lines are gone after the first pass). Not
    generated: words of the junk lexicon, a line repeated on one page, and list or menu separators
    (,;，；、 and /|｜丨) in the character soup: fragments such as '0;0' / ';0' are joined after junk
    lines are judged, and the joined '0;0;0' reads as a keyword list the next time (':/' and
    ':/0/一' join into four '/'-separated items, a site menu). Junk lines are judged
    before glued headings are split off and before repeated paragraphs are dropped, so a short
    piece split from a long line may read as junk on a second pass (…收藏。一、…), and so may a
    short line that was followed only by a repeat. Both are an order of steps, not a loss of
    body text; the no-loss property above covers those pages."""
    blocks, ctx = clean_text(as_read(text))
    again, ctx2 = clean_text(plain_text(blocks, ctx.title, ctx.abstract))
    assert again == blocks
    assert (ctx2.title, ctx2.abstract) == (ctx.title, ctx.abstract)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("党员学习，。、；：！？（）“”,.;:!?() 　12aZ/w")), max_size=60))
def test_punctuation_repair_is_one_decision(line):
    """The fast path of the punctuation repair decides as the careful pass does, and is idempotent."""
    from build_scripts.cleaning.normalize import _restore_slow, restore_line_punctuation

    line = line.strip()
    once = restore_line_punctuation(line)
    assert once == _restore_slow(line)
    assert restore_line_punctuation(once) == once


# ---- the site stage ----------------------------------------------------------------------------

@SETTINGS
@given(raw_bytes())
def test_per_source_build_step_reports_only_source_problems(data):
    """The build's per-source step (read, clean, keywords, duplicate signature) turns bad input into
    one line naming the file; it never reaches its 'cleaner failed' catch-all."""
    from build_scripts.pipeline import load_one

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.txt"
        path.write_bytes(data)
        loaded = load_one(str(path))
    if loaded.problem:
        assert "cleaner failed" not in loaded.problem, loaded.problem
        assert loaded.problem.startswith(str(path)) and "\n" not in loaded.problem
    else:
        assert loaded.article is not None


# Values as they reach the templates: the cleaner removes C0 control characters, among them
# Python-Markdown's own placeholder marks \x02 and \x03 (metadata values: see test_sources.py).
inline_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x02\x03"), max_size=200),
    st.lists(st.sampled_from(HOSTILE + PLAIN_WORDS), max_size=12).map("".join))


@SETTINGS
@given(inline_text)
def test_site_inline_filter_shows_text_literally(value):
    """Titles, source names, authors and keywords go into pages through render.md_inline."""
    from build_scripts.website.render import md_inline

    text = md_inline(value)
    page = parse_html(render_html(f"# {text}\n\n{text}\n"))
    assert live_markup(page) == [] and not page.comments
    assert page.tags() <= {"h1", "p", "a"}
    want = re.sub(r"\s+", " ", value).strip()
    if want:
        assert [el.text.strip() for el in page.elements if el.tag in ("h1", "p")] == [want, want]


@SETTINGS
@given(st.dictionaries(st.sampled_from(["title", "description", "source_file"]), inline_text))
def test_site_frontmatter_is_valid_yaml_holding_the_values(meta):
    from build_scripts.website.render import frontmatter

    block = frontmatter(meta)
    m = re.fullmatch(r"---\n(.*)---\n", block, re.S)
    one_line = {k: " ".join(v.split()) for k, v in meta.items()}  # values are put on one line
    assert m and (yaml.safe_load(m.group(1)) or {}) == one_line
    assert "\n---\n" not in m.group(1) and not m.group(1).startswith("---")


# ---- reproducible in CI --------------------------------------------------------------------------

def test_property_tests_are_derandomized_in_ci():
    """With CI=true every property test, with its own settings or the default, draws the same examples each run."""
    import os
    import subprocess
    import sys

    probe = ("import tests.conftest, tests.hostile.test_properties as t; from hypothesis import settings; "
             "print([(s.derandomize, s.database, s.deadline) for s in (settings.default, t.SETTINGS)])")
    done = subprocess.run([sys.executable, "-c", probe], cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "CI": "true"}, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[(True, None, None), (True, None, None)]", done.stderr
