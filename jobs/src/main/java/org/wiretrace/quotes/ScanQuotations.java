package org.wiretrace.quotes;

import java.util.List;

/**
 * Step 1: the marked quotations ({@link QuoteScanner}: marks, paragraphs, unclosed marks) and the mask that tells
 * quoted words from the reporter's, which the later steps read around.
 */
final class ScanQuotations {
  private ScanQuotations() {}

  static void annotate(QuoteDocument doc) {
    List<QuoteScanner.Quoted> quotations = QuoteScanner.scan(doc.text());
    doc.setQuotations(quotations, new QuoteMask(quotations));
  }
}
