package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final ColumnMapping AUTO = new ColumnMapping(null, null, null, null, null, null);

  private static Row raw(String line) {
    return JsonLines.toRaw("file:/in/a.jsonl", 7, line.getBytes(StandardCharsets.UTF_8), AUTO);
  }

  /** "reason: detail" of a reject, or "text=…" of a record. */
  private static String verdict(String line) {
    Row row = raw(line);
    String reason = row.getAs(RawArticles.REASON);
    return reason == null ? "text=" + row.getAs(RawArticles.TEXT) : reason + ": " + row.getAs(RawArticles.DETAIL);
  }

  @Test
  void anObjectIsARecordWithItsFieldsAsText() {
    Row row = raw("{\"id\":17,\"headline\":\"Talks\",\"text\":\"Body.\",\"date\":\"2022-01-18\",\"tags\":[\"a\"]}");
    assertEquals("17", row.getAs(RawArticles.ID));
    assertEquals("Talks", row.getAs(RawArticles.TITLE));
    assertEquals("Body.", row.getAs(RawArticles.TEXT));
    assertEquals("2022-01-18", row.getAs(RawArticles.DATE));
    assertEquals(7, (int) row.getAs(RawArticles.RECORD));
    assertNull(row.getAs(RawArticles.REASON));
  }

  @Test
  void blankLinesAreNoRecords() {
    assertNull(raw(""));
    assertNull(raw(" \t\r"));
  }

  @Test
  void aLineThatIsNotAnObjectSaysWhatItIs() {
    assertEquals("malformed_row: a JSON array, not an object: [1,2]", verdict("[1,2]"));
    assertEquals("malformed_row: a JSON null, not an object: null", verdict("null"));
    assertEquals("malformed_row: a JSON string, not an object: \"text\"", verdict("\"text\""));
    assertEquals("malformed_row: a JSON number, not an object: 3", verdict("3"));
  }

  @Test
  void brokenJsonQuotesJacksonsReasonAndTheLine() {
    assertEquals("malformed_row: invalid JSON (Unexpected end-of-input: expected close marker for Object): "
        + "{\"text\":\"a\"", verdict("{\"text\":\"a\""));
    assertEquals("malformed_row: invalid JSON (Unexpected character ('}' (code 125)): was expecting double-quote to "
        + "start field name): {\"text\":\"a\",}", verdict("{\"text\":\"a\",}"));
  }

  @Test
  void aTextThatIsNotAStringIsTheWrongType() {
    assertEquals("wrong_type: text is a JSON number, not a string: 42", verdict("{\"text\":42}"));
    assertEquals("wrong_type: text is a JSON boolean, not a string: true", verdict("{\"text\":true}"));
    assertEquals("wrong_type: body is a JSON array, not a string: [\"a\",\"b\"]", verdict("{\"body\":[\"a\",\"b\"]}"));
    assertEquals("text=null", verdict("{\"text\":null}"));
  }

  @Test
  void anObjectWithoutATextFieldNamesItsFields() {
    assertEquals("empty: no text field (fields: id, title)", verdict("{\"id\":\"a\",\"title\":\"t\"}"));
  }

  @Test
  void aByteOrderMarkRawControlsAndLatin1BytesAreRead() {
    assertEquals("text=x", verdict("\uFEFF{\"text\":\"x\"}"));
    assertEquals("text=a\tb\u0000c", verdict("{\"text\":\"a\tb\u0000c\"}"));
    byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("café", JsonLines.toRaw("p", 1, latin1, AUTO).getAs(RawArticles.TEXT));
  }

  @Test
  void keysAreTheObjectsFieldNamesAsFarAsTheyGoAndNoneForOtherLines() {
    assertEquals(List.of("id", "text"), JsonLines.keys("{\"id\":{\"a\":[1]},\"text\":\"x\"}".getBytes(
        StandardCharsets.UTF_8)));
    assertEquals(List.of(), JsonLines.keys("[{\"id\":1}]".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("id"), JsonLines.keys("{\"id\":\"a\",\"text\":".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), JsonLines.keys(new byte[0]));
  }

  @Test
  void anExcerptIsOneLineOfAtMost200Characters() {
    assertEquals("a b  c", JsonLines.excerpt("a\nb\r\nc"));
    assertEquals("x".repeat(200) + "…", JsonLines.excerpt("x".repeat(300)));
  }
}
