#!/usr/bin/env bash
# Prints the path of the CoreNLP harness jar, building it first if needed. The harness comes from
# ../shared/bench/corenlp-anchor (override with CORENLP_ANCHOR); it is built in a copy under target/
# because ../shared may be read-only, and its first build downloads CoreNLP (about 470 MB).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
anchor_src="${CORENLP_ANCHOR:-$root/../shared/bench/corenlp-anchor}"
anchor="$root/target/corenlp-anchor"

if [ ! -f "$anchor/target/corenlp-anchor.jar" ]; then
  [ -d "$anchor_src" ] || { echo "corenlp-anchor: CoreNLP harness not found at $anchor_src (set CORENLP_ANCHOR)" >&2; exit 1; }
  mkdir -p "$root/target" && rm -rf "$anchor" && cp -r "$anchor_src" "$anchor"
  echo "building the CoreNLP harness (first run downloads CoreNLP)…" >&2
  (cd "$anchor" && mvn -q -B package) >&2
fi
echo "$anchor/target/corenlp-anchor.jar"
