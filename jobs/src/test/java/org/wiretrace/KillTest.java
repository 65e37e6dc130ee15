package org.wiretrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;

/**
 * A run killed at any moment (SIGKILL, as kill -9) leaves the previous output whole: killed while a stage runs, the
 * output is untouched; killed inside the commit, the next command's recovery puts the previous output back. The next
 * run then succeeds. Each killed run is a JVM of its own.
 */
class KillTest {
  private static final String STAGES = "ingest,terms";
  @TempDir
  static Path dir;
  private static Path out;
  private static Path other;
  private static Map<String, Long> before;
  private static String manifestBefore;

  @BeforeAll
  static void previousOutput() throws IOException {
    out = dir.resolve("out");
    other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("bridge.txt"), "Council backs a bridge\n\nThe city council of Springfield "
        + "voted on Monday to build a new bridge over the river, the mayor said after the meeting.\n");
    TestSpark.session();
    assertEquals(0, Main.execute("run", "--input", "../seeds", "--output", out.toString(), "--stages", STAGES,
        "--quiet"));
    before = files(out);
    manifestBefore = Files.readString(out.resolve(OutputLayout.MANIFEST));
  }

  /** Every file of the committed output (staging left aside) with its size. */
  private static Map<String, Long> files(Path root) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString();
        if (!name.startsWith("_")) {
          files.put(name, Files.size(p));
        }
      }
    }
    return files;
  }

  /** A run over the other corpus in a JVM of its own, killed when a line starts with {@code killAt}, or at a fault. */
  private static int runKilled(String killAt, String fault) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:+Ignore") || arg.startsWith("-Dio.netty")
          || arg.startsWith("-Djdk.reflect")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "-Dspark.master=local[2]", "-Dspark.ui.enabled=false"));
    if (fault != null) {
      command.add("-Dwiretrace.fault=" + fault);
    }
    command.addAll(List.of(Main.class.getName(), "run", "--input", other.toString(), "--output", out.toString(),
        "--stages", STAGES, "--quiet"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (killAt != null && line.startsWith(killAt)) {
          process.destroyForcibly(); // SIGKILL
          break;
        }
      }
    }
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the killed run did not end");
    return process.exitValue();
  }

  private static void assertPreviousOutputWhole(String when) throws IOException {
    assertEquals(before, files(out), when);
    assertEquals(manifestBefore, Files.readString(out.resolve(OutputLayout.MANIFEST)), when);
    var manifest = new ObjectMapper().readTree(manifestBefore);
    for (String table : List.of("documents", "rejects", "terms", "doc_terms", "source_terms", "collocations")) {
      assertEquals(manifest.at("/tables/" + table + "/rows").asLong(),
          TestSpark.session().read().parquet(out.resolve(table).toString()).count(), when + ": " + table);
    }
  }

  @Test
  void aRunKilledAnywhereLeavesThePreviousOutputAndTheNextRunSucceeds() throws Exception {
    // Killed while the terms stage runs (its line is printed when it ends; ingest's has been).
    assertEquals(137, runKilled("ingest ", null));
    assertPreviousOutputWhole("killed during terms");

    // Killed inside the commit: after the old documents moved out, after a new table moved in, and after every
    // table moved, at the old manifest. The next command's recovery puts the previous output back.
    for (String fault : List.of("moved-out documents", "moved-in doc_terms", "moved-out manifest.json")) {
      assertEquals(137, runKilled(null, fault), fault);
      assertTrue(Files.exists(out.resolve("_commit.json")), fault + ": the journal stays behind");
      if (fault.startsWith("moved-in")) {
        // A reader rolls the cut commit back too: sql reads the previous output, whole.
        assertEquals(0, Main.execute("sql", "--output", out.toString(), "SELECT count(*) FROM documents"));
      } else {
        new OutputLayout(TestSpark.session(), out.toString()).recover();
      }
      assertPreviousOutputWhole("killed at " + fault);
      assertFalse(Files.exists(out.resolve("_commit.json")));
      assertFalse(Files.exists(out.resolve("_trash")));
    }

    assertEquals(0, Main.execute("run", "--input", other.toString(), "--output", out.toString(), "--stages", STAGES,
        "--quiet"));
    assertEquals(1, TestSpark.session().read().parquet(out.resolve("documents").toString()).count());
    for (String leftover : List.of("_commit.json", "_trash", "_staging")) {
      assertFalse(Files.exists(out.resolve(leftover)), leftover);
    }
  }
}
