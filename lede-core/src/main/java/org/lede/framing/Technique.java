package org.lede.framing;

import java.util.Arrays;
import java.util.List;

/**
 * The 14 persuasion techniques of SemEval-2020 Task 11 (the Propaganda Techniques Corpus, with its rare
 * techniques merged into groups as the task did). {@link #label()} is the name the task's files use.
 */
public enum Technique {
    LOADED_LANGUAGE("Loaded_Language"),
    NAME_CALLING("Name_Calling,Labeling"),
    REPETITION("Repetition"),
    EXAGGERATION("Exaggeration,Minimisation"),
    DOUBT("Doubt"),
    APPEAL_TO_FEAR("Appeal_to_fear-prejudice"),
    FLAG_WAVING("Flag-Waving"),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification"),
    SLOGANS("Slogans"),
    APPEAL_TO_AUTHORITY("Appeal_to_Authority"),
    BLACK_AND_WHITE("Black-and-White_Fallacy"),
    THOUGHT_TERMINATING_CLICHE("Thought-terminating_Cliches"),
    WHATABOUTISM("Whataboutism,Straw_Men,Red_Herring"),
    BANDWAGON("Bandwagon,Reductio_ad_hitlerum");

    private static final List<Technique> ALL = List.of(values());

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<Technique> all() {
        return ALL;
    }

    public static List<String> labels() {
        return ALL.stream().map(Technique::label).toList();
    }

    /** The technique a task file names. */
    public static Technique ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown technique '" + label + "'; expected one of "
                        + labels()));
    }
}
