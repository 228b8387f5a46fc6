"""The offline bundle: its name, its determinism, its links for file://, and that it loads nothing from another host.

Searching the bundle from file:// in Chromium: tests/test_browser.py.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from build_scripts import bundle
from build_scripts.__main__ import main

BUNDLE_DATE = dt.date(2024, 5, 1)


@pytest.fixture(scope="module")
def dated_bundle(built_site, tmp_path_factory) -> Path:
    """The bundle of the seeds' built site, dated BUNDLE_DATE."""
    dist = tmp_path_factory.mktemp("dist")
    assert bundle.run_bundle(False, config_file=built_site / "mkdocs.yml", dist_dir=dist, date=BUNDLE_DATE) == 0
    (zip_path,) = dist.glob("*.zip")
    return zip_path


class _Refs(HTMLParser):
    """Collects (tag, attribute, value) for every href/src/action in a page."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value:
                self.refs.append((tag, name, value))


def page_refs(html: str) -> list[tuple[str, str, str]]:
    parser = _Refs()
    parser.feed(html)
    return parser.refs


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


@pytest.mark.parametrize(("site_name", "expected"), [
    ("党建文库", "dangjian-wenku"),
    ("Party Library 2024", "party-library-2024"),
    ("《》！", "site"),
])
def test_bundle_name_is_ascii_pinyin_of_the_site_name(site_name, expected):
    assert bundle.bundle_name(site_name) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("../../topics/", "../../topics/index.html"),
    ("../..", "../../index.html"),
    (".", "./index.html"),
    ("./", "./index.html"),
    ("../zhibu/#gongzuofa", "../zhibu/index.html#gongzuofa"),
    ("../../search/?q=党建", "../../search/index.html?q=党建"),
    ("../../topics", "../../topics/index.html"),  # a folder named without its slash
    ("../../assets/stylesheets/main.css", "../../assets/stylesheets/main.css"),
    ("../../notes", "../../notes"),  # no such folder: left alone
    ("?q=%E5%85%9A%E5%BB%BA", "?q=%E5%85%9A%E5%BB%BA"),
    ("#section", "#section"),
    ("https://example.org/a/", "https://example.org/a/"),
    ("mailto:a@example.org", "mailto:a@example.org"),
    ("", ""),
])
def test_links_to_folders_name_their_index_page(url, expected):
    folders = frozenset({"", "topics", "search", "articles/zhibu", "articles/banzu"})
    assert bundle.file_url(url, "articles/banzu", folders) == expected


def test_a_redirect_page_goes_to_the_new_page_file():
    page = ('<link rel="canonical" href="../new/">\n'
            '<script>var anchor=window.location.hash.substr(1);location.href="../new/"+(anchor?"#"+anchor:"")</script>\n'
            '<meta http-equiv="refresh" content="0; url=../new/">\n<a href="../new/">new destination</a>')
    out = bundle.rewrite_html(page, "articles/old/index.html", frozenset({"articles/new"}))
    assert '../new/"' not in out and out.count("../new/index.html") == 4


def test_material_features_that_fetch_are_turned_off():
    page = '<script id="__config" type="application/json">{"base": "..", "features": ["navigation.instant", "toc.follow"]}</script>'
    out = bundle.rewrite_html(page, "index.html", frozenset({""}))
    assert '"features": ["toc.follow"]' in out


def test_zip_is_named_after_site_and_date_and_unzips_into_one_folder(dated_bundle):
    assert dated_bundle.name == "dangjian-wenku-offline-2024-05-01.zip"
    with zipfile.ZipFile(dated_bundle) as zf:
        names = zf.namelist()
    root = "dangjian-wenku-offline-2024-05-01"
    assert {n.split("/", 1)[0] for n in names} == {root}
    assert f"{root}/index.html" in names and f"{root}/search/index.html" in names
    assert f"{root}/search-index/manifest.json.js" in names
    assert not [n for n in names if n.endswith(("sitemap.xml", "404.html", ".map"))]


def test_bundle_of_the_same_site_is_byte_identical(built_site, dated_bundle, tmp_path):
    assert bundle.run_bundle(False, config_file=built_site / "mkdocs.yml", dist_dir=tmp_path, date=BUNDLE_DATE) == 0
    assert (tmp_path / dated_bundle.name).read_bytes() == dated_bundle.read_bytes()


def test_each_index_file_ships_as_a_script_holding_its_bytes(unzipped_bundle):
    index = unzipped_bundle / "search-index"
    files = sorted(p for p in index.rglob("*") if p.is_file() and p.suffix != ".js")
    assert len(files) > 10
    for path in files:
        name = path.relative_to(index).as_posix()
        script = (index / (name + ".js")).read_text(encoding="ascii")
        call = re.fullmatch(r'__searchShard\(("[^"]+"),"([A-Za-z0-9+/=]*)"\);\n', script)
        assert call and json.loads(call[1]) == name, script[:80]
        assert base64.b64decode(call[2]) == path.read_bytes(), name


def test_no_build_without_a_built_site_is_one_actionable_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "mkdocs.yml").write_text("site_name: 党建文库\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["bundle", "--no-build"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err  # one line (an exception would have failed main() above)
    assert err.startswith("site/index.html: missing:") and "python -m build_scripts build" in err


def test_every_page_loads_scripts_styles_and_images_from_the_bundle(unzipped_bundle):
    remote = []
    for path in html_pages(unzipped_bundle):
        for tag, attr, value in page_refs(path.read_text(encoding="utf-8")):
            if tag == "a" or (tag == "link" and attr == "href" and _is_navigation_link(path, value)):
                continue
            if urlsplit(value).scheme not in ("", "data"):
                remote.append(f"{path.relative_to(unzipped_bundle)}: <{tag} {attr}={value}>")
    assert remote == []


def _is_navigation_link(path: Path, value: str) -> bool:
    """<link rel=canonical> names the published URL; it is metadata, not a request."""
    html = path.read_text(encoding="utf-8")
    return f'<link rel="canonical" href="{value}">' in html


def test_every_link_and_form_in_the_bundle_opens_a_file(unzipped_bundle):
    """From file:// a link to a folder shows a directory listing, and a missing file an error page."""
    broken = []
    pages = html_pages(unzipped_bundle)
    assert unzipped_bundle / "index.html" in pages
    for path in pages:
        for tag, attr, value in page_refs(path.read_text(encoding="utf-8")):
            parts = urlsplit(value)
            if tag not in ("a", "form") or parts.scheme or parts.netloc or not parts.path:
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{path.relative_to(unzipped_bundle)}: {value}")
    assert broken == []
