package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * {@code wiretrace report} on the seeds run of {@link SeedsOutput}, and the page as headless Chromium draws it at a
 * laptop's width. CI (.ci/run) installs chromium and sets WIRETRACE_REQUIRE_CHROMIUM, so there the screenshot
 * cannot be skipped; elsewhere it is skipped (with a message) when chromium is not installed.
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

  @Test
  void chromiumDrawsThePageWithinALaptopWidth() throws Exception {
    boolean required = System.getenv("WIRETRACE_REQUIRE_CHROMIUM") != null;
    Assumptions.assumeTrue(required || Screenshot.chromiumAvailable(),
        "chromium is not installed (apt-get install chromium): screenshot skipped");
    Path png = Path.of("target/report-seeds.png");
    Files.deleteIfExists(png);
    Screenshot.take(output.resolve("report/index.html"), png, 1280, 2000);
    Screenshot.Stats stats = Screenshot.measure(png);
    assertEquals(1280, stats.width());
    assertEquals(2000, stats.height());
    // Text, bars and the heatmap ink several percent of the page; a blank or error page inks well under 1%.
    assertTrue(stats.inkShare() > 0.03, "too little drawn: " + stats.inkShare());
    // The content column is centred with white margins: anything wider than the window would ink them.
    assertTrue(stats.marginsBlank(), "something overflows the 1280 px window");
  }
}
