#!/usr/bin/env bash
# Make sure the CUPS scheduler runs and has the cups-pdf virtual printer "PDF" (idempotent).
# Used by .ci/run before the tests; tests/test_report_cups.py prints a report through it.
# Needs root (or passwordless sudo) and the packages cups and printer-driver-cups-pdf.
# Without systemd: cupsd is started directly and left running (it writes its own pid file).
set -euo pipefail

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo -n"

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  $sudo mkdir -p /run/cups
  $sudo /usr/sbin/cupsd  # daemonizes itself
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
  done
  lpstat -r | grep -q "is running" || { echo "cups_pdf.sh: cupsd did not start" >&2; exit 1; }
fi

if ! lpstat -p PDF >/dev/null 2>&1; then
  # Installing printer-driver-cups-pdf while cupsd was down created no queue: add it.
  $sudo lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
fi
lpstat -p PDF
