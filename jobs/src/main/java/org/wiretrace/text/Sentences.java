package org.wiretrace.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from the OpenNLP English UD sentence model, within paragraphs (a line break always ends a
 * sentence). The model loads once per JVM; detectors are not thread-safe, so each thread has its own.
 */
public final class Sentences {
  static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final class Holder {
    static final SentenceModel MODEL_INSTANCE = load();
  }

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.MODEL_INSTANCE));

  private Sentences() {}

  private static SentenceModel load() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentence spans [begin, end) as char offsets, in order, covering every non-blank line. */
  public static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    SentenceDetectorME detector = DETECTOR.get();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        for (Span span : detector.sentPosDetect(line)) {
          out.add(new int[] {lineStart + span.getStart(), lineStart + span.getEnd()});
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
