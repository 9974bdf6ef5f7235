#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them:
#
#   scripts/update_translations.sh [LANG...]      (default: ru)
#
# pyside6-lupdate collects the self.tr(...) / QCoreApplication.translate(...) strings of
# procedit/ui into resources/translations/procedit_<lang>.ts (translations already made are
# kept; see scripts/update_translations.py), then pyside6-lrelease compiles the .qm the
# application loads. Translate new entries with .venv/bin/pyside6-linguist (or any editor),
# run this script again, and commit both the .ts and the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
exec "$BIN/python" scripts/update_translations.py "$BIN" "$@"
