"""MkDocs hooks: topic and genre pages in the navigation, redirects for moved articles, edit links to source texts,
and the share of pages each MkDocs process writes when the build runs several side by side."""
from __future__ import annotations

import logging
import os
import posixpath
import re
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml

from mkdocs.plugins import event_priority

# "i/n" when the build runs n MkDocs processes side by side (pipeline.build_site): this one
# writes the i-th share of the pages; process 0 also writes the static files.
SHARD_ENV = "DANGJIAN_MKDOCS_SHARD"
# What writing one page costs beyond its Markdown (the theme's template), in bytes of Markdown.
PAGE_COST = 4000
DIRTY_WARNING = "A 'dirty' build is being performed"

# Article pages are generated; their edit link opens where a correction of the article goes: its
# metadata (the sidecar <name>.meta.yml, or the .txt's own header block), never the raw text itself.
SOURCE_EDIT_URI = "edit/main/source_texts/"
SOURCE_NEW_URI = "new/main/source_texts"
SIDECAR_NOTE = "# 更正这篇文章的标题、日期等：只写要改的键（见 CONTRIBUTING.md 第二节）；原始 .txt 文件请不要改动\n"
# A title of Chinese characters, ASCII letters and digits and Chinese punctuation that opens with a
# Chinese character is a plain YAML scalar: yaml.safe_dump writes it as it stands (no quotes, escapes
# or folding), in a twentieth of the time yaml takes (tests/test_mkdocs_hooks.py holds the two equal).
PLAIN_TITLE_RE = re.compile("[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z\u3001\u3002\uff08\uff09\uff0c"
                            "\uff1a\uff1b\uff01\uff1f\u201c\u201d\u300a\u300b\u2014\u00b7]*")
# libyaml's safe loader where PyYAML has it (the same data, several times faster), else PyYAML's own.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TOPICS_INDEX = "topics/index.md"
GENRES_INDEX = "genres/index.md"


@event_priority(100)  # before the plugins (redirects) read the config
def on_config(config, **kwargs):
    """Runs once after mkdocs.yml is loaded: add topic pages under 专题, genre pages under 文体 and
    the redirects of moved pages.

    Reads build_scripts/taxonomy/topics.yml, genres.yml and slugs.yml next to mkdocs.yml; returns the config.
    """
    root = Path(config.config_file_path).parent
    if str(root) not in sys.path:  # the `mkdocs` console script does not put the project on the path
        sys.path.insert(0, str(root))
    from build_scripts.slugs import load_slug_table

    taxonomy = root / "build_scripts" / "taxonomy"
    docs = Path(config.docs_dir)
    _add_to_section(config.nav or [], TOPICS_INDEX, docs, _listed_pages(taxonomy / "topics.yml", "topics"))
    _add_to_section(config.nav or [], GENRES_INDEX, docs, _listed_pages(taxonomy / "genres.yml", "genres"))
    table = load_slug_table(root / "build_scripts" / "taxonomy" / "slugs.yml")
    shard = _shard()
    if shard:
        # Sharded builds run with --dirty (see on_files); its warning is about hand-run dirty builds.
        logging.getLogger("mkdocs.commands.build").addFilter(lambda r: not r.getMessage().startswith(DIRTY_WARNING))
        if shard[0] > 0:
            config.theme.static_templates.clear()  # 404.html and sitemap.xml: written once, by process 0
    redirects = config.plugins.get("redirects")
    if redirects is not None and not (shard and shard[0] > 0):
        maps = dict(redirects.config.get("redirect_maps") or {})
        for old, new in sorted(table.redirects.items()):
            # Only to pages that exist: a removed article leaves no redirect to nowhere.
            if (docs / "articles" / f"{new}.md").exists() and not (docs / "articles" / f"{old}.md").exists():
                maps.setdefault(f"articles/{old}.md", f"articles/{new}.md")
        redirects.config["redirect_maps"] = maps
    return config


def _listed_pages(path: Path, key: str) -> list[tuple[str, str]]:
    """(name, "<key>/<slug>.md") of each entry of the topic list or the genre list, in its order.

    Read here rather than with topics.load_taxonomy or genres.load_genres: those import numpy and
    compile every cue and term, about 0.2 s of CPU in each MkDocs process for two fields. The
    build has checked both lists before it runs MkDocs.
    """
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    return [(str(entry["name"]), f"{key}/{entry['slug']}.md") for entry in data.get(key) or []]


def _add_to_section(nav: list, index: str, docs: Path, pages: list[tuple[str, str]]) -> None:
    """Append (title, path) pages that exist in docs to the nav section holding `index`, unless listed already
    or empty (a topic or genre with no article yet: its page and address stay, the menu does not offer it)."""
    section = _find_section(nav, index)
    if section is None:
        return
    have = {_target(item) for item in section}
    for title, path in pages:
        if path not in have and (docs / path).exists() and not _is_empty(docs / path):
            section.append({title: path})


def _is_empty(page: Path) -> bool:
    with page.open(encoding="utf-8") as f:  # the frontmatter is the file's first few lines
        head = "".join(line for _, line in zip(range(12), f))
    return "\nempty: true\n" in head


def on_files(files, config, **kwargs):
    """Runs once the files are gathered: in a sharded build, leave out what another process writes.

    Every process keeps every page in `files`, so links between articles resolve and are checked
    as in one process; the pages of other shares are marked unmodified, and MkDocs run with
    --dirty neither reads nor writes an unmodified page. The pages are dealt out by size
    (deal_pages); process 0 also writes the static files, the others drop them. Returns the files.
    """
    shard = _shard()
    if not shard:
        return files
    index, count = shard
    shares = deal_pages(files.documentation_pages(), count, set(_nav_targets(config.nav or [])))
    for f in files.documentation_pages():
        if shares[f.src_uri] != index:
            f.is_modified = _unmodified
    if index > 0:
        for f in [f for f in files if not f.is_documentation_page()]:
            files.remove(f)
    return files


def _unmodified() -> bool:
    return False


def deal_pages(pages, count: int, in_nav: set[str]) -> dict[str, int]:
    """Which process writes each page (src_uri → 0 … count-1): largest first, to the least loaded.

    The pages of the navigation go to process 0: every page shows their titles (tabs, footer
    links), and a process knows the title of a page only once it has read it. The size of a
    page's Markdown stands for its cost; every process computes the same deal.
    """
    shares: dict[str, int] = {}
    load = [0] * count
    rest = []
    for f in pages:
        if f.src_uri in in_nav:
            shares[f.src_uri] = 0
            load[0] += _size(f) + PAGE_COST
        else:
            rest.append(f)
    for f in sorted(rest, key=lambda f: (-_size(f), f.src_uri)):
        least = min(range(count), key=lambda i: (load[i], i))
        shares[f.src_uri] = least
        load[least] += _size(f) + PAGE_COST
    return shares


def _nav_targets(items):
    """The page paths named in the navigation (mkdocs.yml's nav, as on_config completed it)."""
    for item in items:
        value = _target(item)
        if isinstance(value, list):
            yield from _nav_targets(value)
        elif isinstance(value, str):
            yield value


def _size(file) -> int:
    try:
        return os.path.getsize(file.abs_src_path)
    except (OSError, TypeError):
        return 0


def _shard() -> tuple[int, int] | None:
    value = os.environ.get(SHARD_ENV)
    if not value:
        return None
    index, count = (int(x) for x in value.split("/"))
    return index, count


def on_page_markdown(markdown, page, config, files, **kwargs):
    """Runs for each page after its frontmatter is read: set the edit link.

    An article's edit link opens source_texts/<file> on GitHub; other generated pages have
    none (editing them would be overwritten); hand-written pages keep MkDocs' own. Returns the
    Markdown unchanged.
    """
    source_file = page.meta.get("source_file")
    base = _repo_base(config)
    if source_file and base:
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        page.edit_url = correction_url(base, str(source_file), str(page.meta.get("title") or ""), root)
    elif page.meta.get("generated"):
        page.edit_url = None
    return markdown


def correction_url(base: str, source_file: str, title: str, root: Path) -> str:
    """Where a reader corrects an article on GitHub: its sidecar <name>.meta.yml when there is one, the
    .txt when its metadata is a header block at its top, else a new sidecar with the title to correct."""
    name = posixpath.basename(source_file)
    source = root / "source_texts" / name
    sidecar = source.with_name(source.stem + ".meta.yml")
    if sidecar.exists():
        return base + SOURCE_EDIT_URI + quote(sidecar.name)
    try:
        with source.open("rb") as f:  # the header block's opening line, after a byte-order mark
            has_header = f.read(8).removeprefix(b"\xef\xbb\xbf").startswith(b"---")
    except OSError:
        has_header = False
    if has_header:
        return base + SOURCE_EDIT_URI + quote(name)
    value = SIDECAR_NOTE + title_yaml(title)
    return base + SOURCE_NEW_URI + "?" + urlencode({"filename": sidecar.name, "value": value})


def title_yaml(title: str) -> str:
    """yaml.safe_dump({"title": title}, allow_unicode=True, width=1000): the new sidecar's text."""
    if PLAIN_TITLE_RE.fullmatch(title):
        return f"title: {title}\n"
    return yaml.safe_dump({"title": title}, allow_unicode=True, width=1000)


def _repo_base(config) -> str | None:
    """https://github.com/<owner>/<repo>/ from repo_url, or from an absolute edit_uri (the offline bundle drops repo_url)."""
    if config.repo_url:
        return config.repo_url.rstrip("/") + "/"
    edit_uri = config.edit_uri or ""
    marker = edit_uri.find("/edit/")
    if "://" in edit_uri and marker > 0:
        return edit_uri[: marker + 1]
    return None


def _target(item):
    if isinstance(item, dict):
        (value,) = item.values()
        return value
    return item


def _find_section(items, wanted):
    """The nav list that holds `wanted` (e.g. the 专题 section holding topics/index.md)."""
    for item in items:
        value = _target(item)
        if isinstance(value, list):
            if any(_target(child) == wanted for child in value):
                return value
            found = _find_section(value, wanted)
            if found is not None:
                return found
    return None
