#!/usr/bin/env bash
# Prints the path of a working Python 3.10 interpreter (Rasa 3.6 does not run on 3.11+).
# Looks at python3.10 on PATH first, then at pyenv's versions; exits 1 with advice if none works.
set -u
candidates=()
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for p in "$root"/versions/3.10.*/bin/python3.10; do [ -x "$p" ] && candidates+=("$p"); done
fi
for p in "$HOME"/.pyenv/versions/3.10.*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
  [ -x "$p" ] && candidates+=("$p")
done
for p in "${candidates[@]}"; do
  # A pyenv shim exists even when no 3.10 is installed, so check that it really runs 3.10.
  if "$p" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; then
    echo "$p"; exit 0
  fi
done
cat >&2 <<'MSG'
Geen Python 3.10 gevonden (Rasa 3.6 werkt niet met Python 3.11 of nieuwer).
Installeer Python 3.10, bijvoorbeeld:
  pyenv install 3.10.13        (met pyenv), of
  apt-get install python3.10 python3.10-venv   (Debian/Ubuntu met een 3.10-pakket)
en start daarna opnieuw: make run / make test.
MSG
exit 1
