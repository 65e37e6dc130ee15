package org.wiretrace.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two written names are the same person: the same surname, or one typo apart in a surname of five letters or
 * more (Blinken/Blinkin, Scholz/Schulz, Monteith/Montieth), AND compatible first names — equal, a known short form
 * (Tony → Antony,
 * Anthony), one letter apart in a transliteration (Sergey/Sergei, Antony/Anthony), or an initial. Two people who
 * share a surname but not a compatible first name stay apart; a bare surname joins only when its block holds one
 * person.
 */
public final class NameVariants {
  private static final Map<String, Set<String>> SHORT_FORMS = new HashMap<>();

  static {
    shortForm("tony", "antony", "anthony");
    shortForm("bill", "william");
    shortForm("will", "william");
    shortForm("bob", "robert");
    shortForm("rob", "robert");
    shortForm("jim", "james");
    shortForm("jimmy", "james");
    shortForm("mike", "michael");
    shortForm("dave", "david");
    shortForm("joe", "joseph");
    shortForm("tom", "thomas");
    shortForm("dick", "richard");
    shortForm("rick", "richard");
    shortForm("ted", "edward");
    shortForm("ed", "edward");
    shortForm("chris", "christopher");
    shortForm("alex", "alexander", "alexandra");
    shortForm("nick", "nicholas");
    shortForm("steve", "steven", "stephen");
    shortForm("sasha", "alexander", "alexandra");
    shortForm("dmitri", "dmitry");
    shortForm("liz", "elizabeth");
    shortForm("kate", "katherine", "catherine");
    shortForm("ben", "benjamin");
    shortForm("sam", "samuel", "samantha");
    shortForm("jack", "john");
    shortForm("johnny", "john");
  }

  private static void shortForm(String nick, String... full) {
    SHORT_FORMS.put(nick, Set.of(full));
  }

  private NameVariants() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Lower case, accents folded, dots dropped: "Sergéi" → "sergei". */
  public static String fold(String name) {
    if (isAscii(name)) { // nothing to decompose or drop: most names
      return name.replace(".", "").toLowerCase(Locale.ROOT).trim();
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace(".", "").toLowerCase(Locale.ROOT).trim();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The block a name is compared within: its surname's consonant skeleton (Blinken, Blinkin → blnkn). */
  public static String block(String name) {
    String surname = surname(fold(name));
    StringBuilder out = new StringBuilder();
    for (char c : surname.toCharArray()) {
      if ("aeiouy".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.length() == 0 ? surname : out.toString();
  }

  private static String surname(String folded) {
    return folded.substring(folded.lastIndexOf(' ') + 1);
  }

  private static String firstName(String folded) {
    int space = folded.indexOf(' ');
    return space < 0 ? "" : folded.substring(0, space);
  }

  /** Both have a first name and they are compatible, and the surnames match. */
  public static boolean samePerson(String a, String b) {
    String fa = fold(a);
    String fb = fold(b);
    return surnamesMatch(surname(fa), surname(fb)) && firstNamesMatch(firstName(fa), firstName(fb));
  }

  static boolean surnamesMatch(String a, String b) {
    return a.equals(b) || Math.min(a.length(), b.length()) >= 5 && Math.abs(a.length() - b.length()) <= 1
        && editDistance(a, b) <= 1; // lengths further apart take more edits
  }

  static boolean firstNamesMatch(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)) {
      return true;
    }
    if (SHORT_FORMS.getOrDefault(a, Set.of()).contains(b) || SHORT_FORMS.getOrDefault(b, Set.of()).contains(a)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 4 && a.charAt(0) == b.charAt(0) && editDistance(a, b) <= 1;
  }

  /**
   * Groups the names of one block: each name maps to its group's canonical form, the most frequent full name (then
   * the longest, then the first alphabetically). A bare surname joins the block's only group with that surname spelt
   * the same: without a first name, one letter apart is another person ("Tretter" is not "Greg Trotter").
   */
  public static Map<String, String> canonical(Map<String, Long> counts) {
    List<String> names = new ArrayList<>(counts.keySet());
    names.sort(Comparator.naturalOrder());
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (samePerson(names.get(i), names.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, String> best = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      best.merge(find(parent, i), names.get(i), (x, y) -> better(x, y, counts));
    }
    for (int i = 0; i < names.size(); i++) { // a bare surname joins the one group it can belong to
      if (!names.get(i).contains(" ")) {
        int only = -1;
        for (int j = 0; j < names.size(); j++) {
          boolean root = j != i && find(parent, j) == j && best.get(j).contains(" ");
          if (root && surname(fold(names.get(i))).equals(surname(fold(best.get(j))))) {
            only = only == -1 ? j : -2;
          }
        }
        if (only >= 0) {
          parent[i] = only;
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      int root = find(parent, i);
      out.put(names.get(i), best.getOrDefault(root, names.get(i)));
    }
    return out;
  }

  private static String better(String x, String y, Map<String, Long> counts) {
    boolean fullX = x.contains(" ");
    boolean fullY = y.contains(" ");
    if (fullX != fullY) {
      return fullX ? x : y;
    }
    int byCount = Long.compare(counts.get(y), counts.get(x));
    if (byCount != 0) {
      return byCount < 0 ? x : y;
    }
    if (x.length() != y.length()) {
      return x.length() > y.length() ? x : y;
    }
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Edits between two words, a swap of two neighbouring letters counting as one (optimal string alignment): the
   * commonest typos in names are a letter wrong and two letters swapped (Monteith/Montieth).
   */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
