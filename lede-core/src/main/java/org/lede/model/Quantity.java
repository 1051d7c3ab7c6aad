package org.lede.model;

/**
 * A number or vague amount with its bounds and the noun it counts.
 * "at least one person" has min 1 and no max; "dozens of others" min 24; "some 3,000" min and max 3000
 * with {@code approximate} set.
 *
 * @param min  lower bound, or null when the text gives none
 * @param max  upper bound, or null when the text gives none
 * @param unit the noun counted ("person", "people", "troops"), or null
 */
public record Quantity(int start, int end, String text, Double min, Double max, String unit,
                       boolean approximate) implements Span {
}
