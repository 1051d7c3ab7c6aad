#!/usr/bin/env bash
# Runs the Spark job on a real Spark standalone cluster on this machine, submitted the way a user submits it:
# a master and one worker on 127.0.0.1 (Spark's own org.apache.spark.deploy.master.Master and
# deploy.worker.Worker), then org.apache.spark.deploy.SparkSubmit (what bin/spark-submit runs) with
# lede-spark.jar, in client deploy mode, so the executor is a separate JVM the worker starts. It checks the
# job's counts, the four Parquet tables and that the tasks ran in the worker's executor, then stops the
# cluster. Nothing is downloaded while the cluster runs: Spark's jars (a distribution's jars/ folder, laid
# out from Maven's local repository) and lede-spark.jar are built first.
# Usage: scripts/spark-standalone-smoke.sh [WORK_DIR]   (kept when given; a temporary one otherwise)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
keep="${1:-}"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
pids=()
# The cluster's JVMs are stopped whatever happens: only the ones this script started, by their ids.
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$keep" ] || rm -rf "$work"
}
trap stop EXIT

say() { echo "spark-standalone-smoke: $*" >&2; }
fail() { say "FAILED: $*"; for log in "$work"/logs/*; do echo "--- $log" >&2; tail -20 "$log" >&2; done; exit 1; }
mvn_quietly() { mvn -q -B -ntp -Dstyle.color=never "$@" 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; }

# 1. Build: lede-spark.jar, and SPARK_HOME/jars holding Spark's own jars (the spark-sql version the job is
#    built against, with its dependencies), as a Spark distribution's jars/ folder does.
cd "$root"
[ -f lede-spark/target/lede-spark.jar ] || mvn_quietly -o -DskipTests package
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' lede-spark/pom.xml)
home="$work/spark-home"
mkdir -p "$home/jars" "$work/logs"
cat > "$work/spark-distribution.pom" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-distribution</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$spark_version</version>
    </dependency>
  </dependencies>
</project>
POM
if [ -z "$(ls "$home/jars")" ]; then
  mvn_quietly -o -f "$work/spark-distribution.pom" dependency:copy-dependencies -DoutputDirectory="$home/jars" \
    || mvn_quietly -f "$work/spark-distribution.pom" dependency:copy-dependencies -DoutputDirectory="$home/jars"
fi
ls "$home/jars"/spark-core_2.13-*.jar > /dev/null || fail "no spark-core jar in $home/jars"

# Spark's launcher (bin/spark-class) starts every Spark JVM with these; the worker adds them to executors.
opens=$(grep -o -- '--add-opens=[^ <]*' lede-spark/pom.xml | tr '\n' ' ')
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$work/local"
spark_java() { java $opens -Xmx1g -cp "$home/jars/*" "$@"; }

# 2. A small WARC: an article, an exact copy of it, an update of it (a near duplicate), another article
#    and an image, which is skipped.
mkdir -p "$work/input"
python3 - "$root/examples/raid-on-camp.txt" "$work/input/smoke.warc.gz" <<'PY'
import gzip, sys, uuid
story = open(sys.argv[1], encoding="utf-8").read().strip()
other = ("TIRANA (Adriatic Press) - Prime Minister Edi Rama said on Tuesday that the government would rebuild "
         "the Drin bridge before the winter. \u201cWe will not leave the villages cut off,\u201d Rama told reporters "
         "in Shkoder. The interior ministry said about 2,000 people had been stranded since the floods began.")
def page(url, content_type, body):
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-14T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")
html = lambda text: ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
                     + "</article></body></html>").encode()
with open(sys.argv[2], "wb") as out:
    out.write(page("https://news.example/raid", "text/html", html(story)))
    out.write(page("https://mirror.example/raid", "text/html", html(story)))
    out.write(page("https://news.example/raid-update", "text/html",
                   html(story + "\n\nThe ministry said on Wednesday that the inquiry would report within a month.")))
    out.write(page("https://news.example/bridge", "text/html", html(other)))
    out.write(page("https://news.example/logo.png", "image/png", b"\x89PNG"))
PY

# 3. The cluster: a master on a free port of 127.0.0.1, and one worker with 2 cores that registers with it.
spark_java org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/logs/master.log" 2>&1 &
pids+=($!)
master=""
for _ in $(seq 120); do
  master=$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$work/logs/master.log" | head -1 || true)
  [ -n "$master" ] && break
  sleep 1
done
[ -n "$master" ] || fail "the master did not start"
say "master at $master"
spark_java org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 --cores 2 \
  --memory 2g --work-dir "$work/worker" "$master" > "$work/logs/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
  grep -q 'Successfully registered with master' "$work/logs/worker.log" && break
  sleep 1
done
grep -q 'Successfully registered with master' "$work/logs/worker.log" || fail "the worker did not register"
say "worker registered"

# 4. The submission, as `spark-submit --master $master --class … lede-spark.jar …` runs it.
spark_java org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --class org.lede.spark.LedeSparkJob --name lede-smoke \
  --executor-memory 1g --total-executor-cores 2 --conf spark.ui.enabled=false \
  "$root/lede-spark/target/lede-spark.jar" \
  --input "$work/input" --output "$work/output" > "$work/summary.txt" 2> "$work/logs/submit.log" \
  || fail "spark-submit failed"
cat "$work/summary.txt"

# 5. The checks: counts, four Parquet tables, and the work done by the worker's executor.
grep -q '4 articles read, 1 exact duplicates dropped, 3 analysed, 1 near-duplicate pairs' "$work/summary.txt" \
  || fail "unexpected counts: $(cat "$work/summary.txt")"
for table in articles actors speakers near_duplicates; do
  [ -f "$work/output/$table/_SUCCESS" ] || fail "no $table table"
  part=$(ls "$work/output/$table"/part-*.parquet | head -1)
  [ "$(head -c 4 "$part")" = PAR1 ] && [ "$(tail -c 4 "$part")" = PAR1 ] || fail "$part is not Parquet"
done
executor_log=$(ls "$work"/worker/app-*/*/stderr | head -1)
grep -q 'Running task' "$executor_log" || fail "no task ran in the worker's executor ($executor_log)"
say "OK: $(grep -c 'Finished task' "$executor_log") tasks ran in the worker's executor; four Parquet tables written"
