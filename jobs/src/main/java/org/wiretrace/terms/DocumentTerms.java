package org.wiretrace.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.quotes.Sentences;

/**
 * Unigram and bigram counts of one document. A bigram is two terms next to each other in one sentence with nothing
 * dropped between them: it never spans a sentence boundary, a stop word or a number ("minister of foreign affairs"
 * gives no bigram). Sentences come from the OpenNLP English model ({@link Sentences}; a line break always ends one).
 */
public final class DocumentTerms {

  /** {@code count} occurrences of a term of {@code n} words written as {@code surface} (words joined by a space). */
  public record Count(String term, int n, String surface, int count) {}

  private record Key(String term, int n, String surface) {}

  private DocumentTerms() {}

  public static List<Count> count(String text, TermAnalyzer analyzer) {
    Map<Key, int[]> counts = new HashMap<>();
    for (int[] sentence : Sentences.split(text)) {
      TermAnalyzer.Token previous = null;
      for (TermAnalyzer.Token token : analyzer.tokens(text.substring(sentence[0], sentence[1]))) {
        add(counts, new Key(token.term(), 1, token.surface()));
        if (previous != null && !token.afterGap()) {
          add(counts, new Key(previous.term() + " " + token.term(), 2, previous.surface() + " " + token.surface()));
        }
        previous = token;
      }
    }
    List<Count> out = new ArrayList<>(counts.size());
    counts.forEach((key, n) -> out.add(new Count(key.term(), key.n(), key.surface(), n[0])));
    return out;
  }

  private static void add(Map<Key, int[]> counts, Key key) {
    counts.computeIfAbsent(key, k -> new int[1])[0]++;
  }
}
