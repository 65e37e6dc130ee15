package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.struct;
import static org.wiretrace.Columns.columns;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Columns;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;
import org.wiretrace.ingest.DocumentsTable;

/**
 * Stage {@code quotes}: quotations with cue and speaker, speakers across documents, quote clusters and the variants
 * of each quotation carried more than once.
 */
public final class Quotes implements Stage {
  private static final StructType FOUND_WITH_DOCUMENT = QuotesTable.FOUND_SCHEMA
      .add(Columns.SOURCE, DataTypes.StringType, true)
      .add(Columns.PUBLISHED_AT, DataTypes.TimestampNTZType, true);
  private static final String REPEATED = "_repeated";

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public List<String> needs() {
    return List.of(DocumentsTable.NAME);
  }

  @Override
  public List<String> writes() {
    return List.of(QuotesTable.NAME, SpeakersTable.NAME, QuoteClustersTable.NAME, QuoteVariantsTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    Dataset<Row> documents = context.table(DocumentsTable.NAME);
    RuleFailures failures = RuleFailures.register(context.spark());
    Dataset<Row> found = found(documents, failures, DocumentQuotes::find).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> quotes = identified(found).persist(StorageLevel.MEMORY_AND_DISK());
    context.write(QuotesTable.NAME, quotes.select(columns(QuotesTable.SCHEMA)));
    found.unpersist();
    String warning = failures.warning();
    if (warning != null) {
      context.warn(warning);
    }
    context.write(SpeakersTable.NAME, speakers(quotes));
    context.write(QuoteClustersTable.NAME, clusters(quotes));
    context.write(QuoteVariantsTable.NAME, variants(quotes));
    quotes.unpersist();
  }

  /**
   * Every quotation of the documents ({@link QuotesTable#FOUND_SCHEMA}), document by document, with the document's
   * source and published_at carried along for the speakers and clusters tables (saves joining documents again). A
   * document on which {@code extraction} throws has none, and is counted in {@code failures}.
   */
  static Dataset<Row> found(Dataset<Row> documents, RuleFailures failures, Extraction extraction) {
    return documents.select(Columns.DOC_ID, Columns.TEXT, Columns.SOURCE, Columns.PUBLISHED_AT)
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> extract(rows, failures, extraction),
            Encoders.row(FOUND_WITH_DOCUMENT));
  }

  /** The plain-Java extraction of one text: {@link DocumentQuotes#find}, or in a test a rule that fails. */
  interface Extraction extends Serializable {
    List<DocumentQuotes.Found> find(String text);
  }

  /**
   * Found quotations with speaker, cluster and quote ids, relation and word edits to their cluster's full form, plus
   * the canonical speaker name; reads them twice.
   */
  public static Dataset<Row> identified(Dataset<Row> found) {
    Optional<DriverSets> few = DriverSets.collect(found, SpeakerIds.DRIVER_NAMES, QuoteClusters.DRIVER_FORMS);
    Dataset<Row> identified = few.map(sets -> SpeakerIds.assign(found, sets.names()))
        .orElseGet(() -> SpeakerIds.assign(found));
    Dataset<Row> clustered = few.map(sets -> QuoteClusters.assign(identified, sets.forms()))
        .orElseGet(() -> QuoteClusters.assign(identified));
    Column quoteId = SpeakerIds.hash16(concat_ws(":", col(Columns.DOC_ID), col(QuotesTable.BEGIN),
        col(QuotesTable.END), col(QuotesTable.KIND)));
    return clustered.withColumn(QuotesTable.QUOTE_ID, quoteId);
  }

  /** Thin wrapper: the plain-Java extraction, one document at a time (a partition is never held whole). */
  private static Iterator<Row> extract(Iterator<Row> documents, RuleFailures failures, Extraction extraction) {
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          Row doc = documents.next();
          List<Row> rows = new ArrayList<>();
          for (DocumentQuotes.Found f : failures.apply(doc.getString(0), doc.getString(1), extraction::find)) {
            rows.add(RowFactory.create(doc.getString(0), f.begin(), f.end(), f.text(), f.kind(), f.cue(),
                f.cueBegin(), f.cueEnd(), f.mention(), f.mentionBegin(), f.mentionEnd(), f.speaker(),
                f.speakerType(), f.speakerOrg(), f.speakerRule(), f.speakerConfidence(), doc.get(2), doc.get(3)));
          }
          current = rows.iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  static Dataset<Row> speakers(Dataset<Row> quotes) {
    return quotes.filter(col(Columns.SPEAKER_ID).isNotNull())
        .groupBy(Columns.SPEAKER_ID)
        .agg(mode(col(SpeakerIds.CANONICAL), true).as(SpeakersTable.NAME_COLUMN),
            array_sort(collect_set(col(QuotesTable.SPEAKER))).as(SpeakersTable.VARIANTS),
            count("*").cast("int").as(SpeakersTable.N_QUOTES),
            size(collect_set(col(Columns.DOC_ID))).as(Columns.N_DOCS),
            array_sort(collect_set(col(Columns.SOURCE))).as(SpeakersTable.SOURCES))
        .select(columns(SpeakersTable.SCHEMA));
  }

  /**
   * One row per cluster: its text is the longest written form of its full form (the longest form, to which every
   * other is exact, truncated or altered); drift when its quotations name more than one speaker.
   */
  static Dataset<Row> clusters(Dataset<Row> quotes) {
    Column fullFirst = struct(col(QuoteVariantsTable.RELATION).equalTo(QuoteVariantsTable.EXACT),
        length(col(Columns.TEXT)), col(Columns.TEXT));
    Column speakers = size(collect_set(col(Columns.SPEAKER_ID)));
    return quotes.groupBy(Columns.CLUSTER_ID)
        .agg(max_by(col(Columns.TEXT), fullFirst).as(Columns.TEXT),
            size(collect_set(col(Columns.DOC_ID))).as(Columns.N_DOCS),
            size(collect_set(col(Columns.SOURCE))).as(Columns.N_SOURCES),
            min(col(Columns.PUBLISHED_AT)).as(Columns.FIRST_PUBLISHED),
            mode(col(Columns.SPEAKER_ID), true).as(Columns.SPEAKER_ID),
            speakers.as(QuoteClustersTable.N_SPEAKERS),
            speakers.gt(1).as(QuoteClustersTable.DRIFT))
        .select(columns(QuoteClustersTable.SCHEMA));
  }

  /** The quotations of clusters carried more than once (a single quotation is only its own exact form). */
  static Dataset<Row> variants(Dataset<Row> quotes) {
    // A count over a window of the cluster: one shuffle, where counting and joining back took two.
    return quotes.withColumn(REPEATED, count("*").over(Window.partitionBy(Columns.CLUSTER_ID)).gt(1))
        .filter(col(REPEATED))
        .select(columns(QuoteVariantsTable.SCHEMA));
  }
}
