#!/usr/bin/env bash
# Regenerate the Chinese catalogue from the code, then compile it for the app.
#
#   bash resources/translations/update.sh     (from the repo root, or from anywhere)
#
# 1. pyside6-lupdate scans every .py file under ui/ and widgets/ and merges what it finds
#    into floorwatch_zh_CN.ts: existing translations are kept, new strings are added as
#    unfinished, strings no longer in the code are dropped (-no-obsolete; fill_zh.py keeps
#    every translation we ever wrote).
# 2. pyside6-lrelease compiles floorwatch_zh_CN.ts into floorwatch_zh_CN.qm (loaded by
#    ui/i18n.py).
# 3. The same for the English catalogue floorwatch_en.ts (filled by fill_en.py: identity).
#
# After adding strings: run this, add their Chinese to fill_zh.py, run
# `python resources/translations/fill_zh.py`, then run this again to compile the .qm.
# tests/test_translations.py fails until all of that has been done.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

tool() {  # the venv's tool when there is one, else the one on PATH
  local name="$1"
  if [ -x "$root/.venv/bin/$name" ]; then
    echo "$root/.venv/bin/$name"
  elif command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
  else
    echo "update.sh: $name not found in .venv/bin/ or on PATH (pip install PySide6)" >&2
    return 1
  fi
}
lupdate="$(tool pyside6-lupdate)"
lrelease="$(tool pyside6-lrelease)"

ts="resources/translations/floorwatch_zh_CN.ts"
qm="resources/translations/floorwatch_zh_CN.qm"

mapfile -t sources < <(find ui widgets -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
if [ "${#sources[@]}" -eq 0 ]; then
  echo "update.sh: no .py files found under ui/ and widgets/" >&2
  exit 1
fi

"$lupdate" "${sources[@]}" -source-language en -target-language zh_CN \
  -locations absolute -no-obsolete -ts "$ts"
"$lrelease" "$ts" -qm "$qm"

# 3. The English catalogue (floorwatch_en.ts/.qm): English is the source language, so
#    fill_en.py gives each new message its source text; an English wording edited in the
#    .ts is kept. ui/i18n.py loads it when the language is English.
ts_en="resources/translations/floorwatch_en.ts"
qm_en="resources/translations/floorwatch_en.qm"
python="$root/.venv/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
"$lupdate" "${sources[@]}" -source-language en -target-language en \
  -locations absolute -no-obsolete -ts "$ts_en"
"$python" resources/translations/fill_en.py
"$lrelease" "$ts_en" -qm "$qm_en"
