#!/usr/bin/env bash
# Builds the JMH benchmarks (module lede-bench, profile bench) and runs them: the entity tagger's tokens per
# second on one thread, and the whole analysis of the same story. Extra arguments go to JMH, e.g.
#   scripts/bench-tagger.sh -f 1 -wi 2 -i 3 tagger
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -ntp -Pbench -DskipTests -pl lede-bench -am package
exec java -jar lede-bench/target/benchmarks.jar "$@"
