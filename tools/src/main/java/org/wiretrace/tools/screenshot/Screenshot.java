package org.wiretrace.tools.screenshot;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a report in headless Chromium (Debian's {@code chromium}) and measures the PNG, so a test or
 * {@code scripts/report-screenshot} sees the layout instead of assuming it.
 */
public final class Screenshot {
  public static final String CHROMIUM = System.getenv().getOrDefault("WIRETRACE_CHROMIUM", "chromium");
  private static final long TIMEOUT_SECONDS = 120;

  /** What a screenshot shows: its size, the share of non-white pixels, and whether its side margins are blank. */
  public record Stats(int width, int height, double inkShare, boolean marginsBlank) {}

  private Screenshot() {}

  public static boolean chromiumAvailable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, CHROMIUM))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of(CHROMIUM));
  }

  /** Screenshots {@code html} at width × height CSS pixels into {@code png}. */
  public static void take(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("wiretrace-chromium");
    List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height, html.toAbsolutePath().toUri().toString()));
    Path log = Files.createTempFile("wiretrace-chromium", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    if (!done || process.exitValue() != 0 || !Files.exists(png)) {
      throw new IOException("chromium failed (" + (done ? "exit " + process.exitValue() : "timed out") + "): "
          + Files.readString(log, StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse(""));
    }
    Files.deleteIfExists(log);
  }

  /** Ink is any pixel not near white; the margins are the outer 16 pixel columns on each side. */
  public static Stats measure(Path png) {
    try {
      BufferedImage image = ImageIO.read(png.toFile());
      long ink = 0;
      boolean marginsBlank = true;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          boolean inked = ((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235;
          if (inked) {
            ink++;
            marginsBlank &= x >= 16 && x < image.getWidth() - 16;
          }
        }
      }
      double pixels = (double) image.getWidth() * image.getHeight();
      return new Stats(image.getWidth(), image.getHeight(), ink / pixels, marginsBlank);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code Screenshot HTML PNG [WIDTH HEIGHT]}: takes the screenshot and prints its measures. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Screenshot HTML PNG [WIDTH HEIGHT]");
      System.exit(2);
    }
    if (!chromiumAvailable()) {
      System.err.println("screenshot: " + CHROMIUM + " is not on the PATH: install Debian's chromium (apt-get install"
          + " chromium) or name another binary in WIRETRACE_CHROMIUM");
      System.exit(1);
    }
    Path png = Path.of(args[1]);
    int width = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
    int height = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    take(Path.of(args[0]), png, width, height);
    Stats stats = measure(png);
    System.out.printf("%s: %d x %d px, %.1f%% ink, side margins %s%n", png, stats.width(), stats.height(),
        100 * stats.inkShare(), stats.marginsBlank() ? "blank" : "NOT blank (something overflows)");
    if (stats.width() != width || stats.inkShare() < 0.01 || !stats.marginsBlank()) {
      System.exit(1);
    }
  }
}
