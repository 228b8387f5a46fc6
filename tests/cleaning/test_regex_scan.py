"""The quick first tests the cleaner runs over every line (the *_HINT_RE patterns) must be quick to scan.

Python's regex engine skips along a line to the characters that can start a match only when every alternative of
the pattern opens on a literal character (or the pattern is one character class). One alternative opening on a
class or a group (\\d登录, [tT]yc, (?:…){5}) makes it try the whole pattern at every position: on a slow machine the
spam hints alone took a tenth of the cleaning time. These tests check the compiled shape, not a timing.
"""
import importlib
import pkgutil
import re
import re._compiler as sre_compiler
import re._constants as sre_constants
import re._parser as sre_parser

import pytest

import build_scripts.cleaning as cleaning


def scans_quickly(pattern: re.Pattern) -> bool:
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    first = parsed.data[0] if parsed.data else None
    if first and first[0] is sre_constants.AT and first[1] in (sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING):
        return True  # anchored: tried once
    prefix, _, _ = sre_compiler._get_literal_prefix(parsed, parsed.state.flags)
    return bool(prefix) or bool(sre_compiler._get_charset_prefix(parsed, parsed.state.flags))


def hint_patterns():
    for info in pkgutil.iter_modules(cleaning.__path__):
        module = importlib.import_module(f"build_scripts.cleaning.{info.name}")
        for name, value in vars(module).items():
            if name.endswith("HINT_RE") and isinstance(value, re.Pattern):
                yield pytest.param(value, id=f"{info.name}.{name}")


@pytest.mark.parametrize("pattern", list(hint_patterns()))
def test_every_hint_pattern_lets_the_engine_skip_ahead(pattern):
    assert scans_quickly(pattern), f"{pattern.pattern[:60]}…: an alternative opens on a class or group"


@pytest.mark.parametrize("slow, quick", [
    (r"官网|\d登录", r"官网|登录(?<=\d登录)"),
    (r"平台|[tT][yY][cC]", r"平台|t[yY][cC]|T[yY][cC]"),
    (r"(?:[!-~]{1,2} ){5}", r"[!-~][!-~]? (?:[!-~]{1,2} ){4}"),
])
def test_the_check_tells_a_slow_shape_from_its_quick_rewrite(slow, quick):
    assert not scans_quickly(re.compile(slow))
    assert scans_quickly(re.compile(quick))


@pytest.mark.parametrize("line, hit", [
    ("请登录某某365app2登录入口", True), ("用户登录后可以评论", False), ("某某版登录", True), ("app登录", True),
])
def test_a_rewritten_hint_finds_what_it_found_before(line, hit):
    from build_scripts.cleaning.debris import SPAM_BRAND3_HINT_RE
    old = re.compile(r"唯一官|最新版|官方版|娱乐城|娱人城|娱乐场|欢乐城|vip|官网|\d登录|\d注册|版登录|版注册|[pP]登录|[pP]注册")
    assert bool(old.search(line)) == bool(SPAM_BRAND3_HINT_RE.search(line)) == hit
