package org.wiretrace.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A document's normalized word sequence with each word's code-point offsets into the text. Words are Lucene's
 * StandardTokenizer tokens (Unicode UAX #29 word breaks, the tokens {@code documents.n_tokens} counts), lower-cased
 * and ASCII-folded so that "Sergei"/"SERGEI", "don’t"/"don't" and "Zürich"/"Zurich" match when one outlet retypes
 * another's text. No stemming and no stop words: reuse is a matter of the same words in the same order.
 */
public record Words(String[] terms, int[] begins, int[] ends) {
  private static final Analyzer NORMALIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
      return new TokenStreamComponents(tokenizer, folded);
    }
  };

  public static Words of(String text) {
    int capacity = 16;
    String[] terms = new String[capacity];
    int[] begins = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    try (TokenStream stream = NORMALIZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int charPos = 0;
      int codePointPos = 0;
      while (stream.incrementToken()) {
        if (n == capacity) {
          capacity *= 2;
          terms = Arrays.copyOf(terms, capacity);
          begins = Arrays.copyOf(begins, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
        // Offsets are UTF-16 indices and increase: convert them to code points incrementally.
        codePointPos += text.codePointCount(charPos, offset.startOffset());
        begins[n] = codePointPos;
        codePointPos += text.codePointCount(offset.startOffset(), offset.endOffset());
        ends[n] = codePointPos;
        charPos = offset.endOffset();
        terms[n++] = term.toString();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Words(Arrays.copyOf(terms, n), Arrays.copyOf(begins, n), Arrays.copyOf(ends, n));
  }

  public int size() {
    return terms.length;
  }
}
