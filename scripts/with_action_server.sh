#!/usr/bin/env bash
# Usage: scripts/with_action_server.sh PORT COMMAND [ARGS...]
# Starts the Rasa action server on PORT in the background, waits until it answers, runs COMMAND in
# the foreground and stops the action server again when COMMAND ends (also on Ctrl-C).
set -euo pipefail
port=$1; shift
mkdir -p results
.venv/bin/rasa run actions --port "$port" > results/actions.log 2>&1 &
actions_pid=$!
trap 'kill "$actions_pid" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
  if .venv/bin/python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$actions_pid" 2>/dev/null; then
    echo "De action server is niet gestart; zie results/actions.log" >&2; exit 1
  fi
  sleep 0.5
done
"$@"
