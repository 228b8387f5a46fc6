"""The Atom feed's data: the newest dated articles, with ids and links made absolute from mkdocs.yml's site_url.

The markup is templates/feed.xml.j2 (rendered by render.render_feed). Nothing in the feed comes
from the clock: its `updated` is the newest article's date, so two builds write the same bytes.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ConfigError

FEED_PATH = "feed.xml"  # docs-relative, so the site serves it at <site_url>/feed.xml
FEED_SIZE = 50
# The feed's `updated` when no article has a date (an Atom feed must have one).
NO_DATE = "2000-01-01"


@dataclass(frozen=True)
class Site:
    """What the feed says of the site: mkdocs.yml's site_name, site_description and site_url (None when not set)."""

    name: str = "党建文库"
    description: str = ""
    url: str | None = None

    def href(self, path: str) -> str:
        """An address of the published site (absolute under site_url; relative to the feed without one)."""
        return (self.url.rstrip("/") + "/" + path) if self.url else (path or "./")

    def id_of(self, path: str) -> str:
        """A permanent id for a page: its address under site_url, else a name-based UUID (Atom ids must be absolute)."""
        if self.url:
            return self.href(path)
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.name}/{path}"))


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: MkDocs' own tags (!!python/…, !ENV) are read as nothing, not refused."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site(mkdocs_yml: Path) -> Site:
    """The site's name, description and address from mkdocs.yml; a missing or empty site_url gives None."""
    try:
        data = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{mkdocs_yml}: cannot read: {str(e).splitlines()[0]}")
    url = str(data.get("site_url") or "").strip() or None
    if url and "://" not in url:
        url = None  # not an absolute address: relative links are right, a half address is not
    return Site(name=str(data.get("site_name") or Site.name), description=str(data.get("site_description") or ""),
                url=url)


def atom_time(date: str | None) -> str:
    """An article's YYYY-MM-DD as an Atom date-time (midnight UTC)."""
    return f"{date or NO_DATE}T00:00:00Z"


def feed_items(entries: list, site: Site, genre_names: dict[str, str]) -> list[dict]:
    """The feed's entries from the site's list entries (render.Entry), newest first: the FEED_SIZE
    newest that have a date (an undated article has no time for `updated`, and is not new)."""
    items = []
    for e in entries:
        if not e.date:
            continue
        page = f"articles/{e.slug}/"
        items.append({
            "id": site.id_of(page), "href": site.href(page), "title": e.title, "updated": atom_time(e.date),
            "summary": e.summary, "genre": e.genre, "genre_name": genre_names.get(e.genre or ""),
        })
        if len(items) == FEED_SIZE:
            break
    return items
