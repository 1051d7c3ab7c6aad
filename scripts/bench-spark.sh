#!/usr/bin/env bash
# Measures the Spark job in local mode against the plain command line on the same articles, in one run:
# both on N cores (default 2), the CLI reading the folder, the job reading the same texts as JSON Lines.
# Prints each rate per core and their ratio. Usage: scripts/bench-spark.sh [FOLDER] [CORES]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/../shared/data/news/bbc-2225}"
cores="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
# One reactor run, so lede-spark's class path resolves lede-core to the jar just built; the file is written
# per module, lede-spark's last.
mvn -q -B -Dstyle.color=never -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2

# The same texts as the CLI reads: every .txt below the folder, headline apart when a blank line follows it.
python3 - "$folder" > "$work/articles.jsonl" <<'PY'
import json, pathlib, sys
folder = pathlib.Path(sys.argv[1])
for path in sorted(folder.rglob('*')):
    if path.suffix.lower() != '.txt' or any(p.startswith('.') for p in path.relative_to(folder).parts):
        continue
    text = path.read_bytes().decode('utf-8', errors='replace').replace('\r\n', '\n').strip()
    first, _, rest = text.partition('\n\n')
    title, body = (first, rest) if rest and '\n' not in first else (None, text)
    print(json.dumps({'text': body, 'title': title, 'origin': str(path)}))
PY
count=$(wc -l < "$work/articles.jsonl")

start=$(date +%s.%N)
./lede analyze --threads "$cores" "$folder" > "$work/cli.jsonl" 2> /dev/null || true
cli_seconds=$(echo "$(date +%s.%N) - $start" | bc)
cli_analysed=$(wc -l < "$work/cli.jsonl")

opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p;/<spark.opens>/,/<\/spark.opens>/p' lede-spark/pom.xml \
  | tr -s ' \n' ' ' | grep -o -- '--add-opens=[^ <]*' | tr '\n' ' ')
start=$(date +%s.%N)
# shellcheck disable=SC2086
java $opens -Xmx4g -Dlog4j2.level=warn -cp "lede-spark/target/lede-spark.jar:$(cat "$work/cp.txt")" \
  org.lede.spark.LedeSparkJob --master "local[$cores]" --jsonl --input "$work/articles.jsonl" \
  --output "$work/out" 2> "$work/spark.log" | tee "$work/summary.txt" || { tail -30 "$work/spark.log" >&2; exit 1; }
spark_seconds=$(echo "$(date +%s.%N) - $start" | bc)
spark_analysed=$(sed -n 's/.* \([0-9]*\) analysed.*/\1/p' "$work/summary.txt")
stage_seconds=$(sed -n 's/.*analysis stage \([0-9.]*\) s.*/\1/p' "$work/summary.txt")

python3 - "$count" "$cores" "$cli_analysed" "$cli_seconds" "$spark_analysed" "$spark_seconds" "$stage_seconds" <<'PY'
import sys
count, cores = int(sys.argv[1]), int(sys.argv[2])
cli_n, cli_s, spark_n, spark_s, stage_s = (int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]),
                                          float(sys.argv[6]), float(sys.argv[7]))
cli, spark, stage = cli_n / cli_s / cores, spark_n / spark_s / cores, spark_n / stage_s / cores
print(f"{count} articles, {cores} cores, wall clock")
print(f"CLI   (lede analyze --threads {cores}, start-up included): {cli_n} analysed in {cli_s:.1f} s = {cli:.1f} articles/s per core")
print(f"Spark (local[{cores}], JSON Lines -> Parquet, whole job): {spark_n} analysed in {spark_s:.1f} s = {spark:.1f} articles/s per core")
print(f"Spark analysis stage alone: {stage_s:.1f} s = {stage:.1f} articles/s per core")
print(f"Spark / CLI per core: whole job {spark / cli:.2f}, analysis stage {stage / cli:.2f}")
month = 11.7e6
print(f"a month of CC-NEWS ({month/1e6:.1f} M documents) on 100 cores at the analysis-stage rate: {month / (stage * 100) / 3600:.1f} h")
PY
