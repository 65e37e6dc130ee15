package org.wiretrace.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.text.Sentences;
import org.wiretrace.text.TermAnalyzer;

/**
 * Unigram and bigram counts of one document. A bigram is two terms next to each other in one sentence with nothing
 * dropped between them: it never spans a sentence boundary, a stop word or a number ("minister of foreign affairs"
 * gives no bigram). Sentences come from the OpenNLP English model ({@link Sentences}; a line break always ends one).
 */
public final class DocumentTerms {

  /**
   * A term of {@code n} words used {@code tf} times in the document, and how many of those uses had each surface
   * form (its words before stemming, joined by a space).
   */
  public record Count(String term, int n, int tf, Map<String, Integer> surfaces) {}

  private record Key(String term, int n) {}

  private DocumentTerms() {}

  public static List<Count> count(String text, TermAnalyzer analyzer) {
    Map<Key, Map<String, Integer>> surfaces = new HashMap<>();
    for (int[] sentence : Sentences.split(text)) {
      TermAnalyzer.Token previous = null;
      for (TermAnalyzer.Token token : analyzer.tokens(text.substring(sentence[0], sentence[1]))) {
        add(surfaces, new Key(token.term(), 1), token.surface());
        if (previous != null && !token.afterGap()) {
          add(surfaces, new Key(previous.term() + " " + token.term(), 2), previous.surface() + " " + token.surface());
        }
        previous = token;
      }
    }
    List<Count> out = new ArrayList<>(surfaces.size());
    surfaces.forEach((key, forms) -> out.add(new Count(key.term(), key.n(),
        forms.values().stream().mapToInt(Integer::intValue).sum(), forms)));
    return out;
  }

  private static void add(Map<Key, Map<String, Integer>> surfaces, Key key, String surface) {
    surfaces.computeIfAbsent(key, k -> new HashMap<>(2)).merge(surface, 1, Integer::sum);
  }
}
