package org.wiretrace.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * One CSV file to raw records, read as a stream: its first record is its header (each file has its own, so files
 * whose columns differ in order, case or spacing are each read right), every later record a row. A row whose field
 * count differs from the header's, or whose quotation mark never closes, is a {@code malformed_row}; a file with no
 * rows is one {@code empty} reject.
 */
final class CsvFile {
  /** A record larger than a text file may be is not an article (and would not fit in memory whole). */
  static final long MAX_RECORD_BYTES = TextFilesReader.MAX_BYTES;

  private CsvFile() {}

  /** The column names of the file's header, decoded; empty for an empty file. */
  static List<String> header(InputStream in) {
    CsvParser.Record header = new CsvParser(in, MAX_RECORD_BYTES).next();
    return header == null || header.problem() != CsvParser.Problem.NONE ? List.of() : names(header);
  }

  /** The records of the file at {@code path}, read lazily from {@code in}, which is closed at the end. */
  static Iterator<Row> toRaw(String path, InputStream in, ColumnMapping mapping) {
    CsvParser parser = new CsvParser(in, MAX_RECORD_BYTES);
    CsvParser.Record header = parser.next();
    if (header == null || header.problem() != CsvParser.Problem.NONE) {
      close(in);
      String detail = header == null
          ? (parser.bytesRead() == 0 ? "0 bytes" : "blank lines only")
          : "the header " + problem(header) + ": " + excerpt(header);
      return List.of(RawArticles.reject(path, null, header == null ? RejectsTable.EMPTY : reason(header), detail))
          .iterator();
    }
    List<String> names = names(header);
    ColumnMapping found = mapping.find(names);
    return new Iterator<>() {
      private int row;
      private boolean done;
      private Row next = advance();

      private Row advance() {
        CsvParser.Record record = done ? null : parser.next();
        if (record == null) {
          close(in);
          boolean headerOnly = !done && row == 0;
          done = true;
          return headerOnly ? RawArticles.reject(path, null, RejectsTable.EMPTY, "a header and no rows") : null;
        }
        return toRaw(path, ++row, record, names, found);
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Row current = next;
        next = advance();
        return current;
      }
    };
  }

  static Row toRaw(String path, int row, CsvParser.Record record, List<String> names, ColumnMapping found) {
    if (record.problem() != CsvParser.Problem.NONE) {
      return RawArticles.reject(path, row, reason(record), "the row " + problem(record) + ": " + excerpt(record));
    }
    if (record.fields().size() != names.size()) {
      return RawArticles.reject(path, row, RejectsTable.MALFORMED_ROW, record.fields().size() + " fields, the header "
          + "has " + names.size() + ": " + excerpt(record));
    }
    if (found.text() == null) {
      return RawArticles.reject(path, row, RejectsTable.EMPTY,
          "no text column (columns: " + String.join(", ", names) + ")");
    }
    return RawArticles.row(path, row, field(record, names, found.id()), field(record, names, found.text()),
        field(record, names, found.title()), field(record, names, found.source()), field(record, names, found.url()),
        field(record, names, found.date()), null, false, null, null);
  }

  private static String field(CsvParser.Record record, List<String> names, String column) {
    if (column == null) {
      return null;
    }
    byte[] bytes = record.fields().get(names.indexOf(column));
    return bytes == null ? null : TextDecoder.utf8(bytes);
  }

  private static List<String> names(CsvParser.Record header) {
    List<String> names = new ArrayList<>();
    for (byte[] field : header.fields()) {
      names.add(field == null ? "" : TextDecoder.utf8(field));
    }
    return names;
  }

  private static String reason(CsvParser.Record record) {
    return record.problem() == CsvParser.Problem.TOO_LARGE ? RejectsTable.TOO_LARGE : RejectsTable.MALFORMED_ROW;
  }

  private static String problem(CsvParser.Record record) {
    return switch (record.problem()) {
      case UNCLOSED_QUOTE -> "has a quotation mark that never closes, so it runs to the end of the file";
      case TOO_LARGE -> "is over " + MAX_RECORD_BYTES + " bytes";
      case NONE -> "";
    };
  }

  private static String excerpt(CsvParser.Record record) {
    return JsonLines.excerpt(TextDecoder.utf8(record.head()));
  }

  private static void close(Closeable in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
