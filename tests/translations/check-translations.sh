#!/usr/bin/env bash
# The translations are complete and in step with the sources: no entry unfinished,
# obsolete or vanished, no empty translation or plural form, and lupdate over the sources
# finds no string the .ts files lack (for English, no plural form it lacks).
# usage: check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
status=0
for ts in "$src"/translations/prepdeck_*.ts; do
  name=$(basename "$ts")
  for kind in unfinished obsolete vanished; do
    n=$(grep -c "type=\"$kind\"" "$ts" || true)
    if [ "$n" -gt 0 ]; then
      echo "FAIL: $name has $n $kind entries:"
      grep -B2 "type=\"$kind\"" "$ts" | grep "<source>" | head -5
      status=1
    fi
  done
  n=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$ts" || true)
  [ "$n" -gt 0 ] && { echo "FAIL: $name has $n empty translations"; status=1; }
  # English is the sources' language: its file holds only the plural forms.
  options=(-locations relative -no-obsolete)
  [ "$name" = prepdeck_en.ts ] && options+=(-pluralonly)
  # lupdate on a copy: every string of the sources must already be there.
  work=$(mktemp -d)
  cp "$ts" "$work/$name"
  report=$(cd "$src" && "$lupdate" "${options[@]}" app -ts "$work/$name" 2>&1)
  # A string lupdate found that the file lacked comes in unfinished.
  found=$(grep -c 'type="unfinished"' "$work/$name" || true)
  if [ "$found" != 0 ]; then
    echo "FAIL: $name is not in step with the sources ($found new): $report"
    grep -A1 -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -5
    echo "      run: cmake --build <build dir> --target update_translations, then translate"
    status=1
  fi
  rm -rf "$work"
done
[ $status = 0 ] && echo "translations complete and in step"
exit $status
