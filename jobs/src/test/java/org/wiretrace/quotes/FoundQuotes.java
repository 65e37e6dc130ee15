package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** What the plain-Java rule tests ask of {@link DocumentQuotes#find}: one quotation, its speaker. */
final class FoundQuotes {
  private FoundQuotes() {}

  /** The first quotation of {@code text} whose words start with {@code startsWith}. */
  static DocumentQuotes.Found quote(String text, String startsWith) {
    List<DocumentQuotes.Found> found = DocumentQuotes.find(text);
    return found.stream().filter(f -> f.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starting '" + startsWith + "' in " + found));
  }

  static String speaker(String text, String startsWith) {
    return quote(text, startsWith).speaker();
  }

  static void assertSpeaker(String speaker, String type, DocumentQuotes.Found f) {
    assertEquals(speaker, f.speaker(), () -> "speaker of " + f);
    assertEquals(type, f.speakerType(), () -> "speaker_type of " + f);
  }
}
