package org.wiretrace.tools.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wiretrace.OutputLayout;
import org.wiretrace.tools.ToolSpark;

/**
 * Recall of a synthetic corpus's planted ground truth ({@link CorpusWriter}) in wiretrace's tables:
 * {@code PlantedRecall OUTPUT TRUTH_DIR} prints one line per measure: name, recall, found, planted.
 * <ul>
 *   <li>quotes: a planted quotation is found when a {@code quotes} row of the same document covers it with an
 *       overlap of at least 80% of the union of the two code-point ranges (the rule of scripts/eval-quotes);
 *       quotes_speaker also needs the row's {@code speaker} to equal the planted name.
 *   <li>doc_pairs: the (original, copy) pair is a row of {@code doc_pairs}.
 *   <li>passages: a {@code passages} row of that pair covers at least half of the copied range in the copy.
 * </ul>
 * A measure whose table is not in the output prints n/a.
 */
public final class PlantedRecall {
  private PlantedRecall() {}

  /** found/planted; found is null when the table the measure reads is not in the output. */
  public record Measure(String name, Long found, long planted) {
    @Override
    public String toString() {
      if (found == null) {
        return name + "\tn/a\t\t" + planted;
      }
      return String.format("%s\t%.3f\t%d\t%d", name, planted == 0 ? 0.0 : (double) found / planted, found, planted);
    }
  }

  public static List<Measure> measure(SparkSession spark, String output, String truth) {
    OutputLayout layout = new OutputLayout(spark, output);
    List<Measure> out = new ArrayList<>();
    Dataset<Row> planted = spark.read().json(truth + "/quotes.jsonl").filter(col("doc_id").isNotNull());
    if (layout.tables().contains("quotes")) {
      planted.createOrReplaceTempView("planted_quotes");
      spark.read().parquet(layout.tablePath("quotes")).createOrReplaceTempView("quotes");
      Row r = spark.sql("WITH m AS (SELECT p.doc_id, p.begin, p.speaker AS planted_speaker, q.speaker,"
          + "   (least(q.`end`, p.`end`) - greatest(q.begin, p.begin))"
          + "   / (greatest(q.`end`, p.`end`) - least(q.begin, p.begin)) AS iou"
          + " FROM planted_quotes p LEFT JOIN quotes q"
          + "   ON q.doc_id = p.doc_id AND q.begin < p.`end` AND p.begin < q.`end`)"
          + " SELECT count(*), count_if(best >= 0.8), count_if(named >= 0.8)"
          + " FROM (SELECT max(iou) AS best, max(CASE WHEN speaker = planted_speaker THEN iou END) AS named"
          + "   FROM m GROUP BY doc_id, begin)").first();
      out.add(new Measure("quotes", r.getLong(1), r.getLong(0)));
      out.add(new Measure("quotes_speaker", r.getLong(2), r.getLong(0)));
    } else {
      long n = planted.count();
      out.add(new Measure("quotes", null, n));
      out.add(new Measure("quotes_speaker", null, n));
    }
    Dataset<Row> reuse = spark.read().json(truth + "/reuse.jsonl").filter(col("doc_a").isNotNull())
        .withColumn("lo", expr("least(doc_a, doc_b)")).withColumn("hi", expr("greatest(doc_a, doc_b)"));
    reuse.createOrReplaceTempView("planted_reuse");
    long plantedPairs = reuse.count();
    if (layout.tables().contains("doc_pairs")) {
      spark.read().parquet(layout.tablePath("doc_pairs")).createOrReplaceTempView("doc_pairs");
      long found = spark.sql("SELECT count(*) FROM planted_reuse p LEFT SEMI JOIN doc_pairs d"
          + " ON d.doc_a = p.lo AND d.doc_b = p.hi").first().getLong(0);
      out.add(new Measure("doc_pairs", found, plantedPairs));
    } else {
      out.add(new Measure("doc_pairs", null, plantedPairs));
    }
    if (layout.tables().contains("passages")) {
      spark.read().parquet(layout.tablePath("passages")).createOrReplaceTempView("passages");
      // The copy is doc_b of the truth; in passages it is doc_a or doc_b, whichever sorts so.
      long found = spark.sql("SELECT count(*) FROM planted_reuse p LEFT SEMI JOIN passages s"
          + " ON s.doc_a = p.lo AND s.doc_b = p.hi AND"
          + " (CASE WHEN s.doc_a = p.doc_b THEN least(s.a_end, p.b_end) - greatest(s.a_begin, p.b_begin)"
          + "  ELSE least(s.b_end, p.b_end) - greatest(s.b_begin, p.b_begin) END) >= 0.5 * (p.b_end - p.b_begin)")
          .first().getLong(0);
      out.add(new Measure("passages", found, plantedPairs));
    } else {
      out.add(new Measure("passages", null, plantedPairs));
    }
    return out;
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PlantedRecall OUTPUT TRUTH_DIR");
      System.exit(2);
    }
    SparkSession spark = ToolSpark.session("wiretrace-bench");
    measure(spark, args[0], args[1]).forEach(System.out::println);
    spark.stop();
  }
}
