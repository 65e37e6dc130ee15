package org.wiretrace.terms;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.wiretrace.Columns.columns;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Columns;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.text.TermAnalyzer;

/** Stage {@code terms}: term frequencies and TF-IDF, distinctive terms per source, collocations. */
public final class Terms implements Stage {
  private static final String SURFACES = "surfaces";
  /** What the per-document analysis yields: a term's frequency in one document, and its surface forms there. */
  static final StructType PER_DOCUMENT = new StructType()
      .add(Columns.DOC_ID, StringType, false)
      .add(Columns.SOURCE, StringType, true)
      .add(Columns.TERM, StringType, false)
      .add(TermsTable.N, IntegerType, false)
      .add(DocTermsTable.TF, IntegerType, false)
      .add(SURFACES, createArrayType(new StructType()
          .add(TermsTable.SURFACE, StringType, false)
          .add(Columns.COUNT, IntegerType, false), false), false);

  private static final UserDefinedFunction Z = udf((UDF4<Long, Long, Long, Long, Double>) FightingWords::z, DoubleType);

  private final TermsOptions options;

  public Terms(TermsOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "terms";
  }

  @Override
  public TermsOptions options() {
    return options;
  }

  @Override
  public List<String> needs() {
    return List.of(DocumentsTable.NAME);
  }

  @Override
  public List<String> writes() {
    return List.of(TermsTable.NAME, DocTermsTable.NAME, SourceTermsTable.NAME, CollocationsTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    Dataset<Row> documents = context.table(DocumentsTable.NAME);
    Dataset<Row> perDocument = perDocument(documents).persist(StorageLevel.MEMORY_AND_DISK());
    context.write(TermsTable.NAME, terms(perDocument, context.rows(DocumentsTable.NAME)));
    Dataset<Row> terms = context.table(TermsTable.NAME);
    context.write(DocTermsTable.NAME, docTerms(perDocument, terms));
    context.write(SourceTermsTable.NAME, sourceTerms(perDocument, terms));
    perDocument.unpersist();
    context.write(CollocationsTable.NAME,
        Collocations.of(terms, options.collocationMinCount()));
  }

  /**
   * Every term of every document ({@link #PER_DOCUMENT}), counted inside the document (no shuffle); one analyzer per
   * partition, documents taken one at a time.
   */
  public static Dataset<Row> perDocument(Dataset<Row> documents) {
    return documents.select(Columns.DOC_ID, Columns.SOURCE, Columns.TEXT)
        .mapPartitions((MapPartitionsFunction<Row, Row>) Terms::analyze, Encoders.row(PER_DOCUMENT));
  }

  private static Iterator<Row> analyze(Iterator<Row> documents) {
    TermAnalyzer analyzer = new TermAnalyzer();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, 0), false)
        .flatMap(doc -> DocumentTerms.count(doc.getString(2), analyzer).stream()
            .map(c -> RowFactory.create(doc.getString(0), doc.get(1), c.term(), c.n(), c.tf(), surfaces(c))))
        .iterator();
  }

  private static Row[] surfaces(DocumentTerms.Count count) {
    return count.surfaces().entrySet().stream()
        .map(e -> RowFactory.create(e.getKey(), e.getValue()))
        .toArray(Row[]::new);
  }

  /** The terms table; idf = ln((1 + N) / (1 + df)) + 1 over N documents; surface: most used, then first by name. */
  public static Dataset<Row> terms(Dataset<Row> perDocument, long documents) {
    Dataset<Row> surfaces = perDocument.select(col(Columns.TERM), explode(col(SURFACES)).as("use"))
        .groupBy(col(Columns.TERM), col("use." + TermsTable.SURFACE).as(TermsTable.SURFACE))
        .agg(sum("use." + Columns.COUNT).as("uses"))
        .groupBy(Columns.TERM)
        .agg(min_by(col(TermsTable.SURFACE), struct(col("uses").multiply(-1), col(TermsTable.SURFACE)))
            .as(TermsTable.SURFACE));
    return perDocument.groupBy(Columns.TERM, TermsTable.N)
        .agg(count("*").as(TermsTable.DF), sum(DocTermsTable.TF).as(TermsTable.CF))
        .join(surfaces, Columns.TERM)
        .withColumn(TermsTable.IDF,
            log(lit(1.0 + documents).divide(col(TermsTable.DF).plus(1))).plus(1))
        .select(columns(TermsTable.SCHEMA));
  }

  public static Dataset<Row> docTerms(Dataset<Row> perDocument, Dataset<Row> terms) {
    return perDocument.join(terms.select(Columns.TERM, TermsTable.IDF), Columns.TERM)
        .withColumn(DocTermsTable.TFIDF, col(DocTermsTable.TF).multiply(col(TermsTable.IDF)))
        .select(columns(DocTermsTable.SCHEMA));
  }

  /** Counts per source (documents without a source only count in the rest) and their Fightin' Words z. */
  static Dataset<Row> sourceTerms(Dataset<Row> perDocument, Dataset<Row> terms) {
    Dataset<Row> bySource = perDocument.filter(col(Columns.SOURCE).isNotNull())
        .groupBy(Columns.SOURCE, Columns.TERM, TermsTable.N)
        .agg(sum(DocTermsTable.TF).as(Columns.COUNT));
    Dataset<Row> corpusTotals = terms.groupBy(TermsTable.N).agg(sum(TermsTable.CF).as("corpus_total"));
    // A sum over the window of (source, n), not totals joined back: the join computed bySource's aggregation twice.
    return bySource
        .withColumn("source_total", sum(Columns.COUNT).over(Window.partitionBy(Columns.SOURCE, TermsTable.N)))
        .join(broadcast(corpusTotals), TermsTable.N)
        .join(terms.select(Columns.TERM, TermsTable.CF), Columns.TERM)
        .withColumn(SourceTermsTable.Z, Z.apply(col(Columns.COUNT), col("source_total"),
            col(TermsTable.CF), col("corpus_total")))
        .select(columns(SourceTermsTable.SCHEMA));
  }

}
