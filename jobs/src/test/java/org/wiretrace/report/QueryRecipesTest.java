package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cli.Main;
import org.wiretrace.TestSpark;

/**
 * Every SQL recipe of docs/queries.md, run as written in DuckDB (JDBC) and in Spark SQL after each engine's setup
 * block from the same file, over the run of the reuse corpus ({@link ReportCorpora#reuse()}: the seeds, AT&T Wire
 * reusing EFE's text, articles of no outlet).
 */
class QueryRecipesTest {
  private static final Path QUERIES = Path.of("../docs/queries.md");
  private static final Pattern BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  static Path dir;
  private static Path output;
  private static Map<String, String> recipes;
  private static List<String> duckdbSetup;
  private static List<String> sparkSetup;

  @BeforeAll
  static void readRecipes() throws Exception {
    output = ReportCorpora.reuse().toAbsolutePath();
    readRecipes(Files.readString(QUERIES));
  }

  /** Recipes by their heading; the setup blocks' statements with the paths pointed at this run. */
  private static void readRecipes(String markdown) {
    recipes = new LinkedHashMap<>();
    String recipesPart = markdown.substring(markdown.indexOf("## Recipes"));
    Matcher block = BLOCK.matcher(markdown);
    while (block.find()) {
      String sql = block.group(1).replace("'output/", "'" + output + "/");
      if (sql.startsWith("-- setup duckdb")) {
        duckdbSetup = statements(sql);
      } else if (sql.startsWith("-- setup spark")) {
        sparkSetup = statements(sql);
      } else if (block.start() > markdown.indexOf("## Recipes")) {
        String before = recipesPart.substring(0, recipesPart.indexOf(block.group(1)));
        int headingAt = before.lastIndexOf("### ") + 4;
        String heading = before.substring(headingAt, before.indexOf('\n', headingAt));
        recipes.put(heading, sql.strip().replaceAll(";$", ""));
      }
    }
  }

  private static List<String> statements(String sql) {
    return Arrays.stream(sql.split(";\\n")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.lines().filter(line -> !line.startsWith("--")).reduce("", (x, y) -> x + "\n" + y)).toList();
  }

  @Test
  void everyRecipeGivesTheSameRowsInDuckDbAndSparkSql() throws Exception {
    assertEquals(13, recipes.size(), recipes.keySet().toString());
    Map<String, List<List<Object>>> duck = duckdb();
    SparkSession spark = TestSpark.session().newSession(); // its own temporary views
    sparkSetup.forEach(spark::sql);
    for (Map.Entry<String, String> recipe : recipes.entrySet()) {
      List<List<Object>> sparkRows = spark.sql(recipe.getValue()).collectAsList().stream()
          .map(row -> normalized(values(row))).toList();
      List<List<Object>> duckRows = duck.get(recipe.getKey());
      assertFalse(sparkRows.isEmpty(), "no rows: " + recipe.getKey());
      assertEquals(sparkRows.size(), duckRows.size(), recipe.getKey());
      for (int r = 0; r < sparkRows.size(); r++) {
        for (int c = 0; c < sparkRows.get(r).size(); c++) {
          Object s = sparkRows.get(r).get(c);
          Object d = duckRows.get(r).get(c);
          String where = recipe.getKey() + ", row " + r + ", column " + c;
          if (s instanceof Double x) {
            assertEquals(x, (Double) d, 1e-9, where);
          } else {
            assertEquals(s, d, where);
          }
        }
      }
    }
  }

  @Test
  void recipesAnswerWhatTheyClaim() throws Exception {
    Map<String, List<List<Object>>> duck = duckdb();
    long articles = duck.get("Articles per outlet and day").stream().mapToLong(row -> (Long) row.get(2)).sum();
    assertEquals(10, articles);
    // EFE and AT&T Wire: wire-2 repeats EFE's whole text, wire-1 its second paragraph; both sides cut alike.
    List<List<Object>> passages = duck.get("Passages shared by two outlets");
    assertEquals(2, passages.size());
    for (List<Object> passage : passages) {
      assertEquals(passage.get(5), passage.get(6));
    }
    assertEquals(ReportCorpora.EFE_PARAGRAPH.substring(0, ReportCorpora.EFE_PARAGRAPH.length() - 1),
        passages.get(1).get(5));
    // Who copies whom: all of EFE's words lie in passages shared with AT&T Wire, over 2 pairs (wire-1 and wire-2);
    // EFE's article is undated, so never first.
    assertEquals(List.of("EFE", ReportCorpora.WIRE, 1L, 2L, 1.0, 0L), duck.get("Who copies whom").get(0));
    // The harbour festival: a story of AT&T Wire alone.
    assertTrue(duck.get("Stories only one outlet covered").contains(Arrays.asList(ReportCorpora.HARBOUR_TITLE,
        ReportCorpora.WIRE, 1L, LocalDateTime.of(2022, 1, 25, 0, 0))), duck.get("Stories only one outlet covered")
        .toString());
    assertTrue(duck.get("Stories only one outlet covered").stream().noneMatch(row -> row.get(1) == null));
    // EIRNS published the talks first (the 18th); AT&T Wire's first article on them came a day later.
    assertEquals(List.of(List.of("EIRNS", 1L, 1L, 0.0, 0.0), List.of(ReportCorpora.WIRE, 1L, 0L, 24.0, 24.0)),
        duck.get("How far behind the first publisher each outlet runs"));
    List<List<Object>> covered = duck.get("Which outlets covered a story and when");
    assertEquals(Arrays.asList("EIRNS", LocalDateTime.of(2022, 1, 18, 0, 0), 0.0), covered.get(0).subList(1, 4));
    assertTrue(duck.get("The pairs of outlets most alike").stream()
        .allMatch(row -> row.get(0) != null && row.get(1) != null));
  }

  @Test
  void sqlCommandRunsARecipeFileAndPrintsAlignedTables() throws Exception {
    Path file = dir.resolve("recipes.sql");
    Files.writeString(file, "-- two recipes\n" + recipes.get("Articles per outlet and day") + ";\n"
        + recipes.get("Who copies whom") + ";\n");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.execute("sql", "--output", output.toString(), "-f", file.toString());
    } finally {
      System.setOut(stdout);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    // An unknown outlet prints as such; an unknown day stays NULL.
    assertTrue(printed.contains(" source           | day        | articles\n"), printed);
    assertTrue(printed.contains(" " + Outlets.UNKNOWN + " | NULL       |        3\n"), printed);
    assertTrue(printed.contains(" source_a  | source_b  | docs_a | pairs | share_a_in_b | a_first\n"), printed);
    assertTrue(printed.contains(" EFE       | AT&T Wire |      1 |     2 |            1 |       0\n"), printed);
    assertEquals(2, Main.execute("sql", "--output", output.toString()));
    assertEquals(2, Main.execute("sql", "--output", output.toString(), "-f", file.toString(), "SELECT 1"));
    assertEquals(2, Main.execute("sql", "--output", output.toString(), "-f", dir.resolve("none.sql").toString()));
  }

  private static Map<String, List<List<Object>>> duckdb() throws Exception {
    Map<String, List<List<Object>>> results = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
         Statement statement = connection.createStatement()) {
      for (String setup : duckdbSetup) {
        statement.execute(setup);
      }
      for (Map.Entry<String, String> recipe : recipes.entrySet()) {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(recipe.getValue())) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
              row.add(result.getObject(c));
            }
            rows.add(normalized(row));
          }
        }
        results.put(recipe.getKey(), rows);
      }
    }
    return results;
  }

  /** One Java type per SQL type, whichever engine gave it: integers as Long, decimals as Double, dates as java.time. */
  private static List<Object> normalized(List<Object> row) {
    return row.stream().map(value -> {
      if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
        return (Object) ((Number) value).doubleValue();
      }
      if (value instanceof Number number) {
        return number.longValue();
      }
      if (value instanceof Timestamp timestamp) {
        return timestamp.toLocalDateTime();
      }
      if (value instanceof java.sql.Date date) {
        return date.toLocalDate();
      }
      return value instanceof LocalDate || value instanceof LocalDateTime || value == null ? value : value.toString();
    }).toList();
  }

  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      values.add(row.get(i));
    }
    return values;
  }
}
