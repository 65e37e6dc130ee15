package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.TestSpark;

/**
 * A folder of Parquet files whose schemas disagree, through the command line: each file is read by its own columns,
 * a text column of the wrong type makes rejects rather than a failed run, and the run exits 0. The expected rows
 * are worked out by hand from the rows below (the record is the row's ordinal in its file; each folder holds one
 * file).
 */
class HostileParquetTest {
  private static final StructType ID_TITLE_TEXT = new StructType().add("id", DataTypes.StringType)
      .add("title", DataTypes.StringType).add("text", DataTypes.StringType);

  @TempDir
  static Path dir;
  static IngestRun run;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    Path input = Files.createDirectories(dir.resolve("in"));
    write(input, "good", ID_TITLE_TEXT,
        new Object[] {"p01", "Good", "The ministers met in Geneva on Friday."},
        new Object[] {"p02", "Null text", null},
        new Object[] {"p03", "Stray NUL", "The talks\u0000 went on past noon."});
    // Other names, in another order, and a column more: the schema differs from the other files'.
    write(input, "renamed", new StructType().add("Body", DataTypes.StringType).add("ID", DataTypes.StringType)
            .add("Headline", DataTypes.StringType).add("pages", DataTypes.IntegerType),
        new Object[] {"Columns by other names.", "p04", "Renamed", 2},
        new Object[] {"A second record with the first id.", "p01", "Duplicate", 1});
    write(input, "int-text", new StructType().add("id", DataTypes.StringType).add("text", DataTypes.IntegerType),
        new Object[] {"p05", 42},
        new Object[] {"p06", null});
    StructType translations = new StructType().add("en", DataTypes.StringType).add("fr", DataTypes.StringType);
    write(input, "struct-text", new StructType().add("id", DataTypes.StringType).add("text", translations),
        new Object[] {"p07", RowFactory.create("In English.", "En français.")});
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    write(input, "binary-text", new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType),
        new Object[] {"p08", "Bytes that are UTF-8 text: Genève.".getBytes(StandardCharsets.UTF_8)},
        new Object[] {"p09", "Caf\u00e9 talks in Latin-1.".getBytes(StandardCharsets.ISO_8859_1)},
        new Object[] {"p10", binary});
    write(input, "zero-rows", ID_TITLE_TEXT);
    write(input, "no-text", new StructType().add("id", DataTypes.StringType).add("headline", DataTypes.StringType),
        new Object[] {"p11", "Only a headline"});
    Files.write(input.resolve("empty.parquet"), new byte[0]);
    run = IngestRun.of(input, dir.resolve("out"), "--format", "parquet");
  }

  /** One Parquet file (and Spark's marker files, which the reader skips) in its own folder. */
  private static void write(Path input, String folder, StructType schema, Object[]... rows) {
    TestSpark.rows(schema, rows).coalesce(1).write().parquet(input.resolve(folder).toString());
  }

  @Test
  void everyValidRowIsADocumentWhateverItsFilesColumns() {
    assertEquals(new TreeMap<>(Map.of(
        "binary-text#1", "p08",
        "binary-text#2", "p09",
        "good#1", "p01",
        "good#3", "p03",
        "renamed#1", "p04")), run.idByRecord());
    assertEquals("Renamed", run.documents.get("renamed#1").getAs("title"));
    Map<String, String> texts = run.textById();
    assertEquals("The ministers met in Geneva on Friday.", texts.get("p01"));
    assertEquals("The talks went on past noon.", texts.get("p03"));
    assertEquals("Columns by other names.", texts.get("p04"));
    assertEquals("Bytes that are UTF-8 text: Genève.", texts.get("p08"));
    assertEquals("Café talks in Latin-1.", texts.get("p09"));
  }

  @Test
  void everyBadRowOrFileIsARejectWithItsReason() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("binary-text#3", "binary");
    expected.put("empty.parquet", "empty");
    expected.put("good#2", "empty");
    expected.put("int-text#1", "wrong_type");
    expected.put("int-text#2", "wrong_type");
    expected.put("no-text#1", "empty");
    expected.put("renamed#2", "duplicate_id");
    expected.put("struct-text#1", "wrong_type");
    expected.put("zero-rows", "empty");
    assertEquals(expected, run.reasons());
  }

  @Test
  void eachRejectSaysWhatWasWrong() {
    assertEquals("28 control bytes in 256", run.detail("binary-text#3"));
    assertEquals("0 bytes", run.detail("empty.parquet"));
    assertEquals("no text", run.detail("good#2"));
    assertEquals("column text is int, not a string: 42", run.detail("int-text#1"));
    assertEquals("column text is int, not a string", run.detail("int-text#2"));
    assertEquals("no text column (columns: id, headline)", run.detail("no-text#1"));
    assertEquals("doc_id p01 seen before", run.detail("renamed#2"));
    assertEquals("column text is struct<en:string,fr:string>, not a string: {In English., En français.}",
        run.detail("struct-text#1"));
    assertEquals("0 rows", run.detail("zero-rows"));
  }
}
