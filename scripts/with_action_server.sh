#!/usr/bin/env bash
# Usage: scripts/with_action_server.sh PORT COMMAND [ARGS...]
# Starts the Rasa action server on 127.0.0.1:PORT in the background, waits until it answers, runs
# COMMAND in the foreground (with WLZ_ACTION_SERVER_URL pointing at it) and stops the action
# server again when COMMAND ends (also on Ctrl-C).
set -euo pipefail
port=$1; shift
mkdir -p results
# rasa_sdk binds SANIC_HOST (default 0.0.0.0): only this machine may call the actions.
SANIC_HOST=127.0.0.1 .venv/bin/rasa run actions --port "$port" > results/actions.log 2>&1 &
actions_pid=$!
trap 'kill "$actions_pid" 2>/dev/null || true' EXIT INT TERM
scripts/wacht_op_server.sh "http://127.0.0.1:$port/health" "$actions_pid" results/actions.log
WLZ_ACTION_SERVER_URL="http://127.0.0.1:$port/webhook" "$@"
