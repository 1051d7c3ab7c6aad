#!/usr/bin/env bash
# Prints the JVM option that puts the heap in transparent huge pages where the kernel offers them (its mode
# "always" or "madvise"), and nothing elsewhere, where the JVM would only warn that it cannot.
#
# Why: Lede spends most of its time on random reads in model tables of megabytes (the entity and span
# taggers' weights, word clusters and vectors); in 4 KB pages nearly each read also misses the processor's
# address cache (TLB). Measured with `lede bench ../shared/data/news/bbc-200 --threads 1`, with and without
# the option alternated eight times (2026-11-28): median 401-410 -> 461 articles per CPU second (1.12x).
# `lede` uses it for long runs; `scripts/bench-vs-corenlp.sh` gives it to CoreNLP too.
mode=/sys/kernel/mm/transparent_hugepage/enabled
if [ -r "$mode" ] && grep -qE '\[(always|madvise)\]' "$mode"; then
  echo "-XX:+UseTransparentHugePages"
fi
