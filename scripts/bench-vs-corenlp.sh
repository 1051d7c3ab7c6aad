#!/usr/bin/env bash
# Times Lede and Stanford CoreNLP (fast mode: tokenize, ssplit, pos, lemma, ner) on the same folder in one
# run, one thread each, and prints both lines and the ratio. Machines here are shared and noisy: only a
# ratio measured side by side means anything.
#
#   scripts/bench-vs-corenlp.sh [FOLDER]      (default ../shared/data/news/bbc-200)
#
# The CoreNLP harness comes from ../shared/bench/corenlp-anchor (override with CORENLP_ANCHOR), built by
# scripts/corenlp-anchor-jar.sh in a copy under target/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/../shared/data/news/bbc-200}"

[ -d "$folder" ] || { echo "bench-vs-corenlp: $folder: no such folder" >&2; exit 1; }
anchor_jar=$("$root/scripts/corenlp-anchor-jar.sh")

# Both are timed warm and over about the same time: CoreNLP gets a warm-up over every article, then one timed
# pass (about 30 s on bbc-200); lede bench repeats the folder untimed for 10 s, then timed for at least 30 s.
# On a shared machine a 5 s window caught a slow spell or a fast one: the same jar measured 339 and 575
# articles/s minutes apart, where 30 s windows agree far better.
articles=$(find "$folder" -maxdepth 1 -name '*.txt' | wc -l)
echo "CoreNLP fast, 1 thread, warmed up on all $articles articles:" >&2
# Huge pages where the kernel offers them, as the lede launcher gives Lede (scripts/jvm-huge-pages.sh).
read -r -a huge_pages <<< "$("$root/scripts/jvm-huge-pages.sh")"
corenlp=$(java -Xmx8g "${huge_pages[@]}" -jar "$anchor_jar" fast "$folder" "$root/target/corenlp-out" \
          --warmup "$articles" 2>/dev/null)
echo "  $corenlp"
echo "Lede full analysis, 1 thread, warmed up, timed over at least 30 s:" >&2
lede=$("$root/lede" bench --json --threads 1 --warmup-seconds 10 --seconds 30 "$folder")
echo "  $lede"

python3 - "$corenlp" "$lede" <<'PY'
import json, re, sys
corenlp = dict(re.findall(r'(\w+)=([\d.]+)', sys.argv[1]))
lede = json.loads(sys.argv[2])
one = next(r for r in lede["runs"] if r["threads"] == 1)
print(f"articles/s per thread: Lede {one['articles_per_s']:.1f}  CoreNLP fast {float(corenlp['articles_per_s']):.2f}"
      f"  ratio {one['articles_per_s'] / float(corenlp['articles_per_s']):.1f}x")
print(f"tokens/s per thread:   Lede {one['tokens_per_s']:.0f}  CoreNLP fast {float(corenlp['tokens_per_s']):.0f}"
      f"  ratio {one['tokens_per_s'] / float(corenlp['tokens_per_s']):.1f}x  (each counts its own tokens)")
print(f"peak heap MB:          Lede {one['peak_heap_mb']:.0f}  CoreNLP fast {float(corenlp['peak_heap_mb']):.0f}")
PY
