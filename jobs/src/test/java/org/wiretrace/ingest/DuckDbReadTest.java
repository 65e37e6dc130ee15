package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/** Another engine reads the published tables with the published types: what the README tells users to do. */
class DuckDbReadTest {
  @TempDir
  static Path dir;
  static String out;

  @BeforeAll
  static void run() throws IOException {
    TestSpark.session();
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("feed.csv"), "id,title,text,date\n"
        + "g1,Geneva talks,\"The ministers met in Geneva on Friday.\nThey talked for an hour.\",2022-01-21T10:30:00\n"
        + "g2,Nothing,,2022-01-22\n", StandardCharsets.UTF_8);
    out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", out, "--stages", "ingest"));
  }

  private static Map<String, String> columnTypes(Statement sql, String table) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out + "/" + table + "/*.parquet')")) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    return types;
  }

  @Test
  void duckDbReadsDocumentsWithTheirTypes() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("doc_id", "VARCHAR");
      expected.put("input_path", "VARCHAR");
      expected.put("record", "INTEGER");
      expected.put("source", "VARCHAR");
      expected.put("url", "VARCHAR");
      expected.put("title", "VARCHAR");
      expected.put("published_at", "TIMESTAMP");
      expected.put("place", "VARCHAR");
      expected.put("text", "VARCHAR");
      expected.put("n_chars", "INTEGER");
      expected.put("n_tokens", "INTEGER");
      expected.put("lang", "VARCHAR");
      assertEquals(expected, columnTypes(sql, "documents"));
      try (ResultSet rs = sql.executeQuery("SELECT doc_id, record, title, published_at, text, n_chars, "
          + "length(text) AS duck_chars, substring(text, 15, 6) AS word FROM read_parquet('" + out
          + "/documents/*.parquet')")) {
        assertTrue(rs.next());
        assertEquals("g1", rs.getString("doc_id"));
        assertEquals(1, rs.getInt("record"));
        assertEquals("Geneva talks", rs.getString("title"));
        assertEquals(LocalDateTime.of(2022, 1, 21, 10, 30), rs.getObject("published_at", LocalDateTime.class));
        assertEquals("The ministers met in Geneva on Friday.\nThey talked for an hour.", rs.getString("text"));
        assertEquals(rs.getInt("duck_chars"), rs.getInt("n_chars"));
        assertEquals("met in", rs.getString("word"));
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void duckDbReadsRejects() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
      assertEquals(Map.of("input_path", "VARCHAR", "record", "INTEGER", "reason", "VARCHAR", "detail", "VARCHAR"),
          columnTypes(sql, "rejects"));
      try (ResultSet rs = sql.executeQuery(
          "SELECT record, reason, detail FROM read_parquet('" + out + "/rejects/*.parquet')")) {
        assertTrue(rs.next());
        assertEquals(2, rs.getInt("record"));
        assertEquals("empty", rs.getString("reason"));
        assertEquals("no text", rs.getString("detail"));
        assertFalse(rs.next());
      }
    }
  }
}
