package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {
  private static final String INTERVIEW = "SMITH: We have been working on this plan for many months now.\n"
      + "JONES: And what do you expect from the talks in Geneva next week?\n"
      + "SMITH: We expect a deal that both sides can accept in the end.\n";

  private static List<String> labels(String text) {
    return Transcript.turns(text).stream().map(turn -> turn.label(text)).toList();
  }

  @Test
  void labelsOpenLinesWhateverEndsThem() {
    assertEquals(List.of("SMITH", "JONES", "SMITH"), labels(INTERVIEW));
    for (String lineEnd : new String[] {"\r\n", "\r", "\u2028"}) {
      assertEquals(List.of("SMITH", "JONES", "SMITH"), labels(INTERVIEW.replace("\n", lineEnd)), lineEnd);
    }
  }

  @Test
  void aLabelMustOpenItsLine() {
    assertEquals(List.of(), labels(INTERVIEW.replace("JONES:", "He asked JONES:")));
  }

  @Test
  void theSalutationsOfAnAdviceColumnAreNoSpeakers() {
    String column = "DEAR ABBY: My sister borrows my car every weekend and returns it with an empty tank.\n\n"
        + "DEAR ABBY: Tell her the tank goes back full, or the keys stay in your drawer from now on.\n\n"
        + "DEAR CAR OWNER: A full tank is the least she owes you for the favour.\n";
    assertEquals(List.of(), labels(column));
  }
}
