package org.wiretrace.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A word bigram chain trained on real news text: it writes new sentences with the vocabulary, word frequencies and
 * sentence lengths of the training text. Bigrams (not longer contexts) so that two generated articles rarely share a
 * run of words by chance: the reuse planted by {@link CorpusGenerator} stays the only reuse to find.
 */
final class WordChain {
  /** Tokens carrying a quotation mark or markup are left out: the generator plants all quotations itself. */
  private static final Pattern UNWANTED = Pattern.compile("[\"“”„«»`<>&]|''|^'|'$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[a-z0-9%)]{2}[.?!]");
  private static final Pattern STARTS_UPPER = Pattern.compile("\\p{Lu}.*");
  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 45;

  private final String[] words;
  private final int[][] next;
  private final boolean[] ends;
  private final int[] starts;

  private WordChain(String[] words, int[][] next, boolean[] ends, int[] starts) {
    this.words = words;
    this.next = next;
    this.ends = ends;
    this.starts = starts;
  }

  /** Trains on texts (any order is fine, but the same order gives the same chain). */
  static WordChain train(Iterable<String> texts) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    List<int[]> next = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int[] starts = new int[1024];
    int nStarts = 0;
    for (String text : texts) {
      int previous = -1;
      for (String token : text.split("\\s+")) {
        if (token.isEmpty() || UNWANTED.matcher(token).find()) {
          previous = -1;
          continue;
        }
        Integer id = ids.get(token);
        if (id == null) {
          id = words.size();
          ids.put(token, id);
          words.add(token);
          next.add(new int[2]);
          sizes.add(0);
        }
        if (previous >= 0) {
          int size = sizes.get(previous);
          int[] successors = next.get(previous);
          if (size == successors.length) {
            successors = Arrays.copyOf(successors, size * 2);
            next.set(previous, successors);
          }
          successors[size] = id;
          sizes.set(previous, size + 1);
        }
        boolean startsSentence = previous < 0 || SENTENCE_END.matcher(words.get(previous)).matches();
        if (startsSentence && STARTS_UPPER.matcher(token).matches()) {
          if (nStarts == starts.length) {
            starts = Arrays.copyOf(starts, nStarts * 2);
          }
          starts[nStarts++] = id;
        }
        previous = id;
      }
    }
    int[][] trimmed = new int[words.size()][];
    boolean[] ends = new boolean[words.size()];
    for (int i = 0; i < trimmed.length; i++) {
      trimmed[i] = Arrays.copyOf(next.get(i), sizes.get(i));
      ends[i] = SENTENCE_END.matcher(words.get(i)).matches();
    }
    if (nStarts == 0) {
      throw new IllegalArgumentException("no sentences in the training text");
    }
    return new WordChain(words.toArray(String[]::new), trimmed, ends, Arrays.copyOf(starts, nStarts));
  }

  /** A sentence of 5 to 45 words that ends with a full stop (or ? or !). */
  String sentence(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int word = starts[random.nextInt(starts.length)];
    int n = 0;
    while (true) {
      if (n > 0) {
        out.append(' ');
      }
      out.append(words[word]);
      n++;
      if (ends[word] && n >= MIN_WORDS) {
        return out.toString();
      }
      int[] successors = next[word];
      if (successors.length == 0 || n >= MAX_WORDS) {
        return finish(out);
      }
      word = successors[random.nextInt(successors.length)];
      if (ends[word] && n + 1 < MIN_WORDS) {
        word = successors[random.nextInt(successors.length)];
      }
    }
  }

  /** Any word of the training text, by frequency (as a successor): the small edits of reused passages. */
  String word(SplittableRandom random) {
    int[] successors = next[starts[random.nextInt(starts.length)]];
    return successors.length == 0 ? "the" : words[successors[random.nextInt(successors.length)]];
  }

  int vocabularySize() {
    return words.length;
  }

  private static String finish(StringBuilder sentence) {
    int end = sentence.length();
    while (end > 0 && ",;:-.?!".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    sentence.setLength(end);
    return sentence.append('.').toString();
  }
}
