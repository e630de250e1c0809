#!/usr/bin/env bash
# Usage: scripts/wacht_op_server.sh URL PID LOG
# Waits until URL answers (the server has started), or fails when process PID ends first.
set -euo pipefail
url=$1; pid=$2; log=$3
for _ in $(seq 1 600); do
  if .venv/bin/python -c "import urllib.request; urllib.request.urlopen('$url', timeout=1)" 2>/dev/null; then
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "De server is niet gestart; zie $log" >&2; exit 1
  fi
  sleep 0.5
done
echo "De server antwoordt niet na 300 seconden; zie $log" >&2
exit 1
