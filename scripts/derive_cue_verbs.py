#!/usr/bin/env python3
"""Derives Lede's attribution cue lexicon (lede-core/src/main/resources/org/lede/quotes/cue-verbs.tsv)
from the PolNeAR *train* split: every word that annotators marked as part of a Cue span at least MIN_CUE
times and in at least MIN_RATIO of its occurrences in the train texts outside quotation marks (Lede looks
for cues only there). With --weak it writes the words below that ratio but at least WEAK_RATIO
(weak-cue-verbs.tsv), which Lede takes as cues only with a named or pronoun subject or a that-clause.
Only words and counts are written, never text.
Usage: scripts/derive_cue_verbs.py /work/shared/data/attribution/polnear/train [--weak] > cue-verbs.tsv
"""
import collections
import glob
import os
import re
import sys

MIN_CUE = 6
MIN_RATIO = 0.33
WEAK_RATIO = 0.22
WORD = re.compile(r"[A-Za-z]+")
QUOTATION = re.compile(r'[\u201c"][^\u201d"\n]*[\u201d"]')
# Function words that sit inside multi-word cues ("has said", "according to") but cue nothing alone.
FUNCTION = {"to", "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "of", "on", "about",
            "in", "for", "with", "a", "an", "the", "that", "it", "not", "did", "does", "will", "would", "s", "t",
            "statement", "according", "interview", "known", "clear", "repeatedly", "publicly", "widely"}
# Nouns, adjectives and adverbs among frequent cue words: Lede has no tagger, and read as a verb after a noun
# phrase they frame nonsense ("the snarky criticism, sources said"). Phrases with them are left to later work.
NOT_VERBS = {"criticism", "allegations", "complaints", "assertion", "suggestion", "chants", "views", "opposition",
             "concern", "aware", "eager", "quick", "skeptical", "confident", "concerned", "convinced",
             "determined", "previously", "strongly", "formally", "initially", "privately", "officially", "openly",
             "reportedly", "interest", "comments"}


def main(train, weak):
    cue = collections.Counter()
    total = collections.Counter()
    # One annotation file per article (the first annotator id), as the evaluation does.
    chosen = {}
    for path in sorted(glob.glob(os.path.join(train, "attributions", "*.ann"))):
        article = os.path.basename(path).rsplit("_", 1)[0]
        chosen.setdefault(article, path)
    for article in chosen:
        with open(os.path.join(train, "text", article + ".txt"), encoding="utf-8") as f:
            total.update(w.lower() for w in WORD.findall(QUOTATION.sub(" ", f.read())))
    for path in chosen.values():
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[0].startswith("T") and parts[1].startswith("Cue "):
                    cue.update(w.lower() for w in WORD.findall(parts[2]))
    low, high = (WEAK_RATIO, MIN_RATIO) if weak else (MIN_RATIO, float("inf"))
    print("# word\tcue_count\ttext_count  (derived from PolNeAR train by scripts/derive_cue_verbs.py"
          + (" --weak)" if weak else ")"))
    for word, n in sorted(cue.items(), key=lambda item: (-item[1], item[0])):
        ratio = n / max(total[word], 1)
        if n >= MIN_CUE and word not in FUNCTION and word not in NOT_VERBS and low <= ratio < high:
            print(f"{word}\t{n}\t{total[word]}")


if __name__ == "__main__":
    main(sys.argv[1], "--weak" in sys.argv[2:])
