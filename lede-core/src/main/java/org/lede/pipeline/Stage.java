package org.lede.pipeline;

import org.lede.model.Analysis;

/**
 * One step of the analysis: reads the layers earlier stages set and returns the analysis with its own
 * layer added. A stage is built once (models loaded in its constructor or factory) and must be safe to
 * call from many threads at once, so it keeps no per-article state in fields.
 */
public interface Stage {

    Analysis process(Analysis analysis);

    /** A short name for progress, errors and benchmarks. */
    default String name() {
        return getClass().getSimpleName();
    }
}
