#!/usr/bin/env bash
# Installs the package on a fresh, minimal Debian 12 (debootstrap, no build tools) with
# nothing but what its Depends pull in, then runs what a user would: --version, an import,
# the man page, the menu entry and icons, and the window on the offscreen platform.
# Needs root and the network to the Debian mirror; not part of the test suite.
# usage: sudo packaging/check-fresh-install.sh BUILD_DIR [BANK_FILE]
set -euo pipefail
build=$(realpath "$1")
bank=${2:-}
deb=$(ls "$build"/prepdeck_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "no package in $build: run cpack -G DEB there first" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap: apt-get install debootstrap" >&2; exit 2; }
root=$(mktemp -d /tmp/prepdeck-fresh.XXXXXX)
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
echo "== debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
cp /etc/resolv.conf "$root/etc/"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
[ -n "$bank" ] && cp "$bank" "$root/tmp/bank"
echo "== apt-get install $(basename "$deb") (and man-db, to read the page)"
chroot "$root" bash -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends \
  /tmp/$(basename "$deb") man-db >/dev/null"
chroot "$root" bash -euo pipefail -c '
export HOME=/root QT_QPA_PLATFORM=offscreen
prepdeck --version
if [ -e /tmp/bank ]; then prepdeck import /tmp/bank >/tmp/report; else prepdeck import --starter >/tmp/report; fi
head -1 /tmp/report
test -f /usr/share/applications/org.prepdeck.Prepdeck.desktop
test -f /usr/share/icons/hicolor/scalable/apps/org.prepdeck.Prepdeck.svg
MANPAGER=cat man prepdeck >/tmp/page
head -4 /tmp/page
timeout 30 prepdeck --startup-time >/dev/null
echo "fresh install ok"'
