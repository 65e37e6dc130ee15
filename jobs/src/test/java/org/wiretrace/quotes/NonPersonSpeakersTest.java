package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wiretrace.quotes.FoundQuotes.assertSpeaker;
import static org.wiretrace.quotes.FoundQuotes.quote;
import static org.wiretrace.quotes.FoundQuotes.speaker;

import org.junit.jupiter.api.Test;

/** Documents and organisations as speakers, anonymous speakers with their organisation, role descriptions. */
class NonPersonSpeakersTest {

  @Test
  void documentsSpeak() {
    assertSpeaker("letter", "document", quote("\"We cannot reopen before June,\" the letter read.", "We cannot"));
    assertSpeaker("memo", "document", quote("The memo said staff must \"stay home until further notice\".", "stay"));
    assertSpeaker("statement", "document",
        quote("\"The vote was fair,\" the statement said. Critics disagreed.", "The vote"));
    assertSpeaker("report", "document", quote("The report found that rents were \"out of reach\" for most.", "out"));
    assertSpeaker("Dana's spreadsheet", "document",
        quote("\"Funds will support food banks in Ohio,\" Dana's spreadsheet says.", "Funds will"));
    // "read" and "found" report speech only when a document speaks
    assertEquals(null, speaker("Police found a \"large quantity\" of cash in the car.", "large quantity"));
    // a document cue after the mark
    assertSpeaker("memo", "document", quote("\"We face a long winter,\" reads the memo.", "We face"));
    // a report's capitalized name is no person's, for a later "he" to mean
    String named = "Around the time the 2010 Hale Report was issued, Tom Reyes spoke at a conference.\n\nHe used the "
        + "talk to promote his plan, saying, \"We can cut the costs by a tenth.\"";
    assertEquals("Tom Reyes", speaker(named, "We can cut"));
  }

  @Test
  void aNameAfterLikeIsAnInstanceOfTheThingBeforeIt() {
    // "a state behemoth like Vermont" names a state, which no later "the governor" or "he" is; people stay people
    String text = "Dan Ober took office in December.\n\n\"We bid against other states,\" the governor said.\n\n"
        + "Even a state behemoth like Vermont had trouble buying masks.";
    assertEquals("Dan Ober", speaker(text, "We bid against"));
    String thing = "Even a state behemoth like Vermont had trouble buying masks. \"We were outbid,\" it said.";
    assertSpeaker("Vermont", "organisation", quote(thing, "We were outbid"));
    String people = "Experts like Gil Moss doubt the plan. \"It is too soon,\" Moss said.";
    assertEquals("Gil Moss", speaker(people, "It is too soon"));
  }

  @Test
  void organisationsSpeakAndTheCompanyIsTheOneNamedBefore() {
    assertSpeaker("Harbor Freight Corp", "organisation",
        quote("Harbor Freight Corp cut 200 jobs. \"Demand collapsed,\" the company said.", "Demand"));
  }

  @Test
  void anAcronymIsTheFullNameTheDocumentGivesIt() {
    String text = "Towns along the coast rely on the Coastal Flood Protection Board for sandbags and pumps.\n\n"
        + "CFPB warned on Monday that the levees are \"close to their limit\" after a week of rain.";
    assertSpeaker("Coastal Flood Protection Board", "organisation", quote(text, "close to"));
  }

  @Test
  void placesOfTwoWordsAndAPartysShortNameAreNoPeople() {
    String text = "\"We were ready,\" Ann Roe said.\n\nHong Kong’s airports began testing in May. \"It will not work "
        + "here,\" she said.\n\nCosta Rica reopens in July. \"We will see,\" she added.";
    assertSpeaker("Ann Roe", "person", quote(text, "It will not work"));
    assertSpeaker("Ann Roe", "person", quote(text, "We will see"));
    assertSpeaker("Lib Dems", "organisation", quote("\"It is affordable,\" the Lib Dems said.", "It is affordable"));
  }

  @Test
  void anOrganisationTakenUpByAShortNameLosesThePossessiveItWasNamedWith() {
    String text = "Shares fell after the US Federal Reserve's decision. The Fed has said that it will move in a "
        + "\"measured\" way.";
    assertSpeaker("US Federal Reserve", "organisation", quote(text, "measured"));
  }

  @Test
  void aPlaceToEatOrGatherIsNoPerson() {
    String text = "Tom Roe, who founded the Roe Hospitality Group, says its dining rooms stay shut.\n\nThe group, owner "
        + "of Harbor Tavern and Union Square Cafe, sells takeout instead.\n\n\"We are not ready to open,\" he said.";
    assertSpeaker("Tom Roe", "person", quote(text, "We are not ready"));
  }

  @Test
  void aBusinessNamedAfterItsOwnerIsNoPerson() {
    String text = "Peter Lind has run the bakery for forty years. A fire closed it in March. Dan Brandt Photography\n\n"
        + "\"We will open again by summer,\" he said.";
    assertSpeaker("Peter Lind", "person", quote(text, "We will open"));
    String magazine = "The gossip magazine Star Weekly printed the story first. \"We stand by every word,\" "
        + "Star Weekly said.";
    assertSpeaker("Star Weekly", "organisation", quote(magazine, "We stand by"));
  }

  @Test
  void aSpokeswomanForAnOrganisationIsAnonymousWithItsOrganisation() {
    String text = "Delta Air Lines cancelled 40 flights. \"Safety comes first,\" a spokeswoman for the airline said.";
    DocumentQuotes.Found f = quote(text, "Safety");
    assertSpeaker("spokeswoman", "anonymous", f);
    assertEquals("Delta Air Lines", f.speakerOrg());
    DocumentQuotes.Found before = quote("\"We have no comment,\" a State Department official said.", "We have");
    assertSpeaker("State Department official", "anonymous", before);
    assertEquals("State Department", before.speakerOrg());
    DocumentQuotes.Found at = quote("Researchers at the Arden National Laboratory called it \"of urgent "
        + "concern\".", "of urgent");
    assertEquals("Arden National Laboratory", at.speakerOrg());
  }

  @Test
  void aPluralPossessiveInsideAnOrganisationsNameStaysInIt() {
    DocumentQuotes.Found f = quote("A spokesperson for the Potato Processors' Association told Business Insider: \"We "
        + "have seen volumes fall.\"", "We have");
    assertSpeaker("spokesperson", "anonymous", f);
    assertEquals("Potato Processors' Association", f.speakerOrg());
    assertSpeaker("Potato Processors' Association", "organisation",
        quote("\"Prices will fall,\" the Potato Processors' Association said.", "Prices"));
  }

  @Test
  void aRoleDescriptionIsTheLoneNameSetOffAfterIt() {
    String text = "The hosts had Damon surprise a nurse. The nurse, Anais, who is from France, was shocked to see "
        + "Damon. \"I just cannot breathe at all,\" she said.";
    assertSpeaker("Anais", "person", quote(text, "I just"));
    // an organisation's name set off after "the company" names no person
    assertSpeaker("company", "organisation", quote("The company, Acme, said it would close. \"We are sad,\" it "
        + "said.", "We are"));
  }

  @Test
  void aRoleDescriptionIsTheLastNamedPerson() {
    String text = "Shipping magnate Aristo Vlahos bought the port. \"It was a bargain,\" the shipping magnate said.";
    assertSpeaker("Aristo Vlahos", "person", quote(text, "It was"));
    assertEquals("title", quote(text, "It was").speakerRule());
    String coach = "Ray Dunne has coached the Eagles for 20 years. \"We can win,\" the veteran coach told "
        + "reporters.";
    assertSpeaker("Ray Dunne", "person", quote(coach, "We can win"));
    String measure = "Ray Dunne has coached the Eagles since 2004. \"We can win,\" said the 16-year veteran coach.";
    assertSpeaker("Ray Dunne", "person", quote(measure, "We can win")); // a number and its unit modify the role
    String age = "Holding her 10-month-old son Ray, Ann Roe posted the news, saying, \"He is awake.\" She added "
        + "that he is still weak.\n\n\"Even closing his eyes tires him out,\" she said.";
    assertSpeaker("Ann Roe", "person", quote(age, "Even closing")); // an age is no measure: the son stays a son
    // a role after a capitalized owner's possessive is the person named before with that owner's possessive
    String owner = "Zentrix’s Ann Roe spoke to a magazine in April.\n\n\"We should look again at all of it,\" "
        + "Zentrix’s co-founder said.";
    assertSpeaker("Ann Roe", "person", quote(owner, "We should"));
    String other = "Tom Vance, a researcher, studied it.\n\n\"It is stressful,\" Zentrix’s co-founder said.";
    assertSpeaker("Zentrix’s co-founder", "anonymous", quote(other, "It is"));
    // an anonymous source's role stays anonymous
    String official = "Ray Dunne met the press. \"Talks go on,\" the official said.";
    assertSpeaker("official", "anonymous", quote(official, "Talks"));
    // a party member of either gender; a woman's role noun is the woman named before, not an anonymous phrase
    String party = "Senator Laura Quinn calls the bill an opening offer. \"We are open to talks,\" the Ohio Democrat "
        + "told reporters.";
    assertSpeaker("Laura Quinn", "person", quote(party, "We are open"));
    String actress = "Maria Vance cancelled a premiere of her new film saying she was ill.\n\nThe actress dropped "
        + "out at the last minute. She said: \"I wanted to be in London.\"";
    assertSpeaker("Maria Vance", "person", quote(actress, "I wanted"));
    // the words sport and other trades use for a person
    String fighter = "Dan Okoro posted an update to fans on Monday.\n\nThanking them, the fighter admitted: \"I have "
        + "had a hard year.\"";
    assertSpeaker("Dan Okoro", "person", quote(fighter, "I have"));
    String defendant = "Lena Marsh was charged in May. \"I did nothing wrong,\" the defendant told the court.";
    assertSpeaker("Lena Marsh", "person", quote(defendant, "I did"));
  }

  @Test
  void aLowerCaseDescriptionBeforeAnOrganisationsNameIsNoPartOfIt() {
    assertSpeaker("Harbor Air Transport Association", "organisation", quote("Demand fell, according to the industry "
        + "group Harbor Air Transport Association (HATA), which called it \"just the tip of the iceberg.\"", "just"));
    assertSpeaker("Kestrel", "organisation", quote("\"Sales will fall,\" research firm Kestrel said.", "Sales"));
    // a post before a person's name stays a title
    assertSpeaker("Bob Crane", "person", quote("\"We won,\" said union leader Bob Crane.", "We won"));
  }

  @Test
  void aTopPostIsOnePersonTheLastNamed() {
    String text = "Foreign Minister Ilse Varga flew to Oslo on Monday.\n\nThe country’s top diplomat called the "
        + "offer “a dead end” and left.";
    assertSpeaker("Ilse Varga", "person", quote(text, "a dead end"));
    String expert = "Dr. Alan Pryce testified on Tuesday.\n\nThe nation’s top infectious disease expert said the "
        + "outbreak was “far from over”.";
    assertSpeaker("Alan Pryce", "person", quote(expert, "far from over"));
    // "a top diplomat" is any of them; "the top official" is an unnamed source's post
    String any = "Foreign Minister Ilse Varga flew to Oslo.\n\nA top diplomat called the offer “a dead end”.";
    assertSpeaker("top diplomat", "anonymous", quote(any, "a dead end"));
    String official = "Foreign Minister Ilse Varga flew to Oslo.\n\nThe top official called the offer “a dead end”.";
    assertSpeaker("top official", "anonymous", quote(official, "a dead end"));
  }

  @Test
  void theRoleAnHonorificAbbreviatesIsThePersonNamedWithIt() {
    String text = "Dr. Nadia Okonjo runs a clinic in Leeds.\n\nDr. Okonjo said orders had doubled. The doctor said "
        + "she would hire more staff.\n\n\u201cWe are answering a national emergency,\u201d she said.";
    assertSpeaker("Nadia Okonjo", "person", quote(text, "We are answering"));
    String cue = "Rep. Tom Bexley wrote the bill.\n\nThe representative said: \u201cIt will pass this week.\u201d";
    assertSpeaker("Tom Bexley", "person", quote(cue, "It will pass"));
    // a doctor described in between, or a person named in between, is who "the doctor" may be
    String unnamed = "Dr. Nadia Okonjo runs a clinic. A doctor in its ward disagreed.\n\n"
        + "The doctor said: \u201cWe were never asked.\u201d";
    assertSpeaker("doctor", "anonymous", quote(unnamed, "We were never"));
    String between = "Dr. Nadia Okonjo runs a clinic. Its manager, Paul Reyes, disagreed.\n\n"
        + "The doctor said: \u201cWe were never asked.\u201d";
    assertSpeaker("doctor", "anonymous", quote(between, "We were never"));
  }

  @Test
  void whatADocumentShowsInAPersonsWordsIsThePersons() {
    String text = "Paul Brandt leads the survey team.\n\nBrandt said the new data suggests the region could be “a "
        + "long way from recovery”.";
    assertSpeaker("Paul Brandt", "person", quote(text, "a long way"));
    String found = "Nora Hale said the study found that the pill was “of no use” to most patients.";
    assertSpeaker("Nora Hale", "person", quote(found, "of no use"));
    // without a person's verb of saying opening its clause, the document speaks
    String alone = "The new data suggests the region could be “a long way from recovery”.";
    assertSpeaker("new data", "document", quote(alone, "a long way"));
    String relative = "\"It is a delay,\" Judge Ada Kerr said in court before issuing her order, which said the "
        + "agency has “opaque policies” on children.";
    assertSpeaker("order", "document", quote(relative, "opaque policies"));
    String noun = "Initial reports last week said the drug offered “some” protection.";
    assertSpeaker("Initial reports", "document", quote(noun, "some"));
    String according = "According to Nora Hale, the study found the pill was “of no use” to most patients.";
    assertSpeaker("study", "document", quote(according, "of no use"));
  }

  @Test
  void aPronounAfterAPrepositionalObjectPointsPastIt() {
    String text = "The US government denied the claims. In a statement, it said: \"The detention was lawful.\"";
    assertSpeaker("US government", "organisation", quote(text, "The detention"));
  }

  @Test
  void aStatementSpeaksForItsAuthor() {
    String text = "Governor Ellen Marsh refused to meet the president. Marsh’s statement issued Thursday, \"Please "
        + "stay home, the state is under a stay at home order.\"\n\n"
        + "The White House answered in a statement issued by deputy press secretary Tom Vance:\n\n"
        + "\"The president will travel as planned and will honour the fallen.\"";
    FoundQuotes.assertSpeaker("Ellen Marsh", "person", FoundQuotes.quote(text, "Please stay home"));
    FoundQuotes.assertSpeaker("Tom Vance", "person", FoundQuotes.quote(text, "The president will travel"));
    String report = "The agency's report issued Monday said \"the river is safe to swim in again\".";
    assertEquals("document", FoundQuotes.quote(report, "the river").speakerType());
  }

  @Test
  void aNewspaperIsAnOrganisationAndItsShortNameTheOneNamedBefore() {
    String text = "According to The Leeds Chronicle, the council votes on Monday. The Chronicle added that the vote "
        + "was \"a formality.\"";
    assertSpeaker("Leeds Chronicle", "organisation", quote(text, "a formality"));
  }

  @Test
  void theOrganisationIsTheLastOrganisationNamed() {
    String text = "WAFRA, the World Alliance of Fruit Retail Associations, disagrees. \"The change is premature,\" "
        + "the organisation said in a statement.";
    assertSpeaker("World Alliance of Fruit Retail Associations", "organisation", quote(text, "The change"));
  }

  @Test
  void theCompanyIsTheOneWordNameQuotedBeforeWhenNoNameEndsLikeACompanys() {
    String text = "Netflix says its servers held up over the holiday. Its engineering chief, Dana Holt, wrote that "
        + "\"demand was steady\". \"We added capacity in every region,\" the company said. \"Streams started faster.\"";
    assertSpeaker("Netflix", "organisation", quote(text, "We added"));
    assertSpeaker("Netflix", "organisation", quote(text, "Streams started"));
    String place = "Britain said the fleet would \"stay in port\". \"Orders are down,\" the company said.";
    assertEquals("company", quote(place, "Orders are").speaker()); // a place is no company
  }

  @Test
  void anAcronymInBracketsAfterANameStandsForThatNameWhateverItsInitials() {
    String text = "The Bureau for Water Safety and Sanitation (BWS) changed its advice on Friday. The BWS now says: "
        + "\u201cBoiling is not needed.\u201d";
    assertSpeaker("Bureau for Water Safety and Sanitation", "organisation", quote(text, "Boiling"));
    // the words before the acronym's first letter are not the name; a name without its letters is not it
    String country = "The U.S. Office of Marine Safety (OMS) spoke first. The OMS said: \u201cThe port is shut.\u201d";
    assertSpeaker("Office of Marine Safety", "organisation", quote(country, "The port"));
    String other = "The Harbour Safety Board (RHB) spoke first. The RHB said: \u201cThe port is shut.\u201d";
    assertSpeaker("RHB", "organisation", quote(other, "The port"));
  }

  @Test
  void theCompanyIsTheOneWordNameBeforeItThatNamesNoPersonWhenNoneIsQuoted() {
    String text = "Rivian will close its plant in Normal, Illinois, for two weeks. The move follows days of talks "
        + "about whether Rivian could stay open.\n\n\"We have decided to pause production,\" the company said "
        + "in a statement. \"Our teams will be paid.\"";
    assertSpeaker("Rivian", "organisation", quote(text, "We have decided"));
    assertSpeaker("Rivian", "organisation", quote(text, "Our teams"));
    String person = "Ada Brill toured the mill on Friday. Brill said little.\n\n\"Orders are down,\" the company said.";
    assertEquals("company", quote(person, "Orders are").speaker()); // a surname is no company
    String place = "Japan will close its ports for two weeks.\n\n\"Orders are down,\" the company said.";
    assertEquals("company", quote(place, "Orders are").speaker()); // nor is a place
    String opener = "Such plans take years.\n\n\"Orders are down,\" the company said.";
    assertEquals("company", quote(opener, "Orders are").speaker()); // nor a word capitalized only to open a sentence
  }

  @Test
  void theFirstWordOfACompanysNameIsThatCompanyWhenItNamesNoPerson() {
    String text = "The Brill Textile Co said it would close two mills. \"The orders are not there,\" Brill said.";
    assertSpeaker("Brill Textile Co", "organisation", quote(text, "The orders"));
    String energy = "Dunmore Energy cut its forecast on Friday. Dunmore said the field held \"less oil than hoped\". "
        + "The company said it would \"drill again in spring\".";
    assertSpeaker("Dunmore Energy", "organisation", quote(energy, "less oil"));
    assertSpeaker("Dunmore Energy", "organisation", quote(energy, "drill again"));
    String person = "Ada Brill toured the Brill Textile Co mill on Friday. \"The orders are not there,\" Brill said.";
    assertSpeaker("Ada Brill", "person", quote(person, "The orders"));
  }

  @Test
  void coEndsACompanysName() {
    String text = "The Hartley Paper Co said the mill would \"run at full capacity\" in June. \"Demand is back,\" "
        + "the company said.";
    assertSpeaker("Hartley Paper Co", "organisation", quote(text, "run at"));
    assertSpeaker("Hartley Paper Co", "organisation", quote(text, "Demand"));
  }

  @Test
  void anAcronymThatReadsIsADocument() {
    String text = "The advice went online on Friday. \"Travellers should check their bags,\" the FAQ reads. "
        + "\"Fees may apply.\"";
    assertSpeaker("FAQ", "document", quote(text, "Travellers"));
    assertSpeaker("FAQ", "document", quote(text, "Fees"));
  }

  @Test
  void aCollectiveNounIsNoHeOrShe() {
    String text = "Dan Reyes woke from a coma on Friday. When he opened his eyes, the staff at Mercy Hospital "
        + "cheered. \"They could not believe it,\" he told the Herald.";
    assertSpeaker("Dan Reyes", "person", quote(text, "They could"));
  }

  @Test
  void aBarePluralRoleWithItsModifierIsTheOneTheSourcesTakesUp() {
    String text = "The bank will cut rates again, shipping sources said. Freight costs will fall, the sources said. "
        + "\"Owners are worried,\" they added.";
    assertSpeaker("shipping sources", "anonymous", quote(text, "Owners"));
  }

  @Test
  void oneAloneIsOneOfTheGroupNamedBefore() {
    String text = "Some traders expect the peso to slip further. \"Nobody wants to hold it now,\" one said.";
    assertSpeaker("one trader", "anonymous", quote(text, "Nobody"));
  }

  @Test
  void theAgencyIsTheAcronymLastNamedAsASubject() {
    String text = "The city council asked about the raids on Monday. In a statement, FEMA said the trailers would "
        + "stay. The agency said it would \"review every request\" before winter.";
    assertSpeaker("FEMA", "organisation", quote(text, "review every"));
    String company = "Drivers sued Uber in March. In a statement, the firm said the claims were \"without merit.\" "
        + "The agency said it would \"look into it\" later.";
    assertEquals("agency", quote(company, "look into").speaker()); // the subject named last is no agency's acronym
  }

  @Test
  void oneOfAGroupTakesAProperSingular() {
    String text = "Several witnesses saw the truck leave before dawn. \"It had no lights on,\" one said.";
    assertSpeaker("one witness", "anonymous", quote(text, "It had no"));
  }

  @Test
  void theKindOfOutletAfterItsNameIsNoPartOfIt() {
    assertSpeaker("Le Soir", "organisation",
        quote("\"Prices will fall,\" Le Soir newspaper wrote on Tuesday.", "Prices"));
    assertSpeaker("Evening Ledger", "organisation",
        quote("\"The storm is moving north,\" the Evening Ledger newspaper said.", "The storm"));
  }

  @Test
  void aHeadlineInTitleCaseNamesNobody() {
    String text = "FDA Panel Advises Against Pill Mix Favored By Governor For Flu\n\nA panel of doctors convened by "
        + "the National Institute of Heart and Lung Health advises against the mix.\n\n\"The pills interact,\" "
        + "the panel said.";
    assertSpeaker("panel", "anonymous", quote(text, "The pills")); // not "Against Pill Mix Favored"
  }

  @Test
  void theSubjectBeforeAParticiplesAgentAndARelativeClauseWithAnAmpersand() {
    // the agent after "by" describes the subject before it
    assertSpeaker("memo", "document", quote("A memo later obtained by The Ledger revealed managers planning to call "
        + "him “a risk to the whole site.”", "a risk"));
    assertSpeaker("Officials", "anonymous", quote("Officials briefed by the agency said the flood was “still "
        + "rising fast.”", "still rising"));
    // but a relative clause's "who" is the agent's
    assertSpeaker("Ida Maes", "person", quote("Ida Maes leads the finance ministry. The plan favoured by Maes, who "
        + "has described the tax code as a \"fiscal maze,\" is the cheapest.", "fiscal maze"));
    // a relative clause naming other companies, one of them with "&", stands between the company and its cue
    assertSpeaker("Norden Group", "organisation", quote("Norden Group, which owns Alba Shoes and Pike & Reed Works, "
        + "said it would close “every store that cannot open safely” on Friday.", "every store"));
  }

  @Test
  void aCompanyDescribedByItsCountryIsNoPerson() {
    assertSpeaker("Velmont", "organisation", quote("Danish firm Velmont said its vaccine would be “open to every "
        + "country.”", "open to every"));
    // after a people's name, an organisation named before a person's full name leaves that name a person's
    String head = "The Danish co-head of European shipping group NORDA Lars Moen is to leave his post. Mr Moen said he "
        + "would join another group. \"I will go when the board asks me to,\" he said.";
    assertSpeaker("Lars Moen", "person", quote(head, "I will go"));
    // a title after the organisation's noun opens a person's name
    assertSpeaker("Ole Berg", "person", quote("Danish central bank Vice Governor Ole Berg said the krone was “safe "
        + "for now.”", "safe for"));
  }
}
