package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.UsageError;

class ColumnMappingTest {
  private static final ColumnMapping NONE = new ColumnMapping(null, null, null, null, null, null);

  @Test
  void commonNamesAreFoundWhateverTheirCase() {
    // ReCOVery's columns.
    List<String> recovery = List.of("news_id", "url", "publisher", "publish_date", "author", "title", "image",
        "body_text", "news_guard_score", "mbfc_level", "political_bias", "country");
    assertEquals(new ColumnMapping(null, "body_text", "title", "publisher", "publish_date", "url"),
        NONE.resolve(recovery));
    assertEquals(new ColumnMapping("ID", "Text", "Headline", null, "Date", "Link"),
        NONE.resolve(List.of("ID", "Headline", "Text", "Date", "Link")));
  }

  @Test
  void aNamedColumnWinsOverTheCommonNames() {
    ColumnMapping given = new ColumnMapping("url", null, null, null, null, null);
    assertEquals(new ColumnMapping("url", "text", null, null, null, "url"),
        given.resolve(List.of("id", "url", "text")));
  }

  @Test
  void theFirstCandidateInOrderOfPreferenceWins() {
    assertEquals("body", NONE.resolve(List.of("content", "body")).text());
    assertEquals("published_at", NONE.resolve(List.of("date", "published_at")).date());
  }

  @Test
  void aNamedColumnThatIsNotThereIsAUsageError() {
    ColumnMapping given = new ColumnMapping(null, "story", null, null, null, null);
    UsageError error = assertThrows(UsageError.class, () -> given.resolve(List.of("id", "body")));
    assertEquals("--text-col story is not a column of the input (columns: id, body)", error.getMessage());
  }

  @Test
  void noTextColumnLeavesTextNull() {
    assertEquals(NONE, NONE.resolve(List.of("a", "b")));
  }

  @Test
  void namesMatchWhateverTheirCaseSpacesOrByteOrderMark() {
    assertEquals(new ColumnMapping("\uFEFF ID ", " TEXT ", "Title", null, null, null),
        NONE.resolve(List.of("\uFEFF ID ", "Title", " TEXT ")));
    ColumnMapping given = new ColumnMapping(null, "Story", null, null, null, null);
    assertEquals(" story ", given.resolve(List.of("id", " story ")).text());
  }

  @Test
  void aNamedColumnExactlyFirst() {
    ColumnMapping given = new ColumnMapping(null, "Body", null, null, null, null);
    assertEquals("Body", given.resolve(List.of("body", "Body")).text());
  }

  @Test
  void findLeavesANamedColumnAFileLacksNullWhereResolveFails() {
    ColumnMapping given = new ColumnMapping(null, "story", null, null, null, null);
    assertNull(given.find(List.of("id", "body")).text());
    assertEquals("story", given.find(List.of("story")).text());
  }
}
