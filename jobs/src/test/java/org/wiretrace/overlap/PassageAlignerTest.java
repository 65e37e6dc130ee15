package org.wiretrace.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretrace.text.Words;

/** Generated documents with planted reused passages, edited a little; offsets expected from where they were put. */
class PassageAlignerTest {
  private static final PassageAligner ALIGNER = new PassageAligner(5, 12, 8);
  private final Random random = new Random(42);

  /** {@code n} random words from a 5,000-word vocabulary (so chance 5-word matches do not happen). */
  private List<String> randomWords(int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(5000));
    }
    return words;
  }

  /** Words the prefix of {@link #text} adds ("ünicode" and the emoji, which StandardTokenizer keeps as a token). */
  private static final int PREFIX_WORDS = 2;

  /** Text of the words joined by spaces after a non-ASCII prefix, so code-point and char offsets differ. */
  private static String text(List<String> words) {
    return "Ünïcödé 😀 " + String.join(" ", words);
  }

  /** Code-point offset of word {@code i} in {@link #text}. */
  private static int begin(List<String> words, int i) {
    String prefix = "Ünïcödé 😀 " + String.join(" ", words.subList(0, i)) + (i == 0 ? "" : " ");
    return prefix.codePointCount(0, prefix.length());
  }

  private static int end(List<String> words, int i) {
    return begin(words, i) + words.get(i).length();
  }

  @Test
  void aPlantedPassageWithASubstitutionAndAnInsertionIsFoundAtItsOffsets() {
    List<String> source = randomWords(200);
    List<String> passage = new ArrayList<>(source.subList(60, 110));
    passage.set(20, "edited");
    passage.add(35, "inserted");
    List<String> copy = randomWords(30);
    copy.addAll(passage);
    copy.addAll(randomWords(40));

    List<PassageAligner.Passage> found = ALIGNER.align(Words.of(text(source)), Words.of(text(copy)));

    assertEquals(1, found.size(), () -> "passages: " + found);
    PassageAligner.Passage p = found.get(0);
    assertEquals(begin(source, 60), p.aBegin());
    assertEquals(end(source, 109), p.aEnd());
    assertEquals(begin(copy, 30), p.bBegin());
    assertEquals(end(copy, 30 + 50), p.bEnd());
    assertEquals(50, p.words());
  }

  @Test
  void twoPassagesFarApartStaySeparateAndShortPhrasesAreNotPassages() {
    List<String> source = randomWords(300);
    List<String> copy = randomWords(20);
    copy.addAll(source.subList(10, 40));
    copy.addAll(randomWords(50));
    copy.addAll(source.subList(200, 215));
    copy.addAll(randomWords(20));
    copy.addAll(source.subList(100, 111)); // 11 words: shorter than a passage
    copy.addAll(randomWords(20));

    List<PassageAligner.Passage> found = ALIGNER.align(Words.of(text(source)), Words.of(text(copy)));

    assertEquals(2, found.size(), () -> "passages: " + found);
    assertEquals(shifted(10, 40, 20, 50), ranges(found.get(0)));
    assertEquals(shifted(200, 215, 100, 115), ranges(found.get(1)));
  }

  @Test
  void textRepeatedJustAfterAPassageInOneDocumentOnlyIsAPassageOfItsOwn() {
    // b repeats a's words 20..31 five words after the copy of a's words 0..39 ends: that is not the passage going on
    // (a does not go on), so it stays apart and the first passage ends at the same words in both.
    List<String> source = randomWords(60);
    List<String> copy = new ArrayList<>(source.subList(0, 40));
    copy.addAll(randomWords(5));
    copy.addAll(source.subList(20, 32));
    copy.addAll(randomWords(20));

    List<PassageAligner.Passage> found = ALIGNER.align(Words.of(text(source)), Words.of(text(copy)));

    // The first passage also holds the prefix both texts start with.
    assertEquals(List.of(List.of(0, 42, 0, 42), shifted(20, 32, 45, 57)),
        found.stream().map(PassageAlignerTest::ranges).toList());
  }

  @Test
  void aRepeatedWordIsNotAligned() {
    String chant = "buffalo ".repeat(5000);
    assertEquals(List.of(), ALIGNER.align(Words.of(chant), Words.of(chant)));
  }

  @Test
  void coveredWordsCountEachWordOnce() {
    assertEquals(20, PassageAligner.coveredWords(new int[] {20, 0, 5}, new int[] {25, 10, 15}));
    assertEquals(0, PassageAligner.coveredWords(new int[0], new int[0]));
  }

  private static List<Integer> shifted(int... wordIndices) {
    return java.util.Arrays.stream(wordIndices).map(i -> i + PREFIX_WORDS).boxed().toList();
  }

  private static List<Integer> ranges(PassageAligner.Passage p) {
    return List.of(p.aWordBegin(), p.aWordEnd(), p.bWordBegin(), p.bWordEnd());
  }
}
