package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;

/**
 * One speaker_id per person across documents ({@link NameVariants}: names are compared within blocks of similar
 * surnames, never across the whole corpus), and per organisation or kind of anonymous source
 * ({@link QuoteText#speakerKey}). Adds {@code speaker_id} and {@code canonical} (the name the speakers table shows).
 * Up to {@value #DRIVER_NAMES} distinct names of people (most corpora's) are compared in the driver after one Spark
 * job; more in Spark, block by block.
 */
final class SpeakerIds {
  static final String CANONICAL = "canonical";
  /** A few MB of names in the driver. */
  static final int DRIVER_NAMES = 100_000;
  private static final StructType NAMES = new StructType()
      .add("_name", DataTypes.StringType, false)
      .add(CANONICAL, DataTypes.StringType, false);

  private static final UserDefinedFunction BLOCK =
      udf((UDF1<String, String>) NameVariants::block, DataTypes.StringType);
  private static final UserDefinedFunction KEY = udf(
      (UDF2<String, String, String>) QuoteText::speakerKey, DataTypes.StringType);

  private SpeakerIds() {}

  static Dataset<Row> assign(Dataset<Row> found) {
    return assign(found, DRIVER_NAMES);
  }

  /** As {@link #assign(Dataset)}, comparing names in the driver only up to {@code driverNames} of them. */
  static Dataset<Row> assign(Dataset<Row> found, int driverNames) {
    // Counted per name first: a block then holds each name once, however often it was quoted.
    Dataset<Row> counts = found.filter(isPerson()).groupBy(QuotesTable.SPEAKER).count();
    List<Row> few = counts.limit(driverNames + 1).collectAsList();
    return withCanonical(found, few.size() > driverNames ? inSpark(counts) : inDriver(found, few));
  }

  /** As {@link #assign(Dataset)}, given every name of a person quoted with its number of quotations, (name, count). */
  static Dataset<Row> assign(Dataset<Row> found, List<Row> counts) {
    return withCanonical(found, inDriver(found, counts));
  }

  /** The name of a person quoted, null for any other speaker. */
  static Column personName() {
    return when(isPerson(), col(QuotesTable.SPEAKER));
  }

  private static Column isPerson() {
    return col(QuotesTable.SPEAKER_TYPE).equalTo(Speaker.PERSON);
  }

  private static Dataset<Row> withCanonical(Dataset<Row> found, Dataset<Row> canonical) {
    Dataset<Row> joined = found.join(canonical, found.col(QuotesTable.SPEAKER).equalTo(canonical.col("_name"))
        .and(isPerson()), "left").drop("_name");
    Column name = coalesce(col(CANONICAL), col(QuotesTable.SPEAKER));
    Column key = KEY.apply(col(QuotesTable.SPEAKER_TYPE), name);
    return joined
        .withColumn(CANONICAL, when(col(QuotesTable.SPEAKER).isNotNull(), name))
        .withColumn(Columns.SPEAKER_ID, when(col(QuotesTable.SPEAKER).isNotNull(), hash16(key)));
  }

  /** (name, canonical) for the names of people with their numbers of quotations, (name, count), block by block. */
  private static Dataset<Row> inSpark(Dataset<Row> counts) {
    return counts.groupBy(BLOCK.apply(col(QuotesTable.SPEAKER)))
        .agg(collect_list(struct(col(QuotesTable.SPEAKER), col("count"))))
        .flatMap((FlatMapFunction<Row, Row>) r -> canonicalNames(r.getList(1)), Encoders.row(NAMES));
  }

  /** As {@link #inSpark}, for names collected to the driver. */
  private static Dataset<Row> inDriver(Dataset<Row> found, List<Row> counts) {
    Map<String, List<Row>> blocks = new HashMap<>();
    counts.forEach(named -> blocks.computeIfAbsent(NameVariants.block(named.getString(0)), b -> new ArrayList<>())
        .add(named));
    List<Row> names = new ArrayList<>();
    blocks.values().forEach(block -> canonicalNames(block).forEachRemaining(names::add));
    return found.sparkSession().createDataFrame(names, NAMES);
  }

  /** 16 hex digits of SHA-256: stable across runs and task retries. */
  static Column hash16(Column value) {
    return substring(sha2(value, 256), 1, 16);
  }

  /** The names of one block with their numbers of quotations, (name, count), to rows (name, canonical). */
  private static Iterator<Row> canonicalNames(List<Row> said) {
    Map<String, Long> counts = new HashMap<>();
    said.forEach(named -> counts.put(named.getString(0), named.getLong(1)));
    List<Row> out = new ArrayList<>();
    NameVariants.canonical(counts).forEach((name, canonical) -> out.add(RowFactory.create(name, canonical)));
    return out.iterator();
  }
}
