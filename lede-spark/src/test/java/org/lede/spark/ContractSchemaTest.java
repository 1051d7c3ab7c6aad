package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ContractSchemaTest {

    @Test
    void theContractsJsonSchemaBecomesNestedColumns() {
        StructType schema = ContractSchema.of();

        assertThat(schema.fieldNames()).contains("schema", "article", "sentences", "entities", "quotes", "timex",
                "quantities", "stats");
        StructType article = (StructType) schema.apply("article").dataType();
        assertThat(article.apply("published").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(article.fieldNames()).contains("author", "origin", "language");
        StructType quote = (StructType) ((ArrayType) schema.apply("quotes").dataType()).elementType();
        assertThat(quote.apply("start").dataType()).as("$ref to an integer").isEqualTo(DataTypes.LongType);
        assertThat(quote.apply("direct").dataType()).isEqualTo(DataTypes.BooleanType);
        assertThat(quote.apply("cue").dataType()).as("oneOf null or an excerpt").isInstanceOf(StructType.class);
        StructType entity = (StructType) ((ArrayType) schema.apply("entities").dataType()).elementType();
        assertThat(entity.apply("type").dataType()).as("an enum").isEqualTo(DataTypes.StringType);
    }
}
