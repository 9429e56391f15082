#!/usr/bin/env bash
# Builds the .deb from this build folder and checks what a distribution would: the desktop
# file and metainfo validate, the man page renders without warnings, lintian finds no
# error, the package holds what the desktop looks for, its dependencies came from
# dpkg-shlibdeps, and the program in it runs.
# usage: check-package.sh BUILD_DIR SEEDS_DIR
set -euo pipefail
build=$1
seeds=${2:-}
missing=()
for tool in desktop-file-validate appstreamcli lintian cpack dpkg-deb man; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (packaging/install-deps.sh installs them)"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
fail() { echo "FAIL: $*"; exit 1; }

desktop-file-validate "$build/packaging/org.prepdeck.Prepdeck.desktop" || fail "desktop file"
appstreamcli validate --no-net "$build/packaging/org.prepdeck.Prepdeck.metainfo.xml" ||
  fail "metainfo"
warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$build/packaging/prepdeck.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man page: $warnings"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/prepdeck_*.deb)
lintian --fail-on error "$deb" 2>/dev/null | tee "$work/lintian.txt"
grep -q '^E:' "$work/lintian.txt" && fail "lintian reports errors"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/prepdeck \
            ./usr/share/applications/org.prepdeck.Prepdeck.desktop \
            ./usr/share/metainfo/org.prepdeck.Prepdeck.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.prepdeck.Prepdeck.svg \
            ./usr/share/icons/hicolor/16x16/apps/org.prepdeck.Prepdeck.png \
            ./usr/share/icons/hicolor/256x256/apps/org.prepdeck.Prepdeck.png \
            ./usr/share/man/man1/prepdeck.1.gz \
            ./usr/share/doc/prepdeck/copyright \
            ./usr/share/doc/prepdeck/changelog.Debian.gz; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libqt6core6 (>=' <<<"$depends" || fail "Depends did not come from dpkg-shlibdeps: $depends"
grep -q 'libqt6sql6-sqlite' <<<"$depends" || fail "Depends lacks the SQLite driver: $depends"

dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/prepdeck" --version | grep -q "prepdeck" || fail "--version"
if [ -n "$seeds" ] && [ -d "$seeds" ]; then
  bank=$(ls "$seeds"/* | grep -v README | head -1)
  "$work/root/usr/bin/prepdeck" --database "$work/library.sqlite" import "$bank" >/dev/null ||
    fail "import of $bank"
fi
echo "package ok: $(basename "$deb")"
