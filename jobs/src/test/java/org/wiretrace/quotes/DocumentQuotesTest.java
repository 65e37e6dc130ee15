package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.quotes.FoundQuotes.assertSpeaker;
import static org.wiretrace.quotes.FoundQuotes.quote;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue, speaker mention and resolution rules, on sentences taken from real news (BBC, ReCOVery, the seeds). */
class DocumentQuotesTest {

  @Test
  void speakerAfterTheQuotationInverted() {
    // BBC business/011
    String text = "\"Managers have torn up agreed procedures,\" said Jeremy Dear, NUJ General Secretary.";
    DocumentQuotes.Found f = quote(text, "Managers");
    assertSpeaker("Jeremy Dear", "person", f);
    assertEquals("said", f.cue());
    assertEquals("Jeremy Dear", f.mention());
    assertEquals(text.indexOf("Jeremy"), f.mentionBegin());
    assertEquals(text.indexOf("said"), f.cueBegin());
    assertEquals("direct", f.kind());
  }

  @Test
  void titleBeforeTheNameIsPartOfTheMentionNotTheName() {
    // BBC business/015
    String text = "\"It's a preposterous piece of legislation, we among all airlines are fighting this,\" Ryanair "
        + "deputy chief executive Michael Cawley told Radio 4's Today programme.";
    DocumentQuotes.Found f = quote(text, "It's a preposterous");
    assertEquals("Ryanair deputy chief executive Michael Cawley", f.mention());
    assertSpeaker("Michael Cawley", "person", f);
    assertEquals("told", f.cue());
  }

  @Test
  void ofAfterAFullNameSaysWhereThePersonWorks() {
    // BBC business/020
    String text = "\"Customers are getting used to the idea of an 'always available' society,\" says Cara Diemont of "
        + "IT firm Dimension Data, which commissioned the survey. \"Once a call centre may have looked after mortgages, "
        + "now its agents may also be responsible for credit cards,\" Ms Diemont says.";
    DocumentQuotes.Found f = quote(text, "Customers");
    assertEquals("Cara Diemont of IT firm Dimension Data", f.mention());
    assertSpeaker("Cara Diemont", "person", f);
    assertSpeaker("Cara Diemont", "person", quote(text, "Once a call centre"));
  }

  @Test
  void aCountryIsNoAntecedentForShe() {
    // BBC business/020: "she" is Ms Diemont, not South Africa, the first name-like phrase of the sentence before.
    String text = "Call centres are growing, says Cara Diemont of IT firm Dimension Data.\n\n"
        + "Suggestions that \"outsourcing\" - relocating call centres to low-cost countries like India or South Africa "
        + "- is to blame are wrong, Ms Diemont says.\n\nThere are \"no big differences in wait time and call "
        + "resolution\" between call centres based in Europe or North America and those in developing countries "
        + "around the world. \"You can make call centres perform anywhere if you have good management,\" she says.";
    assertSpeaker("Cara Diemont", "person", quote(text, "You can make"));
  }

  @Test
  void appositiveBetweenCommasAndColon() {
    // BBC politics/001
    String text = "The Shadow Secretary of State for the Family, Theresa May, said: \"These plans were announced by "
        + "Gordon Brown in his pre-budget review in December.\"";
    assertSpeaker("Theresa May", "person", quote(text, "These plans"));
    String fox = "\"We want Michael to be as accessible as possible,\" Mr Fox said. Liam Fox, Tory co-chairman, said "
        + "the return of Mr Campbell was a sign of new \"sinister and underhand tactics\" by Labour.";
    assertSpeaker("Liam Fox", "person", quote(fox, "We want"));
    assertSpeaker("Liam Fox", "person", quote(fox, "sinister"));
  }

  @Test
  void pronounResolvesToTheSpeakerJustQuoted() {
    // BBC politics/001: "he said" after David Frost was named.
    String text = "But David Frost, director general of the British Chambers of Commerce, warned that many small "
        + "firms could be \"crippled\" by the move. \"While the majority of any salary costs may be covered by the "
        + "government's statutory pay, recruitment costs will not be,\" he said.";
    assertSpeaker("David Frost", "person", quote(text, "crippled"));
    DocumentQuotes.Found f = quote(text, "While the majority");
    assertEquals("he", f.mention());
    assertSpeaker("David Frost", "person", f);
  }

  @Test
  void pronounResolvesToTheNearestEarlierNamedPersonAndSurnameToTheFullestName() {
    String text = "Russian Foreign Minister Sergey Lavrov met reporters in Geneva. Lavrov, following the meeting, "
        + "called it an interim one. He said he did not expect a \"breakthrough\" from the meeting.";
    assertSpeaker("Sergey Lavrov", "person", quote(text, "breakthrough"));
  }

  @Test
  void titleResolvesToThePersonTheArticleIntroducedWithIt() {
    String text = "US Secretary of State Antony Blinken arrived in Kiev. The meeting was short. The Secretary of "
        + "State said that Russia faced \"massive consequences\" if it invaded.";
    assertSpeaker("Antony Blinken", "person", quote(text, "massive consequences"));
  }

  @Test
  void anonymousOfficialStaysAnonymousAndLaterReferencesResolveToTheDescriptor() {
    String text = "A senior State Department official told reporters that talks would go on. \"It was in the "
        + "context of that conversation that the two decided to meet,\" the official stated.";
    DocumentQuotes.Found f = quote(text, "It was in");
    assertEquals("the official", f.mention());
    assertSpeaker("senior State Department official", "anonymous", f);
  }

  @Test
  void organisationsAndPlacesSpeakingAsInstitutions() {
    // ReCOVery (humans_are_free) and the seeds.
    String who = "\"There is currently no evidence that people who have recovered from COVID19 are protected from a "
        + "second infection,\" the WHO wrote in a statement.";
    assertSpeaker("WHO", "organisation", quote(who, "There is currently"));
    String washington = "On Friday, Washington accused Moscow of trying to engineer a \"false flag\" operation.";
    DocumentQuotes.Found f = quote(washington, "false flag");
    assertSpeaker("Washington", "organisation", f);
    assertEquals("partial", f.kind()); // the words of the accusation: a speaker's few words are partial
  }

  @Test
  void accordingToAndParticiplesHangingOnTheirClause() {
    // ReCOVery (green_med_info)
    String cdc = "According to the CDC, \"Limiting face-to-face contact with others is the best way to reduce the "
        + "spread of coronavirus disease 2019,\" and various levels of social distancing have been enforced.";
    DocumentQuotes.Found f = quote(cdc, "Limiting");
    assertEquals("According to", f.cue());
    assertSpeaker("CDC", "organisation", f);
    String adding = "He said in Russian that the talks were useful, adding, \"We will try to change your tone.\"";
    String withName = "Sergei Ryabkov spoke to reporters. " + adding;
    assertSpeaker("Sergei Ryabkov", "person", quote(withName, "We will try"));
  }

  @Test
  void quotationWithoutACueContinuesThePreviousSpeakersSpeech() {
    // BBC politics/001
    String text = "Ms Hewitt said: \"We have already doubled the length of maternity pay.\" She said new mothers were "
        + "already entitled to 12 months leave. \"We have made a firm commitment. We will definitely extend the "
        + "maternity pay.\"";
    DocumentQuotes.Found f = quote(text, "We have made");
    assertSpeaker("Hewitt", "person", f);
    assertEquals("direct", f.kind());
  }

  @Test
  void scareQuotesWithoutASpeechActHaveNoSpeaker() {
    // ReCOVery (humans_are_free)
    String text = "The so-called \"public health experts\" have gotten it wrong many times during the crisis.";
    DocumentQuotes.Found f = quote(text, "public health experts");
    assertEquals("scare", f.kind());
    assertNull(f.speaker());
    assertEquals("unknown", f.speakerType());
  }

  @Test
  void reportedSpeechWithoutMarks() {
    // BBC politics/033 and business/015
    String text = "BAA said it was working closely with all interested parties. Further details will follow on "
        + "Monday. New technology means it is easier for airlines to land in bad weather, she added.";
    List<DocumentQuotes.Found> found = DocumentQuotes.find(text);
    DocumentQuotes.Found baa = quote(text, "it was working");
    assertEquals("indirect", baa.kind());
    assertEquals("BAA", baa.mention());
    DocumentQuotes.Found added = quote(text, "New technology");
    assertEquals("added", added.cue());
    assertEquals("she", added.mention());
    assertEquals(2, found.size(), () -> "only the two reported statements: " + found);
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "𝐍𝐞𝐰𝐬: the minister said \"we are ready\" today.";
    DocumentQuotes.Found f = quote(text, "we are ready");
    int begin = text.codePointCount(0, text.indexOf("we are ready"));
    assertEquals(begin, f.begin());
    assertEquals(begin + "we are ready".length(), f.end());
  }

  @Test
  void aQuotationReopenedAtEachParagraphIsOneRowPerParagraphWithoutMarks() {
    // BBC flattens paragraph breaks: the second paragraph's opening mark follows the first one's full stop
    String text = "Mr Jones told reporters: \"We will not give up. \"The work has only started,\" he added.";
    List<DocumentQuotes.Found> found = DocumentQuotes.find(text);
    DocumentQuotes.Found first = quote(text, "We will");
    DocumentQuotes.Found second = quote(text, "The work");
    assertEquals(text.indexOf("We will"), first.begin());
    assertEquals(text.indexOf("up.") + 3, first.end());
    assertEquals(text.indexOf("The work"), second.begin());
    assertEquals(text.indexOf("started,") + 8, second.end());
    assertEquals(2, found.stream().filter(f -> !f.kind().equals("indirect")).count());
    assertSpeaker("Jones", "person", second);
  }

  @Test
  void firstNamesThatLookLikeNationalitiesOrNounsAndTitlesThatAreRoles() {
    assertSpeaker("Ian Macfarlane", "person",
        quote("\"Spare capacity is gone,\" said Ian Macfarlane, Governor of the Reserve Bank.", "Spare"));
    assertSpeaker("Bill Simmelink", "person",
        quote("\"It's about the applications,\" said Bill Simmelink, general manager.", "It's"));
    assertSpeaker("Ashish Jha", "person",
        quote("Ashish Jha, director of the institute, said: \"We need more tests every day.\"", "We need"));
    DocumentQuotes.Found f = quote("\"The economy is moderating,\" said Treasurer Peter Costello.", "The economy");
    assertSpeaker("Peter Costello", "person", f);
    assertEquals("Treasurer Peter Costello", f.mention());
    assertSpeaker("Sergei Ivanov", "person",
        quote("\"We are ready,\" said Russian Sergei Ivanov.", "We are"));
  }

  @Test
  void speakerAfterTheQuotationBehindADescriptionOrWithAnAppositiveWithoutClosingComma() {
    // patterns of ReCOVery (politico) and BBC tech
    assertSpeaker("Bruce Nobles", "person",
        quote("“He thinks he is the smartest,” former Trump Shuttle president Bruce Nobles told me.", "He thinks"));
    assertSpeaker("Rick Wilson", "person",
        quote("“All about the base,” Republican strategist and Trump critic Rick Wilson told me.", "All about"));
    assertSpeaker("Eric Abensur", "person",
        quote("\"It is a key trend,\" Eric Abensur, Wanadoo's chief executive told the BBC.", "It is"));
    DocumentQuotes.Found reporter = quote("Ryabkov said that “Russia fears no one,” when a reporter asked him.",
        "Russia fears");
    assertSpeaker("Ryabkov", "person", reporter);
    assertSpeaker("official", "anonymous",
        quote("Trump “did not know the rules,” in the words of an official from the team.", "did not"));
  }

  @Test
  void sentenceEndingInsideTheMarksAndShortContinuations() {
    String text = "Dan Levy spoke online. “Why not put on a mask?” Levy asked. “Do something nice.” "
        + "He added that people would “thank you” later.";
    assertSpeaker("Dan Levy", "person", quote(text, "Why not"));
    assertEquals("asked", quote(text, "Why not").cue());
    assertSpeaker("Dan Levy", "person", quote(text, "Do something"));
    String headline = "“I view it as a badge of honor,” Trump said. 'This will kill you': People are warning others.";
    assertNull(quote(headline, "This will").speaker());
  }

  @Test
  void subjectsPastTimeAdverbialsRelativesCoordinationAndNounCues() {
    assertSpeaker("Chris Hayes", "person",
        quote("MSNBC’s Chris Hayes last week noted how “masks became a culture war signal.”", "masks"));
    assertSpeaker("probation officials", "anonymous",
        quote("The judge sided with probation officials who described his aim as “delusional behavior.”", "delusional"));
    assertSpeaker("Dan Levy", "person",
        quote("Dan Levy acknowledged “the frustration” but said people with autoimmune issues could suffer "
            + "“devastating repercussions” if infected.", "devastating"));
    DocumentQuotes.Found reports = quote("Charles Clarke spoke in London. He said the media reports were not "
        + "“well informed” at all.", "well informed");
    assertEquals("said", reports.cue());
    assertSpeaker("Charles Clarke", "person", reports);
    assertSpeaker("Charles Clarke", "person", quote("The home secretary said the reports were not “well informed”. "
        + "Home Secretary Charles Clarke told MPs so.", "well informed"));
  }

  @Test
  void organisationsNamedWithOfAndFor() {
    assertSpeaker("US Department of Homeland Security", "organisation",
        quote("The US Department of Homeland Security warned that “misinformation campaigns” spread.", "misinfo"));
    assertSpeaker("Centers for Disease Control and Prevention", "organisation",
        quote("The Centers for Disease Control and Prevention recommended “wearing cloth face coverings.”", "wearing"));
  }

  @Test
  void aNationalityEpithetRefersToThePersonJustQuotedOrNamed() {
    // BBC sport style: "the Dutchman said" for the manager named in the first sentence
    String text = "Chelsea manager Jose Mourinho praised his team. \"We were patient,\" the Portuguese said. "
        + "Striker Didier Drogba scored twice. \"It was hard,\" he said. He thanked Joe Cole and Frank Lampard. "
        + "\"We kept going,\" the Ivorian said.";
    assertSpeaker("Jose Mourinho", "person", quote(text, "We were"));
    assertSpeaker("Didier Drogba", "person", quote(text, "It was"));
  }

  @Test
  void hostileDocumentsNeverThrow() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 500_000) {
      line.append("He said \"yes, and, said she \" ’ ' , “ said ” according to , adding that it was said. ");
    }
    String big = line.toString();
    List<DocumentQuotes.Found> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> DocumentQuotes.find(big));
    assertTrue(found.size() > 0);
    for (String text : new String[] {"", "   ", "\"", "said", "“”", ", said .", "according to", "He said:",
        "\n\n\"\n\"\n", "It’s ‘quoted’ and 'quoted' and “x",
        "For Britain it was a good year.", "And Labour said so."}) { // a text opening with "for"/"and" (ReCOVery)
      DocumentQuotes.find(text);
    }
  }
}
