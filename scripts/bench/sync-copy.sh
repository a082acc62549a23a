#!/usr/bin/env bash
# Copy this working tree into an isolated directory for benchmark runs, so `vite build`, the
# preview server and the browser profile never collide with other work in the original tree
# (which shares build/, .svelte-kit/ and port 4173 with the end-to-end tests).
#
#   scripts/bench/sync-copy.sh [TARGET]          # default TARGET: /work/bench-run
#
# Kept in TARGET across syncs: node_modules (a symlink to this tree's), bench-data/ (the cached
# generated data, GBs at scale L), build/ and .svelte-kit/ (rebuilt by the bench runner).
# Then, in TARGET:   BENCH_PORT=4373 npm run bench -- --scales S,M,L
set -euo pipefail
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
TARGET="${1:-/work/bench-run}"
if [ "$(cd "$SRC" && pwd -P)" = "$(mkdir -p "$TARGET" && cd "$TARGET" && pwd -P)" ]; then
	echo "sync-copy: source and target are the same directory" >&2
	exit 2
fi
find "$TARGET" -mindepth 1 -maxdepth 1 \
	! -name node_modules ! -name bench-data ! -name build ! -name .svelte-kit ! -name .bench-profile \
	-exec rm -rf {} +
(cd "$SRC" && tar --exclude=./node_modules --exclude=./.svelte-kit --exclude=./build \
	--exclude=./test-results --exclude=./.git --exclude=./bench-data --exclude=./.bench-profile \
	-cf - .) | (cd "$TARGET" && tar -xf -)
[ -e "$TARGET/node_modules" ] || ln -s "$SRC/node_modules" "$TARGET/node_modules"
echo "synced $SRC -> $TARGET"
