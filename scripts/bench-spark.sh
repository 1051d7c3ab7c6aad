#!/usr/bin/env bash
# Measures the Spark job in local mode against the plain command line on the same WARC files, side by side:
# for each core count N in CORES (default "1,2"), `lede analyze --threads N --drop-duplicates` and the Spark
# job in local[N] (both leave exact copies out, so both analyse the same articles),
# ROUNDS times (default 2), alternated (CLI 1, Spark 1, CLI 2, Spark 2, then again), so that a shared
# machine's load weighs on both alike; each run's load average is printed with it. The WARC files (3 per
# core of the largest count, as a crawl comes in many files) are written here from a folder: every .txt
# below it as a text record, every .html or .html.gz as an HTTP response, each repeated COPIES times
# (default 1) with a line (at a text's end, in each of a page's paragraphs) that makes the copies distinct,
# so that exact-duplicate removal does not shrink the work.
# Prints each rate per core (articles analysed / wall-clock seconds / N, start-up included) and per CPU second
# (user + system, every thread of the process), the ratios,
# what a month of CC-NEWS would take on 100 cores, and each Spark run's own account of where its time went.
# Usage: scripts/bench-spark.sh [FOLDER] [CORES] [COPIES] [ROUNDS]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/../shared/data/news/bbc-2225}"
IFS=, read -r -a core_counts <<< "${2:-1,2}"
copies="${3:-1}"
rounds="${4:-2}"
cores=$(printf '%s\n' "${core_counts[@]}" | sort -n | tail -1)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
# One reactor run, so lede-spark's class path resolves lede-core to the jar just built; the file is written
# per module, lede-spark's last.
mvn -q -B -Dstyle.color=never -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2

mkdir "$work/warc"
python3 - "$folder" "$copies" "$work/warc" "$((cores * 3))" <<'PY'
import gzip, pathlib, re, sys, uuid
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
                # in every paragraph, as a page's first <p> is often outside the article that extraction keeps
                page = re.sub(rb"(<p(?:\s[^>]*)?>)", lambda tag: tag.group(1) + marker, page, flags=re.I)
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
                warc.write(record("response", url, "application/http; msgtype=response", http))
for warc in warcs:
    warc.close()
PY

opens=$(grep -o -- '--add-opens=[^ <]*' lede-spark/pom.xml | tr '\n' ' ')
load() { cut -d' ' -f1 /proc/loadavg; }
# CPU seconds (user + system) of the timed command and its children, written to $work/cpu by bash's `time`
TIMEFORMAT='%U %S'
cpu() { awk '{ print $1 + $2 }' "$work/cpu"; }
results="$work/results.tsv"
for round in $(seq "$rounds"); do
  for n in "${core_counts[@]}"; do
    before=$(load)
    start=$(date +%s.%N)
    { time ./lede analyze --threads "$n" --drop-duplicates "$work"/warc/*.warc.gz > "$work/cli.jsonl" \
        2> "$work/cli.log" || true; } 2> "$work/cpu"
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    printf 'cli\t%s\t%s\t%s\t%s\t%s\t-\t%s\n' "$round" "$n" "$(wc -l < "$work/cli.jsonl")" "$seconds" "$before $(load)" \
      "$(cpu)" >> "$results"
    tail -1 "$results" >&2

    before=$(load)
    rm -rf "$work/out"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    { time java $opens -Xmx4g -cp "lede-spark/target/lede-spark.jar:$(cat "$work/cp.txt")" org.lede.spark.LedeSparkJob \
        --master "local[$n]" --input "$work/warc" --output "$work/out" \
        2> "$work/spark.log" > "$work/summary.txt"; } 2> "$work/cpu" || { tail -30 "$work/spark.log" >&2; exit 1; }
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    printf 'spark\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$n" "$(sed -n 's/.* \([0-9]*\) analysed.*/\1/p' "$work/summary.txt")" \
      "$seconds" "$before $(load)" "$(sed -n 's/.*analysis stage \([0-9.]*\) s.*/\1/p' "$work/summary.txt")" "$(cpu)" \
      >> "$results"
    tail -1 "$results" >&2
    sed "s/^/spark local[$n], round $round: /" "$work/summary.txt" >> "$work/summaries.txt"
  done
done

python3 - "$results" <<'PY'
import collections, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
rate, cpu_rate = {}, {}
print("run    round cores analysed  seconds  per core  CPU s  per CPU s  load (before, after)")
for kind, rnd, n, analysed, seconds, load, stage, cpu in rows:
    per_core = int(analysed) / float(seconds) / int(n)
    rate[kind, rnd, n] = per_core
    cpu_rate[kind, rnd, n] = int(analysed) / float(cpu)
    extra = f"  analysis stage {int(analysed) / float(stage) / int(n):.1f}/s per core" if stage != "-" else ""
    print(f"{kind:6} {rnd:>5} {n:>5} {analysed:>8} {float(seconds):8.1f} {per_core:9.1f} {float(cpu):6.1f}"
          f" {cpu_rate[kind, rnd, n]:10.1f}  {load}{extra}")
# Wall clock per core is what a user waits for; articles per CPU second is what a fully busy cluster core
# gives, and varies less with a shared machine's load (the JIT's and the GC's threads count in both).
for name, rates in (("per core (wall clock)", rate), ("per CPU second", cpu_rate)):
    ratios = collections.defaultdict(list)
    for (kind, rnd, n), value in rates.items():
        if kind == "spark" and ("cli", rnd, n) in rates:
            ratios[n].append(value / rates["cli", rnd, n])
    for n, values in sorted(ratios.items()):
        print(f"Spark local[{n}] / CLI --threads {n}, {name}, by round: " + ", ".join(f"{v:.2f}" for v in values))
month = 11.7e6
for n in sorted({n for _, _, n in rate}):
    spark = [v for (kind, _, m), v in rate.items() if kind == "spark" and m == n]
    print(f"a month of CC-NEWS ({month / 1e6:.1f} M texts) on 100 cores at local[{n}]'s per-core rate: "
          + ", ".join(f"{month / (v * 100) / 3600:.2f} h" for v in spark))
PY
echo "Where each Spark run's time went:"
cat "$work/summaries.txt"
