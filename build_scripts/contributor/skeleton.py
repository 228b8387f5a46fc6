"""`new NAME`: write a source text skeleton whose metadata header explains every key."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from ..errors import SourceError
from ..slugs import derive_slug
from ..sources import validate_meta

SOURCES_DIR = Path("source_texts")
# The name becomes a file name and, unless `slug:` is set, part of a web address: keep it to
# characters every file system and URL carry unchanged.
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")

# The header is YAML between two `---` lines; the cleaner reads it and keeps it off the page.
# Commented keys are the ones the cleaner usually finds by itself.
HEADER = """\
---
# 元数据（可选）。清洗程序能从正文里认出的项可以不填；填了的以这里为准。
# 去掉行首的 # 即启用该项。值里有冒号或 # 时，用引号把整个值括起来。
{title}
# date: 2024-01-31           # 发布日期，写成 年-月-日
# authors: [张三, 李四]       # 作者
# source_name: 某某网         # 来源网站或刊物名称
{url}
# keywords: [党建, 基层党组织]
# topics: []                  # 专题，只能用 build_scripts/taxonomy/topics.yml 里的名字
# slug: {slug}  # 网址名：小写英文字母、数字和连字符
# 在下面一行 --- 之后粘贴网页正文（原样粘贴，不必删除网页上的杂项）。
---
"""


def yaml_line(key: str, value: str) -> str:
    """One `key: value` line, quoted as YAML needs (titles may hold ':' or '#')."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=10**6, default_flow_style=False).rstrip("\n")


def render_skeleton(name: str, title: str = "", url: str = "") -> str:
    """The skeleton text for source_texts/<name>.txt."""
    return HEADER.format(
        title=yaml_line("title", title) if title else "# title: 文章标题",
        url=yaml_line("source_url", url) if url else "# source_url: https://example.org/article.html",
        slug=derive_slug(name, title),  # what the build would give it; shown as an example
    )


def run_new(name: str, title: str = "", url: str = "", sources_dir: Path = SOURCES_DIR) -> int:
    """Write sources_dir/<name>.txt; refuse unsafe names and existing files."""
    stem = name[:-4] if name.endswith(".txt") else name
    path = Path(sources_dir) / f"{stem}.txt"
    if not NAME_RE.match(stem):
        raise SourceError(str(path), "file name", f"{name!r} 不能用作文件名；只用英文字母、数字、'-' 和 '_'（例如 2024-party-brand）")
    meta = {k: v for k, v in (("title", title.strip()), ("source_url", url.strip())) if v}
    validate_meta(meta, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    text = render_skeleton(stem, meta.get("title", ""), meta.get("source_url", ""))
    try:
        with path.open("x", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except FileExistsError:
        raise SourceError(str(path), "exists", "已经有同名的源文本；请换一个名字，或者直接编辑那个文件")
    print(f"已写出 {path}：把网页文字粘贴到元数据块下面，然后运行 `make check`", file=sys.stderr)
    return 0
