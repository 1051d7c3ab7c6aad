#!/usr/bin/env bash
# Measures the Spark job in local mode against the plain command line on the same WARC file, in one run:
# both on N cores (default 2). The WARC files (3 per core, as a crawl comes in many files) are written here
# from a folder: every .txt below it as a text record, every .html or .html.gz as an HTTP response, each
# repeated COPIES times (default 1) with a line in its first paragraph that makes the copies distinct, so
# that exact-duplicate removal does not shrink the work.
# Prints each rate per core, their ratio, and what a month of CC-NEWS would take on 100 cores.
# Usage: scripts/bench-spark.sh [FOLDER] [CORES] [COPIES]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/../shared/data/news/bbc-2225}"
cores="${2:-2}"
copies="${3:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
# One reactor run, so lede-spark's class path resolves lede-core to the jar just built; the file is written
# per module, lede-spark's last.
mvn -q -B -Dstyle.color=never -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2

mkdir "$work/warc"
python3 - "$folder" "$copies" "$work/warc" "$((cores * 3))" <<'PY'
import gzip, pathlib, sys, uuid
folder, copies, out, files = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
def record(kind, url, content_type, block):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-14T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n")
warcs = [open(f"{out}/part-{i:03d}.warc.gz", "wb") for i in range(files)]
written = 0
if True:
    for path in sorted(folder.rglob("*")):
        if any(p.startswith(".") for p in path.relative_to(folder).parts) or not path.is_file():
            continue
        name = path.name.lower()
        for copy in range(copies):
            warc = warcs[written % files]
            written += 1
            marker = f"Copy {copy} of this story for the benchmark. ".encode()
            url = f"https://bench.example/{path.relative_to(folder)}?copy={copy}"
            if name.endswith(".txt"):
                warc.write(record("resource", url, "text/plain", path.read_bytes() + b"\n\n" + marker))
            elif name.endswith(".html") or name.endswith(".html.gz"):
                page = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
                page = page.replace(b"<p>", b"<p>" + marker, 1)
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
                warc.write(record("response", url, "application/http; msgtype=response", http))
for warc in warcs:
    warc.close()
PY

start=$(date +%s.%N)
./lede analyze --threads "$cores" "$work"/warc/*.warc.gz > "$work/cli.jsonl" 2> "$work/cli.log" || true
cli_seconds=$(echo "$(date +%s.%N) - $start" | bc)
cli_analysed=$(wc -l < "$work/cli.jsonl")

opens=$(grep -o -- '--add-opens=[^ <]*' lede-spark/pom.xml | tr '\n' ' ')
start=$(date +%s.%N)
# shellcheck disable=SC2086
java $opens -Xmx4g -cp "lede-spark/target/lede-spark.jar:$(cat "$work/cp.txt")" org.lede.spark.LedeSparkJob \
  --master "local[$cores]" --input "$work/warc" --output "$work/out" --partitions "$((cores * 3))" \
  2> "$work/spark.log" | tee "$work/summary.txt" || { tail -30 "$work/spark.log" >&2; exit 1; }
spark_seconds=$(echo "$(date +%s.%N) - $start" | bc)
spark_analysed=$(sed -n 's/.* \([0-9]*\) analysed.*/\1/p' "$work/summary.txt")
stage_seconds=$(sed -n 's/.*analysis stage \([0-9.]*\) s.*/\1/p' "$work/summary.txt")

python3 - "$cores" "$cli_analysed" "$cli_seconds" "$spark_analysed" "$spark_seconds" "$stage_seconds" <<'PY'
import sys
cores = int(sys.argv[1])
cli_n, cli_s, spark_n, spark_s, stage_s = (int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]),
                                          float(sys.argv[5]), float(sys.argv[6]))
cli, spark, stage = cli_n / cli_s / cores, spark_n / spark_s / cores, spark_n / stage_s / cores
print(f"same WARC files, {cores} cores, wall clock")
print(f"CLI   (lede analyze --threads {cores}, start-up included): {cli_n} analysed in {cli_s:.1f} s = {cli:.1f} articles/s per core")
print(f"Spark (local[{cores}], WARC -> Parquet, whole job): {spark_n} analysed in {spark_s:.1f} s = {spark:.1f} articles/s per core")
print(f"Spark analysis stage alone: {stage_s:.1f} s = {stage:.1f} articles/s per core")
print(f"Spark / CLI per core: whole job {spark / cli:.2f}, analysis stage {stage / cli:.2f}")
month = 11.7e6
print(f"a month of CC-NEWS ({month / 1e6:.1f} M documents) on 100 cores: {month / (spark * 100) / 3600:.1f} h "
      f"at the whole-job rate, {month / (stage * 100) / 3600:.1f} h at the analysis-stage rate")
PY
