"""MkDocs hooks that keep pages light and quick to build: the theme's templates are read
without their indentation (about a sixth of every page Material writes), the navigation and the
tabs are rendered once per folder for the pages outside the navigation (SharedPartials), and the
pages' Markdown is read with the site's own extension (build_scripts/website/markdown_ext.py: {:div}
blocks instead of md_in_html, inline patterns skipped where none can match)."""
from __future__ import annotations

import posixpath
import re
from typing import Callable, Iterator

import jinja2.ext

# Leading indentation of a template line, and a blank line.
_INDENT = re.compile(r"^[ \t]+|^\n", re.M)
# A line that is one control tag ({% if … %}, {% endfor %} …) and nothing else, written without
# whitespace control ({%- or -%}, whose stripping is the template's own choice). Not a tag that
# writes something (include) or starts a body that is written elsewhere (macro, block, call).
_STATEMENT_LINE = re.compile(
    r"^(\{% (?:if|elif|else|endif|for|endfor|set|import|from|endmacro)\b(?:[^%\n]|%(?!\}))*[^-]%\})\n", re.M
)


def tighten_template(source: str) -> str:
    """A template's source, rendering the same page with less whitespace.

    Each line loses its indentation, blank lines go, and a line holding only a statement tag
    loses its line break. The text between two pieces of content keeps at least one line
    break, and a browser shows any run of spaces and line breaks as one space: the page looks
    and reads the same. (Not for templates with <pre> or <textarea>, whose whitespace shows:
    Material's and ours have none.)
    """
    return _STATEMENT_LINE.sub(r"\1", _INDENT.sub("", source))


class TightTemplates(jinja2.ext.Extension):
    """Jinja reads every HTML template of the theme through tighten_template."""

    def preprocess(self, source, name, filename=None):
        if name and name.endswith(".html") and "<pre" not in source and "<textarea" not in source:
            return tighten_template(source)
        return source


# The theme's partials that show nothing of the page they are on but which links are active and
# where the page lies: Material's navigation (partials/nav.html) and tabs (partials/tabs.html).
SHARED_PARTIALS = ("partials/nav.html", "partials/tabs.html")


class SharedPartials:
    """The HTML of SHARED_PARTIALS, rendered once per folder for the pages outside the navigation.

    Material renders the navigation and the tabs on every page (≈ 10 % of the MkDocs step at
    1,000 articles). On a page that is not in the navigation nothing in them is active (MkDocs
    marks the page and its sections, and such a page has none), so they differ from one such
    page to another only by their links, written relative to the page's address (the `url`
    filter, mkdocs.utils.get_relative_url). A link to an address outside the page's own reads
    the same from every page of the page's folder (articles/a/ and articles/b/ both write
    ../../topics/); a page with a navigation link to its own address or below it is rendered
    in full, like the pages of the navigation, the home page and pages without a Page (404.html).
    One instance serves one build (one Jinja environment, one navigation).
    """

    def __init__(self) -> None:
        self.html: dict[tuple[str, tuple[str, ...]], str] = {}
        self._nav = None
        self._targets: list[tuple[str, ...]] = []

    def install(self, env) -> None:
        """Render SHARED_PARTIALS of env through this cache (the environment keeps each template loaded)."""
        for name in SHARED_PARTIALS:
            template = env.get_template(name)
            template.root_render_func = self.wrap(name, template.root_render_func)

    def wrap(self, name: str, render: Callable[..., Iterator[str]]) -> Callable[..., Iterator[str]]:
        def shared(context) -> Iterator[str]:
            key = self.key(context)
            if key is None:
                yield from render(context)
                return
            html = self.html.get((name, key))
            if html is None:
                html = self.html[(name, key)] = "".join(render(context))
            yield html
        return shared

    def key(self, context) -> tuple[str, ...] | None:
        """The folder of the page being rendered, when the shared HTML serves it; else None."""
        page, nav = context.get("page"), context.get("nav")
        if page is None or nav is None or getattr(page, "url", None) is None:
            return None
        if nav is not self._nav:
            self._nav = nav
            homepage = getattr(nav, "homepage", None)
            urls = [p.url for p in nav.pages] + ([homepage.url] if homepage is not None else [])
            self._targets = [url_parts(url) for url in urls]
        folder = page_folder(page.url)
        if not folder or any(target[:len(folder)] == folder for target in self._targets):
            return None
        return folder[:-1]


def url_parts(url: str) -> tuple[str, ...]:
    """An address as get_relative_url compares it: the parts of its normal form."""
    path = posixpath.normpath("/" + url)[1:]
    return tuple(path.split("/")) if path else ()


def page_folder(url: str) -> tuple[str, ...]:
    """The folder links on a page are written relative to (get_relative_url: its address, less a
    last part holding a dot, which names a file)."""
    folder, _, name = url.rpartition("/")
    return url_parts(folder if "." in name else url)


def on_config(config, **kwargs):
    """Runs once after mkdocs.yml is loaded: add the site's Markdown extension. Returns config."""
    from build_scripts.website.markdown_ext import SiteExtension  # the project is on sys.path (mkdocs_hooks.on_config)

    config.markdown_extensions.append(SiteExtension())
    return config


def on_env(env, config, files, **kwargs):
    """Runs before any template is rendered (once per build, with a new environment): templates
    are loaded tightened, and the navigation and tabs are shared between pages (SharedPartials).
    Returns env."""
    env.add_extension(TightTemplates)
    SharedPartials().install(env)
    return env
