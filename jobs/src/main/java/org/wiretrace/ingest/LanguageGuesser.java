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

/** The language of a text as an ISO 639-1 code ("en"), from OpenNLP's language detection model. */
public final class LanguageGuesser {
  /**
   * Enough text for a confident guess: the model's cost grows with the sample, and on the 2,225 BBC articles 500
   * characters gave the same answers as 2,000 in a quarter of the time (docs/benchmarks.md, "Ingest").
   */
  private static final int SAMPLE_CHARS = 500;
  private static final int MIN_CHARS = 20;
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
    Language best = Holder.DETECTOR.predictLanguage(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)));
    return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
  }
}
