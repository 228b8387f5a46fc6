"""Jinja environment (StrictUndefined) and one function per generated page kind."""
from __future__ import annotations

import functools
import hashlib
import html
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
import yaml

from . import charts, feed
from ..article import Article
from ..genres import Genre, load_genres
from ..topics import Taxonomy, Topic, plain_text

TEMPLATES_DIR = Path(__file__).parent / "templates"
SUMMARY_CHARS = 90
# An article's <meta name="description">: about what search engines show of a Chinese page.
DESCRIPTION_CHARS = 100
LATEST_ON_HOME = 10
# Articles on one page of a topic, year or source list: a list of thousands on one page would
# grow with the library; later pages are <page>/page/<n>.md (URLs …/page/2/), newest first.
PAGE_SIZE = 100

# Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF): the feed drops them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Characters Python-Markdown (and the extensions in mkdocs.yml) give a meaning to inside a line.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# The cleaner may already have put the abstract at the top of the body.
_ABSTRACT_RE = re.compile(r"^(!!! abstract|> \*\*摘要|\*\*摘要)", re.M)


@dataclass
class Entry:
    """One article as index pages show it."""

    slug: str
    title: str
    date: str | None
    source: str
    summary: str
    genre: str | None = None  # slug of its genre (文体)
    genre_name: str | None = None

    @property
    def path(self) -> str:
        return f"articles/{self.slug}.md"


@dataclass
class Library:
    """Everything the templates may show, gathered and validated before any page is rendered."""

    articles: list  # Article objects with slug, topics, keywords filled, newest first
    related: dict[str, list[str]]
    taxonomy: Taxonomy
    source_slugs: dict[str, str]  # source display name → slug
    problems: list[str] = field(default_factory=list)  # unusable sources, one line each
    notes: dict[str, list[str]] = field(default_factory=dict)  # slug → warnings added by the site stage
    genres: tuple[Genre, ...] = field(default_factory=load_genres)  # the closed genre list, in its order
    site: feed.Site = field(default_factory=feed.Site)  # name and address, for the feed

    def __post_init__(self):
        self.by_slug = {a.slug: a for a in self.articles}
        self.genre_names = {g.slug: g.name for g in self.genres}
        self.entries = {a.slug: make_entry(a, self.genre_names) for a in self.articles}
        self.by_topic = {t.slug: [a for a in self.articles if t.slug in a.topics] for t in self.taxonomy.topics}
        self.by_genre = {g.slug: [a for a in self.articles if a.genre == g.slug] for g in self.genres}
        self.by_year: dict[str, list] = {}
        for a in self.articles:
            self.by_year.setdefault(year_of(a), []).append(a)
        self.by_source: dict[str, list] = {}
        for a in self.articles:
            self.by_source.setdefault(source_of(a), []).append(a)


def year_of(article) -> str:
    return article.date[:4] if article.date else "undated"


def source_of(article) -> str:
    """The publishing site or organisation an article is filed under."""
    if article.source_name:
        return article.source_name
    if article.source_url:
        host = urlsplit(article.source_url).hostname or ""
        return host.removeprefix("www.") or "未注明来源"
    return "未注明来源"


def sort_key_newest(article) -> tuple:
    return (article.date or "0000-00-00", article.slug)


def summarize(article, limit: int = SUMMARY_CHARS) -> str:
    """Plain-text summary: the given one, else the first body paragraph, cut at a sentence if possible."""
    text = article.summary or ""
    if not text:
        for para in re.split(r"\n\s*\n", article.body):
            para = para.strip()
            if para and not re.match(r"^(#|!!!|>|\s{4}|-{3,}|\*{3,}|\|)", para):  # (| …: a table)
                text = plain_text(para)
                break
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind("。"), cut.rfind("；"), cut.rfind("！"), cut.rfind("？"))
    return cut[: stop + 1] if stop >= limit // 2 else cut.rstrip("，、；：") + "…"


def show_abstract(article) -> bool:
    """Show the summary as an abstract block unless the body already opens with it (the cleaner puts
    a source's 摘要 there; a summary taken from the first paragraph would repeat it)."""
    if not article.summary or _ABSTRACT_RE.search(article.body[:3000]):
        return False
    squash = lambda t: re.sub(r"\s+", "", t)  # noqa: E731
    return squash(article.summary).rstrip("…")[:60] not in squash(plain_text(article.body[:3000]))


def make_entry(article, genre_names: dict[str, str] | None = None) -> Entry:
    names = genre_names if genre_names is not None else {g.slug: g.name for g in load_genres()}
    genre = article.genre if article.genre in names else None
    return Entry(article.slug, article.title, article.date, source_of(article), summarize(article),
                 genre, names.get(genre or ""))


# --- filters -----------------------------------------------------------------------------------

def md_inline(value) -> str:
    """Text from a source → inert Markdown inline text: HTML escaped, Markdown punctuation escaped."""
    return _md_inline(str(value))


# An article's title, genre and source are shown on five or six list pages: escaped once each.
@functools.lru_cache(maxsize=1 << 16)
def _md_inline(value: str) -> str:
    text = re.sub(r"\s+", " ", value).strip()
    text = html.escape(text, quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def html_text(value) -> str:
    return html.escape(re.sub(r"\s+", " ", str(value)).strip(), quote=True)


def xml_text(value) -> str:
    """Text for an XML element or attribute (the feed): escaped, on one line, without the characters XML forbids."""
    return html_text(_XML_ILLEGAL.sub("", str(value)))


def safe_href(url: str | None) -> str | None:
    """An http(s) URL from a source made safe to put in a Markdown link, or None."""
    if not url or not re.match(r"^https?://[^\s/$.?#][^\s]*$", url, re.I):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~") .replace("(", "%28").replace(")", "%29")


def frontmatter(meta: dict) -> str:
    """A YAML frontmatter block; values are data, dumped by PyYAML so any title stays valid YAML.

    Strings are put on one line: a value spanning lines could hold a line '---' that would end
    MkDocs' frontmatter early.
    """
    meta = {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in meta.items()}
    # libyaml's emitter when available: the same text, about ten times faster at scale
    body = yaml.dump(meta, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                     sort_keys=False, default_flow_style=False, width=10000)
    return f"---\n{body}---\n"


def search_link(term: str) -> str:
    """A link that opens this site's search for term (Material reads ?q= on any page)."""
    return "?q=" + quote(term, safe="")


_ENVS: dict[Path, jinja2.Environment] = {}


def make_env(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """The Jinja environment of a templates folder, made once per process: its compiled templates
    are kept between builds (`make serve`), and Jinja reloads any template whose file changed."""
    if templates_dir not in _ENVS:
        _ENVS[templates_dir] = _new_env(templates_dir)
    return _ENVS[templates_dir]


def _new_env(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; every value from a source goes through |md or |h
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_inline, h=html_text, x=xml_text, href=safe_href, q=search_link)
    return env


def _linker(page: str):
    """rel('topics/x.md') from page → a relative Markdown link MkDocs checks and rewrites."""
    base = posixpath.dirname(page)

    @functools.lru_cache(maxsize=None)  # a list page links the same few targets many times
    def rel(target: str) -> str:
        return relative_path(target, base)
    return rel


def relative_path(target: str, base: str) -> str:
    """posixpath.relpath(target, base or ".") for the docs-relative paths of generated pages
    (no '..', no '.', no '//'), without the file system calls relpath makes (a third of rendering)."""
    t, b = target.split("/"), base.split("/") if base else []
    common = 0
    while common < min(len(t), len(b)) and t[common] == b[common]:
        common += 1
    return "/".join([".."] * (len(b) - common) + t[common:]) or "."


@dataclass
class PageMemo:
    """What one render_site run keeps while it renders, carried on the Jinja environment every page
    function is given (env.page_memo), for that run only: the last build's (digest, text) of each
    page when reusing them (old; None: render everything), this build's (new), and each Article or
    Entry's comparable form (known: id → (object, form)), worked out once although the object is
    shown on many pages."""

    old: dict[str, tuple[str, str]] | None = None
    new: dict[str, tuple[str, str]] = field(default_factory=dict)
    known: dict[int, tuple[object, tuple]] = field(default_factory=dict)


_PLAIN = (str, int, float, bool, type(None))


def _comparable(value, known: dict | None = None):
    """value with each Article reduced to what list pages can show of it: every field but its body
    and edit history, which follow from the source's bytes (source_sha256) and the cleaning code
    (part of the memo's key); a page that shows those passes them explicitly. An Article or Entry
    becomes a hash of its fields (one short string however many pages show it; remembered in
    `known` when given)."""
    if isinstance(value, (Article, Entry)):
        hit = known.get(id(value)) if known is not None else None
        if hit is not None and hit[0] is value:
            return hit[1]
        fields = tuple((k, _comparable(v, known)) for k, v in vars(value).items() if k not in ("body", "changes"))
        key = (type(value).__name__, hashlib.blake2b(repr(fields).encode("utf-8"), digest_size=16).hexdigest())
        if known is not None:
            known[id(value)] = (value, key)
        return key
    if isinstance(value, ReportRow):  # the rest of a row follows from the article's edit history
        return ("ReportRow", _comparable(value.a, known), tuple(value.warnings))
    if isinstance(value, (list, tuple)):
        return tuple(v if type(v) in _PLAIN else _comparable(v, known) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _comparable(v, known)) for k, v in value.items()))
    return value


def _render(env: jinja2.Environment, template: str, page: str, **context) -> str:
    """Render a template for a page; in a render_site run with a memo (env.page_memo), a page whose
    template and values are those of the last build is taken from it. Values are compared by their
    repr: the dataclasses, lists and strings pages are made of print everything they hold."""
    memo: PageMemo | None = getattr(env, "page_memo", None)
    if memo is None or memo.old is None:
        return env.get_template(template).render(rel=_linker(page), page_path=page, **context)
    digest = _digest((template, context), memo.known)
    hit = memo.old.get(page)
    if hit is None or hit[0] != digest:
        hit = (digest, env.get_template(template).render(rel=_linker(page), page_path=page, **context))
    memo.new[page] = hit
    return hit[1]


# --- one function per page kind ----------------------------------------------------------------

def render_article(env, lib: Library, article) -> str:
    topics = lib.taxonomy.by_slug()
    meta = {
        "title": html.escape(article.title),
        "description": html.escape(summarize(article, DESCRIPTION_CHARS)),
        "source_file": article.source_file,
        "generated": True,
        "hide": ["navigation"],
    }
    return _render(
        env, "article.md.j2", f"articles/{article.slug}.md",
        frontmatter=frontmatter(meta), a=article,
        year=year_of(article), source=source_of(article), source_slug=lib.source_slugs[source_of(article)],
        topics=[topics[t] for t in article.topics],
        genre=_genre_of(lib, article),
        related=[lib.entries[s] for s in lib.related.get(article.slug, [])],
        source_href=safe_href(article.source_url),
        show_abstract=show_abstract(article),
        also=[dict(s, href=safe_href(s.get("url"))) for s in article.also_sources],
    )


def _genre_of(lib: Library, article) -> tuple[str, str] | None:
    """(slug, name) of an article's genre, or None when it has none from the list."""
    name = lib.genre_names.get(article.genre or "")
    return (article.genre, name) if name else None


def page_path(first: str, number: int) -> str:
    """The docs path of page `number` of the list whose first page is `first` (topics/x.md → topics/x/page/2.md)."""
    return first if number == 1 else f"{first.removesuffix('.md')}/page/{number}.md"


def pager_links(first: str, number: int, count: int) -> list[tuple[str, str | None]]:
    """(label, docs path or None) for the links between the pages of a list: 上一页, the first and
    last page and two on each side of this one (… where some are skipped), 下一页. This page and
    the … have no path. Empty when the list fits on one page."""
    if count <= 1:
        return []
    links: list[tuple[str, str | None]] = []
    if number > 1:
        links.append(("上一页", page_path(first, number - 1)))
    shown = sorted({1, count, *range(max(1, number - 2), min(count, number + 2) + 1)})
    previous = 0
    for n in shown:
        if n - previous > 1:
            links.append(("…", None))
        links.append((str(n), None if n == number else page_path(first, n)))
        previous = n
    if number < count:
        links.append(("下一页", page_path(first, number + 1)))
    return links


def _paged(env, template: str, first: str, meta: dict, entries: list, **context) -> dict[str, str]:
    """Every page of one list: docs path → Markdown. The first page is `first`, and there is
    always one, if only to say the list is empty."""
    count = max(1, -(-len(entries) // PAGE_SIZE))
    pages = {}
    for number in range(1, count + 1):
        path = page_path(first, number)
        page_meta = dict(meta)
        if number > 1:
            page_meta["title"] = f"{meta['title']}（第 {number} 页）"
            # Not in the navigation, so its sidebar would stand empty (article pages do the same).
            page_meta["hide"] = sorted(set(meta.get("hide", [])) | {"navigation"})
        pages[path] = _render(
            env, template, path, frontmatter=frontmatter(page_meta), number=number, total=len(entries),
            entries=entries[(number - 1) * PAGE_SIZE: number * PAGE_SIZE], page_size=PAGE_SIZE,
            pager=pager_links(first, number, count), **context,
        )
    return pages


def render_topic(env, lib: Library, topic: Topic) -> dict[str, str]:
    """The pages of one topic's list (topics/<slug>.md, then topics/<slug>/page/<n>.md), and the
    same list narrowed to each genre it holds (topics/<slug>/<genre>.md, then …/<genre>/page/<n>.md):
    static pages, so narrowing works from file:// and downloads nothing but the page."""
    articles = lib.by_topic[topic.slug]
    pairs = charts.topic_pairs(lib.by_topic, lib.taxonomy)
    neighbours = [(lib.taxonomy.by_slug()[other], n) for other, n in pairs.get(topic.slug, [])]
    meta = {"title": html.escape(topic.name), "description": html.escape(topic.description), "generated": True}
    if not articles:
        meta["empty"] = True  # its address stays; the navigation leaves it out (mkdocs_hooks)
    by_genre = {g.slug: [a for a in articles if a.genre == g.slug] for g in lib.genres}
    # (slug, name, count, docs path) of each genre with articles in this topic, in the list's order
    narrowing = [(g.slug, g.name, len(by_genre[g.slug]), f"topics/{topic.slug}/{g.slug}.md")
                 for g in lib.genres if by_genre[g.slug]]
    pages = _paged(
        env, "topic.md.j2", f"topics/{topic.slug}.md", meta, [lib.entries[a.slug] for a in articles],
        topic=topic, neighbours=neighbours[:5], narrowing=narrowing, narrowed=None,
    )
    for slug, name, _, first in narrowing:
        sub_meta = {"title": html.escape(f"{topic.name}：{name}"), "description": html.escape(topic.description),
                    "generated": True, "search": {"exclude": True}, "hide": ["navigation"]}
        pages.update(_paged(
            env, "topic.md.j2", first, sub_meta, [lib.entries[a.slug] for a in by_genre[slug]],
            topic=topic, neighbours=neighbours[:5], narrowing=narrowing, narrowed=(slug, name),
        ))
    return pages


def render_genres_index(env, lib: Library) -> str:
    """The genre index (genres/index.md): each genre, its description and its count."""
    meta = {"title": "文体", "description": "按文体浏览党建文库的文章：新闻报道、理论研究、经验交流、心得体会等。",
            "generated": True, "search": {"exclude": True}}
    return _render(
        env, "genres.md.j2", "genres/index.md", frontmatter=frontmatter(meta),
        genres=[(g, len(lib.by_genre[g.slug])) for g in lib.genres], total=len(lib.articles),
    )


def render_genre(env, lib: Library, genre: Genre) -> dict[str, str]:
    """The pages of one genre's list (genres/<slug>.md, then genres/<slug>/page/<n>.md), newest first."""
    meta = {"title": html.escape(genre.name), "description": html.escape(genre.description), "generated": True,
            "search": {"exclude": True}}
    if not lib.by_genre[genre.slug]:
        meta["empty"] = True  # its address stays; the navigation leaves it out (mkdocs_hooks)
    return _paged(
        env, "genre.md.j2", f"genres/{genre.slug}.md", meta, [lib.entries[a.slug] for a in lib.by_genre[genre.slug]],
        genre=(genre.slug, genre.name, genre.description),
    )


def render_feed(env, lib: Library) -> str:
    """The Atom feed of the newest articles (feed.xml); dated by its newest article, never by the clock."""
    items = feed.feed_items([lib.entries[a.slug] for a in lib.articles], lib.site, lib.genre_names)
    return _render(
        env, "feed.xml.j2", feed.FEED_PATH, site=lib.site, items=items,
        feed_id=lib.site.id_of(""), home_href=lib.site.href(""), self_href=lib.site.href(feed.FEED_PATH),
        updated=items[0]["updated"] if items else feed.atom_time(None),
    )


def render_topics_index(env, lib: Library) -> str:
    meta = {"title": "专题", "description": "按专题浏览党建文库的全部文章。", "generated": True}
    return _render(
        env, "topics.md.j2", "topics/index.md", frontmatter=frontmatter(meta),
        topics=[(t, len(lib.by_topic[t.slug])) for t in lib.taxonomy.topics],
        chart=charts.cooccurrence_chart(lib.by_topic, lib.taxonomy),
    )


def _years_desc(lib: Library) -> list[str]:
    return sorted((y for y in lib.by_year if y != "undated"), reverse=True) + (["undated"] if "undated" in lib.by_year else [])


def render_years_index(env, lib: Library) -> str:
    meta = {"title": "年份", "description": "按发表年份浏览党建文库的文章。", "generated": True, "search": {"exclude": True}}
    years = _years_desc(lib)
    return _render(
        env, "years.md.j2", "years/index.md", frontmatter=frontmatter(meta),
        years=[(y, len(lib.by_year[y])) for y in years],
        chart=charts.years_chart({y: len(v) for y, v in lib.by_year.items() if y != "undated"}),
    )


def render_year(env, lib: Library, year: str) -> dict[str, str]:
    """The pages of one year's list (years/<yyyy>.md, then years/<yyyy>/page/<n>.md)."""
    title = "未注明日期" if year == "undated" else f"{year} 年"
    meta = {"title": title, "generated": True, "search": {"exclude": True}}
    return _paged(
        env, "year.md.j2", f"years/{year}.md", meta, [lib.entries[a.slug] for a in lib.by_year[year]],
        title=title, year=year,
    )


def render_sources_index(env, lib: Library) -> str:
    meta = {"title": "来源", "description": "按发布网站或单位浏览党建文库的文章。", "generated": True, "search": {"exclude": True}}
    sources = sorted(lib.by_source, key=lambda s: (-len(lib.by_source[s]), lib.source_slugs[s]))
    return _render(
        env, "sources.md.j2", "sources/index.md", frontmatter=frontmatter(meta),
        sources=[(name, lib.source_slugs[name], lib.by_source[name]) for name in sources],
    )


def render_source(env, lib: Library, name: str) -> dict[str, str]:
    """The pages of one source's list (sources/<slug>.md, then sources/<slug>/page/<n>.md)."""
    slug = lib.source_slugs[name]
    meta = {"title": html.escape(name), "generated": True, "search": {"exclude": True}}
    return _paged(
        env, "source.md.j2", f"sources/{slug}.md", meta, [lib.entries[a.slug] for a in lib.by_source[name]],
        name=name,
    )


def render_home(env, lib: Library) -> str:
    meta = {"title": "党建文库", "description": "党建工作文章的整理文库：按专题、年份、来源浏览，支持全文搜索。",
            "generated": True, "hide": ["navigation", "toc"], "search": {"exclude": True}}
    dated = [a.date for a in lib.articles if a.date]
    return _render(
        env, "home.md.j2", "index.md", frontmatter=frontmatter(meta),
        count=len(lib.articles), topic_count=sum(1 for t in lib.by_topic.values() if t),
        source_count=len(lib.by_source), first_year=min(dated)[:4] if dated else None,
        last_year=max(dated)[:4] if dated else None,
        latest=[lib.entries[a.slug] for a in lib.articles[:LATEST_ON_HOME]],
        topics=[(t, len(lib.by_topic[t.slug])) for t in lib.taxonomy.topics if lib.by_topic[t.slug]],
        genres=[(g.slug, g.name, len(lib.by_genre[g.slug])) for g in lib.genres if lib.by_genre[g.slug]],
    )


# Lines the cleaner takes out of the text because it read them into the metadata: not lost, moved.
MOVED_RULES = {"title": "标题", "byline": "作者", "abstract": "摘要", "keywords": "关键词"}


@dataclass
class ReportRow:
    """One article on the report: what the cleaner removed (grouped by rule) and changed, its warnings."""

    a: Article
    removed: list
    removed_by_rule: list
    changed: list
    moved: list  # (what it became, the line): lines the cleaner read into the article's metadata
    changed_count: int
    warnings: list[str]


def render_report(env, lib: Library) -> dict[str, str]:
    """The maintainers' report (report.md, then report/page/<n>.md): for each article in the
    order of its source file, the removed lines grouped by rule, the changed lines counted per
    rule, its warnings; the first page also lists every warning and unusable source."""
    meta = {"title": "维护报告", "generated": True, "search": {"exclude": True}, "hide": ["navigation"]}
    rows = []
    for a in sorted(lib.articles, key=lambda a: a.source_file):
        removed = [c for c in a.changes if c.after is None and c.rule not in MOVED_RULES]
        moved = [(MOVED_RULES[c.rule], c.before) for c in a.changes if c.after is None and c.rule in MOVED_RULES]
        by_rule: dict[str, list[str]] = {}
        for c in removed:
            by_rule.setdefault(c.rule, []).append(c.before)
        changed = sorted(Counter(c.rule for c in a.changes if c.after is not None).items())
        rows.append(ReportRow(a=a, removed=removed, removed_by_rule=list(by_rule.items()), changed=changed, moved=moved,
                              changed_count=sum(n for _, n in changed), warnings=list(a.warnings) + lib.notes.get(a.slug, [])))
    return _paged(
        env, "report.md.j2", "report.md", meta, rows,
        problems=lib.problems, warned=[(r, other) for r in rows if (other := _other_warnings(r))],
        warning_count=sum(len(r.warnings) for r in rows),
        no_topic=[r for r in rows if _has_notice(r, "no-topic")],
        genre_doubtful=[(r, lib.genre_names.get(r.a.genre or "", "")) for r in rows if _has_notice(r, "genre-doubtful")],
    )


# Warnings with a section of their own on the report's first page: not listed again under 有警告的文章.
SECTION_NOTICES = ("no-topic", "genre-doubtful")


def _other_warnings(row: ReportRow) -> list:
    return [w for w in row.warnings if getattr(w, "kind", None) not in SECTION_NOTICES]


def _has_notice(row: ReportRow, kind: str) -> bool:
    return any(getattr(w, "kind", None) == kind for w in row.warnings)


def article_inputs(lib: Library, article, known: dict | None = None) -> str:
    """A digest of everything an article page shows: the article (its edit history aside), the
    entries of its related articles, its topics and its source's slug. Equal digests, equal pages
    (for the same templates: the caller keys its memo by the template code too)."""
    related = [lib.entries[s] for s in lib.related.get(article.slug, [])]
    topics = [lib.taxonomy.by_slug()[t] for t in article.topics]
    return _digest((article.body, article, related, topics, lib.source_slugs[source_of(article)], _genre_of(lib, article)),
                   known)


def _digest(value, known: dict | None = None) -> str:
    """A short hash of a page's inputs, compared through _comparable."""
    return hashlib.blake2b(repr(_comparable(value, known)).encode("utf-8"), digest_size=16).hexdigest()


def render_site(lib: Library, env: jinja2.Environment | None = None,
                memo: dict[str, tuple[str, str]] | None = None) -> dict[str, str]:
    """Every generated page: docs-relative path → Markdown text.

    memo (page path → (digest of its inputs, text)), when given, is read and updated: a page
    whose inputs did not change since the build that filled it is not rendered again (article
    pages are judged by article_inputs, before their frontmatter is even made; other pages by the
    values given to their template). After one source changes, that article and the pages
    listing it are redone, the rest reused.
    """
    env = env or make_env()
    pages = {}
    fresh: dict[str, tuple[str, str]] = {}
    run = PageMemo()
    env.page_memo = run
    try:
        for a in lib.articles:
            path = f"articles/{a.slug}.md"
            digest = article_inputs(lib, a, run.known) if memo is not None else ""
            hit = memo.get(path) if memo is not None else None
            pages[path] = hit[1] if hit and hit[0] == digest else render_article(env, lib, a)
            fresh[path] = (digest, pages[path])
        if memo is not None:
            run.old, run.new = memo, fresh
        _render_lists(env, lib, pages)
    finally:
        del env.page_memo
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    return pages


def _render_lists(env, lib: Library, pages: dict[str, str]) -> None:
    """The pages that list articles (topics, genres, years, sources, home, report, the feed), into pages."""
    pages["topics/index.md"] = render_topics_index(env, lib)
    for topic in lib.taxonomy.topics:
        pages.update(render_topic(env, lib, topic))
    pages["genres/index.md"] = render_genres_index(env, lib)
    for genre in lib.genres:
        pages.update(render_genre(env, lib, genre))
    pages["years/index.md"] = render_years_index(env, lib)
    for year in lib.by_year:
        pages.update(render_year(env, lib, year))
    pages["sources/index.md"] = render_sources_index(env, lib)
    for name in lib.by_source:
        pages.update(render_source(env, lib, name))
    pages["index.md"] = render_home(env, lib)
    pages.update(render_report(env, lib))
    pages[feed.FEED_PATH] = render_feed(env, lib)
