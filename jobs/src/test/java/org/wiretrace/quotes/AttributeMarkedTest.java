package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.quotes.AnnotatedDocs.cueAndPhrase;

import org.junit.jupiter.api.Test;

class AttributeMarkedTest {

  private static QuoteDocument attributed(String text) {
    QuoteDocument doc = AnnotatedDocs.withMentions(text);
    AttributeMarked.annotate(doc);
    return doc;
  }

  private static String attributionOf(String text, String startsWith) {
    QuoteDocument doc = attributed(text);
    return cueAndPhrase(doc, AnnotatedDocs.passage(doc, startsWith).attribution());
  }

  @Test
  void aSpeechVerbOpeningTheSentenceBeforeItsSubjectIsTheCue() {
    String text = "Gov. Ann Roe asked the mayor to \"keep the schools open.\"\n\nResponded Mayor Ben Lee: \"That is "
        + "settled.\"\n\nAdded Roe, \"We will see.\"";
    assertEquals("Responded / Mayor Ben Lee", attributionOf(text, "That is"));
    assertEquals("Added / Roe", attributionOf(text, "We will"));
  }

  @Test
  void cueAndSpeakerAfterTheClosingMarkAndTheQuotationsShape() {
    QuoteDocument doc = attributed("\"We will win,\" said Jeremy Dear, the union leader.");
    assertEquals(1, doc.passages().size());
    Passage p = doc.passages().get(0);
    assertTrue(p.isMarked());
    assertEquals("We will win,", p.text());
    assertEquals("said / Jeremy Dear", cueAndPhrase(doc, p.attribution()));
    assertEquals(new Passage.Shape(3, true, false, false), p.shape());
  }

  @Test
  void aQuotationAsItsOwnParagraphLooksBackToTheColonBeforeIt() {
    QuoteDocument doc = attributed("Ms Hewitt said:\n\"We have doubled maternity pay.\"");
    Passage p = doc.passages().get(0);
    assertEquals("said / Ms Hewitt", cueAndPhrase(doc, p.attribution()));
    assertEquals(1, p.firstSentence());
    assertEquals(new Passage.Shape(5, true, true, false), p.shape());
  }

  @Test
  void aQuestionLooksOnToTheCueAfterIt() {
    assertEquals("asked / Levy", attributionOf("\"Why not wear a mask?\" Levy asked.", "Why not"));
  }

  @Test
  void theNearestCueBeforeSkipsCuesInsideQuotations() {
    assertEquals("said / He", attributionOf("He said \"they said no\" and then \"yes\".", "yes"));
  }

  @Test
  void aParticipleTakesTheSpeakerOfTheCueBeforeIt() {
    assertEquals("adding / Ryabkov",
        attributionOf("Ryabkov said the talks were useful, adding \"We will try.\"", "We will try"));
    // with no cue before it, the participle's clause subject speaks
    assertEquals("adding / Sergei Ryabkov",
        attributionOf("Sergei Ryabkov met reporters, adding \"We will try.\"", "We will try"));
  }

  @Test
  void aVerbWhoseSubjectIsTheyLeavesTheQuotationToTheCueBeforeIt() {
    assertEquals("said / Ryabkov", attributionOf("Ryabkov said that they agreed \"to talk again\".", "to talk"));
  }

  @Test
  void accordingToNamesThePhraseUpToTheQuotation() {
    assertEquals("According / the minister", attributionOf("According to the minister \"it works\".", "it works"));
  }

  @Test
  void anInfinitiveCueSpeaksForTheSubjectOfTheVerbItHangsOn() {
    String text = "Ruth Mayer spoke to investors on Tuesday. She then went on to call the rules \"absurd\" and said "
        + "that the state was \"killing small firms for no reason\".";
    assertEquals("Ruth Mayer", FoundQuotes.speaker(text, "absurd"));
    assertEquals("Ruth Mayer", FoundQuotes.speaker(text, "killing small firms"));
    String alleged = "Colin Pratt is alleged to have told the clerk: \"I am the husband of the governor.\"";
    assertEquals("Colin Pratt", FoundQuotes.speaker(alleged, "I am the husband"));
  }

  @Test
  void withOpensAClauseWhoseSubjectSpeaks() {
    String text = "The Greens launched their manifesto on Monday, with leader Anna Holt saying the party was the "
        + "\"real alternative\" on climate.";
    assertEquals("saying / leader Anna Holt", attributionOf(text, "real alternative"));
  }

  @Test
  void aSecondVerbOfAPronounSubjectSpeaksForThePronoun() {
    String text = "Senator Joan Pike toured the plant on Friday. She met workers at the gate and said in a radio "
        + "interview that \"the jobs are coming back.\"";
    assertEquals("said / She", attributionOf(text, "the jobs"));
    assertEquals("Joan Pike", FoundQuotes.speaker(text, "the jobs"));
    // "it" opening the sentence is seldom anyone's: "It might mean saying “…”"
    String it = "The plan is vague. It might mean working late, or saying \"enough\" to the boss.";
    assertNull(FoundQuotes.speaker(it, "enough"));
  }

  @Test
  void verbsOfLabellingAndOfSpeakingInNewsStyle() {
    String text = "Treasury spokesman Mark Dale also branded the proposals as \"voodoo accounting\". Tom Reese "
        + "pronounced the scheme \"dead in the water\".";
    assertEquals("Mark Dale", FoundQuotes.speaker(text, "voodoo"));
    assertEquals("Tom Reese", FoundQuotes.speaker(text, "dead in the water"));
    String chimed = "Lee Hart said the parks would reopen soon. \"We can't wait,\" he enthused. Mayor Ana Ortiz "
        + "chimed in with \"not before June,\" followed by a warning that gyms would stay \"closed until we know "
        + "more.\"";
    assertEquals("Lee Hart", FoundQuotes.speaker(chimed, "We can't wait"));
    assertEquals("Ana Ortiz", FoundQuotes.speaker(chimed, "not before June"));
    assertEquals("Ana Ortiz", FoundQuotes.speaker(chimed, "closed until"));
  }

  @Test
  void aSpeakerWonderingAloudAsksTheQuestionQuoted() {
    String text = "Nurse Dana Pruitt has two toddlers. \"Will the day care be safe?\" Pruitt wonders. \"Who will "
        + "pay for it?\" No wonder \"the waiting lists\" are long.";
    assertEquals("Dana Pruitt", FoundQuotes.speaker(text, "Will the day care"));
    assertEquals("Dana Pruitt", FoundQuotes.speaker(text, "Who will pay"));
    assertNull(FoundQuotes.speaker(text, "the waiting lists"));
  }

  @Test
  void aCueLackingItsObjectBeforeAsIsAPassive() {
    String text = "Her record on housing got Lena Ortiz hailed as a \"fearless reformer\" in the local press.";
    assertNull(FoundQuotes.speaker(text, "fearless reformer"));
  }
}
