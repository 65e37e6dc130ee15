package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wiretrace.quotes.FoundQuotes.assertSpeaker;
import static org.wiretrace.quotes.FoundQuotes.quote;
import static org.wiretrace.quotes.FoundQuotes.speaker;

import org.junit.jupiter.api.Test;

/** Who speaks in news clauses: participles after an object, appositive lists, captions, ledes, far pronouns. */
class ClauseSpeakersTest {

  @Test
  void soonOpeningASentenceIsNoName() {
    String text = "Soon after the leak, the ministry released a statement thanking the researcher, but insisting there "
        + "was \"no breach\" of the rules.";
    assertEquals("ministry", speaker(text, "no breach"));
    String even = "Mayor Ken Ito spoke on Monday. Even Ito called the plan \"a disaster\" later.";
    assertEquals("Ken Ito", speaker(even, "a disaster")); // nor is "Even"
  }

  @Test
  void aYearBetweenTheAuxiliaryAndTheCueIsNoSubject() {
    String text = "Mr Dale did not answer. Instead, he pointed to how Ruth Okoro had in 2009 complained about "
        + "\"personal abusive campaigning\".";
    assertEquals("Ruth Okoro", speaker(text, "personal abusive"));
  }

  @Test
  void theAgentOfAsNotedByIsTheSpeaker() {
    String text = "The ties are old. For example, as documented by Lena Marsh, an analyst at a think tank, \"The "
        + "militia honored the general at a rally in the capital.\"";
    assertEquals("Lena Marsh", speaker(text, "The militia honored"));
    String noted = "As noted by the inspector, the pump was \"never once serviced\" in ten years.";
    assertEquals("inspector", speaker(noted, "never once serviced"));
    // after a cue with its own speaker, "as reported by" names where it was reported, not who speaks
    String confirmed = "Later, Rebecca Jonas confirmed, as reported by WKTV in Utica that she was fired because she "
        + "refused to \"change the data by hand.\"";
    assertEquals("Rebecca Jonas", speaker(confirmed, "change the data"));
  }

  @Test
  void anAsideBetweenTheSubjectAndItsVerbLeavesTheSubject() {
    String text = "Acme Corp, for example, took strong action against the paper by claiming it was publishing \"fake "
        + "news,\" mainly.";
    assertEquals("Acme Corp", speaker(text, "fake news"));
  }

  @Test
  void anEmptyItBeforeAnInfinitiveCueNamesNobody() {
    String text = "During the Morning Weather Report, try not to complain.\n\nWhen it comes to expressing yourself in "
        + "crafts time, it is helpful to chant while squeezing glue, \"Dot, dot, not a lot.\"";
    assertSpeaker(null, "unknown", quote(text, "Dot, dot"));
    String company = "The company wants to sell. It is expected to say that the deal is \"a win for all\".";
    assertEquals("company", speaker(company, "a win for all"));
  }

  @Test
  void aParticipleAfterTheObjectOfAVerbSpeaksForTheVerbsSubject() {
    String text = "On Monday, county clerk Dana Price messaged Lewis asking her to \"delete the old files\" at once.";
    assertEquals("Dana Price", speaker(text, "delete the old"));
    String both = "Lena Ford chairs the board. An hour later, Ford emailed both Lewis and Marsh asking them to "
        + "\"hold off\" for now.";
    assertEquals("Lena Ford", speaker(both, "hold off"));
    String own = "Minutes later, Lewis replied saying \"this is a mistake\" and complied.";
    assertEquals("Lewis", speaker(own, "this is a"));
  }

  @Test
  void aParticipleAfterADashSpeaksForTheClauseTheDashOpens() {
    String text = "Cup games will go ahead in empty grounds - though national coach Ann Roe has voiced her doubts "
        + "about the plan, saying this week that it is like \"singing to an empty hall.\"";
    assertEquals("Ann Roe", speaker(text, "singing to"));
    String semicolon = "The vote was put off to May; the committee's chair, Tom Ng, has written to members, warning "
        + "that delay would be \"a gift to our rivals.\"";
    assertEquals("Tom Ng", speaker(semicolon, "a gift to"));
  }

  @Test
  void aFullNameBeforeOfAndAnOrganisationIsTheSubject() {
    String text = "Maria Lund of the Port Workers Union said that the ferries had “no other choice”.";
    assertSpeaker("Maria Lund", "person", quote(text, "no other choice"));
    // the comma closing the appositive left out
    String comma = "Maria Lund, of the Port Workers Union said that the ferries had “no other choice”.";
    assertSpeaker("Maria Lund", "person", quote(comma, "no other choice"));
  }

  @Test
  void aPossessiveNameBeforeACutOffNounIsTheOwner() {
    String text = "Senator Hal Brandt spoke on Friday. He called the plan “a giveaway,” according to Brandt’s "
        + "remarks.";
    assertSpeaker("Hal Brandt", "person", quote(text, "a giveaway"));
    // a company named with a possessive stays the company
    String company = "Betty Kellogg runs a diner. Kellogg’s also called the strike a “publicity stunt” by unions.";
    assertEquals("Kellogg’s", speaker(company, "publicity stunt"));
  }

  @Test
  void aNameBeforeADescriptorListIsTheSubject() {
    String text = "In the Boston Globe, Maya Stein, a Denver-based nurse, researcher and author, accused the governor "
        + "of \"gambling with lives\" on Friday.";
    assertEquals("Maya Stein", speaker(text, "gambling with"));
  }

  @Test
  void theNamesOfACaptionAndOfAModifyingNameAreNoAntecedents() {
    String caption = "Dr. Paul Reyes treats patients at a clinic in Queens.\n\nGovernor Dan Ober speaks at a briefing "
        + "in Albany, New York, May 4, 2020. REUTERS/Kim Vale\n\n\"We have not seen any effect,\" he said.";
    assertEquals("Paul Reyes", speaker(caption, "We have not"));
    String named = "Ann Gray lands a plane in Ohio, May 4, 2020. AP Photo/Kim Vale\n\nRemember Ann Gray? "
        + "\"I flew again,\" Gray said.";
    assertEquals("Ann Gray", speaker(named, "I flew"));
    String modifier = "Donna Hale said the family needed help. A Kickstarter page was set up for them.\n\n"
        + "\"Sorry for the slow replies,\" she wrote.";
    assertEquals("Donna Hale", speaker(modifier, "Sorry for"));
  }

  @Test
  void praisingIsACue() {
    String praised = "Mr. Ober has praised the test as \"ultra-fast\" and \"very accurate.\"";
    assertEquals("Ober", speaker(praised, "ultra-fast"));
    assertEquals("Ober", speaker(praised, "very accurate"));
  }

  @Test
  void heOrSheTakesThePersonQuotedLastWhenNobodyFitsNearer() {
    String text = "\"No fairs are booked,\" said Stallhub co-founder Tim Rowe. \"We had to pivot.\"\n\n"
        + "Stallhub's team built a platform in ten days. This is not just a stream. The page has rooms for vendors.\n\n"
        + "It held its first fair in April.\n\n\"We did not expect this,\" he said.";
    assertEquals("Tim Rowe", speaker(text, "We did not"));
    String unquoted = "Tim Rowe founded Stallhub. Its team built a platform in ten days. This is not just a stream. "
        + "The page has rooms for vendors at the Cinco De Mayo fair. It held its first fair in April.\n\n"
        + "\"We did not expect this,\" he said.";
    assertEquals(null, speaker(unquoted, "We did not"));
  }

  @Test
  void theTitleOfAnotherOfficeNamesNobody() {
    String text = "President Dan Ober met the governors. Vice President Mark Penn toured the plant.\n\n"
        + "The president said the talks were \"very productive.\"";
    assertEquals("Dan Ober", speaker(text, "very productive"));
  }

  @Test
  void aLowerCaseRankMakesACapitalizedTitleAnotherOffice() {
    String text = "Mayor Ann Roe presented the budget on Monday. It repays a loan taken out by former Mayor Tom Hale."
        + "\n\n\"We cannot afford to wait,\" the mayor told reporters.";
    assertEquals("Ann Roe", speaker(text, "We cannot afford"));
    String shadow = "Chancellor Ed Kane set out his plans. The cuts were attacked by shadow Chancellor Ray Bolt.\n\n"
        + "\"The figures add up,\" the chancellor said.";
    assertEquals("Ed Kane", speaker(shadow, "The figures add up"));
  }

  @Test
  void aRoleSetOffAfterANameIsThatPersons() {
    // the role with a possessor after the name is hers; a later "the governor" is she, not the man quoted last
    String text = "Ann Roe, Ohio's governor, toured the plant on Monday with Tom Hale, its owner.\n\n"
        + "\"We make parts for every car in the state,\" Hale said.\n\n"
        + "\"The plant will stay open,\" the governor said.";
    assertEquals("Ann Roe", speaker(text, "The plant will stay"));
  }

  @Test
  void aRoleAfterANameIsHersOnlySetOffOnBothSidesBeforeTheDescriptorAndWithAllItsWords() {
    // "Echoing Ann Roe, the prime minister said": the comma ends an opening phrase, the role is the subject's
    String echo = "Tom Blake, the prime minister, spoke on Monday.\n\nEchoing the envoy Ann Roe, the prime minister "
        + "said talks would go on. The prime minister conceded that the US had \"a harder position\" on it.";
    assertEquals("Tom Blake", speaker(echo, "a harder position"));
    // the Ohio Republican is not the Idaho one named after her, nor one named after the quotation
    String parties = "Sen. Ann Roe, an Ohio Republican, met officials. Sen. Dan Ober, an Idaho Republican, joined them."
        + "\n\n\"We need sanctions now,\" the Ohio Republican said.\n\nSen. Bo Finch, an Ohio Republican, agreed.";
    assertEquals("Ann Roe", speaker(parties, "We need sanctions"));
  }

  @Test
  void aWhoseClauseSetOffAfterTheSubjectIsSkipped() {
    String text = "As Jake Glen, whose company, Distal Bio, won a grant from the Dale Fund to make a flu vaccine, told "
        + "me, \"This is how we win the long war.\"";
    assertEquals("Jake Glen", speaker(text, "This is how"));
  }

  @Test
  void aTitleIsItsHolderNamedLast() {
    // the governor of the paragraph before is the one named last, not the one last given the title
    String text = "Gov. Dan Ober of Ohio closed the parks. Governor Ann Gray of Iowa kept them open.\n\n"
        + "Ober said the numbers were improving. Ober will decide on Friday.\n\n"
        + "The governor added that the trend was \"encouraging.\"";
    assertEquals("Dan Ober", speaker(text, "encouraging"));
  }

  @Test
  void aDescriptorsAdjectivesAndPossessorNeedNotBeAmongItsHoldersTitles() {
    // the mayor is the one titled so, not the alderman named last
    String text = "Mayor Lori Lane took office a year ago. Ald. Ann Gray led a revolt.\n\nThe city's steely-eyed "
        + "mayor makes no apologies. She said she is just trying to be \"strong and steady.\"";
    assertEquals("Lori Lane", speaker(text, "strong and steady"));
  }

  @Test
  void whatSomeoneShouldSayInAReportedClauseIsTheReportersSubjects() {
    String text = "Foreign Minister Ann Roe said Europe must acknowledge that it \"was not well prepared\" for it.";
    assertEquals("Ann Roe", speaker(text, "was not well"));
    String answer = "Tom Vance, the foreign secretary, told Reuters on Thursday that Zentrix would have to answer "
        + "\"hard questions\" after the crisis.";
    assertEquals("Tom Vance", speaker(answer, "hard questions"));
    String order = "On Friday, Gov. Dan Ober ordered all residents \"to wear a mask in public places.\"";
    assertEquals("Dan Ober", speaker(order, "to wear a mask"));
    // ordered, not ordering; and the noun "order" is no cue
    String ordered = "With much of the country ordered to stay home, fans mark the \"high\" holiday at home.";
    assertEquals(null, speaker(ordered, "high"));
    String noun = "Under the stay-at-home order residents must \"stay home unless essential.\"";
    assertEquals(null, speaker(noun, "stay home unless"));
  }

  @Test
  void anInfinitiveAfterAPrepositionLeavesTheSpeakerToTheMainVerb() {
    String text = "Ed Kane attacked Ray Bolt on Monday. Mr Kane criticised Mr Bolt for failing to mention the "
        + "\"ticking bomb\" of debt.";
    assertEquals("Ed Kane", speaker(text, "ticking bomb"));
  }

  @Test
  void aLedesDescriptorIsThePersonTheNextSentenceNames() {
    String text = "Advert 'a disaster', trial hears\n\nA PR expert has told the fraud trial that the TV advert at the "
        + "heart of the case was an \"absolute disaster\".\n\nJane Cole told the court she was hired to \"manage\" "
        + "the fallout.";
    assertEquals("Jane Cole", speaker(text, "absolute disaster"));
    String source = "A senior official said the deal was \"close\". Ray Bolt, the minister, said it was not.";
    assertEquals("senior official", speaker(source, "close"));
  }

  @Test
  void aCueBeforeTheQuotationOutranksTheNextSentencesAttribution() {
    String text = "The Treasury declined to comment on \"leaked draft papers.\" A spokesperson for the bank declined "
        + "to comment.";
    assertEquals("Treasury", speaker(text, "leaked draft"));
    String next = "\"We won.\" Levy said.";
    assertEquals("Levy", speaker(next, "We won"));
  }

  @Test
  void aCueInARelativeClauseIsNotTheQuotationsCue() {
    String text = "Senator Mark Dale wants a bill soon. He called a liability shield — which unions have long "
        + "criticized — a \"red line\" in the talks.";
    assertEquals("Mark Dale", speaker(text, "red line"));
    // "which they say" is a cue of its own
    String say = "Acme Corp. and Bolt Labs are proud of their cell line, which they say will help \"to speed up "
        + "production.\"";
    assertEquals("Acme Corp", speaker(say, "to speed up"));
  }

  @Test
  void verbsOfCriticismAreCues() {
    String text = "Mayor Ken Ito spoke on Friday. Later, Ito panned \"so-called experts\" who do \"what is easy.\"";
    assertEquals("Ken Ito", speaker(text, "so-called"));
    assertEquals("Ken Ito", speaker(text, "what is easy"));
    String attacked = "This week he wrote an opinion piece with Governor Ann Roe after Mayor Ken Ito attacked her as "
        + "“that woman.”";
    assertEquals("Ken Ito", speaker(attacked, "that woman"));
    // "attack" and "attacks" are mostly nouns: no cue
    String noun = "The spokesman said the reports that Iran would attack ships were \"misleading propaganda.\"";
    assertEquals("spokesman", speaker(noun, "misleading propaganda"));
  }

  @Test
  void aPronounWithItsAuxiliaryContractedIsTheSubjectOfTheCue() {
    // "he's saying" is he saying, not a possessive before a noun ("Ito's saying")
    String text = "Mayor Ken Ito spoke on Monday. He's urging residents to see themselves as \"warriors\" and go "
        + "back to work. He’s saying \"the worst is over\" too.";
    assertEquals("Ken Ito", speaker(text, "warriors"));
    assertEquals("Ken Ito", speaker(text, "the worst is over"));
  }

  @Test
  void verbsOfGrumblingAreCues() {
    String text = "Rita Okafor, a nurse in Leeds, moans that the new rota is \"a lottery\" for her ward.";
    assertEquals("Rita Okafor", speaker(text, "a lottery"));
    String grumbled = "Tom Vance, who runs the ferry, grumbled that the fees were \"daylight robbery\" this year.";
    assertEquals("Tom Vance", speaker(grumbled, "daylight robbery"));
  }

  @Test
  void verbsOfTheSpeakersMannerAreCues() {
    String text = "Ann Roe won in 40 seconds. \"He had no idea what he was doing,\" Roe deadpanned afterward.";
    assertEquals("Ann Roe", speaker(text, "He had no idea"));
    String laughed = "Tom Vance runs the ferry. \"I have never had so many days off,\" Vance laughed.";
    assertEquals("Tom Vance", speaker(laughed, "I have never"));
    String exulted = "Rita Okafor called her best technician. \"He is coming in on his day off!\" exulted Okafor.";
    assertEquals("Rita Okafor", speaker(exulted, "He is coming"));
  }

  @Test
  void aCuesParticipleOpeningTheSentenceIsTheMainClausesSubjects() {
    String text = "Declaring \"we are at war,\" President Ann Roe banned all gatherings on Monday.";
    assertEquals("Ann Roe", speaker(text, "we are at war"));
    String object = "Calling the plan \"a disaster for families,\" Gov. Tom Vance vetoed it.";
    assertEquals("Tom Vance", speaker(object, "a disaster"));
    // the subject must be followed by its verb: a name closing the sentence is no subject of it
    String closing = "Saying \"no\" is hard for Carl Rose.";
    assertEquals(null, speaker(closing, "no"));
  }

  @Test
  void aQuotationAfterAPersonsReportedSpeechInItsParagraphIsTheirs() {
    String text = "\"We will review it,\" said Minister Carl Rose.\n\nHe insisted the changes were small. But "
        + "union leader Ann Roe criticised the plans. \"You do not get good services by hitting workers.\"";
    assertEquals("Ann Roe", speaker(text, "You do not get"));
    // a sentence without a cue leaves the quotation to the speech it continues
    String noCue = "\"We will review it,\" said Minister Carl Rose. Ann Roe was at the meeting. \"We start today.\"";
    assertEquals("Carl Rose", speaker(noCue, "We start today"));
  }

  @Test
  void aNounAfterAnArticleAndAWordIsNoCue() {
    String text = "A study of Kent made a similar estimate: 3% to 5% \"seroprevalence\" (the share with antibodies).";
    assertEquals(null, speaker(text, "seroprevalence"));
    // "both" stands between joint subjects and their verb; the first of them is credited
    String both = "Ann Roe and Gen. Ray Dunn will lead it. Roe and Dunn both said they are \"confident\" it works.";
    assertEquals("Ann Roe", speaker(both, "confident"));
  }

  @Test
  void aCompanysPossessiveIsNoPerson() {
    String text = "Erin Wolfe lost her funding. \"I was stressed,\" Wolfe said. That meant she had to let go of the "
        + "\"ego\" she thought she would have around the company's valuation. \"I did not think about it,\" she said.";
    assertEquals("Erin Wolfe", speaker(text, "I did not"));
  }

  @Test
  void aStatementCitedAfterAPersonsCueOnlyReportsIt() {
    String text = "The gym reopened, a move county health officer Dr. Lena Ortiz called \"deeply worrying,\" "
        + "according to a county statement.";
    assertEquals("Lena Ortiz", speaker(text, "deeply worrying"));
  }

  @Test
  void anAppositiveOfPlaceOrSourceStandsBetweenSubjectAndVerb() {
    assertEquals("Jo Fenn", speaker("Jo Fenn, of Boise, Idaho, says the refund was \"a mess from start to "
        + "finish.\"", "a mess"));
    assertEquals("Delmar Foods Corp", speaker("Delmar Foods Corp closed ten stores. The company, based in Omaha, "
        + "Neb., announced a \"full review\" of its shops.", "full review"));
    assertEquals("agency report", speaker("The agency report, obtained by Field & Stream, warns of \"lasting "
        + "damage\" to rivers.", "lasting"));
  }

  @Test
  void aTimeAfterAPrepositionIsNoSubject() {
    assertEquals("Radio reports", speaker("Radio reports over the weekend said the plan was \"dead on arrival.\"",
        "dead on"));
  }

  @Test
  void aDateAfterOnStandsBetweenSubjectAndVerb() {
    assertEquals("Food Safety Agency", speaker("The Food Safety Agency on March 12 cautioned against raw milk "
        + "\"outside of licensed farms.\"", "outside"));
  }

  @Test
  void clarifyAndAnActiveReferReportSpeechAPassiveReferNamesAThing() {
    assertEquals("spokeswoman", speaker("A spokeswoman later clarified that the date was \"a target\" and not a "
        + "promise.", "a target"));
    assertEquals("Lena Ortiz", speaker("Mayor Lena Ortiz has referred to the tunnel as \"a lifeline\" for the east "
        + "side.", "a lifeline"));
    assertEquals(null, speaker("The blister, oddly referred to as \"summit heel,\" heals in a week.", "summit"));
  }

  @Test
  void aPassiveWithAnAdverbIsNoCueItsSubjectSpeaksForNothing() {
    String text = "Dr. Ana Ruiz said that when the fever was first reported in the valley, \"clinics were already "
        + "testing for it.\"";
    assertEquals("Ana Ruiz", speaker(text, "clinics were"));
  }

  @Test
  void aSentenceOpenedByAConjunctionKeepsTheNameBeforeItsAppositives() {
    String text = "But Nora Blake, director of SchoolWatch, a group that backs state exams, says the spring was "
        + "\"a lost semester\" for many children.";
    assertEquals("Nora Blake", speaker(text, "a lost semester"));
  }

  @Test
  void aSpeechVerbWithAClauseWithoutThatIsReportedSpeechQuotationsAfterItContinue() {
    String text = "Coach Ian Hollis named his squad on Monday. After training, Hollis stressed his side would travel "
        + "without three injured forwards. \"We have depth in the pack and the young players are ready for it.\"";
    assertEquals("Ian Hollis", speaker(text, "We have depth"));
  }

  @Test
  void aRelativeClauseWithWhichSpeaksForThePhraseBeforeIt() {
    String text = "The ban is stricter than the one adopted by rival airline Skyjet, which has said it does not want "
        + "to be \"the fare police\" for its passengers.";
    assertEquals("Skyjet", speaker(text, "the fare police"));
  }

  @Test
  void theHolderOfAPostSpeaksPastARelativeClauseAboutTheOrganisation() {
    String text = "Corinne Vasko, president and CEO of Harbor Lantern, which took over the old ferry line in 2017, "
        + "said her group backs the plan.\n\n\"It is a first step,\" she said.";
    assertSpeaker("Corinne Vasko", "person", quote(text, "It is a first"));
  }

  @Test
  void whoIsInterviewedIsWhomTheNextPronounMeansNotTheInterviewer() {
    String text = "NBC’s Karen Holt interviewed Maria Chen, who runs the city’s food bank.\n\nShe says the shelves "
        + "are “empty by noon” most days.";
    assertSpeaker("Maria Chen", "person", quote(text, "empty by noon"));
    String exclusive = "Reporter Lisa Park spoke exclusively to Ann Lee, who chairs the board.\n\nShe said the vote "
        + "was “a mistake.”";
    assertSpeaker("Ann Lee", "person", quote(exclusive, "a mistake"));
    // talks between two people are no interview: the subject stays whom "she" means
    String talks = "Anna Roe spoke with Maria Chen on Friday. She said the talks were “frank.”";
    assertSpeaker("Anna Roe", "person", quote(talks, "frank"));
  }

  @Test
  void aRoleNounBeforeTheVerbAnInfinitiveCueHangsOnIsTheSubject() {
    String text = "Wales coach Mark Rees was furious after the game. The Wales coach went on to claim that \"the "
        + "referee had one set of rules for us.\"";
    assertEquals("Mark Rees", speaker(text, "the referee"));
  }

  @Test
  void continuingToDoIsNoSpeech() {
    String text = "Commissioner Ana Li spoke on Friday. Li noted that the agency continues \"to recommend the test "
        + "for now.\"";
    assertEquals("Ana Li", speaker(text, "to recommend"));
    String gerund = "Under Secretary Tom Hale spoke to the committee. He said that for the U.S. trade deficit to "
        + "continue improving, \"we need more action from our partners.\"";
    assertEquals("Tom Hale", speaker(gerund, "we need more"));
    String speech = "Ms. Ruth Okafor paused. She continued: \"Nobody here will give up.\"";
    assertEquals("Ruth Okafor", speaker(speech, "Nobody here"));
  }

  @Test
  void anAdverbBetweenBeAndAParticipleCueKeepsTheSubject() {
    String text = "Food prices are rising.\n\nThe head of the relief agency, Omar Sayed, is publicly warning that the "
        + "world faces “the worst hunger crisis in decades”, and he is asking for help.";
    assertEquals("Omar Sayed", speaker(text, "the worst hunger"));
    // a cue before it names who reports the whole clause
    String reported = "Party chair Ann Ruiz said rival members were only complaining in an effort to \"bring down "
        + "the mayor.\"";
    assertEquals("Ann Ruiz", speaker(reported, "bring down"));
  }

  @Test
  void aNameAfterWhetherIsNotPartOfTheSubject() {
    String text = "Mr Vance doubted whether Rose would make an impact, but added: \"I'm all for lower ratings though "
        + "- there are far more important things going on.\"";
    assertEquals("Vance", speaker(text, "I'm all for"));
  }

  @Test
  void aPersonWritingOnAPlatformIsTheSpeakerNotThePlatform() {
    String text = "Ann Vance on Instagram wrote late Saturday that her husband \"made it out of surgery alive and is "
        + "headed to his room to rest.\"";
    assertSpeaker("Ann Vance", "person", quote(text, "made it out"));
  }

  @Test
  void aParticipleAfterAJoinedClauseSpeaksForThatClausesSubject() {
    String text = "Secretary of State Ann Roe said last week that the government \"needs to come clean\" about the "
        + "lab, and President Carl Vance has kept the story alive, telling reporters that \"more and more we're "
        + "hearing the story.\"";
    assertEquals("Carl Vance", speaker(text, "more and more"));
  }

  @Test
  void mayAfterAnotherMonthIsTheMonthNotAName() {
    String text = "Carl Rose wrote the first report. Later studies published in April and May suggested the drug "
        + "\"did not help the patients at all.\"";
    assertNull(speaker(text, "did not help"));
  }

  @Test
  void aVerbFormAfterAnArticleAndTwoWordsIsANoun() {
    String text = "Still, Vance said on a quarterly investor call that fewer flights could be an \"opportunity for us "
        + "to focus more on a more premium experience.\"";
    assertEquals("Vance", speaker(text, "opportunity for us"));
  }
}
