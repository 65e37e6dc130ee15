package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 1: the marked quotations ({@link QuoteScanner}: marks, paragraphs, unclosed marks), the turns of a transcript
 * ({@link Transcript}: "NAME: …" paragraphs, each one quotation, the marks inside a turn part of it unless the turn's
 * speaker reports them with a cue or the turn's words open with a mark), and the mask that tells quoted words from the
 * reporter's, which the later steps read around.
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
    Set<Transcript.Turn> narrating = new HashSet<>();
    Set<Transcript.Turn> inMarks = new HashSet<>();
    for (QuoteScanner.Quoted q : marked) {
      Transcript.Turn turn = turnOf(turns, q);
      if (turn != null && isReported(doc.text(), turn, q)) {
        narrating.add(turn);
      } else if (turn != null && q.begin() == turn.begin() + 1) {
        inMarks.add(turn); // 'Roe: "We will win."': the words after the label open with a mark
      }
    }
    inMarks.removeAll(narrating);
    for (QuoteScanner.Quoted q : marked) {
      Transcript.Turn turn = turnOf(turns, q);
      if (turn == null || narrating.contains(turn) || inMarks.contains(turn)) {
        outside.add(q);
        quoted.add(q);
      }
    }
    List<Transcript.Turn> all = new ArrayList<>();
    for (Transcript.Turn turn : turns) {
      if (inMarks.contains(turn)) {
        all.add(turn.withQuotationsInMarks());
      } else {
        all.add(turn);
        if (!narrating.contains(turn)) { // a narrating turn's words may hold the cues of the quotations it reports
          quoted.add(new QuoteScanner.Quoted(turn.begin(), turn.end(),
              List.of(new int[] {turn.begin(), turn.end()}), true));
        }
      }
    }
    quoted.sort(Comparator.comparingInt(QuoteScanner.Quoted::begin));
    doc.setQuotations(outside, all, new QuoteMask(quoted));
  }

  private static Transcript.Turn turnOf(List<Transcript.Turn> turns, QuoteScanner.Quoted q) {
    return turns.stream().filter(turn -> q.begin() < turn.end() && q.end() > turn.labelBegin()).findFirst()
        .orElse(null);
  }

  /** Up to three words after a closing mark and its punctuation: "," he added', '." He said in'. */
  private static final Pattern WORDS_AFTER = Pattern.compile("^[\\p{Pf}\\p{Pi}\"'’,.!?\\s]*((?:[\\p{L}'’]+\\s+){0,2}"
      + "[\\p{L}'’]+)");
  /** Up to three words, then a comma or colon, before an opening mark: 'he says, "', 'Ortiz added: "'. */
  private static final Pattern WORDS_BEFORE = Pattern.compile("((?:[\\p{L}'’]+\\s+){0,2}[\\p{L}'’]+)[,:]\\s*"
      + "[\\p{Pi}\"]?$");

  /**
   * A marked quotation inside a turn that the turn's speaker reports, a cue right after its closing mark or right
   * before its opening one ('KUHN: "I feel ashamed," he said.'): the turn narrates, and its marked quotations are
   * someone else's words, each a quotation of its own. A turn that only holds a quotation ('ML: "We walk the dog."')
   * keeps it.
   */
  private static boolean isReported(String text, Transcript.Turn turn, QuoteScanner.Quoted q) {
    Matcher after = WORDS_AFTER.matcher(text).region(q.end(), turn.end());
    if (after.lookingAt() && hasCue(after.group(1))) {
      return true;
    }
    Matcher before = WORDS_BEFORE.matcher(text).region(turn.begin(), Math.max(turn.begin(), q.begin()));
    return before.find() && hasCue(before.group(1));
  }

  private static boolean hasCue(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (Lexicon.CUES.containsKey(w)) {
        return true;
      }
    }
    return false;
  }
}
