package org.wiretrace.quotes;

/** Documents annotated by the steps up to a given one, so that a test can run the next step on its own. */
final class AnnotatedDocs {
  private AnnotatedDocs() {}

  static QuoteDocument scanned(String text) {
    QuoteDocument doc = new QuoteDocument(text);
    ScanQuotations.annotate(doc);
    return doc;
  }

  static QuoteDocument withMentions(String text) {
    QuoteDocument doc = scanned(text);
    SeeMentions.annotate(doc);
    return doc;
  }

  /** Marked and reported passages with their attribution. */
  static QuoteDocument attributed(String text) {
    QuoteDocument doc = withMentions(text);
    AttributeMarked.annotate(doc);
    ReportedSpeech.annotate(doc);
    return doc;
  }

  /** Attributed, and titles and aliases told from speech. */
  static QuoteDocument named(String text) {
    QuoteDocument doc = attributed(text);
    NamesInMarks.annotate(doc);
    Interviews.annotate(doc);
    return doc;
  }

  static QuoteDocument resolved(String text) {
    QuoteDocument doc = named(text);
    ResolveSpeakers.annotate(doc);
    return doc;
  }

  /** The passage whose words start with {@code startsWith}. */
  static Passage passage(QuoteDocument doc, String startsWith) {
    return doc.passages().stream().filter(p -> p.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage starting '" + startsWith + "' in " + texts(doc)));
  }

  static java.util.List<String> texts(QuoteDocument doc) {
    return doc.passages().stream().map(Passage::text).toList();
  }

  /** The cue word of an attribution, and its speaker phrase, as "cue / phrase" ("-" where absent). */
  static String cueAndPhrase(QuoteDocument doc, Attribution a) {
    String cue = a.found() ? doc.tokens().word(a.cueFrom()) : "-";
    return cue + " / " + (a.speaker() == null ? "-" : a.speaker().text());
  }
}
