#!/usr/bin/env bash
# Usage: scripts/with_rasa_server.sh PORT COMMAND [ARGS...]
# Starts Rasa (REST + socketio from credentials.yml, HTTP API, CORS "*") on 127.0.0.1:PORT in the
# background, waits until it answers (the model is loaded by then), runs COMMAND with
# WLZ_RASA_URL=http://127.0.0.1:PORT and stops Rasa again when COMMAND ends (also on Ctrl-C).
set -euo pipefail
port=$1; shift
mkdir -p results
.venv/bin/rasa run --enable-api --cors "*" -i 127.0.0.1 --port "$port" \
  --model models/wlz-assistent.tar.gz --credentials credentials.yml > results/rasa-server.log 2>&1 &
rasa_pid=$!
trap 'kill "$rasa_pid" 2>/dev/null || true; wait "$rasa_pid" 2>/dev/null || true' EXIT INT TERM
scripts/wacht_op_server.sh "http://127.0.0.1:$port/" "$rasa_pid" results/rasa-server.log
WLZ_RASA_URL="http://127.0.0.1:$port" "$@"
