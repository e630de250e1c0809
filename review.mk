# Review of real conversations for klantadviseurs and content editors (README, "Gesprekken
# terugkijken"). Included by the Makefile (`-include review.mk`).

# `make review REVIEW_ARGS="--van 2026-11-01 --tot 2026-11-30"`; production: --endpoints endpoints-productie.yml.
REVIEW_ARGS ?=
# `make exporteer GESPREK=G1234 [NAAM=kosten_verpleeghuis]` writes tests/echte_gesprekken/test_<naam>.yml.
GESPREK ?=
NAAM    ?=

.PHONY: review exporteer

# Read-only on the tracker store of endpoints.yml; the report goes to results/review/.
review: install
	$(PY) -m review rapport $(REVIEW_ARGS)

exporteer: install
	@if [ -z "$(GESPREK)" ]; then echo "Gebruik: make exporteer GESPREK=G1234 [NAAM=naam]"; exit 2; fi
	$(PY) -m review exporteer "$(GESPREK)" --map tests/echte_gesprekken $(if $(NAAM),--naam "$(NAAM)")

# `make run START="wat kost een verpleeghuis"`: the shell sends that message first (server/shell.py).
run: export WLZ_SHELL_START = $(START)
