# Shared by scripts/run and scripts/test: install what is missing, idempotently.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: need root (or sudo) to install system packages: $*" >&2; return 1; fi
}

# Debian packages for building the app, running it headless, and the test pyramid.
BUILD_PKGS=(build-essential pkg-config libwebkit2gtk-4.1-dev libdbus-1-dev curl)
RUN_PKGS=(xvfb xauth x11-utils imagemagick)
TEST_PKGS=(webkit2gtk-driver chromium gnome-keyring dbus libsecret-tools libglib2.0-bin)

ensure_apt() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v node >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "error: cargo is not installed; install Rust (stable) with rustup first" >&2
    return 1
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt >/dev/null 2>&1 || true
}

ensure_ui_deps() {
  # `npm ci`: installs exactly the committed lockfile and fails when it is out of sync with
  # package.json, so the tests run against the committed dependency tree and never rewrite it.
  # Reinstall when package.json or the lockfile changed since the last install. If npm ci reports missing
  # optional packages (other platforms' native binaries, e.g. @tauri-apps/cli-darwin-*), refresh
  # the lock with `npm install --package-lock-only` (which keeps every pinned version) and commit it.
  local stamp="$ROOT/ui/node_modules/.crescendo-lock"
  local want
  want="$(cat "$ROOT/ui/package.json" "$ROOT/ui/package-lock.json" | sha256sum)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing UI packages (npm ci from the committed lockfile)"
    (cd "$ROOT/ui" && npm ci --no-audit --no-fund)
    printf '%s\n' "$want" >"$stamp"
  fi
}

ensure_tauri_driver() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver"
    cargo install tauri-driver --locked
  fi
}

# Keep per-user state (WebKit, Chromium, the app) out of $HOME.
isolate_home() {
  local tmp
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/crescendo-home.XXXXXX")"
  export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
  export XDG_RUNTIME_DIR="$tmp/runtime"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  CRESCENDO_TMP_HOME="$tmp"
  export CRESCENDO_TMP_HOME
}

target_dir() {
  echo "${CARGO_TARGET_DIR:-$ROOT/target}"
}
