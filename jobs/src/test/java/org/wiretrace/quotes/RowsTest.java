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
        SpeakerRule.NONE.confidence("direct")), rows.get(0));
    assertEquals(new DocumentQuotes.Found(text.indexOf("We will fight"), text.indexOf("end.") + 4,
        "We will fight on until the end.", "direct", "said", 3, 7, "He", 0, 2, null, "unknown", null,
        "none", SpeakerRule.NONE.confidence("direct")), rows.get(1));
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
}
