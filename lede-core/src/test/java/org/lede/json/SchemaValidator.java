package org.lede.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates documents against docs/schema/lede-1.schema.json, the very file the build copies to the classpath. */
public final class SchemaValidator {
    private static final JsonSchema SCHEMA = load();

    private SchemaValidator() {
    }

    /** The schema violations of a document, one line each; empty when it conforms. */
    public static Set<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/org/lede/schema/lede-1.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema lede-1.schema.json is not on the test classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
