package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 1: the marked quotations ({@link QuoteScanner}: marks, paragraphs, unclosed marks), the turns of a transcript
 * ({@link Transcript}: "NAME: …" paragraphs, each one quotation, the marks inside a turn part of it), and the mask
 * that tells quoted words from the reporter's, which the later steps read around.
 */
final class ScanQuotations {
  private ScanQuotations() {}

  static void annotate(QuoteDocument doc) {
    List<QuoteScanner.Quoted> marked = QuoteScanner.scan(doc.text());
    List<Transcript.Turn> turns = Transcript.turns(doc.text());
    if (turns.isEmpty()) {
      doc.setQuotations(marked, List.of(), new QuoteMask(marked));
      return;
    }
    List<QuoteScanner.Quoted> outside = new ArrayList<>();
    List<QuoteScanner.Quoted> quoted = new ArrayList<>();
    for (Transcript.Turn turn : turns) {
      quoted.add(new QuoteScanner.Quoted(turn.begin(), turn.end(), List.of(new int[] {turn.begin(), turn.end()}),
          true));
    }
    for (QuoteScanner.Quoted q : marked) {
      boolean inTurn = turns.stream().anyMatch(turn -> q.begin() < turn.end() && q.end() > turn.labelBegin());
      if (!inTurn) {
        outside.add(q);
        quoted.add(q);
      }
    }
    quoted.sort(Comparator.comparingInt(QuoteScanner.Quoted::begin));
    doc.setQuotations(outside, turns, new QuoteMask(quoted));
  }
}
