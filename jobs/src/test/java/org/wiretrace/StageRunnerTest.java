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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
    layout.startStaging();
    return new StageRunner(TestSpark.session(), layout, Manifest.parse(null), "run",
        Progress.start(TestSpark.session(), null), new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  /** A stage that reads what it needs and uses, then writes a one-row table of each name it declares. */
  private Fake logged(String name, List<String> needs, List<String> uses, List<String> writes) {
    return new Fake(name, needs, uses, writes, context -> {
      events.add("start " + name);
      for (String table : needs) {
        context.rows(table);
      }
      for (String table : uses) {
        if (context.hasTable(table)) {
          events.add(name + " read " + table);
        }
      }
      for (String table : writes) {
        // logged before the write: a stage waiting for the table may start as soon as it is written
        events.add(name + " writes " + table);
        context.write(table, TestSpark.rows(new StructType().add("x", DataTypes.IntegerType, false),
            new Object[] {1}));
      }
      events.add("end " + name);
    });
  }

  @Test
  void aStageRunsBesideOneWhoseTablesItOnlyUses(@TempDir Path dir) {
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
    Fake overlap =
        new Fake("overlap", List.of("documents"), List.of("doc_terms"), List.of("passages"), meetTheOther);

    var results = runner(dir).runAll(List.of(ingest, terms, overlap), true);

    assertEquals(List.of("ingest", "terms", "overlap"), List.copyOf(results.keySet()));
    assertEquals(0, bothStarted.getCount());
  }

  @Test
  void aStageStartsOnceTheTablesItNeedsAreWrittenAndReadsAUsedTableOnceItIsWritten(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = logged("terms", List.of("documents"), List.of(), List.of("doc_terms"));
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));
    Fake stories = logged("stories", List.of("documents", "doc_terms"), List.of("quotes"), List.of("stories"));

    var results = runner(dir).runAll(List.of(ingest, terms, quotes, stories), true);

    assertEquals(0, events.indexOf("start ingest"));
    assertTrue(events.indexOf("start terms") > events.indexOf("ingest writes documents"));
    assertTrue(events.indexOf("start quotes") > events.indexOf("ingest writes documents"));
    assertTrue(events.indexOf("start stories") > events.indexOf("terms writes doc_terms"));
    assertTrue(events.indexOf("stories read quotes") > events.indexOf("quotes writes quotes"));
    assertEquals(List.of("ingest", "terms", "quotes", "stories"), List.copyOf(results.keySet()));
    assertEquals(1, results.get("stories").written().get("stories").table().rows());
  }

  @Test
  void aStageStartsOnceItsTablesAreWrittenWhileTheirStageGoesOn(@TempDir Path dir) {
    // Terms writes doc_terms, then waits for stories to have started before its next table: were stories to wait
    // for the whole terms stage, terms would time out.
    CountDownLatch storiesStarted = new CountDownLatch(1);
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = new Fake("terms", List.of("documents"), List.of(), List.of("doc_terms", "collocations"),
        context -> {
          StructType schema = new StructType().add("x", DataTypes.IntegerType, false);
          context.write("doc_terms", TestSpark.rows(schema, new Object[] {1}));
          try {
            assertTrue(storiesStarted.await(30, TimeUnit.SECONDS), "stories never started");
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          context.write("collocations", TestSpark.rows(schema, new Object[] {2}));
        });
    Fake stories = new Fake("stories", List.of("doc_terms"), List.of(), List.of("stories"), context -> {
      storiesStarted.countDown();
      assertEquals(1, context.rows("doc_terms"));
    });

    var results = runner(dir).runAll(List.of(ingest, terms, stories), true);

    assertEquals(0, storiesStarted.getCount());
    assertEquals(1, results.get("terms").written().get("collocations").table().rows());
  }

  @Test
  void oneStageAtATimeRunsThemInTheGivenOrder(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = logged("terms", List.of("documents"), List.of(), List.of("doc_terms"));
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));

    runner(dir).runAll(List.of(ingest, terms, quotes), false);

    assertEquals(List.of("start ingest", "ingest writes documents", "end ingest", "start terms",
        "terms writes doc_terms", "end terms", "start quotes", "quotes writes quotes", "end quotes"), events);
  }

  @Test
  void aFailureIsThrownAsItWasAndTheStagesWaitingForItNeverStart(@TempDir Path dir) {
    IllegalArgumentException broken = new IllegalArgumentException("broken record");
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));
    Fake terms = new Fake("terms", List.of("documents"), List.of(), List.of("doc_terms"), context -> {
      throw broken;
    });
    Fake quotes = logged("quotes", List.of("documents"), List.of(), List.of("quotes"));
    Fake stories = logged("stories", List.of("doc_terms"), List.of(), List.of("stories"));

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> runner(dir).runAll(List.of(ingest, terms, quotes, stories), true));

    assertSame(broken, thrown);
    assertFalse(events.contains("start stories"));
  }

  @Test
  void eachStagePrintsItsLineWhenItEnds(@TempDir Path dir) {
    Fake ingest = logged("ingest", List.of(), List.of(), List.of("documents"));

    runner(dir).runAll(List.of(ingest), true);

    assertTrue(printed.toString(StandardCharsets.UTF_8).matches("ingest +documents=1 \\(\\d+\\.\\d s\\)\\R"),
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aStagesWarningsArePrintedAfterItsLineAndReturned(@TempDir Path dir) {
    Fake quotes = new Fake("quotes", List.of(), List.of(), List.of(), context -> context.warn("2 documents left out"));

    var results = runner(dir).runAll(List.of(quotes), true);

    assertEquals(List.of("2 documents left out"), results.get("quotes").warnings());
    assertTrue(printed.toString(StandardCharsets.UTF_8)
            .matches("quotes +\\(\\d+\\.\\d s\\)\\Rquotes +warning: 2 documents left out\\R"),
        printed.toString(StandardCharsets.UTF_8));
  }
}
