package org.wiretrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageRunnerTest {
  /** A stage that declares tables and does what it is given. */
  private record Fake(String name, List<String> needs, List<String> uses, List<String> writes,
      Consumer<StageContext> body) implements Stage {
    @Override
    public void run(StageContext context) {
      body.accept(context);
    }
  }

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private StageRunner runner(Path dir) {
    OutputLayout layout = new OutputLayout(TestSpark.session(), dir.toString());
    return new StageRunner(TestSpark.session(), layout, Manifest.parse(null), "run",
        Progress.start(TestSpark.session(), null), new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private Fake logged(String name, List<String> needs, List<String> uses, List<String> writes) {
    return new Fake(name, needs, uses, writes, context -> {
      events.add("start " + name);
      events.add("end " + name);
    });
  }

  @Test
  void aStageReadsFromAnotherWhenItNeedsOrUsesOneOfItsTables() {
    Fake terms = logged("terms", List.of("documents"), List.of(), List.of("terms", "doc_terms"));
    Fake overlap = logged("overlap", List.of("documents"), List.of("doc_terms"), List.of("passages"));
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));

    assertTrue(StageRunner.readsFrom(overlap, terms));
    assertFalse(StageRunner.readsFrom(quotes, terms));
    assertFalse(StageRunner.readsFrom(terms, overlap));
  }

  @Test
  void stagesThatDoNotReadEachOthersTablesRunAtOnce(@TempDir Path dir) {
    // Each of the two waits for the other to have started: run one after the other, the first would time out.
    CountDownLatch bothStarted = new CountDownLatch(2);
    Consumer<StageContext> meetTheOther = context -> {
      bothStarted.countDown();
      try {
        assertTrue(bothStarted.await(30, TimeUnit.SECONDS), "the other stage never started");
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = new Fake("terms", List.of("documents"), List.of(), List.of("doc_terms"), meetTheOther);
    Fake quotes = new Fake("quotes", List.of("documents"), List.of(), List.of("quotes"), meetTheOther);

    var results = runner(dir).runAll(List.of(ingest, terms, quotes), true);

    assertEquals(List.of("ingest", "terms", "quotes"), List.copyOf(results.keySet()));
    assertEquals(0, bothStarted.getCount());
  }

  @Test
  void aStageStartsOnlyAfterTheStagesWhoseTablesItReads(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = logged("terms", List.of("documents"), List.of(), List.of("doc_terms"));
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));
    Fake stories = logged("stories", List.of("documents", "doc_terms"), List.of("quotes"), List.of("stories"));

    runner(dir).runAll(List.of(ingest, terms, quotes, stories), true);

    assertEquals(0, events.indexOf("start ingest"));
    assertTrue(events.indexOf("start terms") > events.indexOf("end ingest"));
    assertTrue(events.indexOf("start quotes") > events.indexOf("end ingest"));
    assertTrue(events.indexOf("start stories") > events.indexOf("end terms"));
    assertTrue(events.indexOf("start stories") > events.indexOf("end quotes"));
  }

  @Test
  void oneStageAtATimeRunsThemInTheGivenOrder(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = logged("terms", List.of("documents"), List.of(), List.of("doc_terms"));
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));

    runner(dir).runAll(List.of(ingest, terms, quotes), false);

    assertEquals(List.of("start ingest", "end ingest", "start terms", "end terms", "start quotes", "end quotes"),
        events);
  }

  @Test
  void aFailureIsThrownAsItWasAndTheStagesWaitingForItNeverStart(@TempDir Path dir) {
    IllegalArgumentException broken = new IllegalArgumentException("broken record");
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = new Fake("terms", List.of("documents"), List.of(), List.of("doc_terms"), context -> {
      throw broken;
    });
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));
    Fake overlap = logged("overlap", List.of("documents"), List.of("doc_terms"), List.of("passages"));

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> runner(dir).runAll(List.of(ingest, terms, quotes, overlap), true));

    assertSame(broken, thrown);
    assertFalse(events.contains("start overlap"));
    assertTrue(events.contains("end quotes"));
  }

  @Test
  void eachStagePrintsItsLineWhenItEnds(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));

    runner(dir).runAll(List.of(ingest), true);

    assertTrue(printed.toString(StandardCharsets.UTF_8).matches("ingest\\s+ \\(\\d+\\.\\d s\\)\\R"),
        printed.toString(StandardCharsets.UTF_8));
  }
}
