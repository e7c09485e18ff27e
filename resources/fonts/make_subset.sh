#!/usr/bin/env bash
# Regenerate the bundled Noto Sans CJK SC subset fonts used by Floorwatch.
#
# Source: Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk),
#   /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc
# The SC face is font number 2 inside each .ttc (0=JP 1=KR 2=SC 3=TC 4=HK,
# 5-9 = Mono variants); this script checks the family name before subsetting.
#
# Requires: fontTools (pyftsubset) - by default the project venv at ../../.venv
# Usage:   resources/fonts/make_subset.sh            (run from anywhere)
#   env:   TTC_DIR=/path/to/dir-with-ttc  PYTHON=/path/to/python  PYFTSUBSET=/path/to/pyftsubset
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TTC_DIR="${TTC_DIR:-/usr/share/fonts/opentype/noto}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
PYFTSUBSET="${PYFTSUBSET:-$ROOT/.venv/bin/pyftsubset}"
FONT_NUMBER=2
FAMILY="Noto Sans CJK SC"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
UNICODES="$WORK/unicodes.txt"

# 1. Code point list: all of GB2312 + ASCII, Latin-1, punctuation and symbol blocks
#    + a few common name characters outside GB2312.
"$PYTHON" - "$UNICODES" <<'PY'
import sys
cps = set()
# GB2312: every double-byte code 0xA1A1..0xF7FE that decodes
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            s = bytes([hi, lo]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        cps.update(ord(c) for c in s)
ranges = [
    (0x0020, 0x007E),  # ASCII printable
    (0x00A0, 0x00FF),  # Latin-1 Supplement (incl. U+00A5 YEN SIGN)
    (0x2000, 0x206F),  # General Punctuation
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x2600, 0x26FF),  # Miscellaneous Symbols
    (0x2700, 0x27BF),  # Dingbats
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]
for a, b in ranges:
    cps.update(range(a, b + 1))
cps.add(0x00A5)
cps.update(ord(c) for c in "鑫淼焱垚犇骉昊晟琪瑶婷煜玥琰彧")
with open(sys.argv[1], "w") as f:
    f.write("\n".join("U+%04X" % c for c in sorted(cps)) + "\n")
print("code points requested:", len(cps), file=sys.stderr)
PY

# 2. Subset Regular and Bold.
for STYLE in Regular Bold; do
    TTC="$TTC_DIR/NotoSansCJK-$STYLE.ttc"
    OUT="$HERE/NotoSansCJKsc-$STYLE-subset.otf"
    "$PYTHON" - "$TTC" "$FONT_NUMBER" "$FAMILY" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, num, want = sys.argv[1], int(sys.argv[2]), sys.argv[3]
got = TTFont(path, fontNumber=num, lazy=True)["name"].getDebugName(1)
if got != want:
    sys.exit(f"{path} font #{num} is {got!r}, expected {want!r}")
PY
    "$PYFTSUBSET" "$TTC" \
        --font-number="$FONT_NUMBER" \
        --unicodes-file="$UNICODES" \
        --layout-features='*' \
        --name-IDs='*' \
        --name-languages='*' \
        --name-legacy \
        --no-hinting \
        --output-file="$OUT"
    echo "wrote $OUT ($(stat -c %s "$OUT") bytes)"
done
