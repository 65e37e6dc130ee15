package org.wiretrace.terms;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.DoubleType;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.wiretrace.Columns;

/** The {@code collocations} step of the terms stage: bigrams of the {@code terms} table with their association. */
final class Collocations {
  private static final UserDefinedFunction PMI =
      udf((UDF4<Long, Long, Long, Long, Double>) Association::pmi, DoubleType);
  private static final UserDefinedFunction LLR =
      udf((UDF4<Long, Long, Long, Long, Double>) Association::llr, DoubleType);
  private static final UserDefinedFunction T = udf((UDF4<Long, Long, Long, Long, Double>) Association::t, DoubleType);

  private Collocations() {}

  /** Bigrams seen at least {@code minCount} times; marginals and total over all bigrams (see {@link Association}). */
  static Dataset<Row> of(Dataset<Row> terms, int minCount) {
    Dataset<Row> bigrams = terms.filter(col(TermsTable.N).equalTo(2))
        .select(col(TermsTable.SURFACE), col(TermsTable.CF),
            split(col(Columns.TERM), " ").getItem(0).as("first"),
            split(col(Columns.TERM), " ").getItem(1).as("second"));
    Dataset<Row> firsts = bigrams.groupBy("first").agg(sum(TermsTable.CF).as("c1"));
    Dataset<Row> seconds = bigrams.groupBy("second").agg(sum(TermsTable.CF).as("c2"));
    Dataset<Row> total = bigrams.agg(sum(TermsTable.CF).as("bigrams"));
    Column[] table = {col(TermsTable.CF), col("c1"), col("c2"), col("bigrams")};
    return bigrams.filter(col(TermsTable.CF).geq(minCount))
        .join(firsts, "first")
        .join(seconds, "second")
        .crossJoin(broadcast(total))
        .select(col(TermsTable.SURFACE).as(CollocationsTable.NGRAM), col(TermsTable.CF).as(Columns.COUNT),
            PMI.apply(table).as(CollocationsTable.PMI), LLR.apply(table).as(CollocationsTable.LLR),
            T.apply(table).as(CollocationsTable.T));
  }
}
