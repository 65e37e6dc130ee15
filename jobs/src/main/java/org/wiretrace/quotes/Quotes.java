package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;
import org.wiretrace.ingest.DocumentsTable;

/** Stage {@code quotes}: quotations with cue and speaker, speakers across documents, and quote clusters. */
public final class Quotes implements Stage {

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
    return List.of(QuotesTable.NAME, SpeakersTable.NAME, QuoteClustersTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    Dataset<Row> documents = context.table(DocumentsTable.NAME);
    Dataset<Row> quotes = quotes(documents).persist(StorageLevel.MEMORY_AND_DISK());
    context.write(QuotesTable.NAME, quotes.select(columns(QuotesTable.SCHEMA.fieldNames())));
    Dataset<Row> withSources = quotes.join(documents.select(DocumentsTable.DOC_ID, DocumentsTable.SOURCE,
        DocumentsTable.PUBLISHED_AT), QuotesTable.DOC_ID);
    context.write(SpeakersTable.NAME, speakers(withSources));
    context.write(QuoteClustersTable.NAME, clusters(withSources));
    quotes.unpersist();
  }

  /** Every quotation of the documents with speaker and cluster ids, plus the canonical speaker name. */
  public static Dataset<Row> quotes(Dataset<Row> documents) {
    Dataset<Row> found = documents.select(DocumentsTable.DOC_ID, DocumentsTable.TEXT)
        .mapPartitions((MapPartitionsFunction<Row, Row>) Quotes::extract, Encoders.row(QuotesTable.FOUND_SCHEMA));
    Dataset<Row> identified = SpeakerIds.assign(found);
    Column quoteId = SpeakerIds.hash16(concat_ws(":", col(QuotesTable.DOC_ID), col(QuotesTable.BEGIN),
        col(QuotesTable.END), col(QuotesTable.KIND)));
    return QuoteClusters.assign(identified).withColumn(QuotesTable.QUOTE_ID, quoteId);
  }

  /** Thin wrapper: the plain-Java extraction, one document at a time (a partition is never held whole). */
  private static Iterator<Row> extract(Iterator<Row> documents) {
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          Row doc = documents.next();
          List<Row> rows = new ArrayList<>();
          for (DocumentQuotes.Found f : DocumentQuotes.find(doc.getString(1))) {
            rows.add(RowFactory.create(doc.getString(0), f.begin(), f.end(), f.text(), f.kind(), f.cue(),
                f.cueBegin(), f.cueEnd(), f.mention(), f.mentionBegin(), f.mentionEnd(), f.speaker(),
                f.speakerType()));
          }
          current = rows.iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  static Dataset<Row> speakers(Dataset<Row> quotes) {
    return quotes.filter(col(QuotesTable.SPEAKER_ID).isNotNull())
        .groupBy(QuotesTable.SPEAKER_ID)
        .agg(mode(col(SpeakerIds.CANONICAL), true).as(SpeakersTable.NAME_COLUMN),
            array_sort(collect_set(col(QuotesTable.SPEAKER))).as(SpeakersTable.VARIANTS),
            count("*").cast("int").as(SpeakersTable.N_QUOTES),
            count_distinct(col(QuotesTable.DOC_ID)).cast("int").as(SpeakersTable.N_DOCS),
            array_sort(collect_set(col(DocumentsTable.SOURCE))).as(SpeakersTable.SOURCES))
        .select(columns(SpeakersTable.SCHEMA.fieldNames()));
  }

  static Dataset<Row> clusters(Dataset<Row> quotes) {
    return quotes.groupBy(QuotesTable.CLUSTER_ID)
        .agg(max_by(col(QuotesTable.TEXT), struct(length(col(QuotesTable.TEXT)), col(QuotesTable.TEXT)))
                .as(QuoteClustersTable.TEXT),
            count_distinct(col(QuotesTable.DOC_ID)).cast("int").as(QuoteClustersTable.N_DOCS),
            count_distinct(col(DocumentsTable.SOURCE)).cast("int").as(QuoteClustersTable.N_SOURCES),
            min(col(DocumentsTable.PUBLISHED_AT)).as(QuoteClustersTable.FIRST_PUBLISHED),
            mode(col(QuotesTable.SPEAKER_ID), true).as(QuoteClustersTable.SPEAKER_ID))
        .select(columns(QuoteClustersTable.SCHEMA.fieldNames()));
  }

  private static Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
