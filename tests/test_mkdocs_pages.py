"""Pages written lighter (build_scripts/website/mkdocs_pages.py): the theme's templates lose their
indentation, and every page still reads and looks the same."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import jinja2
import pytest

from build_scripts.website.mkdocs_pages import TightTemplates, tighten_template

TEMPLATES = {
    "page.html": """<ul>
  {% for item in items %}
    <li>
      {% if item.link %}
        <a href="{{ item.link }}">{{ item.name }}</a>
      {% else %}
        {{ item.name }}
      {% endif %}
    </li>
  {% endfor %}
</ul>
<p>
  前文{% include "icon.html" %}
  后文
  {{ m.label("一") }}{{ m.label("二") }}
</p>
{% block tail %}
  <span>尾</span>
{% endblock %}
""",
    "icon.html": "<svg><path d=\"M0 0\"/></svg>\n",
    "macros.html": """{% macro label(text) %}
  <b>{{ text }}</b>
{% endmacro %}
""",
    "code.html": "<pre>\n  {% if x %}\n    keep   this\n  {% endif %}\n</pre>\n",
}


def render(name: str, tight: bool, **context) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), extensions=[TightTemplates] if tight else [])
    template = env.get_template(name)
    return template.render(m=env.get_template("macros.html").module, **context)


def words(html: str) -> str:
    """What a browser shows of a page's text: every run of whitespace is one space."""
    return re.sub(r"\s+", " ", html).strip()


@pytest.mark.parametrize("items", [[], [{"name": "甲", "link": "a/"}, {"name": "乙", "link": None}]])
def test_a_tightened_template_renders_the_same_text_in_fewer_bytes(items):
    plain, tight = render("page.html", False, items=items), render("page.html", True, items=items)
    assert words(tight) == words(plain)
    assert len(tight) < len(plain) * (0.9 if items else 0.95)
    assert not re.search(r"\n[ \t]", tight), "a line still starts with indentation"


def test_text_on_both_sides_of_an_include_or_a_macro_stays_apart():
    shown = words(render("page.html", True, items=[]))
    assert "前文<svg><path d=\"M0 0\"/></svg> 后文" in shown
    assert "<b>一</b> <b>二</b>" in shown


def test_a_template_with_preformatted_text_is_left_as_it_is():
    assert render("code.html", True, x=True) == render("code.html", False, x=True)
    assert "    keep   this" in render("code.html", True, x=True)


def test_only_control_tags_alone_on_a_line_lose_their_line_break():
    assert tighten_template("a\n  {% if x %}\nb\n") == "a\n{% if x %}b\n"
    assert tighten_template("a\n{% include 'i' %}\nb\n") == "a\n{% include 'i' %}\nb\n"
    assert tighten_template("a\n{%- if x %}\nb\n") == "a\n{%- if x %}\nb\n"  # the template's own whitespace control
    assert tighten_template("{% if a %}x{% endif %}\ny\n") == "{% if a %}x{% endif %}\ny\n"


def test_every_page_of_the_site_reads_the_same_as_with_the_untouched_theme(built_site, tmp_path):
    """The seeds' site built again without the hook: page for page, the same text and markup."""
    # A copy of the built project (its pages and configuration): the shared one stays as built.
    project = tmp_path / "project"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site", "dist", ".cache"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "build_scripts/website/mkdocs_pages.py" in config
    # the same hooks but for the templates' tightening (on_env): the Markdown extension stays
    (project / "plain_hooks.py").write_text("from build_scripts.website.mkdocs_pages import on_config  # noqa: F401\n")
    plain_config = project / "mkdocs-plain.yml"
    plain_config.write_text(config.replace("  - build_scripts/website/mkdocs_pages.py\n", "  - plain_hooks.py\n"), encoding="utf-8")
    plain = tmp_path / "plain"
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain_config), "-d", str(plain)],
                          cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    site = built_site / "site"
    pages = sorted(p.relative_to(plain) for p in plain.rglob("*.html"))
    assert len(pages) > 10
    smaller = 0
    for rel in pages:
        ours, theirs = (site / rel).read_text(encoding="utf-8"), (plain / rel).read_text(encoding="utf-8")
        assert words(ours) == words(theirs), rel
        smaller += len(ours) < len(theirs) * 0.9
    themed = sum(1 for rel in pages if "md-header" in (plain / rel).read_text(encoding="utf-8"))
    assert smaller >= themed > 10
