package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wiretrace.quotes.AnnotatedDocs.cueAndPhrase;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

  /** The document's marked quotations attributed, then its reported speech found. */
  private static QuoteDocument reported(String text) {
    QuoteDocument doc = AnnotatedDocs.withMentions(text);
    AttributeMarked.annotate(doc);
    ReportedSpeech.annotate(doc);
    return doc;
  }

  @Test
  void reportedSpeechInSentencesWithoutQuotationsInReadingOrderWithTheMarkedOnes() {
    String text = "BAA said it was working closely with all parties. Officials said that the \"plan\" was working "
        + "well. Further details will follow on Monday. New technology means it is easier to land, she added. "
        + "According to the company, the flights will resume next week.";
    QuoteDocument doc = reported(text);
    // the second sentence holds a quotation, so it has no reported speech; the third reports nobody
    assertEquals(List.of("it was working closely with all parties", "plan",
        "New technology means it is easier to land", "the flights will resume next week"), AnnotatedDocs.texts(doc));
    Passage baa = doc.passages().get(0);
    assertFalse(baa.isMarked());
    assertEquals(0, baa.firstSentence());
    assertEquals(text.indexOf("it was"), baa.begin());
    assertEquals(text.indexOf(" with all parties") + " with all parties".length(), baa.end());
    assertEquals("said / BAA", cueAndPhrase(doc, baa.attribution()));
    assertEquals("added / she", cueAndPhrase(doc, doc.passages().get(2).attribution()));
    assertEquals("According / the company", cueAndPhrase(doc, doc.passages().get(3).attribution()));
  }

  @Test
  void aTextOpeningWithAParenthesisedCompanyNameReportsItsSpeech() {
    // wire copy whose lead lost its first words: the phrase before "said" starts at the text's first token
    String text = "(Acme Holdings Inc), in reporting higher earnings for the six months, said it expects third "
        + "quarter results to continue at a strong pace.";
    QuoteDocument doc = reported(text);
    assertEquals(List.of("it expects third quarter results to continue at a strong pace"), AnnotatedDocs.texts(doc));
  }

  @Test
  void aPronounWithItsVerbContractedOpensTheReportedClauseAndAQuotationAfterItContinuesTheSpeech() {
    String text = "But Tom Reyes, a realtor in Bend, said he's seen more interest from city buyers.\n\n\"It is a "
        + "direct flight to most of the cities on the coast.\"";
    assertEquals(List.of("he's seen more interest from city buyers", "It is a direct flight to most of the cities on "
        + "the coast."), AnnotatedDocs.texts(reported(text)));
    assertEquals("Tom Reyes", FoundQuotes.speaker(text, "It is a direct"));
  }

  @Test
  void anAttributionBeforeAParticiplesClauseOrAfterADashReportsWhatComesBefore() {
    // the speaker of the reported words is the one "he" means next, and the one a quotation after them continues
    String participle = "Brad Dean runs the tourism board.\n\nPuerto Rico is well poised as a destination, Dean said, "
        + "pointing out the island’s beaches.\n\n\"The community has hospitality in its DNA,\" he said.";
    assertEquals(List.of("Puerto Rico is well poised as a destination", "The community has hospitality in its DNA,"),
        AnnotatedDocs.texts(reported(participle)));
    assertEquals("Brad Dean", FoundQuotes.speaker(participle, "The community"));
    String dash = "Joseph Boschulte is the commissioner of tourism.\n\nTesting has become a cornerstone, but questions "
        + "remain as to who does it – and when – the commissioner said. \"What do we do after they come back?\"";
    assertEquals("Joseph Boschulte", FoundQuotes.speaker(dash, "What do we do"));
  }

  @Test
  void anAttributionSetOffByCommasInsideTheSentenceReportsTheSentence() {
    String text = "Ann Roe runs the agency. The plan, she said, will cost the city five billion dollars.\n\n\"We have "
        + "no choice.\" The agency will hire staff for the new program, Tom Reyes said, in the spring. The deal is "
        + "good, he said, adding that it would close in May.";
    QuoteDocument doc = reported(text);
    assertEquals(List.of("The plan, she said, will cost the city five billion dollars", "We have no choice.",
        "The agency will hire staff for the new program, Tom Reyes said, in the spring", "it would close in May"),
        AnnotatedDocs.texts(doc));
    assertEquals("said / she", cueAndPhrase(doc, doc.passages().get(0).attribution()));
    assertEquals("Ann Roe", FoundQuotes.speaker(text, "We have no choice"));
  }

  @Test
  void aNameBeforeAnAppositiveEndingTheSentenceSaysWhatItReports() {
    String text = "The rate decision is a surprise for the markets, Anna Keller, senior economist at Nordbank, said. "
        + "Loans will cost more next year, the bank's chief economist, Paul Sand, said. Prices will rise next year, "
        + "analysts said.";
    QuoteDocument doc = reported(text);
    assertEquals(List.of("The rate decision is a surprise for the markets", "Loans will cost more next year",
        "Prices will rise next year"), AnnotatedDocs.texts(doc));
    assertEquals("said / Anna Keller", cueAndPhrase(doc, doc.passages().get(0).attribution()));
    assertEquals("said / Paul Sand", cueAndPhrase(doc, doc.passages().get(1).attribution()));
    assertEquals("said / analysts", cueAndPhrase(doc, doc.passages().get(2).attribution()));
    // the name after the cue, then its description to the end of the sentence
    QuoteDocument described = reported("Most shares are held by other firms, said Ken Oda, general manager of the "
        + "bank's research division. Rates will fall, said Ann Roe, who runs a bank and warned of a crash.");
    assertEquals(List.of("Most shares are held by other firms"), AnnotatedDocs.texts(described));
    assertEquals("said / Ken Oda", cueAndPhrase(described, described.passages().get(0).attribution()));
    // a state after a city is no name set off before an appositive
    QuoteDocument place = reported("Acme Steel Corp's plant in Napa, Calif, has been sold to a group of investors, "
        + "the company said.");
    assertEquals("said / the company", cueAndPhrase(place, place.passages().get(0).attribution()));
  }

  @Test
  void aCapitalizedCueWordIsAVerbInAHeadlineAndANamesWordInASentence() {
    QuoteDocument headline = reported("Zentrix Says It Has Won Its Battle Against Rivals\n\nThe firm grew.");
    assertEquals("Says / Zentrix", cueAndPhrase(headline, headline.passages().get(0).attribution()));
    QuoteDocument wire = reported("Zentrix Nederland B.A. Said it is launching a 250 mln guilder bond.");
    assertEquals("Said / Zentrix Nederland B.A.", cueAndPhrase(wire, wire.passages().get(0).attribution()));
    QuoteDocument outlet = reported("Rose told the East Wales Evening Post that after visiting the theatre he was "
        + "surprised by its beauty.");
    assertFalse(outlet.passages().stream().anyMatch(p -> cueAndPhrase(outlet, p.attribution()).startsWith("Post")));
  }
}
