package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One speaker_id per person across documents ({@link NameVariants}: names are compared within blocks of similar
 * surnames, never across the whole corpus), and per organisation or kind of anonymous source
 * ({@link QuoteText#speakerKey}). Adds {@code speaker_id} and {@code canonical} (the name the speakers table shows).
 */
final class SpeakerIds {
  static final String CANONICAL = "canonical";
  private static final StructType NAMES = new StructType()
      .add("_name", DataTypes.StringType, false)
      .add(CANONICAL, DataTypes.StringType, false);

  private static final UserDefinedFunction KEY = udf(
      (UDF2<String, String, String>) QuoteText::speakerKey, DataTypes.StringType);

  private SpeakerIds() {}

  static Dataset<Row> assign(Dataset<Row> found) {
    Dataset<Row> people = found.filter(col(QuotesTable.SPEAKER_TYPE).equalTo("person"))
        .groupBy(col(QuotesTable.SPEAKER).as("_name")).count();
    Dataset<Row> canonical = people
        .groupByKey((MapFunction<Row, String>) r -> NameVariants.block(r.getString(0)), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) SpeakerIds::canonicalNames, Encoders.row(NAMES));
    Column person = col(QuotesTable.SPEAKER_TYPE).equalTo("person");
    Dataset<Row> joined = found.join(canonical, found.col(QuotesTable.SPEAKER).equalTo(canonical.col("_name"))
        .and(person), "left").drop("_name");
    Column name = coalesce(col(CANONICAL), col(QuotesTable.SPEAKER));
    Column key = KEY.apply(col(QuotesTable.SPEAKER_TYPE), name);
    return joined
        .withColumn(CANONICAL, when(col(QuotesTable.SPEAKER).isNotNull(), name))
        .withColumn(QuotesTable.SPEAKER_ID, when(col(QuotesTable.SPEAKER).isNotNull(), hash16(key)));
  }

  /** 16 hex digits of SHA-256: stable across runs and task retries. */
  static Column hash16(Column value) {
    return substring(sha2(value, 256), 1, 16);
  }

  private static Iterator<Row> canonicalNames(String block, Iterator<Row> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEachRemaining(r -> counts.put(r.getString(0), r.getLong(1)));
    List<Row> out = new ArrayList<>();
    NameVariants.canonical(counts).forEach((name, canonical) -> out.add(RowFactory.create(name, canonical)));
    return out.iterator();
  }
}
