package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview or transcript printed as "NAME: words" paragraphs ("SMITH: …", "Scott Pelley: …",
 * "Q: …" / "A: …"). A document is a transcript when at least {@link #MIN_TURNS} paragraphs open with a speaker's
 * label, by at least two labels, one of them used twice, and at least two turns run to {@link #SPEECH_WORDS} words
 * (a list of "NAMI: New York-$83,000" entries is no transcript); labels that are furniture ("Photo:", "Read more:",
 * "Subs:") are no speakers. Offsets are chars of the text; a turn's words run to the end of its paragraph.
 */
final class Transcript {
  static final int MIN_TURNS = 3;
  /** Words of a turn that reads as speech. */
  static final int SPEECH_WORDS = 8;

  /**
   * A turn: the label [labelBegin, labelEnd) and the words [begin, end); {@code inMarks} when its words are the
   * label's quotations printed in marks ('Roe: "We will win." She is "sure of it."'), each a quotation of its own.
   */
  record Turn(int labelBegin, int labelEnd, int begin, int end, boolean inMarks) {
    String label(String text) {
      return text.substring(labelBegin, labelEnd);
    }

    Turn withQuotationsInMarks() {
      return new Turn(labelBegin, labelEnd, begin, end, true);
    }
  }

  /** A label: one to four capitalized words or initials ("Dr. Kamran Khan", "O'Donnell", "NP", "Q"). */
  private static final Pattern LABEL = Pattern.compile(
      "(?m)^[ \\t]*((?:\\p{Lu}[\\p{L}.'’-]*)(?:[ ](?:\\p{Lu}[\\p{L}.'’-]*)){0,3}):[ \\t]+(?=\\S)");

  /** Words that make a label page furniture or a section, not a speaker. */
  private static final Set<String> FURNITURE = Lexicon.words("photo photos file link links time times source "
      + "sources more read share see also trending summary contributing watch related update updated note editor "
      + "editors poll credit credits caption image images video videos listen subscribe advertisement result results "
      + "profile review replacements subs backs forwards live breaking exclusive opinion analysis warning "
      + "disclaimer correction tags topics follow email twitter facebook date location where when what why how "
      + "who tip tips step steps chapter part episode question answer previously background context lockdown "
      + "preview obituary scorers scorer attendance referee venue kickoff team teams squad lineup bench dear");

  private Transcript() {}

  static List<Turn> turns(String text) {
    if (text.indexOf(':') < 0) {
      return List.of();
    }
    List<Turn> candidates = new ArrayList<>();
    Map<String, Integer> uses = new HashMap<>();
    Matcher m = LABEL.matcher(text);
    // a label opens a line and ends within it: try the pattern at each line's start, not at every char
    for (int line = 0; line < text.length(); line = nextLine(text, line)) {
      if (!m.region(line, text.length()).lookingAt()) {
        continue;
      }
      String label = m.group(1);
      if (!isSpeakerLabel(label)) {
        continue;
      }
      int end = text.indexOf('\n', m.end());
      end = end < 0 ? text.length() : end;
      while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      candidates.add(new Turn(m.start(1), m.end(1), m.end(), end, false));
      uses.merge(label.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    boolean repeated = uses.values().stream().anyMatch(n -> n >= 2);
    long speech = candidates.stream()
        .filter(turn -> QuoteText.splitWords(text.substring(turn.begin(), turn.end())) >= SPEECH_WORDS).count();
    return candidates.size() >= MIN_TURNS && uses.size() >= 2 && repeated && speech >= 2 ? candidates : List.of();
  }

  /**
   * Where the line after the one at {@code from} starts, or the text's end: past the next line terminator as the
   * pattern's {@code ^} knows them: CR LF, LF, CR, next line, line separator, paragraph separator.
   */
  private static int nextLine(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i + 2;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean isSpeakerLabel(String label) {
    for (String word : label.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
      if (FURNITURE.contains(lower) || Lexicon.CAP_STOPS.contains(lower) || Lexicon.PRONOUNS.contains(lower)) {
        return false;
      }
    }
    return true;
  }
}
