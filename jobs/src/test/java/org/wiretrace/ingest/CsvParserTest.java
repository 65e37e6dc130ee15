package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  /** Each record's fields as text ("null" for an empty one), then the problem if there is one. */
  private static List<String> records(String csv, long maxRecordBytes) {
    return records(csv.getBytes(StandardCharsets.UTF_8), maxRecordBytes);
  }

  private static List<String> records(byte[] csv, long maxRecordBytes) {
    CsvParser parser = new CsvParser(new ByteArrayInputStream(csv), maxRecordBytes);
    List<String> out = new ArrayList<>();
    for (CsvParser.Record record = parser.next(); record != null; record = parser.next()) {
      List<String> fields = new ArrayList<>();
      for (byte[] field : record.fields()) {
        fields.add(field == null ? "null" : new String(field, StandardCharsets.UTF_8));
      }
      out.add(String.join("|", fields)
          + (record.problem() == CsvParser.Problem.NONE ? "" : " !" + record.problem()));
    }
    return out;
  }

  private static List<String> records(String csv) {
    return records(csv, 1000);
  }

  @Test
  void fieldsAreSplitAtCommasAndRecordsAtAnyLineEnd() {
    assertEquals(List.of("a|b|c", "d|e|f", "g|h|i", "j|k|l"), records("a,b,c\nd,e,f\r\ng,h,i\rj,k,l"));
  }

  @Test
  void aQuotedFieldHoldsCommasDoubledQuotesAndLineEndsWithCrLfReadAsLf() {
    assertEquals(List.of("1|one, \"two\"\nthree\n\nfour|x"),
        records("1,\"one, \"\"two\"\"\r\nthree\n\nfour\",x\n"));
  }

  @Test
  void emptyFieldsAreNullQuotedOrNot() {
    assertEquals(List.of("null|null|null", "a|null"), records("\"\",,\na,\n"));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsACharacter() {
    assertEquals(List.of("He said \"yes\"|ok"), records("He said \"yes\",ok\n"));
  }

  @Test
  void aClosingQuoteFollowedByMoreTextKeepsBoth() {
    assertEquals(List.of("abc\"def|x"), records("\"abc\"def,x\n"));
  }

  @Test
  void blankLinesAreNoRecords() {
    assertEquals(List.of("a", "b"), records("\n\r\na\n\n\r\n\nb\n\n"));
    assertEquals(List.of(), records("\n\n"));
    assertEquals(List.of(), records(""));
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd', ',', 't', '\n'};
    assertEquals(List.of("id|t"), records(bom, 1000));
  }

  @Test
  void aQuotationMarkThatNeverClosesRunsToTheEndOfTheInput() {
    assertEquals(List.of("a|b", "c|never closes,x\nmore\n !UNCLOSED_QUOTE"),
        records("a,b\nc,\"never closes,x\r\nmore\n"));
  }

  @Test
  void aRecordOverTheLimitIsReadToItsEndWithoutItsFields() {
    assertEquals(List.of("null|null !TOO_LARGE", "next|row"), records("0123456789,\"abc\nde\"\nnext,row\n", 8));
  }

  @Test
  void fieldsAreBytesSoEachCanBeDecodedOnItsOwn() {
    byte[] csv = "caf\u00e9,\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    CsvParser.Record record = new CsvParser(new ByteArrayInputStream(csv), 1000).next();
    assertEquals(List.of("café", "été"), record.fields().stream().map(TextDecoder::utf8).toList());
  }

  @Test
  void theHeadOfARecordIsKeptForItsReject() {
    CsvParser parser = new CsvParser(new ByteArrayInputStream(
        "a,\"b\"\"c\"\n\nnext\n".getBytes(StandardCharsets.UTF_8)), 1000);
    assertEquals("a,\"b\"\"c\"\n", new String(parser.next().head(), StandardCharsets.UTF_8));
    assertEquals("next\n", new String(parser.next().head(), StandardCharsets.UTF_8));
    assertNull(parser.next());
  }
}
