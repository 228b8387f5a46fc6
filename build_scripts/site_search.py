"""Search on the published site: Pagefind indexes the built article pages into <site>/pagefind/.

A browser then loads only the index chunks of the words it searches for, instead of one index
of the whole library (Material's search_index.json: 3.7 MB gzip at 1,000 articles). Which
pages and blocks are indexed is marked in the templates: overrides/main.html puts
data-pagefind-body on an article's content, so only articles are indexed; the blocks the site
marks data-search-exclude (topic chips, keywords, related articles) are left out here.

Pagefind does not work from file://; the offline bundle keeps its own search (bundle.py).
"""
from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

from .errors import LibraryError

# Parts of an article page that are not its text: the lists that repeat other pages' titles
# (data-search-exclude, the attribute Material's search honours in the offline bundle too), the
# edit button, the headings' permalink signs (#), and the site's own note on a truncated page
# (the only warning admonition in article.md.j2), which would match every search for 原文.
EXCLUDE_SELECTORS = ("[data-search-exclude]", ".md-content__button", ".headerlink", ".admonition.warning")
# One index for the whole site; Material writes <html lang="zh">, this only makes it explicit.
LANGUAGE = "zh"


def index_site(site_dir: Path) -> None:
    """Write Pagefind's index and UI files into site_dir/pagefind/; raise LibraryError on failure."""
    if find_spec("pagefind") is None or find_spec("pagefind_bin_extended") is None:
        raise LibraryError("pagefind: not installed: run `make deps` (pip install -r requirements.txt)")
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", LANGUAGE, "--silent"]
    for selector in EXCLUDE_SELECTORS:
        cmd += ["--exclude-selectors", selector]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        last = ((done.stderr or done.stdout).strip().splitlines() or ["no message"])[-1]
        raise LibraryError(f"pagefind: indexing the built site failed: {last}")
