# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install clean bench

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/dateline ingest examples --db dateline.db
	@echo
	$(BIN)/dateline extract examples/somalia_mogadishu_car_bomb.txt
	@echo "Where to look further:"
	@echo "  $(BIN)/dateline serve --db dateline.db        # map, timeline and evidence at http://127.0.0.1:8000/"
	@echo "  $(BIN)/dateline export --db dateline.db --format acled-csv -o events.csv"
	@echo "  $(BIN)/dateline extract examples/kenya_nairobi_protest.txt --json   # one full record"
	@echo "  sqlite3 dateline.db 'select date, location, sub_event_type, fatalities from events'"

test: $(STAMP)
	$(BIN)/ruff check dateline tests eval benchmarks
	$(BIN)/mypy dateline eval benchmarks
	$(BIN)/pytest

# Speed, memory, start-up and Spark figures against baselines measured in the same run (benchmarks/).
bench: $(STAMP)
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python -m benchmarks.$$(basename $$f .py) || exit 1; done

clean:
	rm -rf $(VENV) dateline.db dateline.db-wal dateline.db-shm
