package org.wiretrace.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Counts word tokens the way Lucene's StandardTokenizer (Unicode UAX #29 word breaks) finds them. */
public final class WordCounter {
  private static final ThreadLocal<StandardTokenizer> TOKENIZER = ThreadLocal.withInitial(StandardTokenizer::new);

  private WordCounter() {}

  public static int count(String text) {
    StandardTokenizer tokenizer = TOKENIZER.get();
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int n = 0;
      while (tokenizer.incrementToken()) {
        n++;
      }
      tokenizer.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException ignored) {
        // closing a StringReader cannot fail
      }
    }
  }
}
