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


# --- the navigation and tabs, rendered once per folder (SharedPartials) ---------------------------

from types import SimpleNamespace  # noqa: E402

from mkdocs.utils import get_relative_url  # noqa: E402

from build_scripts.website.mkdocs_pages import SHARED_PARTIALS, SharedPartials, page_folder, url_parts  # noqa: E402

NAV_TEMPLATE = """<nav>{% for item in nav.pages %}<a href="{{ item.url | url }}"{% if item.active %} class="active"{% endif %}>
{{ item.title }}</a>{% endfor %}</nav>
"""


def nav_env(shared: SharedPartials | None) -> jinja2.Environment:
    templates = {name: NAV_TEMPLATE for name in SHARED_PARTIALS}
    templates["page.html"] = "".join(f'{{% include "{name}" %}}' for name in SHARED_PARTIALS) + "<p>{{ page.url }}</p>"
    env = jinja2.Environment(loader=jinja2.DictLoader(templates))
    env.filters["url"] = jinja2.pass_context(lambda context, value: get_relative_url(value, context["page"].url))
    if shared is not None:
        shared.install(env)
    return env


def fake_page(url: str, title: str = "") -> SimpleNamespace:
    return SimpleNamespace(url=url, title=title or url, active=False)


def render_pages(env, nav, pages) -> dict[str, str]:
    html = {}
    for page in pages:
        page.active = True  # as MkDocs does while it writes the page
        html[page.url] = env.get_template("page.html").render(page=page, nav=nav)
        page.active = False
    return html


def site_nav():
    pages = [fake_page(""), fake_page("topics/"), fake_page("topics/jiceng/"), fake_page("genres/"), fake_page("about/")]
    return SimpleNamespace(pages=pages, homepage=pages[0])


def test_shared_navigation_writes_every_page_as_rendering_it_in_full_would():
    nav = site_nav()
    pages = nav.pages + [fake_page(url) for url in (
        "articles/a/", "articles/b/", "years/2020/", "topics/jiceng/jingyan/", "topics/jiceng/celue/",
        "topics/other/jingyan/", "search/", "report/2/", "topics/x.html", "articles/c/page.html")]
    shared = SharedPartials()
    full, quick = render_pages(nav_env(None), nav, pages), render_pages(nav_env(shared), nav, pages)
    assert quick == full
    assert shared.html, "no page shared the navigation"
    navigation = {url: html.split("<p>")[0] for url, html in quick.items()}
    assert navigation["articles/a/"] == navigation["articles/b/"] == navigation["years/2020/"]
    # pages whose navigation must differ still differ: a folder at another depth, a folder one of
    # the links lies in (topics/jiceng/ is ../ from one, ../../jiceng/ from the other), a page of the
    # navigation (its link is active)
    assert navigation["articles/a/"] != navigation["search/"]
    assert navigation["topics/jiceng/jingyan/"] != navigation["topics/other/jingyan/"]
    assert 'href="../"' in navigation["topics/jiceng/jingyan/"]
    assert 'class="active"' in navigation["topics/jiceng/"] and 'class="active"' not in navigation["articles/a/"]


def test_only_pages_outside_the_navigation_and_above_none_of_its_links_share():
    shared, nav = SharedPartials(), site_nav()
    key = lambda url: shared.key({"page": fake_page(url), "nav": nav})  # noqa: E731
    assert key("articles/a/") == key("articles/b/") == ("articles",)
    assert key("topics/jiceng/jingyan/") == ("topics", "jiceng") != key("topics/other/jingyan/")
    assert key("search/") == key("report/") == ()
    for url in ("", "topics/", "topics/jiceng/", "about/"):  # in the navigation, or above a link of it
        assert key(url) is None
    assert shared.key({"page": None, "nav": nav}) is None  # 404.html
    assert page_folder("articles/a/") == ("articles", "a") and page_folder("articles/a.html") == ("articles",)
    assert url_parts("./a//b/../c/") == ("a", "c") and url_parts("") == ()
