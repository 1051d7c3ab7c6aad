package org.lede.model;

/**
 * A stretch of text that uses a persuasion technique (one of the 14 of SemEval-2020 Task 11). A claim about
 * how the text argues, never about whether what it says of anyone is true.
 *
 * @param technique the technique's name as the task writes it, e.g. "Loaded_Language"
 * @param score     the model's confidence in the technique, 0 to 1 (1 for the rule that counts repeated labels)
 * @param target    the entity the stretch speaks of (one of its mentions lies in it), or null
 */
public record Frame(String technique, int start, int end, String text, double score, String target)
        implements Span {
}
