package org.wiretrace.tools.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic corpus and its ground truth, one JSON object a line. Offsets are Unicode code points into the
 * article's {@code text}, end exclusive, like the offsets wiretrace publishes.
 * <ul>
 *   <li>{@code corpus/part-NNNNN.jsonl}: id, source, date (ISO local), title, text (paragraphs split by a blank line)
 *   <li>{@code truth/quotes.jsonl}: doc_id, begin, end, text (the words between the quotation marks), speaker,
 *       pattern
 *   <li>{@code truth/reuse.jsonl}: doc_a (the original), a_begin, a_end, doc_b (the copy, published later by another
 *       outlet), b_begin, b_end, n_words (of the copy), edits (words replaced or dropped), lag_hours
 * </ul>
 */
final class CorpusWriter implements AutoCloseable {
  static final String PARAGRAPH_BREAK = "\n\n";

  private final JsonFactory json = new JsonFactory();
  private final Path corpus;
  private final int docsPerFile;
  private final JsonGenerator quotesOut;
  private final JsonGenerator reuseOut;
  private JsonGenerator articlesOut;
  private long articles;
  private long quotes;
  private long reuses;

  CorpusWriter(Path out, int docsPerFile) throws IOException {
    this.corpus = Files.createDirectories(out.resolve("corpus"));
    this.docsPerFile = docsPerFile;
    Path truth = Files.createDirectories(out.resolve("truth"));
    quotesOut = open(truth.resolve("quotes.jsonl"));
    reuseOut = open(truth.resolve("reuse.jsonl"));
  }

  void write(CorpusGenerator.Article article) {
    try {
      if (articles % docsPerFile == 0) {
        if (articlesOut != null) {
          finish(articlesOut);
        }
        articlesOut = open(corpus.resolve(String.format("part-%05d.jsonl", articles / docsPerFile)));
      }
      articles++;
      int[] begins = paragraphBegins(article.paragraphs());
      String text = String.join(PARAGRAPH_BREAK, article.paragraphs().stream().map(Plants.Paragraph::text).toList());
      articlesOut.writeStartObject();
      articlesOut.writeStringField("id", article.id());
      articlesOut.writeStringField("source", article.source());
      articlesOut.writeStringField("date", article.date().toString());
      articlesOut.writeStringField("title", article.title());
      articlesOut.writeStringField("text", text);
      articlesOut.writeEndObject();
      for (int k = 0; k < article.paragraphs().size(); k++) {
        Plants.Paragraph p = article.paragraphs().get(k);
        if (p.kind() == Plants.Kind.QUOTE) {
          quotes++;
          int begin = begins[k] + p.text().codePointCount(0, p.quoteBegin());
          int end = begins[k] + p.text().codePointCount(0, p.quoteEnd());
          quotesOut.writeStartObject();
          quotesOut.writeStringField("doc_id", article.id());
          quotesOut.writeNumberField("begin", begin);
          quotesOut.writeNumberField("end", end);
          quotesOut.writeStringField("text", p.text().substring(p.quoteBegin(), p.quoteEnd()));
          quotesOut.writeStringField("speaker", p.speaker());
          quotesOut.writeStringField("pattern", p.pattern());
          quotesOut.writeEndObject();
        }
      }
      if (article.reused() != null) {
        writeReuse(article, begins);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeReuse(CorpusGenerator.Article copy, int[] copyBegins) throws IOException {
    Plants.Reuse r = copy.reused();
    List<Plants.Paragraph> from = r.original().paragraphs();
    int[] originalBegins = paragraphBegins(from);
    int last = r.first() + r.count() - 1;
    int copyLast = r.at() + r.count() - 1;
    reuses++;
    reuseOut.writeStartObject();
    reuseOut.writeStringField("doc_a", r.original().id());
    reuseOut.writeNumberField("a_begin", originalBegins[r.first()]);
    reuseOut.writeNumberField("a_end", originalBegins[last] + codePoints(from.get(last).text()));
    reuseOut.writeStringField("doc_b", copy.id());
    reuseOut.writeNumberField("b_begin", copyBegins[r.at()]);
    reuseOut.writeNumberField("b_end", copyBegins[copyLast] + codePoints(copy.paragraphs().get(copyLast).text()));
    reuseOut.writeNumberField("n_words", r.words());
    reuseOut.writeNumberField("edits", r.edits());
    reuseOut.writeNumberField("lag_hours", r.lagHours());
    reuseOut.writeEndObject();
  }

  long quotes() {
    return quotes;
  }

  long reuses() {
    return reuses;
  }

  private static int[] paragraphBegins(List<Plants.Paragraph> paragraphs) {
    int[] begins = new int[paragraphs.size()];
    int at = 0;
    for (int k = 0; k < begins.length; k++) {
      begins[k] = at;
      at += codePoints(paragraphs.get(k).text()) + PARAGRAPH_BREAK.length();
    }
    return begins;
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private JsonGenerator open(Path file) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    JsonGenerator generator = json.createGenerator(writer);
    generator.setRootValueSeparator(new SerializedString("\n"));
    return generator;
  }

  @Override
  public void close() throws IOException {
    for (JsonGenerator generator : new JsonGenerator[] {articlesOut, quotesOut, reuseOut}) {
      if (generator != null) {
        finish(generator);
      }
    }
  }

  private static void finish(JsonGenerator generator) throws IOException {
    generator.writeRaw('\n');
    generator.close();
  }
}
