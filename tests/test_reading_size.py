"""The header's 字号 button: the article text grows in steps, stays grown on the next page, fits a phone."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

FONTSIZE_BUTTON_NAME = re.compile("字号|大字")
# The steps the button goes through, as the factor of the standard size (overrides/assets/fontsize.js).
STEPS = [1.15, 1.3, 1.0]
PHONE = {"width": 390, "height": 844}


def article_paths(site: Path) -> list[str]:
    """Two articles of the built site, as directory URLs."""
    names = sorted(p.name for p in (site / "articles").iterdir() if (p / "index.html").is_file())
    assert len(names) >= 2, f"the seeds build fewer than two articles: {names}"
    return [f"articles/{name}/" for name in names[:2]]


def article_url(target: str, path: str, site_url: str, bundle: Path) -> str:
    """The address of an article on the served site or in the unzipped bundle (file://, articles/x/index.html)."""
    if target == "site":
        return site_url + path
    return (bundle / path / "index.html").as_uri()


def paragraph_size(page) -> float:
    """The computed font size, in CSS pixels, of the article's first paragraph of running text."""
    return page.evaluate("parseFloat(getComputedStyle(document.querySelector('article.md-typeset > p')).fontSize)")


def press_fontsize_button(page) -> None:
    page.get_by_role("button", name=FONTSIZE_BUTTON_NAME).click()


@pytest.mark.parametrize("target", ["site", "bundle"])
def test_fontsize_button_grows_the_article_text_and_keeps_it_on_the_next_page(
        page, built_site, site_url, unzipped_bundle, external_requests, target):
    first, second = (article_url(target, p, site_url, unzipped_bundle) for p in article_paths(built_site / "site"))
    page.goto(first)
    standard = paragraph_size(page)
    sizes = []
    for _ in STEPS:
        press_fontsize_button(page)
        sizes.append(round(paragraph_size(page) / standard, 2))
    assert sizes == STEPS, f"{target}: pressing 字号 three times gave {sizes} of {standard}px"

    press_fontsize_button(page)
    page.goto(second)
    assert paragraph_size(page) / standard == pytest.approx(STEPS[0], abs=0.01), \
        f"{target}: the next article is back to {paragraph_size(page)}px after choosing 大 ({standard}px standard)"
    name = page.get_by_role("button", name=FONTSIZE_BUTTON_NAME).get_attribute("aria-label")
    assert "大" in name and "标准" not in name.split("，")[0], f"{target}: the button says {name!r} on the next page"
    page.reload()
    assert paragraph_size(page) / standard == pytest.approx(STEPS[0], abs=0.01), f"{target}: a reload forgot the 字号"
    assert external_requests() == []


@pytest.mark.parametrize("target", ["site", "bundle"])
def test_the_largest_text_fits_a_phone_screen(page, built_site, site_url, unzipped_bundle, external_requests,
                                              screenshot_dir, target):
    page.set_viewport_size(PHONE)
    page.goto(article_url(target, article_paths(built_site / "site")[0], site_url, unzipped_bundle))
    button = page.get_by_role("button", name=FONTSIZE_BUTTON_NAME)
    button.click()
    button.click()
    assert "特大" in button.get_attribute("aria-label")
    page.screenshot(path=screenshot_dir / f"{target}-article-phone-largest.png")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{target}: at 特大 the page is {overflow}px wider than a {PHONE['width']}px phone"
    box = button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], f"{target}: 字号 button at {box}"
    title = page.locator(".md-content h1").first.bounding_box()
    assert title["x"] + title["width"] <= PHONE["width"], f"{target}: the title runs off the screen: {title}"
    assert external_requests() == []
