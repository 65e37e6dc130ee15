package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {

  private static List<DocumentQuotes.Found> rows(String text) {
    QuoteDocument doc = AnnotatedDocs.resolved(text);
    Kinds.annotate(doc);
    return Rows.of(doc);
  }

  @Test
  void oneRowPerParagraphSharingCueAndSpeaker() {
    String text = "He said: “We will not give up.\n\n“We will fight on until the end.”";
    List<DocumentQuotes.Found> rows = rows(text);
    assertEquals(2, rows.size());
    assertEquals(new DocumentQuotes.Found(text.indexOf("We will not"), text.indexOf("up.") + 3,
        "We will not give up.", "direct", "said", 3, 7, "He", 0, 2, null, "unknown", null, "none",
        SpeakerRule.NONE.confidence("direct", "unknown")), rows.get(0));
    assertEquals(new DocumentQuotes.Found(text.indexOf("We will fight"), text.indexOf("end.") + 4,
        "We will fight on until the end.", "direct", "said", 3, 7, "He", 0, 2, null, "unknown", null,
        "none", SpeakerRule.NONE.confidence("direct", "unknown")), rows.get(1));
  }

  @Test
  void offsetsAreCodePoints() {
    // four mathematical bold letters, two chars each, open the text
    DocumentQuotes.Found f = rows("𝐍𝐞𝐰𝐬: the minister said \"we are ready\" today.").get(0);
    assertEquals(25, f.begin());
    assertEquals(37, f.end());
    assertEquals(19, f.cueBegin());
    assertEquals(23, f.cueEnd());
    assertEquals(6, f.mentionBegin());
    assertEquals(18, f.mentionEnd());
  }

  @Test
  void everyRowSaysHowItsSpeakerWasFoundAndHowSureThatIs() {
    String text = "Mayor Ella Brandt spoke. \"We need tests,\" she said. \"The city has none.\" Critics called it "
        + "\"a disaster\".\n\"It rained all week.\"\nThe vote is on Monday.\nA \"vote\" it is.";
    List<DocumentQuotes.Found> rows = rows(text);
    assertEquals(List.of("pronoun", "continuation", "cue", "continuation", "none"),
        rows.stream().map(DocumentQuotes.Found::speakerRule).toList());
    assertEquals("none", rows.get(4).speakerRule());
    for (DocumentQuotes.Found f : rows) {
      org.junit.jupiter.api.Assertions.assertTrue(f.speakerConfidence() > 0 && f.speakerConfidence() < 1,
          f::toString);
    }
    // a named person found at the cue is surer than an anonymous group, and either than no speaker in a direct row
    double person = SpeakerRule.CUE.confidence("direct", "person");
    double group = SpeakerRule.CUE.confidence("partial", "anonymous");
    org.junit.jupiter.api.Assertions.assertTrue(person > group);
    org.junit.jupiter.api.Assertions.assertTrue(group > SpeakerRule.NONE.confidence("direct", "unknown"));
  }
}
