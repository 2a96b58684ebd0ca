# Two entry points: `make demo` and `make test`. Each creates .venv and installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= inzet.db

.PHONY: demo test lint bench venv chromium clean

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# bytecode written ahead (only what changed): where PYTHONDONTWRITEBYTECODE is set, as on these machines,
# every `inzet` start would otherwise compile each module from source again (0.1 s of a 0.4 s start)
venv: $(BIN)/.installed
	@$(BIN)/python -m compileall -q src >/dev/null

demo: venv
	$(BIN)/python -m inzet.demo --db $(DB) --shared $(SHARED)

# Browser tests drive Debian's chromium (Playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (apt-get)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: lint chromium
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

# quick runs; the README's figures use `bench/search.py --letters 20000`
bench: venv
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/search.py --letters 2000

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
