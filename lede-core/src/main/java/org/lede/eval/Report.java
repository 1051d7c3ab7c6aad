package org.lede.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a {@code lede eval …} command prints: a table for people, one JSON object for scripts. */
public interface Report {

    String toText();

    /** One object with at least {@code name, precision, recall, f1, by_type}. */
    ObjectNode toJson(ObjectMapper mapper);
}
