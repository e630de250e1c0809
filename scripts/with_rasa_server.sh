#!/usr/bin/env bash
# Usage: scripts/with_rasa_server.sh PORT COMMAND [ARGS...]
# Starts Rasa (REST + socketio from credentials.yml) with `python -m server run` on 127.0.0.1:PORT
# in the background, waits until it answers (the model is loaded by then), runs COMMAND with
# WLZ_RASA_URL=http://127.0.0.1:PORT and stops Rasa again when COMMAND ends (also on Ctrl-C).
# The HTTP API is on with a token made for this run only (WLZ_API_TOKEN, also given to COMMAND);
# CORS follows WLZ_CORS_ORIGINS as in production.
set -euo pipefail
port=$1; shift
mkdir -p results
WLZ_API_TOKEN=$(.venv/bin/python -c "import secrets; print(secrets.token_urlsafe(24))")
export WLZ_API_TOKEN
# A database of its own, so a test run never mixes with the conversations of `make run`.
WLZ_GESPREKKEN_DB=${WLZ_GESPREKKEN_DB:-results/gesprekken-test-$port.db}
rm -f "$WLZ_GESPREKKEN_DB"
export WLZ_GESPREKKEN_DB
.venv/bin/python -m server run -i 127.0.0.1 --port "$port" \
  --model models/wlz-assistent.tar.gz --credentials credentials.yml > results/rasa-server.log 2>&1 &
rasa_pid=$!
trap 'kill "$rasa_pid" 2>/dev/null || true; wait "$rasa_pid" 2>/dev/null || true' EXIT INT TERM
scripts/wacht_op_server.sh "http://127.0.0.1:$port/" "$rasa_pid" results/rasa-server.log
WLZ_RASA_URL="http://127.0.0.1:$port" "$@"
