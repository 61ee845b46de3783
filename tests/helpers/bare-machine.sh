#!/usr/bin/env bash
# Runs a command as on a bare Linux machine with only Node and npm: no Chromium
# (/usr/bin/chromium and /usr/lib/chromium are gone), none of the libraries a
# system Chromium brings (NSS, NSPR, expat), and no fonts or fontconfig setup.
# Only the command sees this: it runs in a private mount namespace, so nothing
# changes for any other process on the machine. Needs root (unshare, mount).
#   tests/helpers/bare-machine.sh npm test
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }
exec unshare --mount --propagation private bash -s -- "$@" <<'INNER'
set -euo pipefail
scratch=$(mktemp -d)
mount -t tmpfs bare-machine "$scratch"
# Hides names in a folder with an overlay whose upper layer holds a whiteout for each.
hide() {
  local dir=$1 up work name path
  shift
  up="$scratch/up$(echo "$dir" | tr / _)"
  work="$scratch/work$(echo "$dir" | tr / _)"
  mkdir -p "$up" "$work"
  for name in "$@"; do
    for path in "$dir"/$name; do
      [ -e "$path" ] || [ -L "$path" ] || continue
      mknod "$up/$(basename "$path")" c 0 0
    done
  done
  mount -t overlay overlay -o "lowerdir=$dir,upperdir=$up,workdir=$work" "$dir"
}
hide /usr/bin chromium chromium-browser google-chrome google-chrome-stable
hide /usr/lib/x86_64-linux-gnu 'libnss3*' 'libnssutil3*' 'libsmime3*' 'libsoftokn3*' 'libfreebl*' 'libnspr4*' 'libplc4*' 'libplds4*' 'libexpat*' 'libfontconfig*' 'nss'
for dir in /usr/lib/chromium /usr/share/fonts /etc/fonts /usr/share/fontconfig; do
  [ -d "$dir" ] && mount -t tmpfs empty "$dir"
done
exec "$@"
INNER
