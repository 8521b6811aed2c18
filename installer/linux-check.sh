#!/usr/bin/env bash
# Proves the Linux installer end to end, as root on Debian/Ubuntu: builds the .deb with the Maven installer
# profile, installs it, checks the menu entry, starts the installed app under Xvfb in demo mode until its first
# transcript page is on screen, and removes the package again (also when a step fails).
# Prints: BENCH installer_deb_size, BENCH installed_size, BENCH installed_first_page_ms (and its ratio to the minimal
# window's first frame, installed_first_page_vs_minimal_first_frame_ratio), and
# BENCH installed_start_ratio (the installed app's time to its first frame / a minimal JavaFX window's, both started
# on the bundled runtime and timed as whole processes that exit at their first frame).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=transcript-viewer
INSTALL_DIR=/opt/transcript-viewer
MAX_DEB_MB=60
RUNS=3

log() { echo "[linux-check] $*"; }
fail() { echo "[linux-check] FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs packages)"

# Build and run-time needs: fakeroot/binutils for jpackage's .deb, Xvfb for a display, and JavaFX's GTK/GL
# libraries so jpackage records them as package dependencies and the app can start.
log "installing build tools from Debian"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  fakeroot binutils xvfb xauth xdg-utils libgtk-3-0 libgl1 libxtst6 procps >/dev/null

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  status=$?
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
    log "removing $PACKAGE"
    dpkg --purge "$PACKAGE" >/dev/null 2>&1 || log "warning: could not remove $PACKAGE"
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT INT TERM

# A display during the build lets it record the classes of a first start for the AppCDS archive.
log "building the .deb (./mvnw -Pinstaller verify -DskipTests -Dinstaller.types=deb)"
xvfb-run -a ./mvnw -B -ntp -q -Pinstaller verify -DskipTests -Dinstaller.types=deb
deb=$(ls target/installer/${PACKAGE}_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb under target/installer"
deb_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "BENCH installer_deb_size $deb_mb MB"

# Call recordings: MP3 plays through the system's libavcodec, which the package must declare.
dpkg-deb -f "$deb" Depends | grep -q "libavcodec" || fail "the .deb does not declare libavcodec (MP3 playback)"

log "installing $deb"
dpkg --purge "$PACKAGE" >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
dpkg -s "$PACKAGE" | grep -q "^Status: install ok installed" || fail "$PACKAGE is not installed"
installed_mb=$(du -sm "$INSTALL_DIR" | cut -f1)
echo "BENCH installed_size $installed_mb MB"

# The menu entry must start an installed program and show an installed icon.
desktop_file=$(ls /usr/share/applications/${PACKAGE}-*.desktop 2>/dev/null | head -n1)
[ -n "$desktop_file" ] || fail "no menu entry in /usr/share/applications"
exec_path=$(sed -n 's/^Exec=//p' "$desktop_file" | head -n1 | sed -E 's/^"([^"]*)".*/\1/; s/ %[a-zA-Z]$//')
icon_path=$(sed -n 's/^Icon=//p' "$desktop_file" | head -n1)
[ -x "$exec_path" ] || fail "menu entry Exec '$exec_path' is not an installed program"
[ -f "$icon_path" ] || fail "menu entry Icon '$icon_path' is not an installed file"
case "$exec_path" in "$INSTALL_DIR"/*) ;; *) fail "Exec '$exec_path' is outside $INSTALL_DIR" ;; esac
case "$icon_path" in "$INSTALL_DIR"/*) ;; *) fail "Icon '$icon_path' is outside $INSTALL_DIR" ;; esac
log "menu entry ok: Exec=$exec_path Icon=$icon_path"
[ -f "$INSTALL_DIR/lib/app/app-cds.jsa" ] || fail "postinst left no class archive"
if [ -f "$INSTALL_DIR/lib/app/app-cds.classlist" ]; then
  log "AppCDS archive made at install from the recorded class list"
else
  log "no recorded class list: the runtime's own CDS archive is used"
fi

# One X server for all timed runs, so its start-up is not part of any measurement.
display=99
while [ -e "/tmp/.X${display}-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$display" ] || fail "Xvfb did not start"

# Milliseconds of wall time for one run of a command; fails the check on a non-zero status.
export HOME="$work/home"
mkdir -p "$HOME"
run_ms() {
  local start end status=0
  start=$(date +%s%N)
  timeout 120 "$@" >"$work/run.log" 2>&1 || status=$?
  end=$(date +%s%N)
  if [ "$status" -ne 0 ]; then
    cat "$work/run.log" >&2
    fail "'$*' exited with status $status"
  fi
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The one-label window is a test class (it ships in no installer), started on the installed runtime.
probe=("$INSTALL_DIR/lib/runtime/bin/java" -XX:+UseSerialGC -cp "$PWD/target/test-classes" com.transcriptviewer.bench.MinimalWindowProbe)
app=("$exec_path" --demo --exit-after-first-page)
# The app's own first-frame probe: the launcher's JVM reads JAVA_TOOL_OPTIONS like any other.
app_frame=(env JAVA_TOOL_OPTIONS=-Dtranscriptviewer.probe=first-frame "$exec_path" --demo)

log "starting the installed app (demo mode, until the first page is shown)"
run_ms "${app[@]}" >/dev/null   # first start: also proves it works at all
run_ms "${probe[@]}" >/dev/null
app_times=(); frame_times=(); probe_times=()
for _ in $(seq "$RUNS"); do
  app_times+=("$(run_ms "${app[@]}")")
  frame_times+=("$(run_ms "${app_frame[@]}")")
  probe_times+=("$(run_ms "${probe[@]}")")
done
app_ms=$(printf '%s\n' "${app_times[@]}" | median)
frame_ms=$(printf '%s\n' "${frame_times[@]}" | median)
probe_ms=$(printf '%s\n' "${probe_times[@]}" | median)
log "installed app to first page: ${app_times[*]} ms (median $app_ms)"
log "installed app to first frame: ${frame_times[*]} ms (median $frame_ms); minimal window: ${probe_times[*]} ms (median $probe_ms)"
echo "BENCH installed_first_page_ms $app_ms ms"
ratio=$(awk -v a="$frame_ms" -v p="$probe_ms" 'BEGIN { printf "%.2f", a / p }')
echo "BENCH installed_start_ratio $ratio ratio"
# Launch to the first page's bubbles against the minimal window's first frame, both whole processes (goal: 1.6).
page_ratio=$(awk -v a="$app_ms" -v p="$probe_ms" 'BEGIN { printf "%.2f", a / p }')
echo "BENCH installed_first_page_vs_minimal_first_frame_ratio $page_ratio ratio"

# Logs go to the XDG state folder and never hold a bearer token.
log_file="$HOME/.local/state/transcript-viewer/logs/transcript-viewer-0.log"
[ -f "$log_file" ] || fail "no log file at $log_file"
if grep -q "Bearer [^[]" "$log_file"; then fail "the log holds a bearer token"; fi

if awk -v m="$deb_mb" -v max="$MAX_DEB_MB" 'BEGIN { exit !(m >= max) }'; then
  fail ".deb is $deb_mb MB, over the $MAX_DEB_MB MB target"
fi
awk -v r="$ratio" 'BEGIN { exit !(r > 1.0) }' && log "start ratio $ratio is above the 1.0 target"
awk -v r="$page_ratio" 'BEGIN { exit !(r > 1.6) }' && log "first page ratio $page_ratio is above the 1.6 target"
log "all checks passed"
