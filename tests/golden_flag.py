"""Pytest plugin: `pytest --update-goldens` rewrites the expected cleaning outputs under tests/golden/."""


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/golden/*/expected.md from the current cleaner (review the diff)")
