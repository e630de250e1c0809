# The production topology on one machine (scripts/productie.py): PostgreSQL, Redis, the action
# server, REPLICAS Rasa replicas and nginx in front on one port. Included by the Makefile.
#
#   make serve-productie [REPLICAS=3]   start everything on the foreground; Ctrl-C stops it all
#   make status-productie               state and readiness of every part
#   make herstart-productie             restart the replicas one by one (no downtime)
#   make stop-productie                 stop a topology that is still running
#   make test-productie                 failure tests against the real topology (a few minutes)
#   make bench-productie                throughput and p95 with 1 and with 2 replicas behind nginx
#
# Addresses, ports and passwords come from the environment (README, "In productie").

REPLICAS ?= 2
PRODUCTIE_MAP ?= productie
# `make bench-productie BENCH_PRODUCTIE_ARGS="--gebruikers 32"`: see scripts/bench.py --help.
BENCH_PRODUCTIE_ARGS ?=
PRODUCTIE_ENV := WLZ_PRODUCTIE_MAP=$(PRODUCTIE_MAP) WLZ_REPLICAS=$(REPLICAS) WLZ_MODEL=$(MODEL)

.PHONY: productie-deps serve-productie stop-productie status-productie herstart-productie \
        test-productie bench-productie

# nginx always; PostgreSQL and Redis only when they are not elsewhere (WLZ_DB_HOST, WLZ_REDIS_HOST).
# Debian's packages; the servers are started by scripts/productie.py, not by the system.
productie-deps: install
	@ontbreekt=""; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || ontbreekt="$$ontbreekt nginx"; \
	[ -n "$$WLZ_REDIS_HOST" ] || command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] \
	  || ontbreekt="$$ontbreekt redis-server"; \
	[ -n "$$WLZ_DB_HOST" ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 \
	  || command -v postgres >/dev/null || ontbreekt="$$ontbreekt postgresql"; \
	if [ -n "$$ontbreekt" ]; then \
	  echo "Ontbreekt:$$ontbreekt; installeren met apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$ontbreekt; \
	fi

serve-productie: $(MODEL) productie-deps
	@$(PRODUCTIE_ENV) $(PY) scripts/productie.py start

stop-productie:
	@$(PRODUCTIE_ENV) $(PY) scripts/productie.py stop

status-productie:
	@$(PRODUCTIE_ENV) $(PY) scripts/productie.py status

herstart-productie:
	@$(PRODUCTIE_ENV) $(PY) scripts/productie.py herstart

# Real PostgreSQL, Redis, nginx and two Rasa replicas on loopback ports 15xxx in a temporary folder,
# started once; the browser part uses Chromium and web/node_modules (browser-deps).
test-productie: $(MODEL) productie-deps browser-deps
	WLZ_PRODUCTIE_TEST=verplicht WLZ_BROWSER_TEST=verplicht $(PY) -m pytest -q tests/productie

bench-productie: $(MODEL) productie-deps
	@$(PY) scripts/bench.py --model wlz-assistent=$(MODEL) --productie 1,2 \
	  --uit results/bench-productie.md $(BENCH_PRODUCTIE_ARGS)
