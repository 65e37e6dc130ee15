package org.wiretrace.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster root of each distinct form in one JVM, for corpora whose forms fit in memory; the same links as
 * {@link QuoteClusters} makes in Spark for more. A form's parent is the greater form it may join
 * ({@link QuoteForms#joins}) with the most words, then the fewest edits, then the last text; parents are always
 * greater, so following them ends at a form without one, the root. Candidates meet as there: a child's piece
 * ({@link QuoteForms#pieceBegins}) equal to a run of 3-5 of a parent's words, both compared as numbers.
 */
final class FormTrees {
  private FormTrees() {}

  /** Root of every form that joins another; a form missing from the map is its own root. */
  static Map<String, String> roots(Collection<String> forms) {
    Map<String, String> parents = parents(forms);
    Map<String, String> roots = new HashMap<>();
    for (String form : parents.keySet()) {
      String root = form;
      while (parents.containsKey(root)) {
        root = parents.get(root);
      }
      roots.put(form, root);
    }
    return roots;
  }

  private static Map<String, String> parents(Collection<String> distinctForms) {
    List<String> forms = List.copyOf(distinctForms);
    String[][] words = new String[forms.size()][];
    int[][] wordIds = new int[forms.size()][];
    Map<String, Integer> vocabulary = new HashMap<>();
    // Indexed by the children's few pieces, not the parents' many runs: memory grows with forms, not their words.
    Map<Long, List<Integer>> childrenByPiece = new HashMap<>();
    for (int f = 0; f < forms.size(); f++) {
      words[f] = QuoteForms.words(forms.get(f));
      wordIds[f] = new int[words[f].length];
      for (int i = 0; i < words[f].length; i++) {
        Integer id = vocabulary.putIfAbsent(words[f][i], vocabulary.size());
        wordIds[f][i] = id == null ? vocabulary.size() - 1 : id;
      }
      int keyWords = QuoteForms.pieceKeyWords(words[f].length);
      for (int begin : QuoteForms.pieceBegins(words[f].length)) {
        childrenByPiece.computeIfAbsent(runKey(wordIds[f], begin, keyWords), k -> new ArrayList<>()).add(f);
      }
    }
    Candidate[] best = new Candidate[forms.size()];
    int[] metBy = new int[forms.size()];
    Arrays.fill(metBy, -1);
    for (int parent = 0; parent < forms.size(); parent++) {
      Set<Integer> parentWords = new HashSet<>();
      for (int id : wordIds[parent]) {
        parentWords.add(id);
      }
      for (int keyWords = QuoteForms.MIN_KEY_WORDS; keyWords <= QuoteForms.MAX_KEY_WORDS; keyWords++) {
        for (int begin = 0; begin + keyWords <= wordIds[parent].length; begin++) {
          for (int child : childrenByPiece.getOrDefault(runKey(wordIds[parent], begin, keyWords), List.of())) {
            // A parent is never shorter than its child: the cheapest test first.
            if (words[child].length > words[parent].length || metBy[child] == parent) {
              continue;
            }
            metBy[child] = parent;
            if (tooManyMissing(wordIds[child], parentWords)) {
              continue;
            }
            int edits = QuoteForms.joins(words[child], forms.get(child), words[parent], forms.get(parent));
            if (edits >= 0) {
              Candidate candidate = new Candidate(forms.get(parent), words[parent].length, edits);
              best[child] = best[child] == null ? candidate : Candidate.better(best[child], candidate);
            }
          }
        }
      }
    }
    Map<String, String> parents = new HashMap<>();
    for (int child = 0; child < forms.size(); child++) {
      if (best[child] != null) {
        parents.put(forms.get(child), best[child].parent());
      }
    }
    return parents;
  }

  /**
   * A run of words as one number, from their ids. Two different runs may share it, which only adds a candidate that
   * the tests after reject; the same run always gives the same number.
   */
  private static long runKey(int[] wordIds, int begin, int length) {
    long key = length;
    for (int i = begin; i < begin + length; i++) {
      key = key * 0x9E3779B97F4A7C15L + wordIds[i];
    }
    return key;
  }

  /**
   * Whether more of the child's words are missing from the parent than it may edit: each missing word costs an edit,
   * so {@link QuoteForms#joins} would refuse it; counting is far cheaper than its edit distance.
   */
  private static boolean tooManyMissing(int[] child, Set<Integer> parentWords) {
    int allowed = QuoteForms.maxEdits(child.length);
    for (int word : child) {
      if (!parentWords.contains(word) && --allowed < 0) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(String parent, int words, int edits) {
    static Candidate better(Candidate a, Candidate b) {
      if (a.words != b.words) {
        return a.words > b.words ? a : b;
      }
      if (a.edits != b.edits) {
        return a.edits < b.edits ? a : b;
      }
      return a.parent.compareTo(b.parent) > 0 ? a : b;
    }
  }
}
