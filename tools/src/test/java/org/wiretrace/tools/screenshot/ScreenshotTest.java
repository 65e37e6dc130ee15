package org.wiretrace.tools.screenshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * The seeds report as headless Chromium draws it at a laptop's width. CI (.ci/run) installs chromium and sets
 * WIRETRACE_REQUIRE_CHROMIUM, so there the screenshot cannot be skipped; elsewhere it is skipped (with a message)
 * when chromium is not installed.
 */
class ScreenshotTest {
  @TempDir
  Path dir;

  @Test
  void chromiumDrawsThePageWithinALaptopWidth() throws Exception {
    boolean required = System.getenv("WIRETRACE_REQUIRE_CHROMIUM") != null;
    Assumptions.assumeTrue(required || Screenshot.chromiumAvailable(),
        "chromium is not installed (apt-get install chromium): screenshot skipped");
    Path output = dir.resolve("seeds");
    assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", output.toString()));
    assertEquals(0, Main.execute("report", "--output", output.toString()));
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
