package org.lede.eval;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give.
 * Empty denominators give 0, as conlleval does.
 */
public record Counts(double truePositives, double falsePositives, double falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        double predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : truePositives / predicted;
    }

    public double recall() {
        double gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
