package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretrace.quotes.AnnotatedDocs.cueAndPhrase;
import static org.wiretrace.quotes.AnnotatedDocs.passage;
import static org.wiretrace.quotes.FoundQuotes.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveSpeakersTest {

  private static QuoteDocument resolved(String text) {
    QuoteDocument doc = AnnotatedDocs.named(text);
    ResolveSpeakers.annotate(doc);
    return doc;
  }

  private static Speaker speakerOf(String text, String startsWith) {
    return passage(resolved(text), startsWith).speaker();
  }

  @Test
  void aSurnameTheDocumentGivesOnlyWithATitleIsAPersonPronounsMayMean() {
    String text = "President Hale spoke. Japanese Prime Minister Kenji Sato may delay the games.\n\nHale was asked "
        + "when he thought life would get back to normal.\n\n\"I hope very soon,\" he said.";
    assertEquals("Hale", speakerOf(text, "I hope").name());
  }

  @Test
  void aNameBeforeTheRoleDescriptionAndItsCommaIsThePersonItDescribes() {
    String text = "Chancellor Tom Hale said closing the depots would \"save money in the long run\". Ann Ortiz, the "
        + "leader of the Teachers Union said: \"We lost the day.\"";
    assertEquals("Ann Ortiz", speakerOf(text, "We lost").name());
  }

  @Test
  void aTitleThatIsAnAdjectiveBeforeANounIsNoOneAPronounMeans() {
    String text = "The flu still has a major presence in the region, according to Dr. Ana Ruiz, a surgeon.\n\n"
        + "\"Stay home if you can,\" she told reporters.";
    assertEquals("Ana Ruiz", speakerOf(text, "Stay home").name());
  }

  @Test
  void aQuotationWithoutSpeakerContinuesTheSpeechTwoSentencesBefore() {
    QuoteDocument doc = resolved("Ms Hewitt said: \"We have doubled maternity pay.\" It rained. "
        + "\"We have made a firm commitment.\"");
    Passage p = passage(doc, "We have made");
    assertTrue(p.isContinuation());
    assertEquals(new Speaker("Hewitt", "person", false), p.speaker());
    assertEquals("said / Ms Hewitt", cueAndPhrase(doc, p.credited()));
    assertEquals(SpeakerRule.CONTINUATION, p.rule());
  }

  @Test
  void aQuotationThreeSentencesLaterContinuesNobody() {
    Passage p = passage(resolved("Ms Hewitt said: \"We have doubled maternity pay.\" It rained. It snowed. "
        + "\"We have made a firm commitment.\""), "We have made");
    assertFalse(p.isContinuation());
    assertNull(p.speaker());
  }

  @Test
  void aSpeakerComesFromTheParagraphBeforeOnlyWhenTheQuotationContinuesItsSpeech() {
    // a new paragraph that opens with a quotation continues the quotation that ended the paragraph before
    String continued = "\"We have doubled maternity pay,\" Ms Hewitt said.\n\"We have made a firm commitment.\"";
    assertEquals("Hewitt", passage(resolved(continued), "We have made").speaker().name());
    // a paragraph in between, or a quotation inside the reporter's sentence, takes nobody's
    String between = "\"We have doubled maternity pay,\" Ms Hewitt said.\nThe vote is on Monday.\n"
        + "\"We have made a firm commitment.\"";
    assertNull(passage(resolved(between), "We have made").speaker());
    String inside = "\"We have doubled maternity pay,\" Ms Hewitt said.\nThe bill, a \"firm commitment to families"
        + "\" in name only, passed.";
    assertNull(passage(resolved(inside), "firm commitment").speaker());
    // a quotation with a cue of its own whose subject is not found continues nobody either
    String ownCue = "\"We have doubled maternity pay,\" Ms Hewitt said. Asked about it, aides said \"we will see "
        + "about that later\".";
    assertEquals("aides", passage(resolved(ownCue), "we will see").speaker().name());
  }

  @Test
  void aPronounTakesTheSpeakerJustQuoted() {
    String text = "David Frost warned that firms could be \"crippled\" by the move.\n"
        + "\"Recruitment costs will not be covered,\" he said.";
    assertEquals(new Speaker("David Frost", "person", false), speakerOf(text, "Recruitment"));
  }

  @Test
  void aPronounAfterAQuotationIsThePersonNamedAsTheSentencesSubjectBeforeIt() {
    // a second cue after the marks, "he said", means the person named first in the sentence, not the last speaker
    String text = "Tom Vance said the plan would cost more. He added: \"There is no need for it.\"\n\nAnn Roe's ally "
        + "Carl Rose said: \"The minister will tell us how well it is doing,\" he said.";
    assertEquals("Carl Rose", speakerOf(text, "The minister").name());
    // a preposition before the words that open the name's phrase does not govern a name right before "said"
    String party = "Tom Vance said the plan would cost more. He added: \"There is no need for it.\"\n\nFor the Lib "
        + "Dems Carl Rose said: \"The minister will tell us how well it is doing,\" he said.";
    assertEquals("Carl Rose", speakerOf(party, "The minister").name());
    // nor one a preposition inside the sentence governs
    String sources = "Tom Vance said the talks would go on.\n\nSources close to Carl Rose said Tom Vance told him he "
        + "would give a \"full account\" soon.";
    assertEquals("Tom Vance", speakerOf(sources, "full account").name());
    // the name a quotation holds is nobody's subject, nor is the object of another verb
    String quoted = "Tom Vance spoke last. \"Carl Rose is wrong about it,\" he said.";
    assertEquals("Tom Vance", speakerOf(quoted, "Carl Rose is").name());
    String object = "Tom Vance said the poster was misread. \"We meant no harm.\" It showed Carl Rose as a \"hypnotist,"
        + "\" he said.";
    assertEquals("Tom Vance", speakerOf(object, "hypnotist").name());
  }

  @Test
  void aSentenceAdverbOpeningASentenceNamesNoOne() {
    for (String adverb : List.of("Sure", "Well")) {
      String text = "The children had mostly complied. " + adverb + ", there were shrieks and the sound of what "
          + "seemed like a chest tipping over and slamming onto the floor above me, not to mention the \"Want some "
          + "waffles!\" cry every hour.";
      assertNotEquals(adverb, nameOrNull(speakerOf(text, "Want some")));
    }
  }

  private static String nameOrNull(Speaker s) {
    return s == null ? null : s.name();
  }

  @Test
  void anEpithetPointsBackLikeHeAndSoDoesAPronounThroughIt() {
    String epithet = "Chelsea manager Jose Mourinho praised his team. \"We were patient,\" the Portuguese said.";
    assertEquals("Jose Mourinho", speakerOf(epithet, "We were").name());
    String through = "Jose Mourinho praised his team.\nThe Portuguese was calm.\n\"We were patient,\" he said.";
    assertEquals("Jose Mourinho", speakerOf(through, "We were").name());
    // nobody before the epithet: it stands for itself
    String alone = "The Portuguese was calm.\n\"We were patient,\" he said.";
    assertEquals(new Speaker("Portuguese", "anonymous", false), speakerOf(alone, "We were"));
  }

  @Test
  void aTitleNamesThePersonTheDocumentIntroducedWithIt() {
    String text = "Home Secretary Charles Clarke arrived.\nThe home secretary said \"we are ready to act\" today.";
    assertEquals(new Speaker("Charles Clarke", "person", false), speakerOf(text, "we are ready"));
  }

  @Test
  void aPronounPassesOverACountyNamedBeforeThePerson() {
    String text = "As Marion County lifts its closures, Dr. Rita Okoye said officials are watching the numbers. "
        + "Most of them are going the right way, she said.\n\n"
        + "\"This is very good news, and it shows that staying home has worked for all of us.\"";
    assertEquals("Rita Okoye", FoundQuotes.speaker(text, "This is very good news"));
  }

  @Test
  void aParticipleAfterAPrepositionalPhraseSpeaksForTheSentencesSubject() {
    String text = "Maria Lund, 71, did not enjoy her weeks in the house saying: \"I am a total wreck, I need a "
        + "holiday.\"";
    assertEquals("Maria Lund", FoundQuotes.speaker(text, "I am a total wreck"));
  }

  @Test
  void heAndSheAgreeWithTheFirstNameOfTheirAntecedent() {
    String text = "Governor Gretchen Hale eased the rules on Friday.\n\"Hospitals are safe,\" hospital chief Brian "
        + "Peters said in a statement.\nShe also urged residents to stay home. \"Please stay safe,\" she said.";
    assertEquals("Gretchen Hale", speakerOf(text, "Please stay").name());
    String he = "Brian Peters joined Governor Gretchen Hale on Friday.\n\"We are ready,\" she said. \"So are the "
        + "hospitals,\" he said.";
    assertEquals("Brian Peters", speakerOf(he, "So are").name());
    // a first name given to both, or none, agrees with either
    String either = "Robin Hale spoke first.\n\"We are ready,\" she said.";
    assertEquals("Robin Hale", speakerOf(either, "We are ready").name());
  }

  @Test
  void aPersonAPronounResolvedToHasThatGenderFromThenOn() {
    // "Kiri Tane" is in no list of first names: "she said" tells her gender, so the later "he" is the singer's
    String text = "Marcus Bell played a drive-in show last week.\n\nKiri Tane runs his label. \"The songs will last,"
        + "\" she said.\n\n\"There is a lot of it that I miss,\" he said.";
    assertEquals("Marcus Bell", speakerOf(text, "There is a lot").name());
  }

  @Test
  void aPersonAnOpeningForNamesIsTheTopicAPronounAfterItMeans() {
    String text = "Marcus Bell played a drive-in show. The lot belongs to Tom Reyes.\n\nFor Bell, while he said it "
        + "felt \"extraordinary\" to play again, the crowd was too far away.";
    assertEquals("Marcus Bell", speakerOf(text, "extraordinary").name());
  }

  @Test
  void aPossessorIsSomeoneALaterPronounMayMean() {
    String text = "Governor Gretchen Hale extended the order until June. Salons may open. Gyms stay shut. Parks reopen "
        + "in May.\nThe hospital association said Hale's announcement was a positive step.\n\"Hospitals are safe,\" "
        + "association chief Brian Peters said in a statement.\nShe also urged residents to stay home.\n\"Please "
        + "stay safe,\" she said.";
    assertEquals("Gretchen Hale", speakerOf(text, "Please stay").name());
  }

  @Test
  void aPronounAfterALinkingWordIsStillTheSentencesSubject() {
    String text = "Vera Stone, 71, left the show on Friday. She said she needed \"a long holiday\". But she was glad "
        + "to have made peace with actress Nora Bell, her former daughter-in-law. \"That alone was worth it,\" she "
        + "said.";
    assertEquals("Vera Stone", speakerOf(text, "That alone").name());
  }

  @Test
  void aContractedSubjectPronounCarriesItsReferentPastTheRoleItIsGiven() {
    String text = "Nina Dale of Oak Ridge, Ohio, goes to the coast every summer. She’s a nurse and with two children "
        + "at home, it’s their one trip. They are waiting.\n\n“It has been booked for months,” she said.";
    assertEquals("Nina Dale", FoundQuotes.speaker(text, "It has been"));
  }

  @Test
  void aForestOrAValleyIsNoOneAPronounMeans() {
    String text = "Lena Cho is an economist.\n\nThink a flat in town rather than a cabin deep in Harlow National "
        + "Forest. \"People still want walkable places,\" she said.";
    assertEquals("Lena Cho", FoundQuotes.speaker(text, "People still"));
  }

  @Test
  void aDescriptorOfTheOtherGenderOrOfAThingIsNoOneAPronounMeans() {
    // "his wife" is no "he"; a care home is a thing, whatever a title's words are ("Home Secretary")
    String wife = "Paul Adler has cared for his wife for years.\n\nPaul’s wife moved to a care home in 2016."
        + " Before the outbreak, he would visit his wife three times a day.\n\n\"I would give her her "
        + "breakfast,\" he said.";
    assertEquals("Paul Adler", FoundQuotes.speaker(wife, "I would give"));
    String home = "Paul Adler married Ann in 1953.\n\n\"We had a good life,\" he said.\n\nWhile Ann’s care home ended "
        + "visits, Paul still talks to his wife every weekday.\n\n\"Every day I wonder whether she hears me,\" he added.";
    assertEquals("Paul Adler", FoundQuotes.speaker(home, "Every day"));
    String nurse = "Paul Adler ran the ward.\n\nThe nurse on duty that night called the family. \"She was calm,\" he "
        + "said.\n\nA nurse who asked not to be named stayed late. \"We had no masks,\" she said.";
    assertEquals("nurse", FoundQuotes.speaker(nurse, "We had no masks")); // a person's noun still is
  }

  @Test
  void aNameSetOffAfterAGenderedRoleHasThatGender() {
    // nothing in the lists of first names says Evie is a woman; "Paul's wife, Evie," does
    String text = "\"We married in 1953,\" Paul Adler said.\n\nPaul’s wife, Evie, moved to a care home in 2016.\n\nEvie Adler "
        + "was diagnosed in 2012. She no longer speaks.\n\n\"I always wonder whether she hears me,\" he added.";
    assertEquals("Paul Adler", FoundQuotes.speaker(text, "I always wonder"));
  }

  @Test
  void howFarBackAQuotationIsCountsFromWhereItEnds() {
    // five sentences of one quotation, then four of the story's: "he" still means the man quoted last
    String text = "\"It is hard. I miss her. We were close. We married young. It was a good life,\" Paul Adler said.\n\n"
        + "The couple met in 1950. They raised three sons on a farm.\n\nThe farm was sold in 1990. The sons moved "
        + "away.\n\n\"I would drive there and give her breakfast,\" he said.";
    assertEquals("Paul Adler", FoundQuotes.speaker(text, "I would drive"));
  }

  @Test
  void aPhotosCreditNamesNoOneAPronounMeans() {
    String courtesy = "Tom Hale, 80, lives alone in the house he built.\n\nThe house in Ohio where he was born. Courtesy "
        + "of Ann Bell\n\n\"I am fine here,\" he said.";
    assertEquals("Tom Hale", FoundQuotes.speaker(courtesy, "I am fine"));
    String slash = "Tom Hale, 80, lives alone.\n\nHis son at the farm in 2019. Photo courtesy of Sam Hale\n\n"
        + "\"We never left,\" he said.";
    assertEquals("Tom Hale", FoundQuotes.speaker(slash, "We never left"));
  }

  @Test
  void aDescriptorAfterAsSaysWhatSomeoneIsAndIsNoAntecedent() {
    String text = "Lena Cho finished her degree online in May. Taking classes from home as a student could help "
        + "her teach online later. \"I learned more than I expected this year,\" she said.";
    assertEquals("Lena Cho", FoundQuotes.speaker(text, "I learned"));
  }

  @Test
  void aSubjectPronounAfterAnOpeningPhrasePassesItsReferentOn() {
    String text = "Growing rice is hard work, Ana Ruiz said. At Millbrook Farm in the valley, she plants three fields "
        + "a year. The weather decides the rest. \"We pray for rain,\" she said.";
    assertEquals("Ana Ruiz", FoundQuotes.speaker(text, "We pray"));
    String adverb = "Tom Reyes coached the team for a decade. Eventually, he handed it to Sam Ortiz. Nobody expected "
        + "it. \"It was time,\" he said.";
    assertEquals("Tom Reyes", FoundQuotes.speaker(adverb, "It was time"));
    // a subordinate clause opens the sentence: the subject after its comma, not the object, is who "she" means
    String clause = "Dana Pike is a single mother in Dover. If she is called back to her job at the port in June, "
        + "she will have to find a neighbour to watch her children.\n\n\"I am torn,\" she says.";
    assertEquals("Dana Pike", FoundQuotes.speaker(clause, "I am torn"));
    // an opening of lower-case words and numbers set off by commas, however it begins
    String opening = "Ivo Brandt took over the fund in 2001. By avoiding banks that were not likely to recover from "
        + "the crash, he beat the market in 2002.\n\nJust a few years later, in 2005, he sold the housing stocks. "
        + "That helped him in the downturn.\n\nAnd his strategy still worked.\n\n\"Avoiding debt drove the "
        + "returns,\" he said.";
    assertEquals("Ivo Brandt", FoundQuotes.speaker(opening, "Avoiding debt"));
  }

  @Test
  void aDescriptionTheReporterAddsAboutSomeoneNamedIsThatPerson() {
    String text = "Rep. Ana Ortiz mocked the plan on Wednesday. \"If only there were a public fund,\" the "
        + "progressive lawmaker said.";
    assertEquals("Ana Ortiz", FoundQuotes.speaker(text, "If only"));
    // alone, the same kind of noun is mostly someone unnamed
    String bare = "Mayor Tom Hill opened the clinic on Monday. \"We are already full,\" the doctor said.";
    assertEquals("doctor", FoundQuotes.speaker(bare, "We are already"));
    String other = "Rep. Tom Hill toured the plant on Monday. \"We are already full,\" said the current factory "
        + "worker.";
    assertEquals("current factory worker", FoundQuotes.speaker(other, "We are already"));
    String body = "Nina Hale has demanded answers. The Scottish Executive said it would \"not be common practice\".";
    assertEquals("Scottish Executive", FoundQuotes.speaker(body, "not be common"));
    // a place among the description's words: "the Atlanta fashion designer" is one phrase, not "the Atlanta"
    String place = "Delia Moss stood outside the store on Friday.\n\n\"I was surprised,\" said the Atlanta fashion "
        + "designer.";
    assertEquals("Delia Moss", FoundQuotes.speaker(place, "I was surprised"));
    // only capitalized words between the article and the modifiers: a verb in between ends the phrase
    String verb = "Leader Tom Reed was mocked.\n\nThe poster shows Mr Reed hypnotising people with a watch, saying: "
        + "\"I can spend the same money twice.\"";
    assertFalse(String.valueOf(FoundQuotes.speaker(verb, "I can spend")).contains("people"));
  }

  @Test
  void aGroupNounIsNoAntecedentForSheOrHe() {
    String text = "Blogger Nina Sole shoots her photos at home.\n\n\"Nobody expects glamour now,\" she "
        + "says.\n\nShe also polled her readers on her ads, and the majority said they felt fine with it. "
        + "\"I was relieved,\" she says.";
    assertEquals("Nina Sole", FoundQuotes.speaker(text, "I was relieved"));
  }

  @Test
  void aRoleSetOffAfterANameIsThatPersonNotAnotherAntecedent() {
    String text = "\"Sales are up,\" said Bob Tran.\n\nBut for Lia Moreno, a senior analyst at research firm Datalink "
        + "and a longtime watcher of the market, the rise will not last. \"Prices are too high,\" she said.";
    assertEquals("Lia Moreno", FoundQuotes.speaker(text, "Prices are"));
  }

  @Test
  void aRoleSetOffBeforeANameIsThatPersonNotAnotherAntecedent() {
    String text = "A Utah lawmaker, Republican state Rep. Ned Colby, refused to wear one because, as he explained "
        + "on Monday, \"This is a free country.\"";
    assertEquals("Ned Colby", FoundQuotes.speaker(text, "This is a free"));
  }

  @Test
  void theReportersOwnIIsNoOneTheStoryNamed() {
    String text = "In 2005 I wrote that Hurricane Rita showed how unready we were. Dan Pike agreed.\n\n\"The sad "
        + "thing,\" I wrote to my son, \"is that nobody trusts anything.\"";
    assertNull(FoundQuotes.speaker(text, "The sad thing"));
  }

  @Test
  void aPlayersPositionRefersBackLikeARole() {
    String text = "Tom Reyes has won 40 caps for Wales.\n\nThe flanker said: \"We will hold the scrum on Saturday.\"";
    assertEquals("Tom Reyes", FoundQuotes.speaker(text, "We will hold"));
  }

  @Test
  void aQuotationOpeningWithAnEllipsisOrABracketContinuesTheSpeakersWords() {
    String text = "\"It is a long road still,\" Ann Roe posted. \"...What a miracle.\" \"[The doctors] were "
        + "great.\"";
    assertEquals("Ann Roe", speakerOf(text, "...What").name());
    assertEquals("Ann Roe", speakerOf(text, "[The doctors]").name());
  }

  @Test
  void aRoleNounByItsEndingStandsForThePersonQuotedBefore() {
    String text = "Lena Ortiz, who plays the organ at the cathedral, said the choir had stopped.\n\n\"We sang to "
        + "empty pews,\" she said.\n\n\"We will sing again in June,\" the organist said.";
    assertEquals("Lena Ortiz", speakerOf(text, "We will sing").name());
  }

  @Test
  void aRelativeClauseAfterANameAndItsAppositiveIsTheNames() {
    String text = "About 300 people came, said Ruth Bauer, a co-founder of the group, who added that the rules "
        + "\"make no sense at all.\"";
    assertEquals("Ruth Bauer", speakerOf(text, "make no sense").name());
    String whoIs = "Omar Reyes who is spokesperson for Lakeview Health states that the drug is \"widely used\" now.";
    assertEquals("Omar Reyes", speakerOf(whoIs, "widely used").name());
    String degrees = "Lena Park, MD, PhD who is director of the Lakeview Clinic states that the drug is \"safe\".";
    assertEquals("Lena Park", speakerOf(degrees, "safe").name());
  }

  @Test
  void thePhraseEndingARelativeClauseInTheSubjectIsNotWhoSpeaks() {
    String text = "Economist Rosa Vint drafted the plan. Vint and others who crafted the proposal write that it "
        + "\"focuses on the long term\". Nurses who spoke to Reuters said the wards were \"full every night\".";
    assertEquals("Rosa Vint", speakerOf(text, "focuses on").name());
    assertEquals("Nurses", speakerOf(text, "full every night").name());
  }

  @Test
  void aFragmentWithoutACueIsTheSubjectOfItsSentencesWhenAPersonOpensIt() {
    String text = "Mayor Dana Whitfield toured the flooded streets on Friday.\n\nShe took credit for \"a quick and "
        + "calm response\" that kept the shelters open. The mayor also faulted the county for its \"red tape\" in "
        + "the spring.";
    QuoteDocument doc = resolved(text);
    assertEquals("Dana Whitfield", passage(doc, "a quick").speaker().name());
    assertEquals(SpeakerRule.SUBJECT, passage(doc, "a quick").rule());
    assertEquals("Dana Whitfield", passage(doc, "red tape").speaker().name());
    // no person opens the sentence, or the quotation opens it: nobody's
    String things = "Dana Whitfield toured the streets.\n\nThere is no \"quick fix\" for the levee. \"Red tape\" "
        + "slowed the repairs.";
    assertNull(speakerOf(things, "quick fix"));
    assertNull(speakerOf(things, "Red tape"));
    // capitals opening a sentence without a first name or a title are no person
    assertNull(speakerOf("Dana Whitfield toured the streets.\n\nGolden Harvest brings \"a long wait\" for "
        + "owners.", "a long wait"));
  }

  @Test
  void aPhotoCreditAndATitleWithAPronounAreNobodyAPronounMeans() {
    String credit = "Tom Abel, a former pilot, teaches at the college. (Photo: Dale Minton, The Daily Star)\n\n"
        + "“Flying taught me patience,” he said.";
    assertEquals("Tom Abel", FoundQuotes.speaker(credit, "Flying"));
    // a caption ending in such a credit still has its own pronouns mean its names
    String caption = "Crowds gather downtown.\n\nJon Mead, a counter protester, is here with a group. He says we must "
        + "stay closed, otherwise, “we are sending people to harm.” Photo: Dale Minton\n\nThe rally ended at noon.";
    assertEquals("Jon Mead", FoundQuotes.speaker(caption, "we are sending"));
    // "CNBC Make It" is a show's title, no person "Make" that "she" may mean
    String show = "Reyes-Moore is impressed. \"He is in a great position,\" she tells CNBC Make It. She says he "
        + "should save.\n\n\"When he pays off the car, he should save more,\" she says.";
    assertNull(FoundQuotes.speaker(show, "When he pays"));
  }

  @Test
  void namesInAnAsideInBracketsComeAfterTheSentencesOwn() {
    String text = "Luis Garza pitched well last year.\n\nA day before his first games (he would beat the Marlins’ Ryan "
        + "Stone and lose to the Mets’ Jeff Moll), Garza was looking forward to it. In particular, he was happy to "
        + "meet fans.\n\n“At one point, I had 200 people watching,” he said.";
    assertEquals("Luis Garza", FoundQuotes.speaker(text, "At one point"));
  }

  @Test
  void accordingToAPronounMeansWhomThePronounWould() {
    String text = "The city will miss its targets, argues Oren Platt.\n\nAccording to him, “the budget was never "
        + "meant to last past the spring”.";
    assertEquals("Oren Platt", FoundQuotes.speaker(text, "the budget"));
    String after = "Lena Moss chairs the board.\n\n“The vote will go ahead on Friday,” according to her.";
    assertEquals("Lena Moss", FoundQuotes.speaker(after, "The vote"));
  }

  @Test
  void aCapitalizedThingSomeoneOwnsIsNoOneAPronounMeans() {
    String text = "Dara Finch thinks her side can win the league.\n\nAfter winning their first Silver Shield in a "
        + "decade, Finch backs her team to go further. \"We have built this for years,\" she told reporters.";
    assertEquals("Dara Finch", FoundQuotes.speaker(text, "We have built"));
    // a verb or a preposition between the possessive and the name: the name is someone's
    String met = "Mara Dune spoke of her talks with Tobias Wren.\n\n“We will meet again,” Wren said.";
    assertEquals("Tobias Wren", FoundQuotes.speaker(met, "We will meet"));
  }

  @Test
  void aRoleSetOffBeforeAFullNameIntroducesThatPerson() {
    String text = "President Walter Haig spoke on Monday.\n\nThe network removed posts featuring Chile’s president, "
        + "Marco Ibarra, after he said the tea was a “cure for everything” in a broadcast.";
    assertEquals("Marco Ibarra", FoundQuotes.speaker(text, "cure for"));
  }

  @Test
  void aRoleBeforeANameAfterAnArticleMakesItAPersonNotAModifier() {
    String text = "The veteran coach Aldo Brun thinks the cup will go to Rio Verde this year. \"We are not ready "
        + "yet,\" he said.";
    assertEquals("Aldo Brun", FoundQuotes.speaker(text, "We are not"));
    // a people's name or "late" before the name is no role: the phrase still modifies the noun after it
    String union = "The reform was due given the European Community directive, said Ivo Lind of a Paris broker. \"It "
        + "was expected,\" he said.";
    assertEquals("Ivo Lind", FoundQuotes.speaker(union, "It was expected"));
    String late = "Rovers beat Olympia 3-1 with a late Tomas Ekdahl strike and Hale said: \"It was a great night.\"\n\n"
        + "Rovers scored three goals in a comeback capped by Ekdahl's drive. He added: \"Tomas can play anywhere.\"";
    assertEquals("Hale", FoundQuotes.speaker(late, "Tomas can"));
    // nor does a noun of an organisation
    String board = "Vice-Premier Wen Baoli spoke on Monday. But Wen told reporters the Chinese government still "
        + "considered FECs unsafe. He added: \"It is rather complicated.\"";
    assertEquals("Wen Baoli", FoundQuotes.speaker(board, "It is rather"));
  }

  @Test
  void heIsNotWhomAShePronounBetweenMeans() {
    String text = "Judge Omar Kell heard the case on Monday. Dana Pruitt runs a bakery in town.\n\nShe was fined after "
        + "opening it during the lockdown. \"It was reckless and it put people at risk,\" he said.";
    assertEquals("Omar Kell", FoundQuotes.speaker(text, "It was reckless"));
  }

  @Test
  void aDefiniteRoleSetOffAfterANameDescribesThatPersonForAPronoun() {
    String text = "He will recall his clash with Odile Parrot, the Leeds mother who confronted him over the ward.\n\n"
        + "\"All you do is smile for the cameras,\" she told the minister.";
    assertEquals("Odile Parrot", FoundQuotes.speaker(text, "All you do"));
  }

  @Test
  void aPersonFromAPlaceOfTwoWordsIsThatPerson() {
    String frank = "Fans wrote in, like Emrys Hobb of Redwood City, Calif.\n\nAs Mr. Hobb put it, \"The old team "
        + "had the best socks.\"";
    assertEquals("Emrys Hobb", FoundQuotes.speaker(frank, "The old team"));
  }

  @Test
  void aRoleOpeningTheSentenceBeforeItsSubjectsNameIsThatPerson() {
    String text = "Ann Roe had knee surgery on Monday. Her doctor, Carl Rose, was confident.\n\nAn avid tennis "
        + "player, Roe can\u2019t wait to get back on the court.\n\n\u201cI\u2019m going to be walking around in "
        + "happy tears,\u201d she said.";
    assertEquals("Ann Roe", FoundQuotes.speaker(text, "I\u2019m going"));
  }

  @Test
  void aPullQuoteRepeatingAnothersLineIsTheirsNotTheQuotationBefore() {
    String text = "\u201cWe see fraudulent test kits on the market,\u201d the agency\u2019s statement read.\n\n"
        + "\u201cIf your kit has many false positives, it\u2019s useless.\u201d\n\nSeveral labs are checking the "
        + "tests. \u201cThose numbers are unacceptable,\u201d Ann Roe, a microbiologist, said. \u201cIf your kit "
        + "has many false positives, it\u2019s useless.\u201d";
    DocumentQuotes.Found pull = FoundQuotes.quote(text, "If your kit");
    assertEquals("Ann Roe", pull.speaker());
    assertEquals("repeat", pull.speakerRule());
  }

  @Test
  void aQuotationAfterAPersonsOpinionIsTheirs() {
    String text = "Tom Vance studies outbreaks. \u201cWe see the cases,\u201d Vance says.\n\nAnn Roe thinks "
        + "we\u2019re getting closer. \u201cThe further this goes on, the better we can estimate.\u201d";
    DocumentQuotes.Found f = FoundQuotes.quote(text, "The further");
    assertEquals("Ann Roe", f.speaker());
    assertEquals("thinks", f.cue());
    String company = "Ann Roe runs Zentrix. \u201cWe ship in May,\u201d Roe said.\n\nZentrix hopes the phones will "
        + "sell. \u201cPhones are small by definition.\u201d";
    assertFalse("Zentrix".equals(FoundQuotes.speaker(company, "Phones are small"))); // a company's hope
  }

  @Test
  void aParagraphAfterAPersonsColonIsTheirs() {
    String text = "Ann Roe spoke for ten minutes. In a nod to the past, she paid tribute to the city\u2019s workers:"
        + "\n\n\u201cThose who come after us will say we were as strong as any.\u201d";
    assertEquals("Ann Roe", FoundQuotes.speaker(text, "Those who come"));
    String crowd = "Ann Roe watched the march. Protesters gathered at noon:\n\n\u201cWe will not go home.\u201d";
    assertNull(FoundQuotes.speaker(crowd, "We will not")); // no person opens the sentence before
  }

  @Test
  void wordsInAPersonsPhraseAreTheirsButAPossessiveAloneSaysNoOneSpoke() {
    String text = "Cooperation and, in Tom Vance\u2019s phrase, \u201cfellow feeling,\u201d is in our nature. Ann "
        + "Roe\u2019s \u201cexceptional career\u201d was honoured at the festival.";
    assertEquals("Tom Vance", FoundQuotes.speaker(text, "fellow feeling"));
    assertNull(FoundQuotes.speaker(text, "exceptional career")); // the festival's words about her
  }

  @Test
  void aFragmentInAnOpeningGerundClauseIsTheMainSubjects() {
    String text = "Two weeks after declaring a \u201cpublic health red alarm,\u201d Mayor Ann Roe on Monday outlined "
        + "the steps she has taken.";
    DocumentQuotes.Found f = FoundQuotes.quote(text, "public health");
    assertEquals("Ann Roe", f.speaker());
    assertEquals("declaring", f.cue());
  }

  @Test
  void aQuotationContinuesTheSpeechBeforeItPastSentencesThatNameNoOne() {
    String quiet = "\"The net will have almost infinite addresses,\" said Dr Ann Roe. Standards are vital to something "
        + "as complex as the net. The difference will be almost invisible. \"Our first goal is that it should make "
        + "no difference at all.\"";
    assertEquals("Ann Roe", speaker(quiet, "Our first goal"));
    String named = "\"The net will have almost infinite addresses,\" said Dr Ann Roe. Standards are vital to something "
        + "as complex as the net. Carl Vance runs the standards body. \"Our first goal is that it should make "
        + "no difference at all.\"";
    assertNotEquals("Ann Roe", speaker(named, "Our first goal"));
  }

  @Test
  void aPronounSkipsThePersonItsQuotationSpeaksOfByName() {
    // the subject before "he" is Tom Lund, but the quotation speaks of Tom: its speaker is the man named before;
    // "Hart's Saints" is Hart's team, no person
    String text = "Paul Hart wants the league to cut the fixture list. Hart also called on clubs to rest players. "
        + "Tom Lund, Hart's Saints team-mate, has doubts about his future \"I think Tom's situation is about the "
        + "number of games we play,\" he said.";
    assertEquals("Paul Hart", speakerOf(text, "I think Tom").name());
  }

  @Test
  void aNameAfterBothOrFellowIsGovernedByThePrepositionBeforeThem() {
    String text = "Club chairman Paul Hart confirmed the talks.\n\nAlthough the move would pay well for both Tom Lund "
        + "and the club, Hart said money was not the reason. \"The money side is not the point,\" he told the radio.";
    assertEquals("Paul Hart", speakerOf(text, "The money side").name());
    String epithet = "World number one Tom Roe has criticised the club.\n\nReacting to a remark by All England Club "
        + "chairman Paul Lund, the American said: \"It is insulting to every player.\"";
    assertEquals("Tom Roe", speakerOf(epithet, "It is insulting").name());
  }

  @Test
  void aPlayersPositionBeforeTheNameIsATitle() {
    String text = "Wing Paul Hart says the side can still win the title. \"We played badly and still won,\" said Hart.";
    assertEquals("Paul Hart", speakerOf(text, "We played").name());
  }

  @Test
  void theMemberForTwoPlacesIsOneRoleTheNamedMemberHolds() {
    String text = "Labour MP Paul Hart said the campaign would start late. Mr Hart predicted it would start after the "
        + "budget. The MP for Leeds and Selby said the prime minister had been \"trying very hard\" to win trust.";
    assertEquals("Paul Hart", speakerOf(text, "trying very").name());
  }

  @Test
  void aNameBeforeAnIndefiniteDescriptionWithoutItsClosingCommaIsTheSpeaker() {
    String text = "Shares rose on Monday. However, Matt Lund, a fund manager at Ace Trust said buying the stake \"is "
        + "surely a first step to a takeover\".";
    assertEquals("Matt Lund", speakerOf(text, "is surely").name());
    String bare = "Shares fell. Ann Roe, Acme general manager said the plant \"will be running by the autumn\".";
    assertEquals("Ann Roe", speakerOf(bare, "will be running").name());
    // a place before "his wife" is no one she describes
    String wife = "Tom Lund died on Friday. He had lived for years in Dupont Park, his wife said, and \"loved every "
        + "street of it\".";
    assertNotEquals("Dupont Park", speakerOf(wife, "loved every").name());
  }

  @Test
  void aNationalityBetweenATitleAndASurnameIsAFirstName() {
    String text = "Trade minister German Volkov told the paper that the sale was \"unjustified and harmful\".";
    assertEquals("German Volkov", speakerOf(text, "unjustified").name());
  }

  @Test
  void anEpithetIsThePersonNamedAsSubjectSinceTheLastQuotation() {
    String text = "\"We must work harder on clay,\" said captain Bill Moss.\n\nTom Reed was left frustrated after "
        + "losing both his singles. \"It is just tough,\" said the American.";
    assertEquals("Tom Reed", speakerOf(text, "It is just").name());
    // no one named since: the person quoted just before
    String quoted = "\"We were patient,\" said Tom Reed. The match lasted three hours. \"It was tough,\" said the "
        + "American.";
    assertEquals("Tom Reed", speakerOf(quoted, "It was tough").name());
    // a person named before the epithet in its own sentence: the walk back finds them
    String own = "Tom Reed won again.\n\nWhen Ben Hale shook his hand, the Australian said: \"You are the best.\"";
    assertEquals("Ben Hale", speakerOf(own, "You are the best").name());
  }

  @Test
  void aNameAPrepositionGovernsIsNotWhomTheDescriptionAfterItsCommaDescribes() {
    String text = "Martina Holm will play in Pattaya this month. Speaking to Le Matin, the 24-year-old Swiss added: "
        + "\"There will not be as many people.\"";
    assertEquals("Martina Holm", speaker(text, "There will not"));
  }

  @Test
  void placesInADrawAreRoles() {
    String seed = "Tom Reed beat Luis Pardo in the quarter-final.\n\nReed, who lost here last year, was happy with his "
        + "form. \"I played better today,\" said the top seed.";
    assertEquals("Tom Reed", speaker(seed, "I played better"));
    String debutant = "Ana Kova said: \"She was unstoppable.\" The tournament debutant added: \"I love it here.\"";
    assertEquals("Ana Kova", speaker(debutant, "I love it"));
  }

  @Test
  void aQuotationWithoutACueAfterASentenceAboutAPersonIsTheirs() {
    String text = "Schools in the valley were slow to take up tablets. However, Mr Dale Price has tried the idea in "
        + "two villages of his own. \"We handed out forty tablets last spring and only two broke.\" Mr Price hopes "
        + "every pupil will have one but admitted this was bold. \"Twenty million a year is a big number.\" He plans "
        + "to start in the autumn. \"It is cheaper than textbooks in the long run.\"";
    QuoteDocument doc = resolved(text);
    assertEquals("Dale Price", passage(doc, "We handed out").speaker().name());
    assertEquals(SpeakerRule.SUBJECT, passage(doc, "We handed out").rule());
    assertEquals("Dale Price", passage(doc, "Twenty million").speaker().name());
    assertEquals("Dale Price", passage(doc, "It is cheaper").speaker().name());
    // a fragment, a sentence naming nobody first, or another paragraph: nobody's
    String fragment = "Mr Dale Price has tried the idea. Villages want \"forty tablets\" soon.";
    assertNull(speakerOf(fragment, "forty tablets"));
    String things = "Mr Dale Price has tried the idea. The tablets were cheap. \"We handed out forty.\"";
    assertNull(speakerOf(things, "We handed out"));
    String paragraph = "Mr Dale Price has tried the idea.\n\n\"We handed out forty.\"";
    assertNull(speakerOf(paragraph, "We handed out"));
    String list = "Dale Price, Ann Roe and Tom Reed have joined the campaign. \"For Price, the plan is to win.\"";
    assertNull(speakerOf(list, "For Price"));
  }

  @Test
  void aPossessiveOpeningASentenceWithANounForWhatWasSaidBeforeAColonIsWhoSaidIt() {
    String text = "Sir Tom Reed said stability mattered most. His message to the minister was: \"Do not spend it on "
        + "the election.\"";
    assertEquals("Tom Reed", speaker(text, "Do not spend"));
    String but = "Ann Roe met the squad on Friday. But her advice was short: \"Keep the ball and run.\"";
    assertEquals("Ann Roe", speaker(but, "Keep the ball"));
  }
}
