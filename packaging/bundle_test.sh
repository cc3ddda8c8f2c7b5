#!/usr/bin/env bash
# Runs the built bundle as an office PC would, in a temporary folder: the command-line twin
# (version, demo data, a manifest), then the window offscreen until its list has painted.
set -euo pipefail
dist=${1:-dist/Rawangi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RAWANGI_PASSWORD=bundle-test-password QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" HOME="$work"

"$dist/rawangi-cli" --version
"$dist/rawangi-cli" demo --db "$work/office.db" --count 800 --seed 1
code=$("$dist/rawangi-cli" contingent list --db "$work/office.db" --status finalized --format json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')
"$dist/rawangi-cli" manifest print "$code" --db "$work/office.db" --out "$work/manifest.pdf" --user supervisor
"$dist/rawangi-cli" manifest verify "$work/manifest.pdf" --db "$work/office.db"
head -c 5 "$work/manifest.pdf" | grep -q '%PDF-'
for run in 1 2 3; do
  start=$(date +%s%N)
  "$dist/Rawangi" --db "$work/office.db" --user clerk --quit-after-paint 2>/dev/null
  echo "Rawangi --quit-after-paint, run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
echo "bundle-test: all passed ($(du -sh "$dist" | cut -f1) in $dist)"
