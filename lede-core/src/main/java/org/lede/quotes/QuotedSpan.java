package org.lede.quotes;

/**
 * Words in quotation marks, as token indices: the opening mark starts at {@code open}, the content is
 * {@code [first, end)}, the closing mark is {@code [end, closeEnd)} (a mark is one {@code "} token or two
 * {@code '} tokens, as some papers write it). A quote that runs over paragraphs has the reopening marks
 * inside its content.
 */
record QuotedSpan(int open, int first, int end, int closeEnd) {
}
