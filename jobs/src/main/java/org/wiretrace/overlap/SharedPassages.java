package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.col;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.DOC_ID;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.Columns;
import org.wiretrace.text.Words;

/** Passages shared by pairs of documents: the plain-Java {@link PassageAligner} on each pair's two texts. */
final class SharedPassages {
  static final String A_WORD_BEGIN = "a_word_begin";
  static final String A_WORD_END = "a_word_end";
  static final String B_WORD_BEGIN = "b_word_begin";
  static final String B_WORD_END = "b_word_end";
  /** The published columns plus the word ranges, which {@link SourceOverlap} measures coverage with. */
  static final StructType ALIGNED_SCHEMA = PassagesTable.SCHEMA
      .add(A_WORD_BEGIN, DataTypes.IntegerType, false)
      .add(A_WORD_END, DataTypes.IntegerType, false)
      .add(B_WORD_BEGIN, DataTypes.IntegerType, false)
      .add(B_WORD_END, DataTypes.IntegerType, false);

  private SharedPassages() {}

  /** The passages of the pairs (doc_a, doc_b), in {@link #ALIGNED_SCHEMA}. */
  static Dataset<Row> aligned(Dataset<Row> pairs, Dataset<Row> documents, PassageAligner aligner) {
    Dataset<Row> a = documents.select(col(DOC_ID).as(DOC_A), col(Columns.TEXT).as("text_a"));
    Dataset<Row> b = documents.select(col(DOC_ID).as(DOC_B), col(Columns.TEXT).as("text_b"));
    return pairs.select(DOC_A, DOC_B).join(a, DOC_A).join(b, DOC_B)
        .select(DOC_A, "text_a", DOC_B, "text_b")
        .flatMap((FlatMapFunction<Row, Row>) pair -> align(aligner, pair).iterator(), Encoders.row(ALIGNED_SCHEMA));
  }

  private static List<Row> align(PassageAligner aligner, Row pair) {
    String textA = pair.getString(1);
    List<Row> rows = new ArrayList<>();
    for (PassageAligner.Passage p : aligner.align(Words.of(textA), Words.of(pair.getString(3)))) {
      String text = textA.substring(textA.offsetByCodePoints(0, p.aBegin()), textA.offsetByCodePoints(0, p.aEnd()));
      rows.add(RowFactory.create(pair.getString(0), p.aBegin(), p.aEnd(), pair.getString(2), p.bBegin(), p.bEnd(),
          p.words(), text, p.aWordBegin(), p.aWordEnd(), p.bWordBegin(), p.bWordEnd()));
    }
    return rows;
  }
}
