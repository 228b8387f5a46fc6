"""WCAG 2.1 A/AA in Chromium (axe-core) on every page kind, both colour schemes, site and offline bundle."""
from __future__ import annotations

from pathlib import Path

import pytest

# axe-core's rule tags for WCAG 2.0 and 2.1, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING_IMPACTS = {"serious", "critical"}
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme → Material's data-md-color-scheme
SEARCH_TERM = "党建"
PAGE_KINDS = [
    "home", "article", "topic index", "topic", "genre index", "year index", "year",
    "sources", "source", "about", "search", "report",
]
# Where the pages are written, relative to the site folder, without the suffix the bundle adds.
SECTION_PAGES = {"home": "", "topic index": "topics/", "genre index": "genres/", "year index": "years/",
                 "sources": "sources/", "about": "about/", "report": "report/"}
# One page of each section with many: the first in the folder (sorted, so the same each run).
SECTION_MEMBERS = {"article": "articles", "topic": "topics", "year": "years", "source": "sources"}


def first_member(site: Path, section: str) -> str:
    """The first page of a section's folder in the built site, as a directory URL (`years/2017/`)."""
    names = sorted(p.name for p in (site / section).iterdir()
                   if p.is_dir() and (p / "index.html").is_file() and p.name != "page")
    assert names, f"the built site has no page under {section}/"
    return f"{section}/{names[0]}/"


def page_path(site: Path, kind: str) -> str | None:
    """The directory URL of a page kind in the built site, None when the site has no such page."""
    if kind in SECTION_MEMBERS:
        return first_member(site, SECTION_MEMBERS[kind])
    if kind == "search":
        return "search/"
    path = SECTION_PAGES[kind]
    return path if (site / path / "index.html").is_file() else None


def bundle_file(bundle: Path, path: str) -> Path:
    """The file of the unzipped bundle that holds the site's page `path` (`topics/x/` → topics/x/index.html)."""
    candidates = [bundle / path / "index.html"]
    if path:
        candidates.insert(0, bundle / (path.rstrip("/") + ".html"))
    found = [c for c in candidates if c.is_file()]
    assert found, f"the bundle has none of {[c.relative_to(bundle).as_posix() for c in candidates]}"
    return found[0]


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def wait_for_search_results(page) -> None:
    """Wait until the search page (the site's and the bundle's) has listed its results."""
    page.wait_for_selector(".site-search__result")


def open_page_kind(page, target: str, kind: str, site: Path, site_url: str, bundle: Path) -> str:
    """Open a page kind on the served site or the unzipped bundle (file://); return what a failure names it."""
    path = page_path(site, kind)
    if path is None:
        pytest.skip(f"the built site has no {kind} page ({SECTION_PAGES[kind]}index.html): not written by this build yet")
    query = "?q=" + SEARCH_TERM if kind == "search" else ""
    if target == "site":
        url = site_url + path + query
    else:
        url = bundle_file(bundle, path).as_uri() + query
    page.goto(url)
    page.wait_for_load_state("load")
    if kind == "search":
        wait_for_search_results(page)
    page.evaluate("document.fonts.ready")
    return f"{target} {path or '/'}{query}"


def serious_violations(axe, page) -> list[str]:
    """Run axe-core's WCAG 2.1 A/AA rules on the page; one line per serious or critical finding."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = axe.run(page, options=options).response
    lines = []
    for violation in results["violations"]:
        if violation["impact"] not in FAILING_IMPACTS:
            continue
        for node in violation["nodes"]:
            checks = node.get("any", []) + node.get("all", []) + node.get("none", [])
            why = "; ".join(c["message"] for c in checks if c.get("message")) or violation["help"]
            lines.append(f"{violation['id']} ({violation['impact']}) at {' '.join(map(str, node['target']))}: {why}")
    return lines


@pytest.mark.parametrize("kind", PAGE_KINDS)
@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("target", ["site", "bundle"])
def test_page_has_no_serious_wcag_violation(page, axe, built_site, site_url, unzipped_bundle, external_requests,
                                            target, scheme, kind):
    page.emulate_media(color_scheme=scheme)
    where = open_page_kind(page, target, kind, built_site / "site", site_url, unzipped_bundle)
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == SCHEMES[scheme], f"{where}: the {scheme} scheme shows data-md-color-scheme={shown!r}"
    # Material's tabs and buttons fade in; axe measures colours as drawn, so no transition is mid-way.
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    found = serious_violations(axe, page)
    assert not found, f"{where} ({scheme}): {len(found)} serious WCAG 2.1 violation(s):\n" + "\n".join(found)
    assert external_requests() == []


# --- the keyboard ----------------------------------------------------------------------------

# Where a focused control shows its focus: itself, or (a visually hidden radio button, an input
# drawn without a border) the thing drawn around it.
FOCUS_RING_OF = """(el) => {
    const shown = el.matches('.md-option') ? el.nextElementSibling
                : el.closest('.wenku-search') || el;
    const style = getComputedStyle(shown);
    return {outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""
FOCUSED = """() => {
    const el = document.activeElement;
    return el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20);
}"""
MAX_TABS = 30


def tab_to(page, name_part: str) -> str:
    """Press Tab until the focused control's name contains `name_part`; return the name, fail if never."""
    names = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        names.append(page.evaluate(FOCUSED))
        if name_part in names[-1]:
            return names[-1]
    pytest.fail(f"{MAX_TABS} presses of Tab never reached {name_part!r}; they went through {names}")


def focus_ring(page) -> dict:
    return page.evaluate_handle("document.activeElement").evaluate(FOCUS_RING_OF)


def test_header_controls_work_from_the_keyboard_with_a_visible_focus(page, site_url, external_requests):
    page.goto(site_url)
    rings = {}
    tab_to(page, "字号")
    rings["字号"] = focus_ring(page)
    page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.getAttribute('data-wenku-fontsize')") == "large"
    assert tab_to(page, "切换到深色模式")
    rings["colour scheme"] = focus_ring(page)
    page.keyboard.press("Enter")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    tab_to(page, "搜索文章")
    rings["search box"] = focus_ring(page)
    page.keyboard.type("创新")
    page.keyboard.press("Enter")
    page.wait_for_selector(".site-search__result")
    faint = {name: ring for name, ring in rings.items() if ring["outline"] == "none" or ring["width"] < 2}
    assert faint == {}, f"focus not shown by a 2-px outline: {faint}"
    assert external_requests() == []


def test_search_results_are_reached_and_opened_from_the_keyboard(page, site_url, external_requests):
    page.goto(site_url + "search/")
    page.locator(".site-search__input").focus()
    page.keyboard.type(SEARCH_TERM)
    page.keyboard.press("Enter")
    first = page.locator(".site-search__link").first
    first.wait_for()
    title = first.inner_text().strip()
    tab_to(page, title)
    ring = focus_ring(page)
    assert ring["outline"] != "none" and ring["width"] >= 2, f"the focused result shows {ring}"
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**")
    heading = page.locator(".md-content h1").first.inner_text().strip()
    assert heading.removesuffix("#").strip() == title  # "#": the heading's own link
    assert external_requests() == []
