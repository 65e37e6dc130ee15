package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KindsTest {

  private static String kindOf(String text, String startsWith) {
    QuoteDocument doc = AnnotatedDocs.resolved(text);
    Kinds.annotate(doc);
    return AnnotatedDocs.passage(doc, startsWith).kind();
  }

  @Test
  void directPartialScareAndIndirect() {
    assertEquals("direct", kindOf("\"We will not give up the fight,\" said Ms Jones.", "We will"));
    assertEquals("partial", kindOf("Ms Jones said the plan was \"a complete and utter disaster\".", "a complete"));
    // a few words after a cue that is no plain speech verb, or a few words with no cue at all
    assertEquals("scare", kindOf("Ms Jones described the plan as \"a disaster\".", "a disaster"));
    assertEquals("scare", kindOf("The so-called \"experts\" were wrong.", "experts"));
    assertEquals("indirect", kindOf("BAA said that it was working closely with all parties.", "it was"));
  }

  @Test
  void aContinuedSpeechIsDirectEvenWhenShort() {
    String text = "Dan Levy spoke online.\n\"Why not wear a mask?\" Levy asked.\n\"Do something nice.\"";
    assertEquals("direct", kindOf(text, "Do something"));
    assertEquals("scare", kindOf("Dan Levy spoke online.\n\"Do something nice.\"", "Do something"));
  }
}
