"""Pages written in the style of other kinds of sites (news, 文库, forum, mobile, traditional script):
what a reader must and must not see once cleaned. Each case is sites/<name>.txt + sites/<name>.yml."""
from pathlib import Path

import opencc
import pytest

from .helpers import cleaned, headings, norm

SITES = Path(__file__).parent / "sites"
CASES = sorted(p.stem for p in SITES.glob("*.yml"))
T2S = opencc.OpenCC("t2s")


@pytest.fixture(scope="module", params=CASES)
def case(request):
    import yaml

    exp = yaml.safe_load((SITES / f"{request.param}.yml").read_text(encoding="utf-8"))
    fm, body = cleaned(SITES / f"{request.param}.txt")
    return request.param, exp, fm, body


REQUIRED = ("title", "date", "keep", "drop")


def test_every_case_says_what_it_checks(case):
    """A case without a title, a date (null when the page shows none), text to keep and junk to
    drop (an empty list, with a comment, on a page written for something else) checks nothing for
    them: each case states all four."""
    name, exp, fm, body = case
    missing = [k for k in REQUIRED if k not in exp or (k == "keep" and not exp[k])]
    assert not missing, f"{name}.yml: give {', '.join(missing)}"


def test_title(case):
    name, exp, fm, body = case
    assert norm(fm["title"]) == norm(exp["title"])


def test_metadata(case):
    name, exp, fm, body = case
    assert fm["date"] == exp["date"]
    for a in exp.get("authors", []):
        assert a in fm["authors"]
    if "source_name" in exp:
        assert fm["source"]["name"] == exp["source_name"]
    if "affiliation" in exp:
        assert norm(exp["affiliation"]) in [norm(a) for a in fm["affiliations"]]
    for k in exp.get("keywords", []):
        assert k in fm["keywords"]
    if "truncated" in exp:
        assert fm["truncated"] is exp["truncated"]
    if "original_script" in exp:
        assert fm["original_script"] == exp["original_script"]


def test_keeps_body_text(case):
    name, exp, fm, body = case
    for s in exp.get("keep", []):
        assert norm(s) in norm(body), f"{name}: body lost {s!r}"


def test_drops_junk(case):
    name, exp, fm, body = case
    for s in exp.get("drop", []):
        assert norm(s) not in norm(body), f"{name}: body still has {s!r}"


def test_headings(case):
    name, exp, fm, body = case
    hs = headings(body)
    for s in exp.get("headings", []):
        assert any(norm(s) in h for h in hs), f"{name}: no heading holds {s!r}"


def test_script_and_pinyin(case):
    """Every page reads in simplified script with no pinyin annotations, whatever it was saved in."""
    import re

    name, exp, fm, body = case
    assert T2S.convert(body) == body and T2S.convert(fm["title"]) == fm["title"]
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)", body)
    if "original_script" in exp:
        assert fm["original_script"] == exp["original_script"]


def test_paragraphs_are_whole(case):
    """Text a reader sees as one paragraph must be one paragraph, not pieces (norm() hides breaks)."""
    import re

    name, exp, fm, body = case
    paras = [norm(p) for p in re.split(r"\n\s*\n", body)]
    for s in exp.get("one_paragraph", []):
        assert any(norm(s) in p for p in paras), f"{name}: {s!r} is split across paragraphs"
