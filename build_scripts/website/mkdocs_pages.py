"""MkDocs hooks that keep pages light and quick to build: the theme's templates are read
without their indentation (about a sixth of every page Material writes), and the pages'
Markdown is read with the site's own extension (build_scripts/website/markdown_ext.py: {:div} blocks
instead of md_in_html, inline patterns skipped where none can match)."""
from __future__ import annotations

import re

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


def on_config(config, **kwargs):
    """Runs once after mkdocs.yml is loaded: add the site's Markdown extension. Returns config."""
    from build_scripts.website.markdown_ext import SiteExtension  # the project is on sys.path (mkdocs_hooks.on_config)

    config.markdown_extensions.append(SiteExtension())
    return config


def on_env(env, config, files, **kwargs):
    """Runs before any template is rendered: templates are loaded tightened. Returns env."""
    env.add_extension(TightTemplates)
    return env
