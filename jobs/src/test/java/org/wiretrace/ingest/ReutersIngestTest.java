package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/** A Reuters SGML file through the command line (the reader's rows go straight into the normalizer's map). */
class ReutersIngestTest {
  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" NEWID="7">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TEXT>&#2;
      <TITLE>BAHIA COCOA REVIEW</TITLE>
      <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
      the Bahia cocoa zone, alleviating the drought since early January.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="8">
      <DATE>26-FEB-1987 15:02:20.00</DATE>
      <TEXT TYPE="BRIEF">&#2;
      <TITLE>SHORT ITEM</TITLE>
      &#3;</TEXT>
      </REUTERS>
      """;

  @TempDir
  Path dir;

  @Test
  void aStoryWithABodyIsADocumentAndABriefIsARejected() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("reut2-000.sgm"), SGML, StandardCharsets.ISO_8859_1);
    String out = dir.resolve("out").toString();
    assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", out, "--stages", "ingest"));
    List<Row> docs = TestSpark.session().read().parquet(out + "/documents").collectAsList();
    assertEquals(1, docs.size());
    assertEquals("reuters-7", docs.get(0).getAs("doc_id"));
    assertEquals("BAHIA COCOA REVIEW", docs.get(0).getAs("title"));
    List<Row> rejects = TestSpark.session().read().parquet(out + "/rejects").collectAsList();
    assertEquals(1, rejects.size());
    assertEquals("no_body", rejects.get(0).getAs("reason"));
  }
}
