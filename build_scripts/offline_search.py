"""Search in the offline bundle: our search worker and the plain texts it scans, instead of Material's lunr index.

Material's worker builds a lunr index in the browser each time search opens (7 s at 1,000
articles from file://), and every page of the bundle loads the whole index (search/search_index.js)
just to read the search configuration. In the offline site only, this module

- writes the plain text of every page and section, and the vocabulary of the build's Chinese
  segmentation, to search/search_data.js, which the worker loads when search opens;
- leaves only the configuration in search/search_index.js and .json (what every page loads);
- writes assets/search-worker.js (see its header for how it searches) over Material's worker file.
"""
from __future__ import annotations

import collections
import html
import json
import os
import re
from importlib import metadata
from pathlib import Path

from .errors import ConfigError

WORKER_SOURCE = Path(__file__).parent / "assets" / "search-worker.js"
# The worker every page of the site starts (the "search" entry of Material's page config).
MATERIAL_WORKER_GLOB = "assets/javascripts/workers/search.*.min.js"
DATA_SITE_PATH = "search/search_data.js"
# The Material release whose worker messages and result shape search-worker.js follows; a test
# fails when the installed Material differs, so that an upgrade re-checks them.
MATERIAL_VERSION_CHECKED = "9.8.1"

# Tags Material's search plugin keeps in index texts (plugins/search/plugin.py, Parser.keep):
# blocks become line breaks, from which the worker cuts its snippets; the rest disappear.
BLOCK_TAGS = frozenset({"p", "pre", "li", "ol", "ul"})
TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A line break between two Chinese characters is no word boundary (a phrase must match across
# it); other white space is one space.
HAN_LINE_BREAK_RE = re.compile(f"(?<=[{HAN}])[^\\S\\n]*\\n\\s*(?=[{HAN}])")
# Material separates the words jieba cut with zero-width spaces; the worker joins words of
# 2 to LONGEST_WORD characters (search-worker.js uses the same length).
WORD_SEPARATOR_RE = re.compile(r"[\s\u200b]+")
LONGEST_WORD = 8
VOCABULARY_WORD_RE = re.compile(f"[{HAN}]{{2,{LONGEST_WORD}}}")


def install_offline_search(site_dir: Path) -> None:
    """Replace Material's search in the built offline site `site_dir` by our worker and its data.

    Does nothing when the site has no search index (search plugin off).
    """
    search_dir = site_dir / "search"
    index_path = search_dir / "search_index.json"
    if not index_path.is_file():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    worker_path = find_material_worker(site_dir)
    data = search_data(index["docs"])
    (site_dir / DATA_SITE_PATH).write_text(data_script(data), encoding="utf-8")
    write_config_only_index(search_dir, index["config"])
    data_url = Path(os.path.relpath(site_dir / DATA_SITE_PATH, worker_path.parent)).as_posix()
    worker = WORKER_SOURCE.read_text(encoding="utf-8")
    worker_path.write_text(f"self.WENKU_SEARCH_DATA_PATH = {json.dumps(data_url)};\n{worker}", encoding="utf-8")


def find_material_worker(site_dir: Path) -> Path:
    """The one search worker file Material put into the site."""
    found = sorted(site_dir.glob(MATERIAL_WORKER_GLOB))
    if len(found) != 1:
        raise ConfigError(
            f"{MATERIAL_WORKER_GLOB}: expected one Material search worker in the offline site, found "
            f"{len(found)}: check build_scripts/offline_search.py against mkdocs-material {material_version()}"
        )
    return found[0]


def material_version() -> str:
    return metadata.version("mkdocs-material")


def search_data(docs: list[dict]) -> dict:
    """The worker's data: [location, title, text] per index entry, in Material's order, and the vocabulary.

    Material's optional entry keys `tags` and `boost` (from page metadata) are not carried: the
    library's pages set neither.
    """
    return {
        "docs": [[doc["location"], plain_text(doc["title"]), plain_text(doc["text"])] for doc in docs],
        "words": vocabulary(docs),
    }


def plain_text(markup: str) -> str:
    """An index text of Material (HTML, words split by zero-width spaces) as plain text, one block a line."""
    text = HAN_LINE_BREAK_RE.sub("", markup.replace("\u200b", ""))
    text = re.sub(r"\s+", " ", text)
    text = TAG_RE.sub(lambda m: "\n" if m[2].lower() in BLOCK_TAGS else "", text)
    lines = (line.strip() for line in html.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def vocabulary(docs: list[dict]) -> list[str]:
    """The Chinese words of Material's segmentation in titles and texts, most frequent first."""
    counts: collections.Counter[str] = collections.Counter()
    for doc in docs:
        for field in (doc["title"], doc["text"]):
            words = WORD_SEPARATOR_RE.split(TAG_RE.sub(" ", field))
            counts.update(word for word in words if VOCABULARY_WORD_RE.fullmatch(word))
    return [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def data_script(data: dict) -> str:
    """The data as a script the worker loads with importScripts (Chromium blocks fetch() of file:// URLs).

    JSON is a JavaScript expression; going through JSON.parse from a string literal instead was
    no faster in Chromium (about 300 ms for the 10 MB of 1,000 articles either way).
    """
    return f"self.wenkuSearchData = {json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n"


def write_config_only_index(search_dir: Path, config: dict) -> None:
    """search_index.json and .js with the configuration and no documents.

    Every page reads the configuration (the highlighting of search words on the page opened from
    a result uses its separator); Material loads the .js from file:// and fetches the .json from a
    web server. The documents are in the worker's data.
    """
    text = json.dumps({"config": config, "docs": []}, ensure_ascii=False, separators=(",", ":"))
    (search_dir / "search_index.json").write_text(text, encoding="utf-8")
    # the statement Material's offline plugin writes (material/plugins/offline/plugin.py)
    (search_dir / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
