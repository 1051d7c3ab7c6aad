#!/usr/bin/env bash
# Scores Lede's entity recogniser and Stanford CoreNLP's (fast mode: tokenize, ssplit, pos, lemma, ner) on
# the same CoNLL-2003 file with the same conlleval-compatible scorer (`lede eval ner`), and times both on it
# in the same run, one thread each.
#
#   scripts/ner-vs-corenlp.sh [CONLL_FILE]      (default ../shared/data/ner/conll2003/eng.testa)
#
# The round trip: `lede eval ner --write-text` writes each -DOCSTART- document as plain text (sentences on
# their own lines, blank lines between, tokens joined by spaces); CoreNLP reads those texts and writes its
# entity mentions with offsets; `lede eval ner --predicted` maps PERSON, LOCATION, ORGANIZATION and MISC
# mentions back onto the CoNLL tokens (a token is in a mention when the mention covers any of its
# characters) and scores them; CoreNLP's other types (DATE, NUMBER, MONEY …) have no CoNLL counterpart and
# count as O, and so do the he/his/she/her mentions its entity-mention step types PERSON (its tagger marks
# those tokens O; CoNLL never tags a pronoun). Lede is scored on the file's own tokens, as `lede eval ner`
# always is.
#
# Speeds, one thread, warm: CoreNLP fast on the texts (its whole pipeline, NER included; CoreNLP cannot time
# NER alone); Lede's tokenizer and recogniser stages on the same texts (the full `lede bench` time on one
# thread times the two stages' CPU share from `--stages`), Lede's full analysis there, and Lede's tagger alone
# on the file's tokens. All in CoNLL tokens per second, so each system is divided by the same count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
conll="${1:-$root/../shared/data/ner/conll2003/eng.testa}"
[ -f "$conll" ] || { echo "ner-vs-corenlp: $conll: no such file" >&2; exit 1; }
anchor_jar=$("$root/scripts/corenlp-anchor-jar.sh")
work="$root/target/ner-vs-corenlp/$(basename "$conll")"
rm -rf "$work" && mkdir -p "$work"

"$root/lede" eval ner --conll "$conll" --write-text "$work/text" >&2
documents=$(find "$work/text" -name '*.txt' | wc -l)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "CoreNLP fast, 1 thread, warmed up on all $documents documents…" >&2
corenlp_speed=$(java -Xmx8g -jar "$anchor_jar" fast "$work/text" "$work/corenlp" --warmup "$documents" \
                2>"$work/corenlp.log")
corenlp_scores=$("$root/lede" eval ner --conll "$conll" --predicted "$work/corenlp" --json)
echo "Lede tagger on the file's tokens…" >&2
lede_scores=$("$root/lede" eval ner --conll "$conll" --json)
echo "Lede full analysis of the texts, 1 thread, with stage shares…" >&2
lede_bench=$("$root/lede" bench --json --threads 1 --stages "$work/text")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$corenlp_speed" "$corenlp_scores" "$lede_scores" "$lede_bench" <<'PY'
import json, re, sys
corenlp_speed = dict(re.findall(r'(\w+)=([\w.-]+)', sys.argv[1]))
corenlp, lede, bench = (json.loads(a) for a in sys.argv[2:5])
tokens = lede["tokens"]  # the CoNLL file's tokens, which both systems are scored on

def row(label, c):
    return f"{label:<8} {c['precision']:6.4f} {c['recall']:6.4f} {c['f1']:6.4f}"

print(f"{lede['name']}: {tokens} tokens; phrase-level precision / recall / F1, conlleval rules")
print(f"{'':<8} {'Lede':^20}   {'CoreNLP fast':^20}")
for t in ["PER", "LOC", "ORG", "MISC"]:
    print(f"{row(t, lede['by_type'][t])}   {row('', corenlp['by_type'][t])[9:]}")
print(f"{row('overall', lede)}   {row('', corenlp)[9:]}")
left_out = {k[len('mentions_scored_as_O_'):]: v for k, v in corenlp.items() if k.startswith('mentions_scored_as_O_')}
print("CoreNLP mentions of other types and pronouns, scored as O: " + ", ".join(f"{k} {v}" for k, v in left_out.items()))

one = next(r for r in bench["runs"] if r["threads"] == 1)
shares = bench["stage_cpu_share"]
lede_text_ner_s = one["seconds"] * (shares["TextAnalyzer"] + shares["EntityRecognizer"])
corenlp_s = float(corenlp_speed["wall_s"])
print("CoNLL tokens per second, one thread, warm:")
print(f"  CoreNLP fast (tokenize, ssplit, pos, lemma, ner) on the texts: {tokens / corenlp_s:10.0f}"
      f"   (its own token count: {corenlp_speed['tokens']}, {corenlp_s:.2f} s)")
print(f"  Lede tokenizer + recogniser stages on the texts (estimate):      {tokens / lede_text_ner_s:10.0f}"
      f"   ({lede_text_ner_s:.2f} s = {one['seconds']:.2f} s x CPU share {shares['TextAnalyzer'] + shares['EntityRecognizer']:.3f})")
print(f"  Lede full analysis on the texts:                                 {tokens / one['seconds']:10.0f}")
print(f"  Lede tagger alone on the file's tokens (lede eval ner):          {lede['tokens_per_second']:10.0f}")
print(f"  ratio, tokenize+NER: Lede / CoreNLP fast = {corenlp_s / lede_text_ner_s:.1f}x")
PY
