# 党建文库 — everything a contributor runs. Needs only Python 3.11+ and make.
#   make site    build site/ and the offline bundle dist/<name>-offline-<date>.zip
#   make test    run the whole test suite (installs test requirements, and chromium when root)
#   make serve   live preview (address printed by MkDocs), rebuilt when a source text changes
#   make check   check source texts: one line per problem
#   make bench   run the benchmark (installs test requirements and chromium first, as make test)
#   make eval    score the cleaner on the real-page evaluation set (eval/README.md: the pages are saved locally)
#   make mutation  mutation testing of the search analyzer and the small cleaning modules (mutmut; minutes)
#   make clean   remove generated pages, site/ and dist/ (make distclean also removes .venv)

PYTHON ?= python3
# Windows itself is not supported (fork, libc, POSIX shell recipes): say so before anything fails.
ifeq ($(OS),Windows_NT)
$(error 不支持直接在 Windows 上运行（需要 Linux 或 macOS）：请安装 WSL 2（wsl --install），在其中的 Ubuntu 里克隆仓库并运行 make)
endif
VENV := .venv
BIN := $(VENV)/bin
# Stamps record which requirements the venv holds; pip runs again only when a file changes.
RUNTIME_STAMP := $(VENV)/.installed-requirements
TEST_STAMP := $(VENV)/.installed-requirements-test
MUTATION_STAMP := $(VENV)/.installed-requirements-mutation
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input --quiet
# The browser the tests and the benchmark drive; CHROMIUM=/path overrides it (env or command line).
CHROMIUM ?= /usr/bin/chromium
ADDR ?= 127.0.0.1:8000
# Generated pages in docs/ (hand-written pages stay); keep in step with .gitignore.
GENERATED_DOCS := docs/articles docs/topics docs/genres docs/years docs/sources docs/index.md docs/report.md docs/feed.xml

.PHONY: site test serve check bench eval mutation clean distclean venv deps

site: $(RUNTIME_STAMP)
	$(BIN)/python -m build_scripts build
	$(BIN)/python -m build_scripts bundle --no-build

test: $(TEST_STAMP) chromium
	$(BIN)/python -m pytest -q

serve: $(RUNTIME_STAMP)
	$(BIN)/python -m build_scripts.contributor.serve --dev-addr $(ADDR)

check: $(RUNTIME_STAMP)
	$(BIN)/python -m build_scripts check

# The benchmark measures search in Chromium through playwright (a test requirement).
bench: $(TEST_STAMP) chromium
	$(BIN)/python bench/run.py

# What mutmut mutates and which tests it runs: setup.cfg [mutmut]. Score: killed / (killed + survived).
mutation: $(MUTATION_STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut export-cicd-stats
	@$(BIN)/python -c 'import json; s = json.load(open("mutants/mutmut-cicd-stats.json")); k, v = s["killed"], s["survived"]; \
	  print("mutation score: %d of %d mutants killed (%.1f%%); the survivors: .venv/bin/mutmut results" % (k, k + v, 100 * k / max(1, k + v)))'

eval: $(RUNTIME_STAMP)
	$(BIN)/python -m build_scripts.eval

clean:
	rm -rf site dist .cache mutants $(GENERATED_DOCS)

distclean: clean
	rm -rf $(VENV)

venv: $(BIN)/python

# The pinned runtime requirements in .venv (what CI installs before checking sources).
deps: $(RUNTIME_STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "make: $(PYTHON) is older than 3.11; run e.g. 'make PYTHON=python3.11 $(MAKECMDGOALS)'" >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "make: python3 -m venv needs Debian's python3-venv; installing it" >&2; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -q </dev/null && apt-get install -y -q python3-venv </dev/null && $(PYTHON) -m venv $(VENV); \
	  else \
	    echo "make: '$(PYTHON) -m venv' failed; on Debian/Ubuntu install python3-venv first" >&2; exit 1; \
	  fi; }

$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(PIP) install -r requirements.txt
	@touch $@

$(MUTATION_STAMP): requirements-mutation.txt requirements-test.txt requirements.txt | $(BIN)/python
	$(PIP) install -r requirements-mutation.txt
	@touch $@ $(TEST_STAMP) $(RUNTIME_STAMP)

$(TEST_STAMP): requirements-test.txt requirements.txt | $(BIN)/python
	$(PIP) install -r requirements-test.txt
	@touch $@ $(RUNTIME_STAMP)

# The browser tests drive Debian's chromium; install it (with CJK fonts) when it is missing and
# we may. Never a downloaded browser.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "make: installing chromium and fonts-noto-cjk for the browser tests" >&2; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -q </dev/null && apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk </dev/null; \
	  else \
	    echo "make: $(CHROMIUM) is missing and this user cannot install it; the browser tests will fail (as root: apt-get install chromium fonts-noto-cjk)" >&2; \
	  fi; \
	fi

.PHONY: chromium
