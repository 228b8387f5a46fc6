"""GitHub workflows, templates, the Makefile and .ci/run: valid, and doing what contributors rely on."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ISSUE_FORMS = sorted(p for p in (REPO / ".github" / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
CLI_COMMANDS = {"clean", "build", "bundle", "check", "new"}


def validate(schema: str, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True, text=True,
    )


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def run_lines(path: Path) -> list[str]:
    return [line for step in steps(load(path)) for line in step.get("run", "").splitlines()]


def test_the_two_workflows_exist():
    assert {p.name for p in WORKFLOWS} >= {"pages.yml", "check.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_schema(path):
    done = validate("vendor.github-workflows", path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", ISSUE_FORMS, ids=lambda p: p.name)
def test_issue_form_matches_the_github_schema(path):
    done = validate("vendor.github-issue-forms", path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_issue_form_proposes_an_article():
    assert any("文章" in load(p)["name"] for p in ISSUE_FORMS)


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    # The schema test above means something only if the validator fails on a bad file.
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    steps:\n      - run: make site\n", encoding="utf-8")
    assert validate("vendor.github-workflows", broken).returncode != 0


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_commands_exist(path):
    """Every `python -m build_scripts X` names a CLI command, every `make X` a Makefile target."""
    targets = set(re.findall(r"^([a-z][a-z-]*):", (REPO / "Makefile").read_text(encoding="utf-8"), re.M))
    for line in run_lines(path):
        for command in re.findall(r"-m build_scripts (\w+)", line):
            assert command in CLI_COMMANDS, line
        for module in re.findall(r"-m (build_scripts(?:\.\w+)+)", line):
            assert (REPO / (module.replace(".", "/") + ".py")).is_file(), line
        for goals in re.findall(r"\bmake ((?:[a-z][\w-]* ?)+)", line):
            for goal in goals.split():
                assert goal in targets, line


def test_pages_deploys_main_and_keeps_the_offline_bundle():
    wf = load(REPO / ".github" / "workflows" / "pages.yml")
    on = wf[True] if True in wf else wf["on"]  # YAML 1.1 reads the key `on` as true
    assert on["push"]["branches"] == ["main"] and "v*" in on["push"]["tags"]
    uses = {step.get("uses", "").split("@")[0]: step for step in steps(wf)}
    assert {"actions/upload-pages-artifact", "actions/deploy-pages", "actions/upload-artifact"} <= set(uses)
    assert "offline" in uses["actions/upload-artifact"]["with"]["path"]
    deploy = wf["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    release = next(job for job in wf["jobs"].values() if "tags" in str(job.get("if", "")))
    assert release["permissions"]["contents"] == "write"
    assert any("setup-python" in s.get("uses", "") and s["with"]["python-version"] == "3.11" for s in steps(wf))


def test_pull_request_check_runs_tests_check_strict_build_and_summary():
    path = REPO / ".github" / "workflows" / "check.yml"
    wf = load(path)
    on = wf[True] if True in wf else wf["on"]
    assert "pull_request" in on
    lines = "\n".join(run_lines(path))
    assert ".ci/run" in lines or "make test" in lines
    assert "-m build_scripts check" in lines
    assert "-m build_scripts build --strict" in lines
    assert "GITHUB_STEP_SUMMARY" in lines


def test_problem_matcher_reads_check_lines():
    """`make check` lines become annotations on the pull request: errors as errors, warnings as warnings."""
    import json

    matchers = json.loads((REPO / ".github" / "source-problems.json").read_text(encoding="utf-8"))["problemMatcher"]

    def annotate(line):
        for matcher in matchers:
            pattern = matcher["pattern"][0]
            m = re.match(pattern["regexp"], line)
            if m:
                return matcher["severity"], m.group(pattern["file"]), m.group(pattern["message"])
        return None

    assert annotate("source_texts/x.txt:3: invalid YAML: mapping values are not allowed here; fix it") == (
        "error", "source_texts/x.txt", "mapping values are not allowed here; fix it")
    assert annotate("source_texts/y.txt: warning: no date found; add 'date: YYYY-MM-DD'") == (
        "warning", "source_texts/y.txt", "no date found; add 'date: YYYY-MM-DD'")
    assert annotate("check failed: 2 problems, 0 warnings") is None


# --- Makefile and .ci/run ----------------------------------------------------------------------

@pytest.fixture
def make_project(tmp_path):
    """The Makefile and requirements in a scratch folder, with a venv whose installs are stamped."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy(REPO / name, tmp_path / name)
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    for stamp in (".installed-requirements", ".installed-requirements-test"):
        (tmp_path / ".venv" / stamp).touch()
    return tmp_path


def dry_run(project: Path, *goals: str) -> str:
    done = subprocess.run(["make", "-n", *goals], cwd=project, capture_output=True, text=True, env={**os.environ, "MAKEFLAGS": ""})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_does_not_reinstall_when_requirements_are_unchanged(make_project):
    assert "pip" not in dry_run(make_project, "site")
    assert "pip" not in dry_run(make_project, "test")


def test_make_reinstalls_when_a_requirements_file_changes(make_project):
    later = (make_project / ".venv" / ".installed-requirements-test").stat().st_mtime + 10
    os.utime(make_project / "requirements-test.txt", (later, later))
    assert "pip" not in dry_run(make_project, "site")
    assert "install -r requirements-test.txt" in dry_run(make_project, "test")
    os.utime(make_project / "requirements.txt", (later, later))
    assert "install -r requirements.txt" in dry_run(make_project, "site")


def test_make_site_builds_then_bundles(make_project):
    out = dry_run(make_project, "site")
    assert out.index("-m build_scripts build") < out.index("-m build_scripts bundle --no-build")


@pytest.mark.parametrize(("tests", "expect_ok"), [
    ({}, False),  # pytest exits 5: no tests collected
    ({"test_a.py": "def test_a():\n    assert 1 + 1 == 3\n"}, False),
    ({"test_a.py": "def test_a():\n    assert 1 + 1 == 2\n"}, True),
], ids=["no tests", "a failing test", "a passing test"])
def test_ci_run_runs_the_real_make_test_recipe_and_passes_pytests_verdict_on(make_project, tests, expect_ok):
    """`.ci/run` → the project's own `make test` → pytest on the project's tests: its exit code decides."""
    (make_project / ".ci").mkdir()
    shutil.copy(REPO / ".ci" / "run", make_project / ".ci" / "run")
    # pytest from the venv this suite runs in (a symlink would lose the venv's site-packages)
    python = make_project / ".venv" / "bin" / "python"
    python.unlink()
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    for name, text in tests.items():
        (make_project / name).write_text(text, encoding="utf-8")
    # CHROMIUM names an executable that exists: the chromium target then installs nothing.
    env = {**os.environ, "MAKEFLAGS": "", "CHROMIUM": sys.executable}
    done = subprocess.run([str(make_project / ".ci" / "run")], cwd="/", env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)
    assert (done.returncode == 0) == expect_ok, done.stdout + done.stderr
    assert "-m pytest -q" in done.stdout  # the recipe ran, not a stand-in
    assert ("1 passed" in done.stdout) == expect_ok


def test_make_bench_installs_the_test_requirements_and_chromium_before_running(make_project):
    later = (make_project / ".venv" / ".installed-requirements-test").stat().st_mtime + 10
    os.utime(make_project / "requirements-test.txt", (later, later))
    out = dry_run(make_project, "bench")
    assert out.index("install -r requirements-test.txt") < out.index("bench/run.py")
    assert out.index("chromium") < out.index("bench/run.py")


def test_bench_stops_before_any_work_when_the_browser_is_missing(tmp_path):
    env = {**os.environ, "CHROMIUM": str(tmp_path / "no-chromium")}
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "no Chromium found" in done.stderr and "--no-browser" in done.stderr
    assert "generating" not in done.stderr, "the benchmark started before checking its browser"


def test_make_on_windows_itself_sends_the_contributor_to_wsl(make_project):
    """Git Bash's make on Windows sets OS=Windows_NT: one line naming WSL, before any recipe runs."""
    # run as a contributor would, not as a sub-make of `make test` (which prints Entering directory)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")}
    done = subprocess.run(["make", "-n", "site"], cwd=make_project, capture_output=True, text=True,
                          env={**env, "OS": "Windows_NT"})
    assert done.returncode != 0
    assert "WSL" in done.stderr and done.stdout == ""
