package org.wiretrace.quotes;

import java.util.List;

/** The char ranges of a document's quotations, to tell reporter's words from quoted words. */
final class QuoteMask {
  private final int[] begins;
  private final int[] ends;

  QuoteMask(List<QuoteScanner.Quoted> quotes) {
    begins = new int[quotes.size()];
    ends = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      begins[i] = quotes.get(i).begin();
      ends[i] = quotes.get(i).end();
    }
  }

  /** True when {@code offset} lies inside a quotation. */
  boolean covers(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < begins[mid]) {
        hi = mid - 1;
      } else if (offset >= ends[mid]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
