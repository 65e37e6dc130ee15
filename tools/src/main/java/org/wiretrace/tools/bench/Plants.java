package org.wiretrace.tools.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted ground truth of a synthetic article, as paragraphs: quotations in the usual news patterns with a known
 * speaker, and passages copied from another outlet's article with small edits.
 */
final class Plants {
  /** A paragraph of an article; a planted quotation's words are {@code [quoteBegin, quoteEnd)} of the paragraph. */
  record Paragraph(String text, Kind kind, int quoteBegin, int quoteEnd, String speaker, String pattern) {
    static Paragraph plain(String text) {
      return new Paragraph(text, Kind.PLAIN, -1, -1, null, null);
    }
  }

  enum Kind { PLAIN, QUOTE, REUSED }

  /** The attribution patterns planted, with how often each occurs. */
  enum Pattern { QUOTE_SAID_NAME, QUOTE_NAME_SAID, NAME_SAID_COLON, PRONOUN_AFTER_MENTION, ACCORDING_TO }

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private Plants() {}

  /** A quotation of one or two generated sentences, attributed to a roster speaker in one of the patterns. */
  static Paragraph quote(WordChain chain, SplittableRandom random, int roster) {
    Newsroom.Speaker who = Newsroom.anySpeaker(random, roster);
    String said = chain.sentence(random);
    if (random.nextInt(3) == 0) {
      said = said + " " + chain.sentence(random);
    }
    String open = random.nextBoolean() ? "\"" : "“";
    String close = open.equals("\"") ? "\"" : "”";
    String clause = said.substring(0, said.length() - 1) + ",";
    Pattern pattern = Pattern.values()[random.nextInt(Pattern.values().length)];
    String before;
    String quoted;
    String after;
    switch (pattern) {
      case QUOTE_SAID_NAME -> {
        before = "";
        quoted = clause;
        after = " said " + who.name() + ", " + who.title() + ".";
      }
      case QUOTE_NAME_SAID -> {
        before = "";
        quoted = clause;
        after = " " + who.name() + " said.";
      }
      case NAME_SAID_COLON -> {
        before = who.name() + " said: ";
        quoted = said;
        after = "";
      }
      case PRONOUN_AFTER_MENTION -> {
        before = who.name() + ", " + who.title() + ", spoke to reporters on " + DAYS[random.nextInt(DAYS.length)]
            + ". ";
        quoted = clause;
        after = " " + who.pronoun() + " said.";
      }
      default -> {
        before = "According to " + who.name() + ", ";
        quoted = Character.toLowerCase(said.charAt(0)) + said.substring(1);
        after = "";
      }
    }
    int begin = before.length() + open.length();
    String text = before + open + quoted + close + after;
    return new Paragraph(text, Kind.QUOTE, begin, begin + quoted.length(), who.name(), pattern.name());
  }

  /**
   * A passage copied from an original: its paragraphs {@code [first, first + count)} (plain ones), inserted with small
   * edits as paragraphs {@code [at, at + count)} of the copy, published {@code lagHours} after the original.
   */
  record Reuse(CorpusGenerator.Article original, int first, int count, int at, int words, int edits, int lagHours) {}

  /**
   * Copies one or two consecutive plain paragraphs of the original into {@code paragraphs} (at a random place, not
   * first), edited; null when the original has no plain paragraph.
   */
  static Reuse copy(CorpusGenerator.Article original, List<Paragraph> paragraphs, WordChain chain,
      SplittableRandom random) {
    List<Paragraph> from = original.paragraphs();
    int first = random.nextInt(from.size());
    for (int tries = 0; tries < from.size() && from.get(first).kind() != Kind.PLAIN; tries++) {
      first = (first + 1) % from.size();
    }
    if (from.get(first).kind() != Kind.PLAIN) {
      return null;
    }
    int count = first + 1 < from.size() && from.get(first + 1).kind() == Kind.PLAIN && random.nextBoolean() ? 2 : 1;
    int at = 1 + random.nextInt(paragraphs.size());
    int words = 0;
    int edits = 0;
    for (int k = 0; k < count; k++) {
      Edited edited = edit(from.get(first + k).text(), chain, random);
      paragraphs.add(at + k, new Paragraph(edited.text(), Kind.REUSED, -1, -1, null, null));
      words += edited.text().split(" ").length;
      edits += edited.edits();
    }
    return new Reuse(original, first, count, at, words, edits, 1 + random.nextInt(72));
  }

  /** An edited copy of a passage: about one word in 33 replaced by another, one in 100 dropped. */
  static Edited edit(String passage, WordChain chain, SplittableRandom random) {
    String[] words = passage.split(" ");
    StringBuilder out = new StringBuilder(passage.length());
    int edits = 0;
    for (String word : words) {
      int roll = random.nextInt(100);
      if (roll == 0) {
        edits++;
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      if (roll <= 3) {
        edits++;
        out.append(chain.word(random));
      } else {
        out.append(word);
      }
    }
    return new Edited(out.toString(), edits);
  }

  record Edited(String text, int edits) {}
}
