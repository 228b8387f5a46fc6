"""Golden files: the whole cleaned output of each seed and site case, reviewed as a reader would.

`pytest --update-goldens` rewrites tests/golden/<set>/<name>.md from the current cleaner, so a
behaviour change shows up as a reviewable diff."""
from pathlib import Path

import pytest

from build_scripts.cleaning import clean_source, render_markdown
from build_scripts.sources import read_source

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
INPUTS = {
    "seeds": sorted((ROOT / "source_texts").glob("[0-9][0-9][0-9]_*.txt")),
    "sites": sorted((ROOT / "tests" / "cleaning" / "sites").glob("*.txt")),
}
CASES = [(group, p) for group, paths in INPUTS.items() for p in paths]


def render(path: Path) -> str:
    source = read_source(path)
    article = clean_source(source)
    article.slug = article.slug or source.stem.replace("_", "-").lower()
    article.source_file = path.relative_to(ROOT).as_posix()
    return render_markdown(article)


@pytest.mark.parametrize(("group", "path"), CASES, ids=[f"{g}/{p.stem}" for g, p in CASES])
def test_golden(group, path, request):
    expected_file = GOLDEN / group / f"{path.stem}.md"
    got = render(path)
    if request.config.getoption("--update-goldens"):
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(got, encoding="utf-8")
        pytest.skip("golden rewritten")
    assert expected_file.exists(), f"no golden for {path.name}; run pytest --update-goldens and review it"
    assert got == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("group", sorted(INPUTS))
def test_every_input_has_a_golden_and_every_golden_an_input(group):
    """A new seed without a reviewed golden, or a golden left behind by a removed seed, fails here."""
    inputs = {p.stem for p in INPUTS[group]}
    goldens = {p.stem for p in (GOLDEN / group).glob("*.md")}
    assert len(inputs) >= 5
    assert sorted(inputs - goldens) == [], "inputs without a golden: run pytest --update-goldens and review them"
    assert sorted(goldens - inputs) == [], "goldens without an input: delete them"
