package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * {@code wiretrace report} on the seeds run of {@link SeedsOutput}. The page as headless Chromium draws it is
 * checked by the tools module's ScreenshotTest.
 */
class ReportCommandTest {
  @TempDir
  static Path dir;
  private static Path output;

  @BeforeAll
  static void report() {
    output = SeedsOutput.dir();
    assertEquals(0, Main.execute("report", "--output", output.toString()));
  }

  @Test
  void writesOneSelfContainedPage() throws Exception {
    Path page = output.resolve("report/index.html");
    String html = Files.readString(page);
    for (String section : List.of("corpus", "terms", "overlap", "quotes")) {
      assertTrue(html.contains("<section id=\"" + section + "\">"), section);
    }
    assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<link"),
        "the page must not load anything");
    assertFalse(Files.exists(output.resolve("report/.index.html.crc")));
  }

  @Test
  void refusesAnOutputWithoutTablesAndABadTop() {
    assertEquals(2, Main.execute("report", "--output", dir.resolve("nothing").toString()));
    assertEquals(2, Main.execute("report", "--output", output.toString(), "--top", "0"));
  }
}
