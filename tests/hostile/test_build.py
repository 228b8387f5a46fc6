"""One small site build of hostile sources in a temporary project folder: unusable sources are one
line each and the rest is published; no page carries live markup from a source; titles stay text;
nothing is written outside the project's output folders; duplicates become one page."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ..conftest import serve_directory
from .helpers import INPUTS, REPO, live_markup, parse_html

# What a hostile source tries to smuggle into a page.
PAYLOAD = re.compile(r"alert\(|evil\.example|document\.cookie", re.I)
PUBLISHED = ["article_gb18030.txt", "markup.txt", "markdown_syntax.txt", "yaml_special.txt", "yaml_title_text.txt",
             "dup_saved_twice_1.txt", "near_dup_site_a.txt"]
MERGED = {"dup_saved_twice_2.txt": "dup_saved_twice_1.txt", "near_dup_site_b.txt": "near_dup_site_a.txt"}
UNUSABLE = {  # file → the rule its line must name
    "empty.txt": "empty file", "whitespace.txt": "empty file", "binary.txt": None, "bad_url.txt": "source_url",
    "bad_yaml.txt": "invalid YAML", "slug_traversal.txt": "slug", "slug_absolute.meta.yml": "slug",
}
SAME_SLUG = ["same_slug_a.txt", "same_slug_b.txt"]
LINE_RE = re.compile(r"^source_texts/(?P<file>[^:/]+)(?::\d+)?: (?P<rule>[^:]+): (?P<hint>\S.*)$")


def make_project(root: Path, names: list[str]) -> Path:
    """A project folder with the repository's code and configuration and the given inputs as sources."""
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "build_scripts", root / "build_scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "overrides", root / "overrides")
    (root / "docs").mkdir()
    for hand_written in ("about.md", "search.md", "stylesheets"):
        src = REPO / "docs" / hand_written
        if src.is_dir():
            shutil.copytree(src, root / "docs" / hand_written)
        elif src.exists():
            shutil.copy(src, root / "docs" / hand_written)
    sources = root / "source_texts"
    sources.mkdir()
    for name in names:
        shutil.copy(INPUTS / name, sources / name)
    return root


def run_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "build_scripts", "build", "--sources", "source_texts", *args],
                          cwd=project, capture_output=True, text=True, timeout=600)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    outside = tmp_path_factory.mktemp("hostile-build")
    names = PUBLISHED + list(MERGED) + SAME_SLUG + list(UNUSABLE) + ["slug_absolute.txt"]
    project = make_project(outside / "project", names)
    before = {p for p in outside.rglob("*")}
    done = run_build(project)
    return project, outside, before, done


def article_pages(project: Path) -> dict[str, Path]:
    """source file name → the built page of the article it became."""
    pages = {}
    for md in sorted((project / "docs" / "articles").glob("*.md")):
        front = yaml.safe_load(md.read_text(encoding="utf-8").split("---\n")[1])
        pages[Path(front["source_file"]).name] = project / "site" / "articles" / md.stem / "index.html"
    return pages


def test_build_reports_unusable_sources_and_fails(built):
    project, _, _, done = built
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr
    problems = [line for line in done.stderr.splitlines() if LINE_RE.match(line)]
    named = {LINE_RE.match(line)["file"]: LINE_RE.match(line)["rule"] for line in problems}
    for name, rule in UNUSABLE.items():
        assert name in named, f"no line for {name} in:\n{done.stderr}"
        if rule:
            assert named[name] == rule
    assert named.get("binary.txt") in ("binary file", "undecodable")


def test_two_sources_with_one_slug_are_a_named_error(built):
    project, _, _, done = built
    lines = [l for l in done.stderr.splitlines() if "same-page" in l]
    assert lines, done.stderr
    assert any("same_slug_a.txt" in l and "same_slug_b.txt" in l for l in lines), lines
    assert all(LINE_RE.match(l) for l in lines), lines
    pages = article_pages(project)
    assert not (project / "site" / "articles" / "same-page").exists() or \
        sum(n in pages for n in SAME_SLUG) <= 1, "one source overwrote the other's page"


def test_usable_sources_are_published(built):
    project, _, _, done = built
    pages = article_pages(project)
    for name in PUBLISHED:
        assert name in pages, f"{name} was not published; stderr:\n{done.stderr}"
        assert pages[name].is_file(), f"{pages[name]} missing"
    for name in list(UNUSABLE) + list(MERGED):
        assert name not in pages


def site_pages(project: Path) -> list[Path]:
    return sorted((project / "site").rglob("*.html"))


def test_no_page_has_live_markup_from_a_source(built):
    project, _, _, _ = built
    pages = site_pages(project)
    assert len(pages) > 10
    for path in pages:
        page = parse_html(path.read_text(encoding="utf-8"))
        assert live_markup(page, PAYLOAD) == [], path
        for el in page.elements:
            if el.tag in ("script", "style"):
                assert not PAYLOAD.search(el.text), f"{path}: source text inside <{el.tag}>"


def test_search_results_show_source_markup_as_text(built, page, external_requests):
    """The search page shows each result's title, source and summary: markup quoted in a source
    (its title is "</title><script>…", its source "<img onerror=…>") must show as text there, as
    it does on the article page, and run nothing."""
    project, _, _, _ = built
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    server, url = serve_directory(project / "site")
    try:
        for query in ("政治建设", "学习专栏"):  # words next to <script> and <a href="javascript:…"> in markup.txt
            page.goto(f"{url}search/?q={query}")
            page.wait_for_selector(".site-search__result mark")
            results = page.locator(".site-search__results")
            html = results.inner_html()
            assert live_markup(parse_html(html), PAYLOAD) == [], query
            assert not ({"script", "iframe", "img", "svg"} & parse_html(html).tags()), html[:500]
            assert "<script>" in results.inner_text() and "<img src=x" in results.inner_text()
    finally:
        server.shutdown()
        server.server_close()
    assert dialogs == [] and external_requests() == []


def test_title_with_markup_is_text_in_title_and_h1(built):
    project, _, _, _ = built
    page = parse_html(article_pages(project)["markup.txt"].read_text(encoding="utf-8"))
    title = "</title><script>alert('title')</script>支部<b>党建</b>工作纪实"
    assert [el.text for el in page.find("title")] == [f"{title} - 党建文库"]
    assert [el.text.strip() for el in page.find("h1")] == [title]


def test_markup_and_syntax_are_shown_as_text_on_the_page(built):
    project, _, _, _ = built
    pages = article_pages(project)
    markup = parse_html(pages["markup.txt"].read_text(encoding="utf-8"))
    text = "".join(el.text for el in markup.find("article"))
    assert "<img src=x onerror=" in text and "<script>alert(" in text
    syntax = parse_html(pages["markdown_syntax.txt"].read_text(encoding="utf-8"))
    text = "".join(el.text for el in syntax.find("article"))
    assert "{{ config.site_name }}" in text and "{% include" in text
    assert "# 党员教育是党的建设的基础性工作。" in text


def test_yaml_special_title_is_on_its_page(built):
    project, _, _, _ = built
    page = parse_html(article_pages(project)["yaml_special.txt"].read_text(encoding="utf-8"))
    assert [el.text.strip() for el in page.find("h1")] == ["\"党建: 引领\" #1 — '三会一课' --- 实践: 探索 & <思考>"]


def test_nothing_is_written_outside_the_output_folders(built):
    project, outside, before, _ = built
    allowed = [project / "docs", project / "site", project / ".cache", project / "dist",
               project / "build_scripts" / "taxonomy" / "slugs.yml"]
    for path in outside.rglob("*"):
        if path in before or path.is_dir():
            continue
        assert any(path == a or a in path.parents for a in allowed), f"written outside the output folders: {path}"
    assert not Path("/tmp/hostile-x").exists() and not (project.parent / "x").exists()


def test_duplicates_are_one_page_listing_both_sources(built):
    project, _, _, done = built
    pages = article_pages(project)
    report = (project / "docs" / "report.md").read_text(encoding="utf-8")
    for copy, kept in MERGED.items():
        assert copy not in pages and kept in pages
        html = pages[kept].read_text(encoding="utf-8")
        footer = "".join(el.text for el in parse_html(html).find("article"))
        assert "另见" in footer, f"{kept}'s page does not list the other source"
        assert copy in footer or copy in html or _source_name(project, copy) in footer.split("另见", 1)[1]
        assert re.search(f"{re.escape(copy)}.*{re.escape(kept)}|{re.escape(kept)}.*{re.escape(copy)}", report), \
            f"no warning naming both {kept} and {copy} on report.md"


def _source_name(project: Path, name: str) -> str:
    from build_scripts.cleaning import clean_source
    from build_scripts.sources import read_source

    article = clean_source(read_source(project / "source_texts" / name))
    return article.source_name or name


def own_copy(built, tmp_path: Path) -> Path:
    """A copy of the built project (sources, pages, site, caches) that one test may change."""
    project = tmp_path / "project"
    shutil.copytree(built[0], project)
    return project


def test_rebuild_gives_identical_docs(built, tmp_path):
    project = own_copy(built, tmp_path)
    first = snapshot(project / "docs")
    done = run_build(project, "--no-mkdocs")
    assert "Traceback" not in done.stderr
    assert snapshot(project / "docs") == first


def test_strict_fails_on_warnings(tmp_path):
    """An article saved twice is published once with a warning: the build passes, --strict fails and
    prints the warning naming both files."""
    project = make_project(tmp_path / "p", ["dup_saved_twice_1.txt", "dup_saved_twice_2.txt"])
    done = run_build(project, "--no-mkdocs")
    assert done.returncode == 0, done.stderr
    strict = run_build(project, "--no-mkdocs", "--strict")
    assert strict.returncode == 1
    assert "Traceback" not in strict.stderr
    assert re.search(r"^source_texts/dup_saved_twice_1\.txt: warning: .*dup_saved_twice_2\.txt", strict.stderr, re.M), \
        strict.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in INPUTS.iterdir() if p.suffix == ".txt"))
def test_clean_command_never_prints_a_traceback(name):
    done = subprocess.run([sys.executable, "-m", "build_scripts", "clean", str(INPUTS / name)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 1)
    if done.returncode == 1:
        lines = [l for l in done.stderr.splitlines() if l.strip()]
        assert len(lines) == 1 and str(INPUTS) in lines[0], done.stderr


KILL_AFTER_MKDOCS = """
import os, signal, sys
from build_scripts import pipeline

real = pipeline.run_mkdocs_process


def run(*args, **kwargs):
    done = real(*args, **kwargs)
    # MkDocs has written the new site into its staging folder; it is not yet moved into place.
    os.kill(os.getpid(), signal.SIGKILL)
    return done


pipeline.run_mkdocs_process = run
sys.exit(pipeline.run_build(sources_dir="source_texts"))
"""


def test_killed_build_leaves_the_old_site_and_the_next_build_recovers(built, tmp_path):
    project = own_copy(built, tmp_path)
    site = project / "site"
    before = snapshot(site)
    (project / "source_texts" / "zz_late.txt").write_text(
        "机关党支部开展读书月活动\n\n2024-04-23\n\n"
        "四月是机关读书月。机关党支部为每名党员准备了一份书单，鼓励大家利用业余时间读书学习。\n\n"
        "月底，支部召开读书交流会，党员们结合工作实际谈体会、讲收获，现场气氛十分热烈。\n",
        encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_MKDOCS], cwd=project, capture_output=True, text=True,
                            timeout=600)
    assert killed.returncode == -9, killed.stderr
    assert snapshot(site) == before, "a killed build changed site/"
    done = run_build(project)
    assert "Traceback" not in done.stderr
    pages = article_pages(project)
    assert "zz_late.txt" in pages and pages["zz_late.txt"].is_file(), done.stderr
    assert not [p for p in site.iterdir() if p.name.startswith(("site-", "."))], "staging left inside site/"
    for name in PUBLISHED:
        assert pages[name].is_file()


def test_a_doubtful_title_passes_the_build_and_fails_strict(tmp_path):
    """A page with nothing to confirm its title (no date or byline under it, no repeat): the build
    publishes it with a warning that names the file; --strict fails on it."""
    project = make_project(tmp_path / "p", [])
    (project / "source_texts" / "doubtful.txt").write_text(
        "党员教育的几点思考\n\n党支部坚持把理论学习放在首位，每月组织一次集中学习，推动学习成果转化为工作成效。\n\n"
        "支部还把主题党日与志愿服务结合起来，组织党员深入社区开展服务，群众对此给予了充分肯定。\n", encoding="utf-8")
    done = run_build(project, "--no-mkdocs")
    assert done.returncode == 0, done.stderr
    strict = run_build(project, "--no-mkdocs", "--strict")
    assert strict.returncode == 1
    assert re.search(r"^source_texts/doubtful\.txt: warning: title-doubtful: ", strict.stderr, re.M), strict.stderr
