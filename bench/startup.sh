#!/usr/bin/env bash
# Part of scripts/bench (`scripts/bench startup`): release builds and .deb packages of Crescendo
# and of the empty Tauri 2 + Svelte app in bench/baseline, both with the same toolchain and
# [profile.release]; their stripped binary and package sizes; then startup and idle memory of
# both, interleaved, under one Xvfb screen (bench/startup.py). Figures go to bench/results.json.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"
ensure_apt "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" "${TEST_PKGS[@]}" x11-apps binutils
ensure_rust
ensure_ui_deps
if [ ! -d bench/baseline/ui/node_modules ]; then
  (cd bench/baseline/ui && npm ci --no-audit --no-fund)
fi

profile() { sed -n '/^\[profile\.release\]/,/^\[/p' "$1" | grep -v '^\[' | grep -v '^#' | sed '/^$/d'; }
if [ "$(profile Cargo.toml)" != "$(profile bench/baseline/Cargo.toml)" ]; then
  echo "error: Cargo.toml and bench/baseline/Cargo.toml must have the same [profile.release]" >&2
  exit 1
fi

target="$(target_dir)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/crescendo-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

say "Release build and .deb: Crescendo"
ui/node_modules/.bin/tauri build --bundles deb
say "Release build and .deb: the empty Tauri app (bench/baseline)"
# The same target directory: the dependencies both share are the same compiled crates (the
# baseline's Cargo.lock is Crescendo's, pruned), so only the difference is built.
(cd bench/baseline && CARGO_TARGET_DIR="$target" ui/node_modules/.bin/tauri build --bundles deb)

app="$target/release/crescendo-app"
base="$target/release/baseline-app"
strip -o "$tmp/crescendo-app" "$app"
strip -o "$tmp/baseline-app" "$base"
size() { stat -c %s "$1"; }
newest() { ls -t "$@" 2>/dev/null | head -n 1; }
app_deb="$(newest "$target"/release/bundle/deb/Crescendo_*.deb)"
base_deb="$(newest "$target"/release/bundle/deb/Baseline_*.deb)"

python3 - "$tmp/sizes.json" <<PY
import json, os, sys
def size(p):
    return os.path.getsize(p) if p and os.path.exists(p) else None
sizes = {
    "stripped binary": {"crescendo": size("$tmp/crescendo-app"), "baseline": size("$tmp/baseline-app")},
    "binary as built": {"crescendo": size("$app"), "baseline": size("$base")},
    ".deb": {"crescendo": size("$app_deb"), "baseline": size("$base_deb")},
}
json.dump(sizes, open(sys.argv[1], "w"), indent=1)
PY
python3 bench/results.py put sizes "$tmp/sizes.json"

say "Startup and idle memory: ${STARTUP_RUNS:-10} interleaved runs each after a warm-up"
# "crescendo, no launch fetch": the same build with CRESCENDO_WARM_START=0, to show what the
# launch fetch saves.
scripts/with-keyring python3 bench/startup.py --app "crescendo=$app" --app "baseline=$base" \
  --app "crescendo, no launch fetch=$app" --env "crescendo, no launch fetch=CRESCENDO_WARM_START=0" \
  --returning crescendo --runs "${STARTUP_RUNS:-10}" --out "$tmp/startup.json"
python3 bench/results.py put startup "$tmp/startup.json"

# Last: on a machine without internet access this fails after rebuilding nothing it needs.
say "AppImage (linuxdeploy is downloaded by the Tauri CLI: it needs the network)"
appimage_note="built"
if ! timeout 600 ui/node_modules/.bin/tauri build --bundles appimage >"$tmp/appimage.log" 2>&1; then
  appimage_note="not built here: $(grep -iE 'error|failed' "$tmp/appimage.log" | head -n 1 | cut -c1-200)"
fi
echo "$appimage_note"
app_img="$(newest "$target"/release/bundle/appimage/Crescendo_*.AppImage || true)"

python3 - "$tmp/appimage.json" <<PY
import json, os, sys
p = "$app_img"
json.dump({"crescendo": os.path.getsize(p) if p and os.path.exists(p) else None, "note": "$appimage_note"}, open(sys.argv[1], "w"))
PY
python3 bench/results.py put appimage "$tmp/appimage.json"
python3 bench/results.py table
