"""`check [PATH…]`: everything a contributor should fix in source texts, one line per problem."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..article import Article, Source
from ..errors import SourceError
from ..intake import find_merges, load_source, require_folder
from ..slugs import assign_slugs, load_slug_table
from ..topics import assign_topics, load_taxonomy, no_topic_notice, validate_pinned_topics

SOURCES_DIR = Path("source_texts")
SIDECAR_SUFFIX = ".meta.yml"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding, printed `path: rule: hint`; a warning (rule 'warning') does not fail the check."""

    path: str
    rule: str
    hint: str

    @property
    def error(self) -> bool:
        return self.rule != WARNING

    def __str__(self) -> str:
        return f"{self.path}: {self.rule}: {self.hint}"


def text_of_sidecar(path: Path) -> Path:
    """source_texts/x.meta.yml → source_texts/x.txt (the reverse of sources.sidecar_path)."""
    return path.with_name(path.name[: -len(SIDECAR_SUFFIX)] + ".txt")


def library_files(sources_dir: Path) -> list[Path]:
    """The source texts the site is built from, in build order."""
    return sorted(p for p in sources_dir.glob("*.txt") if p.is_file()) if sources_dir.is_dir() else []


def expand_targets(paths: list[str]) -> list[Path]:
    """Paths as given; a folder stands for the .txt files in it; a sidecar for its source text."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(library_files(p))
        elif p.name.endswith(SIDECAR_SUFFIX):
            out.append(text_of_sidecar(p))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def stray_files(sources_dir: Path) -> list[Problem]:
    """Files in the library folder that the build would silently skip."""
    problems = []
    if not sources_dir.is_dir():
        return problems
    for p in sorted(sources_dir.iterdir()):
        if p.name.startswith(".") or p.is_dir() or p.suffix == ".txt":
            continue
        if p.name.endswith(SIDECAR_SUFFIX):
            if not text_of_sidecar(p).exists():
                problems.append(Problem(str(p), "orphan metadata", f"旁边没有 {text_of_sidecar(p).name}；把它改成与源文本同名，或者删除它"))
        else:
            problems.append(Problem(str(p), "not a source text", "只有 .txt 文件会被收录；请把网页文字保存为 UTF-8 编码的 .txt 文件"))
    return problems


def load_article(path: Path, taxonomy) -> tuple[Source, Article]:
    """Read, clean and validate one source as the build does; raise SourceError when it cannot be published."""
    source, article = load_source(path)
    pinned = validate_pinned_topics(source.meta.get("topics", []), taxonomy, str(path))
    if not pinned and not assign_topics(article, taxonomy):  # the report page lists it too: say so before the build
        article.warnings.append(no_topic_notice())
    return source, article


def warning_problems(path: str, article: Article) -> list[Problem]:
    """The cleaner's warnings (a derived title, no date, a cut-off page): worth a look, not fatal."""
    return [Problem(path, WARNING, warning) for warning in article.warnings]


def slug_problems(loaded: dict[str, tuple[Source, Article]], targets: set[str]) -> list[Problem]:
    """Two sources claiming one page address, found the way the build assigns slugs."""
    entries = sorted(
        ((label, source.name, article.title, source.meta.get("slug")) for label, (source, article) in loaded.items()),
        key=lambda e: (e[1], e[0]),
    )
    _, errors = assign_slugs(entries, load_slug_table())  # a scratch table: check never writes it
    return [Problem(e.path, e.rule, e.hint) for e in errors if e.path in targets]


def duplicate_problems(loaded: dict[str, tuple[Source, Article]], targets: set[str]) -> list[Problem]:
    """The build's verdict on copies (intake.find_merges): a warning, as on the build's report."""
    problems = []
    for merge in find_merges([(label, article.body) for label, (_, article) in loaded.items()]):
        # Report on the file under review; when both are, on the one that came second.
        path = merge.later if merge.later in targets or merge.kept not in targets else merge.kept
        if path in targets:
            problems.append(Problem(path, WARNING, merge.warning))
    return problems


def check_sources(paths: list[str], sources_dir: Path = SOURCES_DIR) -> tuple[list[Problem], int]:
    """All problems in the given sources (all of the library when none), and how many were checked."""
    library = library_files(sources_dir)
    # A path given another way (./x, absolute) to a library file is that library file.
    as_listed = {p.resolve(): p for p in library}
    targets = [as_listed.get(p.resolve(), p) for p in expand_targets(paths)] if paths else library
    target_keys = {str(p) for p in targets}
    taxonomy = load_taxonomy()
    problems = stray_files(sources_dir) if not paths else []
    loaded: dict[str, tuple[Source, Article]] = {}
    # Library files first, so that an earlier file is the one a later copy is said to repeat.
    for path in dict.fromkeys(library + targets):
        key = str(path)
        try:
            loaded[key] = load_article(path, taxonomy)
        except SourceError as e:  # a cleaner bug too (intake.cleaner_failed)
            if key in target_keys:
                problems.append(Problem(e.path, e.rule, e.hint))
            continue
        if key in target_keys:
            problems.extend(warning_problems(key, loaded[key][1]))
    problems += slug_problems(loaded, target_keys)
    problems += duplicate_problems(loaded, target_keys)
    return problems, len(targets)


def run_check(paths: list[str], sources_dir: Path = SOURCES_DIR) -> int:
    """Print one line per problem; exit 1 when any is an error, or when there is no library to check."""
    if not paths:
        require_folder(Path(sources_dir))
    problems, checked = check_sources(paths, Path(sources_dir))
    for problem in sorted(problems, key=lambda p: (p.path, not p.error, p.rule)):
        print(problem)
    errors = sum(p.error for p in problems)
    warnings = len(problems) - errors
    kinds = Counter(getattr(p.hint, "kind", "other") for p in problems if not p.error)
    if kinds:  # what most of a long list is about, so a contributor knows where to start
        print("警告种类（warnings by kind）：" + "，".join(f"{kind} {n} 条" for kind, n in
                                                     sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
              file=sys.stderr)
    if errors:
        print(f"检查未通过（check failed）：{errors} 个问题，{warnings} 条警告", file=sys.stderr)
        return 1
    print(f"检查通过（check passed）：{checked} 篇源文本，{warnings} 条警告", file=sys.stderr)
    return 0
