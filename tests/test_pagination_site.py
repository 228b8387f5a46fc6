"""Long lists through MkDocs: 250 articles in one topic, one year and one source, built with the
project's mkdocs.yml as the published site (directory URLs) and as the offline bundle rewrites
it for file:// (links to folders name their index.html). Every page of each list is built, its
page links open the neighbouring pages, and following them reaches every article once."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts import bundle, topics
from build_scripts.website import render
from build_scripts.article import Article

from .conftest import REPO

N = 250


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("paged") / "repo"
    shutil.copytree(REPO / "build_scripts", root / "build_scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "overrides", root / "overrides")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    for name in ("about.md", "search.md", "stylesheets"):
        src = REPO / "docs" / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / "docs" / name)
    arts = [Article(title=f"文章{i:03d}", body="正文。\n", slug=f"a{i:03d}", source_file=f"source_texts/a{i:03d}.txt",
                    source_sha256="0" * 64, date=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", topics=["banzu-jianshe"],
                    source_name="某网站") for i in range(N)]
    arts.sort(key=render.sort_key_newest, reverse=True)
    lib = render.Library(arts, {}, topics.load_taxonomy(), {"某网站": "mou-wangzhan"})
    for path, text in render.render_site(lib).items():
        (root / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / path).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module", params=[True, False], ids=["published", "bundle"])
def built(project, request, tmp_path_factory) -> tuple[Path, bool]:
    """The site as published, or its pages as the offline bundle rewrites them for file://."""
    site = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
                          cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if not request.param:
        files = bundle.site_files(site)
        folders = bundle.page_folders(files)
        for rel in files:
            if rel.endswith(".html"):
                page = site / rel
                page.write_text(bundle.rewrite_html(page.read_text(encoding="utf-8"), rel, folders), encoding="utf-8")
    return site, request.param


@pytest.mark.parametrize("first", ["topics/banzu-jianshe", "years/2024", "sources/mou-wangzhan", "report"])
def test_list_pages_link_each_other_and_reach_every_article(built, first):
    site, directory_urls = built

    def file_of(doc: str) -> Path:  # topics/x/page/2 → its built file
        return site / f"{doc}/index.html"

    def opened(target: Path) -> Path:  # a web server opens a folder's index.html; file:// does not
        return target / "index.html" if directory_urls and target.is_dir() else target

    chain = [first, f"{first}/page/2", f"{first}/page/3"]
    assert all(file_of(doc).is_file() for doc in chain) and not file_of(f"{first}/page/4").exists()
    reached = []
    for number, doc in enumerate(chain, 1):
        page = file_of(doc)
        html = page.read_text(encoding="utf-8")
        pager = html.split('<div class="pager">', 1)[1].split("</div>", 1)[0]
        targets = {label: (page.parent / href).resolve() for href, label in re.findall(r'<a href="([^"]+)">([^<]+)</a>', pager)}
        opens = {label: opened(t) for label, t in targets.items()}
        assert str(number) not in opens  # this page is shown, not linked
        if number > 1:
            assert opens["上一页"] == opens["1" if number == 2 else str(number - 1)] == file_of(chain[number - 2]).resolve()
        if number < len(chain):
            assert opens["下一页"] == opens[str(number + 1)] == file_of(chain[number]).resolve()
        for href in re.findall(r'href="([^"]*articles/a\d{3}[^"]*)"', html):
            target = (page.parent / href).resolve()
            assert opened(target).is_file(), href
            reached.append(re.search(r"a\d{3}", href).group())
    assert sorted(reached) == [f"a{i:03d}" for i in range(N)]
