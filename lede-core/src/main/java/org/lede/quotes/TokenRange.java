package org.lede.quotes;

/** A run of tokens {@code [first, end)}, as indices into the analysis's token list. */
record TokenRange(int first, int end) {
}
