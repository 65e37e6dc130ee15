package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The language of a text as an ISO 639-1 code ("en"), from OpenNLP's language detection model. */
public final class LanguageGuesser {
  /**
   * Enough text for a confident guess: the model's cost grows with the sample, and on the 2,225 BBC articles 500
   * characters gave the same answers as 2,000 in a quarter of the time (docs/benchmarks.md, "Ingest").
   */
  private static final int SAMPLE_CHARS = 500;
  private static final int MIN_CHARS = 20;
  /**
   * English prose is told without the model, which costs about 0.45 ms per article: a sample of at least
   * {@link #MIN_WORDS} words, a fifth of them English stop words and "the" twice. On Reuters-21578, BBC News and
   * ReCOVery the model said "en" for every sample that passes, and none of 20 words or more that it gave another
   * language had an eighth of its words English stop words (docs/benchmarks.md, "Session 7").
   */
  private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final int MIN_WORDS = 20;
  private static final double MIN_STOP_SHARE = 0.2;
  private static final int MIN_THE = 2;
  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(new Locale(code).getISO3Language(), code);
    }
  }

  /** The model is loaded once per JVM (about 10 MB) and the detector is thread-safe for prediction. */
  private static final class Holder {
    static final LanguageDetectorME DETECTOR = load();

    private static LanguageDetectorME load() {
      try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private LanguageGuesser() {}

  /** The language code, or null for a text too short to tell. */
  public static String guess(String text) {
    if (text == null || text.strip().length() < MIN_CHARS) {
      return null;
    }
    String sample = text.substring(0, Math.min(text.length(), SAMPLE_CHARS));
    if (plainlyEnglish(sample)) {
      return "en";
    }
    Language best = Holder.DETECTOR.predictLanguage(sample);
    return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
  }

  /** Whether the sample's words are English stop words often enough that the model could only say "en". */
  static boolean plainlyEnglish(String sample) {
    char[] lower = sample.toLowerCase(Locale.ROOT).toCharArray();
    int words = 0;
    int stopWords = 0;
    int the = 0;
    int start = -1;
    for (int i = 0; i <= lower.length; i++) {
      boolean letter = i < lower.length && Character.isLetter(lower[i]);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words++;
        if (ENGLISH_STOP_WORDS.contains(lower, start, i - start)) {
          stopWords++;
          the += i - start == 3 && lower[start] == 't' && lower[start + 1] == 'h' && lower[start + 2] == 'e' ? 1 : 0;
        }
        start = -1;
      }
    }
    return words >= MIN_WORDS && the >= MIN_THE && stopWords >= MIN_STOP_SHARE * words;
  }
}
