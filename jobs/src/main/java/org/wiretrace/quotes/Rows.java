package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.text.Tokens;

/**
 * Last step: the {@link DocumentQuotes.Found} rows, one per passage, and one per paragraph of a quotation that runs
 * over several (news style reopens each with a mark, so a row's offsets never enclose quote marks); the paragraphs
 * share the quotation's kind, cue and speaker. Offsets become code points here.
 */
final class Rows {
  private final String text;
  private final String original;
  private final Tokens tokens;
  private final boolean surrogates;

  private Rows(QuoteDocument doc) {
    this.text = doc.text();
    this.original = doc.original();
    this.tokens = doc.tokens();
    this.surrogates = text.codePointCount(0, text.length()) != text.length();
  }

  static List<DocumentQuotes.Found> of(QuoteDocument doc) {
    Rows rows = new Rows(doc);
    List<DocumentQuotes.Found> out = new ArrayList<>();
    for (Passage p : doc.passages()) {
      if (!p.isMarked() || p.marked().segments().size() == 1) {
        out.add(rows.row(p.begin(), p.end(), rows.original.substring(p.begin(), p.end()), p));
        continue;
      }
      for (int[] paragraph : p.marked().segments()) {
        out.add(rows.row(paragraph[0], paragraph[1], rows.original.substring(paragraph[0], paragraph[1]), p));
      }
    }
    return out;
  }

  private DocumentQuotes.Found row(int begin, int end, String words, Passage p) {
    Attribution a = p.credited();
    String cue = null;
    Integer cueBegin = null;
    Integer cueEnd = null;
    if (a.found()) {
      cue = original.substring(tokens.begin(a.cueFrom()), tokens.end(a.cueTo() - 1));
      cueBegin = cp(tokens.begin(a.cueFrom()));
      cueEnd = cp(tokens.end(a.cueTo() - 1));
    }
    Mention m = a.speaker();
    Speaker s = p.speaker();
    return new DocumentQuotes.Found(cp(begin), cp(end), words, p.kind(), cue, cueBegin, cueEnd,
        m == null ? null : m.text(), m == null ? null : cp(m.begin()), m == null ? null : cp(m.end()),
        s == null ? null : s.name(), s == null ? Speaker.UNKNOWN : s.type(), s == null ? null : s.org(),
        p.rule().label(), p.rule().confidence(p.kind(), s == null ? Speaker.UNKNOWN : s.type()));
  }

  private int cp(int charIndex) {
    return surrogates ? text.codePointCount(0, charIndex) : charIndex;
  }
}
