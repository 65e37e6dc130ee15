package org.wiretrace.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The Lucene chain that turns a sentence into terms: curly apostrophes made straight (so "don’t" meets the stop
 * list), StandardTokenizer (Unicode UAX #29 word breaks), possessive "’s" removed, numbers and emoji dropped,
 * lower case, English stop words (Snowball's list and Lucene's default) removed, KStem. KStem is dictionary-based
 * and leaves words it does not know alone, so names survive as themselves (lavrov, ryabkov, geneva), where Porter
 * would cut "ukraine" to "ukrain". Each token also keeps its surface form: the lower-case word before stemming.
 *
 * <p>Not thread-safe: it owns one reusable token stream. Make one per partition.
 */
public final class TermAnalyzer {
  static final CharArraySet STOP_WORDS = stopWords();
  private static final NormalizeCharMap APOSTROPHES = apostrophes();
  private static final Set<String> DROPPED_TYPES = Set.of(
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

  /**
   * One term of a sentence; {@code afterGap} when a stop word or number was dropped just before it, or punctuation
   * other than a hyphen stands between it and the previous word: no bigram spans a gap.
   */
  public record Token(String term, String surface, boolean afterGap) {}

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final SurfaceRecorder surface;
  private final TokenStream stream;
  private final CharTermAttribute term;
  private final PositionIncrementAttribute increment;
  private final OffsetAttribute offset;

  public TermAnalyzer() {
    TokenStream chain = new EnglishPossessiveFilter(tokenizer);
    chain = new TypeTokenFilter(chain, DROPPED_TYPES);
    chain = new LowerCaseFilter(chain);
    chain = new StopFilter(chain, STOP_WORDS);
    surface = new SurfaceRecorder(chain);
    stream = new KStemFilter(surface);
    term = stream.addAttribute(CharTermAttribute.class);
    increment = stream.addAttribute(PositionIncrementAttribute.class);
    offset = stream.addAttribute(OffsetAttribute.class);
  }

  /** Whether a lower-case word is one of the English stop words the chain drops. */
  public static boolean isStopWord(String lowerCaseWord) {
    return STOP_WORDS.contains(lowerCaseWord);
  }

  /** The terms of one sentence, in order. */
  public List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    try {
      tokenizer.setReader(new MappingCharFilter(APOSTROPHES, new StringReader(sentence)));
      stream.reset();
      int previousEnd = -1;
      while (stream.incrementToken()) {
        boolean gap = increment.getPositionIncrement() > 1
            || previousEnd >= 0 && !joins(sentence, previousEnd, offset.startOffset());
        out.add(new Token(term.toString(), surface.last, gap));
        previousEnd = offset.endOffset();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        stream.close();
      } catch (IOException ignored) {
        // closing a StringReader cannot fail
      }
    }
    return out;
  }

  /** Only spaces or one hyphen between two words keep them in one phrase: a comma, colon or dash ends it. */
  private static boolean joins(String sentence, int previousEnd, int start) {
    String between = sentence.substring(previousEnd, start).strip();
    return between.isEmpty() || between.equals("-");
  }

  /** Remembers the word that reaches the stemmer, which pulls exactly one token per token it emits. */
  private static final class SurfaceRecorder extends TokenFilter {
    private final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    private String last;

    SurfaceRecorder(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      last = word.toString();
      return true;
    }
  }

  private static CharArraySet stopWords() {
    try (Reader snowball = new InputStreamReader(
        SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
      CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(snowball), false);
      words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      return CharArraySet.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("’", "'");
    map.add("‘", "'");
    map.add("ʼ", "'");
    return map.build();
  }
}
