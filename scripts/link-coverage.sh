#!/usr/bin/env bash
# How many entities of each linkable type the linker linked, reported ambiguous or left unlinked over a
# folder of articles, with the most frequent ambiguous names. Reads no gold: it measures coverage, not
# accuracy.
#
#   scripts/link-coverage.sh [FOLDER]      (default ../shared/data/news/bbc-200)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/../shared/data/news/bbc-200}"
"$root/lede" analyze "$folder" --format jsonl 2>/dev/null | python3 -c '
import collections, json, sys
counts, ambiguous = collections.Counter(), collections.Counter()
for line in sys.stdin:
    for entity in json.loads(line)["entities"]:
        kind = "linked" if "link" in entity else "ambiguous" if "link_candidates" in entity else "unlinked"
        counts[entity["type"], kind] += 1
        if kind == "ambiguous":
            ambiguous[entity["name"]] += 1
for kind in ("GPE", "LOC", "NORP", "ORG", "FAC"):
    row = {k: counts[kind, k] for k in ("linked", "ambiguous", "unlinked")}
    print(f"{kind:5} {sum(row.values()):5} entities: " + ", ".join(f"{v} {k}" for k, v in row.items()))
print("most ambiguous: " + ", ".join(f"{name} {n}" for name, n in ambiguous.most_common(8)))
'
