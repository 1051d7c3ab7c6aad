package org.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a {@code lede/1} document, derived from the contract's own JSON Schema (which
 * lede-core carries): every run writes the same columns, whether or not its articles happen to have an
 * author or a quote, and a layer added to the contract (events, frames) becomes columns with no change here.
 * Objects become structs, arrays arrays, integers longs; a construct the translation does not know is kept
 * as a string column holding that part's JSON, so nothing in a document is lost.
 */
final class ContractSchema {
    static final String RESOURCE = "org/lede/schema/lede-1.schema.json";

    private ContractSchema() {
    }

    static StructType of() {
        try (InputStream in = ContractSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return (StructType) type(root, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataType type(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            return type(resolve(node.get("$ref").asText(), root), root);
        }
        if (node.has("oneOf") || node.has("anyOf")) {
            // A nullable choice ({null, X}) is X: every Spark column may hold null.
            for (JsonNode option : node.has("oneOf") ? node.get("oneOf") : node.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return type(option, root);
                }
            }
        }
        if (node.has("enum") || node.has("const")) {
            return DataTypes.StringType;
        }
        String name = typeName(node.get("type"));
        return switch (name == null ? "" : name) {
            case "object" -> {
                StructType struct = new StructType();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.path("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    struct = struct.add(field.getKey(), type(field.getValue(), root));
                }
                yield struct.fields().length == 0 ? DataTypes.StringType : struct;
            }
            case "array" -> DataTypes.createArrayType(node.has("items") ? type(node.get("items"), root)
                    : DataTypes.StringType);
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }

    /** The one non-null type a {@code type} keyword names ("string", or ["string", "null"]). */
    private static String typeName(JsonNode type) {
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
            return null;
        }
        return type.asText();
    }

    /** A local reference such as {@code #/$defs/excerpt}. */
    private static JsonNode resolve(String reference, JsonNode root) {
        JsonNode node = root;
        for (String part : reference.replaceFirst("^#/", "").split("/")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException(RESOURCE + ": unresolved reference " + reference);
        }
        return node;
    }
}
