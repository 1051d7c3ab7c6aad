#!/usr/bin/env bash
# Rebuilds lede-core/src/main/resources/org/lede/events/cameo-codes.tsv (every CAMEO event code with its
# Goldstein score and description) from GDELT's lookup tables, which are not part of the product:
#
#   scripts/derive-cameo-codes.sh [LOOKUPS]      (default ../shared/data/events/cameo/gdelt-lookups)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lookups="${1:-$root/../shared/data/events/cameo/gdelt-lookups}"
out="$root/lede-core/src/main/resources/org/lede/events/cameo-codes.tsv"
[ -f "$lookups/CAMEO.eventcodes.txt" ] || { echo "derive-cameo-codes: no CAMEO.eventcodes.txt in $lookups" >&2; exit 1; }
{
  echo "# CAMEO event codes with GDELT's Goldstein scores, derived from the GDELT lookups"
  echo "# CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (../shared/data/events/cameo/gdelt-lookups/)."
  echo "# code	goldstein	description (two-digit codes are the root categories)"
  # The code list is Latin-1; descriptions keep their words, trailing blanks dropped.
  iconv -f latin1 -t utf-8 "$lookups/CAMEO.eventcodes.txt" | tr -d '\r' | awk -F'\t' '
    NR == FNR { if (FNR > 1) goldstein[$1] = $2; next }
    FNR > 1 { sub(/[ \t]+$/, "", $2); g = ($1 in goldstein) ? goldstein[$1] : "0.0"; print $1 "\t" g "\t" $2 }
  ' <(tr -d '\r' < "$lookups/CAMEO.goldsteinscale.txt") -
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") codes)" >&2
