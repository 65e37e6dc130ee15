package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mentions layer ({@link SeeMentions}): the names and descriptors a document uses outside quotations, in reading
 * order, and for each surname the fullest name the document gives it ("Lavrov" → "Sergey Lavrov").
 */
final class Mentions {
  /** A mention at char {@code pos} in sentence {@code sentence}. */
  record Seen(int pos, int sentence, Mention mention) {}

  private final List<Seen> seen = new ArrayList<>();
  private final Map<String, String> fullest = new HashMap<>();

  void add(Mention m, int sentence) {
    seen.add(new Seen(m.begin(), sentence, m));
    if (m.kind() == Mention.Kind.PERSON) {
      String key = surname(m.name());
      String known = fullest.get(key);
      if (known == null || m.name().split(" ").length > known.split(" ").length) {
        fullest.put(key, m.name());
      }
    }
  }

  List<Seen> seen() {
    return Collections.unmodifiableList(seen);
  }

  /** The document named someone in full with this word as surname. */
  boolean knowsSurname(String word) {
    return fullest.containsKey(surname(word)) && fullest.get(surname(word)).contains(" ");
  }

  /** The fullest name the document gives this person's surname, unless it has fewer words than {@code name}. */
  String fullName(String name) {
    String full = fullest.get(surname(name));
    return full != null && full.split(" ").length >= name.split(" ").length ? full : name;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }
}
