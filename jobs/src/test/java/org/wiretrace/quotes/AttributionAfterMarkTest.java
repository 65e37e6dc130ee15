package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wiretrace.quotes.FoundQuotes.quote;
import static org.wiretrace.quotes.FoundQuotes.speaker;

import org.junit.jupiter.api.Test;

/** Attribution after the closing mark, in the shapes news writing gives it. */
class AttributionAfterMarkTest {

  @Test
  void aFirstNameSetOffAfterADescriptorIsTheSpeaker() {
    String text = "\"We have not slept for a week,\" his sister, Marta, told reporters. \"Nobody calls us back.\"";
    assertEquals("Marta", speaker(text, "We have not"));
    assertEquals("Marta", speaker(text, "Nobody calls"));
  }

  @Test
  void aSpeakerQuotedOrCitedAsSaying() {
    String text = "\"We will send back every boat we can,\" Interior Minister Ruth Adebayo was quoted as saying by a "
        + "radio station.\n\n\"The rules have not changed,\" Tom Keller was cited as saying.";
    assertEquals("Ruth Adebayo", speaker(text, "We will send back"));
    assertEquals("Tom Keller", speaker(text, "The rules have not"));
  }

  @Test
  void aQuotationPrintedAgainAsAParagraphOfItsOwnIsItsSpeakers() {
    String text = "\"Nobody should have to choose between rent and food.\"\n\nThe council met on Monday. \"Nobody "
        + "should have to choose between rent and food,\" Mayor Ruth Alder said. \"We will act.\"";
    assertEquals("Ruth Alder", speaker(text, "Nobody should"));
    assertEquals("repeat", quote(text, "Nobody should").speakerRule());
  }

  @Test
  void anAttributionWhoseFullStopLostItsSpaceToTheNextParagraph() {
    // a scrape that joined paragraphs: "said.A few", "said.Dr. Ames"
    String text = "Dr. Ruth Ames runs the laboratory.\n\n“It was a disaster that we did not test,” Dr. Ames said.A few "
        + "cases came to light in January.\n\n“I thought, ‘We need to do this here,’” Dr. Ames said.Dr. Ames and her "
        + "colleagues found more.";
    assertEquals("Ruth Ames", speaker(text, "It was a disaster"));
    assertEquals("cue", quote(text, "It was a disaster").speakerRule());
    assertEquals("Ruth Ames", speaker(text, "I thought"));
  }

  @Test
  void aNoBreakOrThinSpaceBeforeTheCueIsASpace() {
    for (String space : new String[] {"\u00a0", "\u2009", "\u202f", "\u2007"}) {
      String text = "“The road will reopen on Monday,”" + space + "said Lena Okafor, the county engineer.";
      assertEquals("Lena Okafor", speaker(text, "The road"), () -> "space U+" + (int) space.charAt(0));
      String inverted = "\"We are out of beds,\"" + space + "hospital director Omar Haddad told reporters.";
      assertEquals("Omar Haddad", speaker(inverted, "We are out"));
    }
  }

  @Test
  void longAppositivesBetweenTheNameAndTheCue() {
    String text = "\"There are many deaths we will never count,\" Dana Whitfield, a statistician at the Hale Cancer "
        + "Research Center and the state university in Brookfield, told the Ledger.";
    assertEquals("Dana Whitfield", speaker(text, "There are many"));
    String who = "\"This approach skips the costly steps,\" Marco Lindqvist of the University of Arden Genomics "
        + "Center, who led the research, told reporters.";
    assertEquals("Marco Lindqvist", speaker(who, "This approach"));
    String cueFirst = "\"The port is closed,\" said Ana Pereira, the former chief of staff to Governor Hall, who now "
        + "runs the harbour board.";
    assertEquals("Ana Pereira", speaker(cueFirst, "The port"));
    // the appositive's commas left out after a full name whose surname is also a word
    String bare = "\"The county stands with the city,\" Linh Do the Vice Chairman of the Board of Supervisors "
        + "said.";
    assertEquals("Linh Do", speaker(bare, "The county stands"));
  }

  @Test
  void aFullStopInsideTheMarksBeforeTheCue() {
    assertEquals("Tom Reyes", speaker("The match is over. \"We lost.\" said Tom Reyes.", "We lost"));
    assertEquals("Tom Reyes", speaker("The match is over. \"We lost the final.\" Tom Reyes said.", "We lost"));
  }

  @Test
  void aSecondQuotationAfterAddingBelongsToTheSameSpeaker() {
    String text = "\"We will appeal,\" Maria Costa said, adding, \"The ruling ignores the evidence.\"";
    assertEquals("Maria Costa", speaker(text, "We will appeal"));
    assertEquals("Maria Costa", speaker(text, "The ruling"));
    String resumed = "\"The reason for the rally,\" one trader said, \"is that the losses were smaller than "
        + "feared.\"";
    assertEquals("trader", speaker(resumed, "is that"));
  }

  @Test
  void aParticipleOrAnObjectVerbAfterTheMarkLeavesTheQuotationToItsClause() {
    String text = "Keys said she was \"very excited\", describing Charles as \"an artist I admire\".";
    assertEquals("Keys", speaker(text, "very excited"));
    assertEquals("Keys", speaker(text, "an artist"));
  }

  @Test
  void aVerbTakingAnObjectHasItsSubjectAfterItWhenNothingFollows() {
    String text = "The board met.\n\n\"If we cannot pay, we will see dozens of clinics close,\" warned Omar Pike, the "
        + "head of the clinics' union, which represents 9,000 nurses. \"This is no threat.\"";
    assertEquals("Omar Pike", speaker(text, "If we cannot pay"));
    assertEquals("Omar Pike", speaker(text, "This is no threat"));
    // its object: what follows it in the clause says so
    String object = "\"We will see dozens of clinics close,\" warned voters that the vote was near.";
    assertNull(speaker(object, "We will see"));
    // a verb reporters never invert keeps its object
    String told = "He is the author of \"Clinics at Risk,\" told Radio Vega's Ann Holt.";
    assertNull(speaker(told, "Clinics at Risk"));
  }

  @Test
  void whoSaidItNotWhoReportsItEndingTheSentence() {
    String text = "The man was moved only \"because he was coughing at the guard\" who took his temperature, Ruiz "
        + "said, according to his lawyer, Nora Shaw.";
    assertEquals("Ruiz", speaker(text, "because he was"));
    String reported = "The plan is \"dead on arrival\" in the Senate, as things stand, according to two aides.";
    assertEquals("aides", speaker(reported, "dead on arrival"));
  }

  @Test
  void theAgentOfAPassiveAfterTheMarkSpeaks() {
    String text = "The leaflets were labelled a \"grave error\" by the Greens, who want them withdrawn.";
    assertEquals("Greens", speaker(text, "grave error"));
    String described = "The budget was described as \"a fantasy\" by Senator Paula Reed.";
    assertEquals("Paula Reed", speaker(described, "a fantasy"));
  }

  @Test
  void aBrokerIsARole() {
    String text = "\"Selling will go on for weeks,\" said one Japanese broker.";
    assertEquals("Japanese broker", speaker(text, "Selling will go on"));
  }

  @Test
  void anAttributionThatEndsTheSentence() {
    String text = "The \"vast majority\" of people feel some distress right now, the psychologist Ruth Ames says.";
    assertEquals("Ruth Ames", speaker(text, "vast majority"));
    String coordinated = "The delay was \"devastating\" and \"a black mark on the agency,\" Paul Ng, a former "
        + "official, told the Herald.";
    assertEquals("Paul Ng", speaker(coordinated, "devastating"));
    assertEquals("Paul Ng", speaker(coordinated, "a black mark"));
    // the reporter's words between two quotations, without a cue, leave the first to the attribution ending them both
    String between = "These \"appeals to fear,\" or threats of force, are \"used to overwhelm opponents,\" Ruth Ames "
        + "writes.";
    assertEquals("Ruth Ames", speaker(between, "appeals to fear"));
    String cued = "Officials called it \"a mess,\" and the plan was \"a failure from the start,\" Ruth Ames writes.";
    assertEquals("Officials", speaker(cued, "a mess"));
  }

  @Test
  void anAttributionEndingTheSentenceBeforeItsAdjuncts() {
    // a participle's clause after the attribution
    String participle = "The patient had \"two dark spots\" on his lungs, his lawyer Ana Ruiz said, describing a "
        + "call with him.";
    assertEquals("Ana Ruiz", speaker(participle, "two dark spots"));
    // the speaker after the cue, with an age and a home town, or a relative clause, or a description with commas
    String age = "Sales were \"pretty slow\" at the shop on Main Street, said Dora Kent, 61, of Lakeview.";
    assertEquals("Dora Kent", speaker(age, "pretty slow"));
    String who = "The league will try \"smaller crowds\" in the autumn, according to chief executive Paul Ng, who "
        + "spoke at a forum on Monday.";
    assertEquals("Paul Ng", speaker(who, "smaller crowds"));
    String described = "Doctors need to know \"how long the virus lingers\" in a patient, said Ida Marsh, director "
        + "of a clinic in Leeds, a city hit early.";
    assertEquals("Ida Marsh", speaker(described, "how long the virus"));
    // the listener and where or when it was said
    String listener = "The flood was a \"grave threat\" to the harvest, Agriculture Minister Lena Ott told farmers at "
        + "a meeting in Kassel.";
    assertEquals("Lena Ott", speaker(listener, "grave threat"));
    String statement = "The merger would create \"a stronger bank\" for the region, chief executive Paul Ng said in "
        + "a statement to the exchange on Monday.";
    assertEquals("Paul Ng", speaker(statement, "a stronger bank"));
    // a reported clause after the cue is the speaker's new statement, not an attribution of the quotation
    String clause = "After the \"disaster\" of 2019, Dora Kent said the agency must change course.";
    assertNull(speaker(clause, "disaster"));
  }

  @Test
  void aSpeakerFromAnEarlierParagraphOnlyByContinuation() {
    String text = "\"We need more tests,\" said Mayor Ella Brandt.\n"
        + "The city has 40 testing sites.\n"
        + "\"Nobody should wait a week for a result.\"";
    assertNull(speaker(text, "Nobody should"));
    String continued = "\"We need more tests,\" said Mayor Ella Brandt.\n\"Nobody should wait a week for a result.\"";
    assertEquals("Ella Brandt", speaker(continued, "Nobody should"));
    assertEquals("continuation", quote(continued, "Nobody should").speakerRule());
  }

  @Test
  void negatedCuesAndTheirSubjects() {
    String text = "Party spokesman Steve Bryce wouldn't say whether the rules would be enforced, only that \"we "
        + "remain hopeful that members respect their colleagues.\"";
    assertEquals("Steve Bryce", speaker(text, "we remain"));
  }

  @Test
  void aClauseAfterTheMarkWithItsOwnCueAndQuotationIsNoAttribution() {
    String text = "Professor Dana Ruiz speaks of \"a lost generation,\" and Omar Haddad, an economist at the bank, "
        + "warns of \"a long winter.\"";
    assertEquals("Dana Ruiz", speaker(text, "a lost generation"));
    assertEquals("Omar Haddad", speaker(text, "a long winter"));
  }

  @Test
  void aNameInAppositionAfterADescriptorIsTheSpeaker() {
    String text = "The retailers back the order as \"the best course for shoppers,\" the group’s president, Ana "
        + "Mora, said in a statement.";
    assertEquals("Ana Mora", speaker(text, "the best course"));
  }

  @Test
  void aPostReadsAndACommenterWrites() {
    String text = "The store posts updates on its page.\n\n\"No reason to panic,\" reads one post. \"We have "
        + "you covered!\"\n\n\"Thank you for the flour,\" wrote one commenter.";
    assertEquals("post", speaker(text, "No reason"));
    assertEquals("post", speaker(text, "We have you"));
    assertEquals("commenter", speaker(text, "Thank you"));
  }

  @Test
  void anAttributionAfterAQuotationEndsWithItsParagraph() {
    String text = "\"We had a lovely time!\" one woman wrote. \"Thank you!\"\n\nAnyone who disagreed, the owners "
        + "said, could stay away.";
    assertEquals("woman", speaker(text, "Thank you"));
  }

  @Test
  void aTitleInMarksMayStandInTheAppositive() {
    String text = "\"Every game matters now,\" Lena Ortiz, a sports writer and author of \"Extra Time,\" told NBC "
        + "News' Sam Reed.";
    assertEquals("Lena Ortiz", speaker(text, "Every game"));
  }

  @Test
  void anOutletsPluralPossessiveOpensTheAsker() {
    String text = "Lena Ortiz left the club in May. \"Were you warned?\" ABC News' Maya Lund asked Ortiz.";
    assertEquals("Maya Lund", speaker(text, "Were you"));
  }

  @Test
  void aNameAfterADescriptorAndItsOfPhraseIsTheSpeaker() {
    String text = "\"Prices will recover by spring,\" the president of the grain exchange, Tomas Vidal, said on "
        + "Monday.";
    assertEquals("Tomas Vidal", FoundQuotes.speaker(text, "Prices will"));
  }

  @Test
  void rememberingAndCharacterizingAreCues() {
    String text = "Nurse Tom Ellis worked nights in April.\n\n\"I sat with her every night,\" he remembers.";
    assertEquals("Tom Ellis", FoundQuotes.speaker(text, "I sat"));
    String object = "Mayor Jo Banks characterized the budget as the \"worst in a decade.\"";
    assertEquals("Jo Banks", FoundQuotes.speaker(object, "worst in"));
  }

  @Test
  void aNestedQuotationClosingTheQuoteStillEndsItsSentence() {
    String text = "Ana Reyes met the mayor in May.\n\n\"He looked at me and said, 'Why not?' \" Reyes says.";
    assertEquals("Ana Reyes", FoundQuotes.speaker(text, "He looked"));
  }

  @Test
  void theNounAfterWordsInMarksThatDescribeItIsNoSpeaker() {
    String text = "Consumers are putting the \"overwhelmingly brown and black\" meatpacking workers of America at "
        + "risk, Ann Roe argues. The \"temporary\" measures officials announced did not last.";
    assertEquals("Ann Roe", speaker(text, "overwhelmingly"));
    assertNull(speaker(text, "temporary"));
    String named = "Ed Vale spoke on Monday. The economy grows at a \"reasonably good pace\" he warned. She was a "
        + "\"beloved\" teacher, Ali Khan said.";
    assertEquals("Ed Vale", speaker(named, "reasonably"));
    assertEquals("Ali Khan", speaker(named, "beloved"));
    // "reason" before "for" is a noun: no cue of a speaker "real"
    assertNull(speaker("The real reason for the ban is that the site hosts the \"Plandemic\" video.", "Plandemic"));
    assertEquals("statement", speaker("The statement spoke of women being \"largely invisible,\" it said.", "largely"));
  }

  @Test
  void aDescriptionSetOffByDashesStandsBetweenTheNameAndTheCue() {
    String text = "State Sen. Maria Okafor wrote the bill. “The idea is simple,” Okafor—a dairy farmer I met on a "
        + "county board years ago—told me on Friday. “Let farmers sell shares of a herd.”";
    assertEquals("Maria Okafor", speaker(text, "The idea"));
    assertEquals("Maria Okafor", speaker(text, "Let farmers"));
    assertEquals("Ed Lund", speaker("“It works,” Ed Lund – a miner from Butte – told the hearing.", "It works"));
  }

  @Test
  void aSentenceEndingInACueAndACommaIntroducesTheQuotationsParagraph() {
    String text = "Ann Kessler spoke to the paper on Monday.\n\nShe went on to say,\n\n“Nothing will be as it "
        + "was before the crisis.”\n\nKessler also talked about schools.";
    assertEquals("Ann Kessler", speaker(text, "Nothing will"));
    // a comma that ends a sentence with no cue introduces nothing
    assertNull(speaker("Ann Kessler spoke on Monday.\n\nIn the morning,\n\n“Nothing will be as it was.”",
        "Nothing will"));
  }

  @Test
  void aSpeakerQuotedSayingWithoutAs() {
    String text = "Mara Quist leads the agency's housing research.\n\n\"Sales began the year strongly,\" Quist was "
        + "quoted saying in the report. \"The spring will be slower.\"";
    assertEquals("Mara Quist", speaker(text, "Sales began"));
    assertEquals("Mara Quist", speaker(text, "The spring"));
  }

  @Test
  void aSourceAfterTheQuotationOnlyReportsWhatAPronounBeforeItSaid() {
    String text = "Dr. Ilse Varga runs the regional health service.\n\nShe has also said that “no figure from the "
        + "ministry can be trusted”, according to The Harbor Ledger.";
    assertEquals("Ilse Varga", speaker(text, "no figure"));
    // with no person's cue before the quotation, the source after it is the speaker
    assertEquals("Tomas Riel", speaker("The plan was “a serious gamble,” according to Tomas Riel.", "a serious"));
    assertEquals("Tomas Riel", speaker("Brokers said prices could recover, but demand is “still very weak,” "
        + "according to Tomas Riel, an economist.", "still very"));
    // a statement only carries what the company before it said
    String company = "Halvorsen Foods said it would cut its staff. The company said it would keep a “skeleton crew "
        + "to run the plants,” according to a statement.";
    assertEquals("Halvorsen Foods", speaker(company, "skeleton crew"));
  }

  @Test
  void asTheSpeakerPutItAfterTheQuotationAndInTheSpeakersWordsBeforeIt() {
    String put = "Nell Garrow runs the players' union.\n\nWeighing \"how much risk we can all accept,\" as Garrow put "
        + "it, was nobody's idea of a season.";
    assertEquals("Nell Garrow", speaker(put, "how much risk"));
    assertEquals("Nell Garrow", speaker("Nell Garrow runs the union. \"We will be ready,\" as she told reporters.",
        "We will be"));
    // "as" opening no clause of saying names nobody
    assertNull(speaker("Nell Garrow runs the union. The plan was \"doomed\" as the season began.", "doomed"));
    String words = "Or, to put it in Osric Vell's words: if the allies drift apart, the union will become \"a mere "
        + "appendage of the east.\"";
    assertEquals("Osric Vell", speaker(words, "a mere"));
  }

  @Test
  void verbsOfUrgingAndProclaimingAreCues() {
    assertEquals("Hollis", speaker("After the flood, President Hollis exhorted voters to shop and \"get down to the "
        + "coast.\"", "get down"));
    assertEquals("Ilka Marsh", speaker("What Commissioner Ilka Marsh has proclaimed to be \"the greatest challenge\" "
        + "remains open.", "the greatest"));
    assertEquals("Hollis", speaker("President Hollis spoke. \"The rivals want our ports so badly\" the president "
        + "cajoled on a podcast.", "The rivals"));
  }

  @Test
  void anOutletQuotingAPersonAsSayingGivesThemTheWords() {
    String text = "The airline has argued it must cut costs. \"We will have to buy more abroad,\" the newspaper quoted "
        + "Acme chief executive Tom Varley as saying.\n\n\"We are mourning a great company,\" the agency quoted "
        + "Zentrix worker Ann Lowe as saying.";
    assertEquals("Tom Varley", speaker(text, "We will have"));
    assertEquals("Ann Lowe", speaker(text, "We are mourning"));
    String pronoun = "Foreign Minister Ali Varza spoke on Monday. \"No other country can use the strait,\" the agency "
        + "quoted him as saying.";
    assertEquals("Ali Varza", speaker(pronoun, "No other country"));
    String passive = "\"We want to settle this through talks,\" Governor Ken Sato was quoted by Kyodo News Service as "
        + "saying.";
    assertEquals("Ken Sato", speaker(passive, "We want to settle"));
  }

  @Test
  void aCueWithAColonAfterAClosedSentenceIntroducesTheNextQuotation() {
    String text = "Tom Reed will coach the juniors. \"Britain has the right attitude,\" said Reed. \"A short stay is "
        + "just confusing. The kids will ask: 'Why am I here?'\" Acme's chief, Ann Lowe, added: \"We are glad.\"";
    assertEquals("Tom Reed", speaker(text, "A short stay"));
    assertEquals("Ann Lowe", speaker(text, "We are glad"));
    // a fragment that ends the reporter's sentence is still the words of whoever is named after it
    String fragment = "Dolphins are also generally prone to \"play-like behavior.\" Ann Lowe said:\n\n\"They play with "
        + "weed.\"";
    assertEquals("Ann Lowe", speaker(fragment, "play-like"));
  }
}
