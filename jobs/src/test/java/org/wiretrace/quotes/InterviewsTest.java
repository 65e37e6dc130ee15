package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Interviews and transcripts: one quotation per turn with its speaker; interviews printed without cues. */
class InterviewsTest {

  private static List<DocumentQuotes.Found> found(String text) {
    return DocumentQuotes.find(text);
  }

  private static DocumentQuotes.Found startingWith(List<DocumentQuotes.Found> found, String words) {
    return found.stream().filter(f -> f.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starting '" + words + "' in " + found));
  }

  @Test
  void aTurnLabelledByAFirstNameIsThePersonTheDocumentNamesInFull() {
    String text = "Anna Raman talked with Tom Ashby about the new vaccine on her show this week.\n\n"
        + "Tom: “Until almost everybody is vaccinated, globally, we will not be fully back to normal.”\n\n"
        + "Anna: “I cannot even imagine going out to a crowded restaurant this summer.”\n\n"
        + "Tom: “We will get there, I think, by the spring of next year.”";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Tom Ashby", startingWith(found, "Until almost everybody").speaker());
    assertEquals("Anna Raman", startingWith(found, "I cannot even imagine").speaker());
  }

  @Test
  void eachTurnOfATranscriptIsOneQuotationOfItsSpeaker() {
    String text = "Radio host Dana Whitley spoke with the epidemiologist Marcus Obi about the second wave.\n\n"
        + "WHITLEY: Doctor, how worried should we be about the autumn, with schools opening again?\n\n"
        + "OBI: We should be careful, not afraid. The numbers tell us \"a second wave\" is likely but not certain.\n\n"
        + "WHITLEY: And what should parents do this week?\n\n"
        + "OBI: Keep the children home when they have a fever, and get the whole family tested.";
    List<DocumentQuotes.Found> found = found(text);
    DocumentQuotes.Found first = startingWith(found, "We should be careful");
    assertEquals("Marcus Obi", first.speaker());
    assertEquals("interview", first.speakerRule());
    assertEquals("direct", first.kind());
    assertTrue(first.text().endsWith("likely but not certain."), first.text()); // the marks inside are part of it
    assertEquals("Dana Whitley", startingWith(found, "Doctor, how worried").speaker());
    assertEquals("Marcus Obi", startingWith(found, "Keep the children").speaker());
    assertEquals(4, found.stream().filter(f -> "interview".equals(f.speakerRule())).count());
  }

  @Test
  void questionAndAnswerLabelsAndInitials() {
    String text = "Nora Pike, the chief executive of Harbor Freight, talked to us about the company's plans.\n"
        + "Q: What will change for your workers when the stores reopen next month?\n"
        + "A: Everyone gets masks and a paid day off to get tested before the first shift.\n"
        + "Q: And the customers, will they have to wear masks in the stores?\n"
        + "A: Yes, and we will count them at the door so the aisles never get crowded.";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Nora Pike", startingWith(found, "Everyone gets masks").speaker());
    assertNull(startingWith(found, "What will change").speaker());
    String initials = "Nilay Patel talked to Dana Bell about phones.\n"
        + "NP: So how serious are you about hardware, after all these years of trying?\n"
        + "DB: Very serious. We have a whole division now, and it ships twice a year.\n"
        + "NP: And the prices, will they go up with the new tariffs on parts?";
    List<DocumentQuotes.Found> turns = found(initials);
    assertEquals("Dana Bell", startingWith(turns, "Very serious").speaker());
    assertEquals("Nilay Patel", startingWith(turns, "So how serious").speaker());
  }

  @Test
  void labelsOfPageFurnitureOrListsAreNoTurns() {
    String text = "Photo: A nurse at work in the city hospital on Monday morning.\n"
        + "Read more: Hospitals in the state are running out of beds and staff.\n"
        + "Photo: Another nurse at work in the same hospital on Tuesday.\n"
        + "NAMI: National-$41,500.00\nNAMI: New York-$83,000.00\nCORE: Relief Effort-$10,000.00";
    assertEquals(List.of(), found(text));
  }

  @Test
  void quotationsEachIntroducedByAnotherPersonInTheParagraphBeforeAreNoInterview() {
    String text = "Councillor Mara Quist proposed on Monday a bylaw that would let inspectors enter homes.\n\n"
        + "\"The bylaw authorizes the city to inspect any dwelling at any hour for the purposes of this act.\"\n\n"
        + "The plan echoes remarks made by the health board's Dr. Owen Falk in early April.\n\n"
        + "\"We need to go into homes and find the people who may be sick and take them somewhere safe.\"\n\n"
        + "Historian Lucia Brenner put it plainly in a lecture last year.\n\n"
        + "\"Every power granted in an emergency outlives the emergency that was its excuse for existing.\"\n\n"
        + "Priya Tandon, a tenant organiser, disagreed on the radio.\n\n"
        + "\"Nobody has asked the tenants whether they want inspectors walking in at midnight.\"";
    for (DocumentQuotes.Found f : found(text)) {
      assertNotEquals("Mara Quist", f.speaker(), f::toString);
      assertNotEquals("interview", f.speakerRule(), f::toString);
    }
  }

  @Test
  void aNameAfterADashSignsTheQuotationBeforeIt() {
    String text = "Gov. Dana Whitcomb's plan puts restaurants in its last phase.\n\n"
        + "So we asked readers: what is the first meal you will eat out once dining rooms open again?\n\n"
        + "\"Pancakes at the diner on Main Street, with my sister and her kids.\" — Rosa Delgado\n\n"
        + "\"A steak at the old place by the river, if it is still open by then.\" — Tom Okafor\n\n"
        + "\"Anything at all that I did not have to cook myself, honestly.\" — Lena Marsh, Evanston\n\n"
        + "\"Sushi, and a long lunch with friends I have not seen since March.\" — Priya Tandon";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Rosa Delgado", startingWith(found, "Pancakes").speaker());
    assertEquals("Tom Okafor", startingWith(found, "A steak").speaker());
    assertEquals("Lena Marsh", startingWith(found, "Anything at all").speaker());
    assertEquals("Priya Tandon", startingWith(found, "Sushi").speaker());
    String epigraph = "The plan echoes remarks made in April.\n\n"
        + "\"We need to go into homes and find the people who may be sick.\" – Dr. Owen Falk [SOURCE]";
    assertEquals("Owen Falk", startingWith(found(epigraph), "We need").speaker());
    // a surname the article names in full, after a quotation without a stop of its own
    String surname = "County clerk Mark Beasley filed a complaint.\n\n"
        + "\"Inflating the count of deaths harms the whole process\" – Beasley\n\nThe count passed 1,000.";
    assertEquals("Mark Beasley", startingWith(found(surname), "Inflating").speaker());
    String liveEntry = "Pastor Ruth Adair still visits the sick.\n"
        + "\"The hardest thing is to see someone grieving alone,\" she said. \"Think about that.\"— Tom Okafor";
    assertEquals("Ruth Adair", startingWith(found(liveEntry), "Think about").speaker()); // the entry's reporter signs
  }

  @Test
  void aSignatureOnTheLineAfterAQuotationSignsIt() {
    // readers' answers printed as a paragraph in marks, signed on the next line with a first name and a place
    String text = "We asked readers whether they would go back to the gym this summer.\n\n"
        + "\u201cNot until there is a vaccine. I lift weights in the garage now and I like it.\u201d\n\n"
        + "\u2014Maren, Ohio\n\n"
        + "\u201cYes, the first day it opens. I miss the pool more than anything else.\u201d\n\n"
        + "\u2014 Tom Okafor, Tulsa, Okla.\n\n"
        + "\u201cI cancelled my membership in April and I am not going back at all.\u201d\n\n"
        + "\u2014Dale\n\nMost said they would wait.";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Maren", startingWith(found, "Not until").speaker());
    assertEquals("Tom Okafor", startingWith(found, "Yes, the first").speaker());
    assertEquals("Dale", startingWith(found, "I cancelled").speaker());
    // a dash that opens the next paragraph's own sentence signs nothing
    String aside = "Ann Roe runs the pool.\n\n\u201cWe will open in June if the county lets us.\u201d\n\n"
        + "\u2014 Meanwhile, the county has not decided.";
    assertNull(startingWith(found(aside), "We will open").speaker());
  }

  @Test
  void aNameInBracketsEndingTheParagraphSignsTheQuotationBeforeIt() {
    String text = "Clinics across the region now give the drug to every patient on the ward.\n\n"
        + "\u201cWe started giving it to every patient in March and nobody has been harmed by it.\u201d "
        + "(Marcus Ellery, M.D.)\n\n"
        + "\u201cThe results in our own wards were far better than we had dared to hope.\u201d (Anna Lindqvist)";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Marcus Ellery", startingWith(found, "We started").speaker());
    assertEquals("Anna Lindqvist", startingWith(found, "The results").speaker());
    String wire = "The county met on Monday.\n\n"
        + "\u201cThe county will review the evidence next month.\u201d (Reuters)";
    assertNull(startingWith(found(wire), "The county will").speaker()); // a wire's name, no person
    String caption = "The harbour was empty.\n\n"
        + "\u201cIt was the quietest week the harbour has had in years.\u201d (Tom Okafor) The boats stayed in.";
    assertNull(startingWith(found(caption), "It was").speaker()); // the bracket does not end the paragraph
  }

  @Test
  void anInterviewPrintedWithoutCuesIsTheStandfirstsPersons() {
    String text = "To mark the club's centenary, Ruth Adair - its first woman captain - remembers the old ground.\n\n"
        + "Adair joined the club in 1961.\n\n"
        + "\"I joined when I was sixteen and the first week I cleaned every boot in the dressing room.\"\n\n"
        + "\"We trained twice a week in the dark, under two lamps that never worked properly.\"\n\n"
        + "\"The old stand burned down in 1974 and we played the whole season at the cricket ground.\"\n\n"
        + "\"I still have the key to the old gate, and I will give it to the new captain.\"";
    List<DocumentQuotes.Found> found = found(text);
    for (DocumentQuotes.Found f : found) {
      assertEquals("Ruth Adair", f.speaker(), f::toString);
      assertEquals("interview", f.speakerRule());
    }
    assertEquals(4, found.size());
  }

  @Test
  void aQuotationAfterAnotherPersonsReportedSpeechInItsParagraphIsTheirs() {
    String text = "To mark the club's centenary, Ruth Adair - its first woman captain - remembers the old ground.\n\n"
        + "Adair joined the club in 1961.\n\n"
        + "\"I joined when I was sixteen and the first week I cleaned every boot in the dressing room.\"\n\n"
        + "\"We trained twice a week in the dark, under two lamps that never worked properly.\"\n\n"
        + "\"The old stand burned down in 1974 and we played the whole season at the cricket ground.\"\n\n"
        + "\"I still have the key to the old gate, and I will give it to the new captain.\"\n\n"
        + "Carl Rose, who designed the new stand, says its goal is a ground the whole town can use. \"Why should a "
        + "club this old play in front of empty seats for half the year?\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Ruth Adair", startingWith(found, "I still have").speaker());
    assertEquals("Carl Rose", startingWith(found, "Why should").speaker());
  }

  @Test
  void theSecondHalfOfACuedQuotationIsNoUncuedAnswer() {
    String text = "Mayor Helen Barrow wants the harbour tax back, and her critics say the sums do not add up.\n\n"
        + "\"A town that stops paying for its harbour stops being a harbour town.\"\n\n"
        + "\"Every penny of the tax would go straight back into the quays.\"\n\n"
        + "\"The harbour has paid for itself twice over,\" Barrow told the council. \"It can pay for the pier too.\"\n\n"
        + "\"Nobody has shown us the accounts,\" said Colin Tarrant, a shopkeeper. \"We have asked for them "
        + "for years.\"\n\n"
        + "\"The port lost money in four of the last six years,\" said Irene Solberg, who audits the port. \"That is "
        + "all in the public record.\"\n\n"
        + "\"Ask the fishermen what the harbour costs them,\" Tarrant said. \"They will tell you it is too much.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Helen Barrow", startingWith(found, "It can pay").speaker());
    assertEquals("Colin Tarrant", startingWith(found, "We have asked").speaker());
    assertEquals("Irene Solberg", startingWith(found, "That is all").speaker());
    assertEquals("Colin Tarrant", startingWith(found, "They will tell").speaker());
  }

  @Test
  void aStatementUnderANameLineIsThatPersons() {
    String text = "We asked researchers when a treatment for the fever will come.\n\n"
        + "Dr. Ada Kerr, professor of pharmacology at Lakeside University:\n\n"
        + "\"I expect a drug before any vaccine. The trials are small but the early results look good.\"\n\n"
        + "\"We will know more by the spring.\"\n\n"
        + "Source: a webinar of the university, May 7\n\n"
        + "Tomas Brill, chief executive, Harbor Bio Inc.:\n\n"
        + "\"Our antibodies enter testing this summer, and an approval by winter is possible.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Ada Kerr", startingWith(found, "I expect a drug").speaker());
    assertEquals("interview", startingWith(found, "I expect a drug").speakerRule());
    assertEquals("Ada Kerr", startingWith(found, "We will know more").speaker()); // the next paragraph continues
    assertEquals("Tomas Brill", startingWith(found, "Our antibodies").speaker());
  }

  @Test
  void aLabelInTheQuotationsOwnParagraph() {
    String text = "Donald Trump spoke to the programme about the campaign.\n\n"
        + "President Trump: \"We are going to win this state by more than last time, believe me.\"\n\n"
        + "Trump on his rival's age, \"He is a nice man, but he does not remember what he did yesterday.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Donald Trump", startingWith(found, "We are going to win").speaker());
    assertEquals("Donald Trump", startingWith(found, "He is a nice man").speaker());
  }

  @Test
  void aLineWithACueOrWithoutANameIsNoLabel() {
    String text = "Critics of the plan said:\n\n"
        + "\"It will cost the city far more than anyone has admitted so far.\"\n\n"
        + "The mayor's office, a statement:\n\n"
        + "\"The figures are wrong and we will publish the real ones tomorrow.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("cue", startingWith(found, "It will cost").speakerRule());
    assertNull(startingWith(found, "The figures are wrong").speaker());
  }

  @Test
  void aClauseAboutThePersonEndingInAColonIntroducesTheirStatement() {
    String text = "The council votes on the levy next week.\n\n"
        + "Martha Klein has come out against the levy: \"It would cost every family a week of wages.\"\n\n"
        + "The levy was approved: \"It passed by two votes.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Martha Klein", startingWith(found, "It would cost").speaker());
    assertEquals("direct", startingWith(found, "It would cost").kind());
    assertNull(startingWith(found, "It passed").speaker()); // no person opens the clause
    // the clause may open a later sentence of the paragraph
    String later = "The council votes on the levy next week.\n\n\"Vote no,\" the union said bluntly. Mayor Martha "
        + "Klein threatened a veto: \"It would cost every family a week of wages.\"";
    assertEquals("Martha Klein", startingWith(found(later), "It would cost").speaker());
  }

  @Test
  void aNameLineWithoutPunctuationLabelsTheParagraphsUnderIt() {
    String text = "We asked shoppers on Main Street how the closures changed their week.\n\n"
        + "Helen Marsh, pharmacist\n\n"
        + "\"We have never been busier. People come in for masks and leave with vitamins.\"\n\n"
        + "\"I sleep when I can, which is not often.\"\n\n"
        + "Peter, bus driver\n\n"
        + "\"The buses run half empty now, and the riders who are left keep to the back.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Helen Marsh", startingWith(found, "We have never").speaker());
    assertEquals("Helen Marsh", startingWith(found, "I sleep when").speaker());
    assertEquals("Peter", startingWith(found, "The buses run").speaker()); // a first name alone, as printed
    String heading = "The mall has been shut since March.\n\nClosed until June\n\n"
        + "\"Nobody knows when the mall will open again, not even the owners.\"";
    assertNull(startingWith(found(heading), "Nobody knows").speaker()); // a heading that names no one
  }

  @Test
  void initialsOfACoupleNamedTogetherFindEachFullName() {
    String text = "Readers told us how they spend the lockdown.\n\n"
        + "Mary and Victor Lund, retired\n\n"
        + "ML: \"We walk the dog twice a day and call the grandchildren every night.\"\n\n"
        + "VL: \"I have finally started on the garage, after ten years of promises.\"\n\n"
        + "ML: \"He has.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Mary Lund", startingWith(found, "We walk").speaker()); // the quotation in marks, not the turn
    assertEquals("Victor Lund", startingWith(found, "I have finally").speaker());
    assertTrue(found.stream().noneMatch(f -> f.text().startsWith("\"")));
  }

  @Test
  void aTurnPrintedInMarksIsItsQuotationsEachTheLabelsSpeakers() {
    String text = "The two candidates could not differ more on trade.\n\n"
        + "Roe: \"Tariffs are a tax on every family.\" Her rival's plan is \"a gift to the few — and a bill for the "
        + "rest of us.\"\n\n"
        + "Vale: \"We will bring the factories home. Every one of them.\"\n\n"
        + "Roe: \"He has said that for ten years.\" Voters, she says, are \"tired of promises.\"";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals(5, found.size());
    assertEquals("Tariffs are a tax on every family.", found.get(0).text());
    assertEquals("Roe", found.get(0).speaker());
    assertEquals("a gift to the few — and a bill for the rest of us.", found.get(1).text());
    assertEquals("Roe", found.get(1).speaker());
    assertEquals("Vale", found.get(2).speaker());
    assertEquals("He has said that for ten years.", found.get(3).text());
    assertEquals("Roe", found.get(4).speaker());
  }

  @Test
  void quotationsAReporterCuesInsideATurnAreTheirSpeakersNotTheTurns() {
    String text = "The mayor, Dana Whitley, spoke to reporters on Monday.\n\n"
        + "WHITLEY: (Speaking Spanish).\n\n"
        + "ROSS: \"We will reopen the schools,\" she said. \"Nobody wants them closed a day longer.\" The crowd "
        + "cheered.\n\n"
        + "ROSS: The city has been shut since March, and the schools were the first to close here.\n\n"
        + "WHITLEY: (Speaking Spanish).";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Dana Whitley", startingWith(found, "We will reopen").speaker());
    assertEquals("Dana Whitley", startingWith(found, "Nobody wants").speaker());
    assertEquals("Ross", startingWith(found, "The city has").speaker()); // a turn without marks stays its speaker's
  }

  @Test
  void aLabelOfAFamilyNameAndAnInitialIsThePersonWithThatGivenName() {
    String text = "The church's pastor, Kim Dae-sung, spoke on Monday. Kim Ji-woo, a scholar of religion in Seoul, "
        + "says the church grew fast.\n\n"
        + "KIM D: (Through interpreter) We have done nothing wrong and we will keep our doors open to everyone.\n\n"
        + "KIM J: (Through interpreter) The church grew because it promised its members a place to belong.\n\n"
        + "KIM D: (Through interpreter) Nobody here is hiding anything from the city.";
    List<DocumentQuotes.Found> found = found(text);
    assertEquals("Kim Dae-sung", startingWith(found, "(Through interpreter) We have").speaker());
    assertEquals("Kim Ji-woo", startingWith(found, "(Through interpreter) The church").speaker());
  }

  @Test
  void theMarkedWordsOfACopiedPostAreItsAuthors() {
    String text = "Organizers moved their rallies online.\n\n"
        + "Who lives next to the plants, the so-called \"high risk\" groups? Our elders. \u2014 Marta Olsen "
        + "(@martaolsen) March 11, 2020\n\nShame on the city. \"Plant permits go to the council next week\" "
        + "https://t.co/x1 \u2014 Marta Olsen (@martaolsen) March 12, 2020";
    DocumentQuotes.Found post = startingWith(found(text), "high risk");
    assertEquals("Marta Olsen", post.speaker());
    assertEquals("scare", post.kind());
    assertNull(startingWith(found(text), "Plant permits").speaker()); // a headline before its link: the page's
    String quoting = "\"Taxes are too high,\" says Kim Ruiz, 40. \"They planned this, they did this.\" "
        + "pic.twitter.com/Uz1 \u2014 Ann Chou (@reporterann) May 1, 2020";
    assertEquals("Kim Ruiz", startingWith(found(quoting), "They planned").speaker()); // a sentence a post quotes
  }

  @Test
  void aReadersSignedQuestionInAQandAColumnIsTheReaders() {
    String text = "Send your questions for the mailbag.\n\n"
        + "Q: Why do the rules stop teams from buying hoops for their players at home? \u2014 @hoopsfan22 from "
        + "Twitter\n\n"
        + "Greer: Because the league says so, and the union agreed to it in the spring.\n\n"
        + "Q: What about the players who live far from the arena and cannot get there? \u2014 Ana Pell, Tulsa, "
        + "Okla.\n\n"
        + "Greer: They will have to wait, like everyone else does in this strange time.";
    DocumentQuotes.Found first = startingWith(found(text), "Why do the rules");
    assertEquals("@hoopsfan22", first.speaker());
    assertEquals("interview", first.speakerRule());
    assertEquals("Why do the rules stop teams from buying hoops for their players at home?", first.text());
    assertEquals("Ana Pell", startingWith(found(text), "What about").speaker());
  }

  @Test
  void aSignedAnswerInTitleCaseOrSignedWithAHandleIsTheSigners() {
    String text = "We asked readers where they will eat first.\n\n\u201cPancakes at Dot\u2019s Diner.\u201d \u2014 "
        + "Ann Roe\n\n\u201cTacos from Rosa\u2019s Cantina.\u201d \u2014 @tacofan22 on Twitter\n\n"
        + "\u201cI want a steak at the Grill.\u201d \u2014 @carlrose";
    DocumentQuotes.Found pancakes = startingWith(found(text), "Pancakes");
    assertEquals("Ann Roe", pancakes.speaker());
    assertEquals("direct", pancakes.kind());
    assertEquals("@tacofan22", startingWith(found(text), "Tacos").speaker());
    assertEquals("@carlrose", startingWith(found(text), "I want a steak").speaker());
  }

  @Test
  void aQuotationEndingTheTextHasNoSignatureWhateverItsLength() {
    // the token after the closing mark is past the end: read at any number of tokens (a Reuters story of 128 failed)
    StringBuilder words = new StringBuilder("Ann Roe spoke in the Senate");
    for (int n = 0; n < 300; n++) {
      String text = words + ".\n\n\"We are going to miss him very much.\"";
      assertNull(startingWith(found(text), "We are going").speaker(), text);
      words.append(" again");
    }
  }
}
