package org.wiretrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wiretrace.quotes.FoundQuotes.speaker;
import static org.wiretrace.quotes.FoundQuotes.quote;

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
    // a few words a speaker is credited with are partial; a few words no one says, or a term inside a noun phrase,
    // are scare quotes
    assertEquals("partial", kindOf("Ms Jones described the plan as \"a disaster\".", "a disaster"));
    assertEquals("scare", kindOf("The so-called \"experts\" were wrong.", "experts"));
    assertEquals("scare", kindOf("Ms Jones said staff face a high \"churn rate\" in call centres.", "churn"));
    assertEquals("indirect", kindOf("BAA said that it was working closely with all parties.", "it was"));
    // a thing called so is named, by nobody
    assertEquals("scare", kindOf("My favourite is a stretch called the \"cat pose\" before class.", "cat pose"));
    // a whole sentence after a colon stands as the speaker's own, whatever the reporter wrote before it
    assertEquals("direct", kindOf("Ann Hart, a spokeswoman, echoed that view in an email: \"The virus is not "
        + "airborne. It falls fast.\"", "The virus"));
    // "shows" as a verb introduces no title
    assertEquals("partial", kindOf("Ann Roe told graduates that the crisis shows many leaders \"are not even "
        + "trying.\"", "are not"));
  }

  @Test
  void aContinuedSpeechIsDirectEvenWhenShort() {
    String text = "Dan Levy spoke online.\n\"Why not wear a mask?\" Levy asked.\n\"Do something nice.\"";
    assertEquals("direct", kindOf(text, "Do something"));
    // a sentence standing alone in marks is direct, whoever said it; a few words in the reporter's
    // sentence that no cue attributes are a scare quote
    assertEquals("direct", kindOf("Dan Levy spoke online.\n\"Do something nice.\"", "Do something"));
    assertEquals("scare", kindOf("Dan Levy hoped for \"real kindness\" online.", "real kindness"));
    // "spoke of" is a cue: what he spoke of is his fragment
    assertEquals("partial", kindOf("Dan Levy spoke of \"real kindness\" online.", "real kindness"));
  }

  @Test
  void kindBySyntaxNotLength() {
    // a whole clause with its own cue is direct however short
    assertEquals("direct", kindOf("\"We can win,\" the coach told reporters.", "We can win"));
    assertEquals("direct", kindOf("The coach told reporters: \"We can win.\"", "We can win"));
    assertEquals("direct", kindOf("\"The reason for the rally,\" one trader said, \"is that the losses were "
        + "small.\"", "is that"));
    // a fragment inside the reporter's sentence is partial however long; a whole clause a cue introduces with
    // "that", ending the sentence, is direct
    assertEquals("partial", kindOf("Navarro said the agency had \"let the country down early in the crisis\" in "
        + "March.", "let the"));
    assertEquals("direct", kindOf("Navarro said that \"you should ask the president that question, not me.\"",
        "you should"));
    assertEquals("partial", kindOf("Levy acknowledged \"the frustration of being told what to do\" but said "
        + "masks save lives.", "the frustration"));
    assertEquals("partial", kindOf("From now on, she said, \"we have to think about the heart first.\"", "we have"));
    assertEquals("partial", kindOf("If the governors refuse to open the churches this weekend, \"I will override "
        + "the governors,\" he said.", "I will override"));
  }

  @Test
  void titlesOfShowsBooksAndSignsAreNobodysSpeech() {
    String show = "Nessel spoke on Friday on NPR’s \"All Things Considered.\"";
    assertEquals("title", kindOf(show, "All Things"));
    String tv = "He was featured on the TV show \"America's Most Wanted,\" in 1994.";
    assertEquals("title", kindOf(tv, "America's"));
    String signs = "Protesters chanted in the rain and carried signs declaring \"Jesus is my vaccine.\"";
    assertEquals("title", kindOf(signs, "Jesus"));
    String sign = "She carried a \"Fire the Governor\" sign, and said the governor has \"overstepped his "
        + "boundaries\" with the order.";
    assertEquals("title", kindOf(sign, "Fire the"));
    assertEquals("partial", kindOf(sign, "overstepped"));
    String musicals = "Theatres staged crowd-pleasers like \"Les Miserables\" and \"Mamma Mia!\" for years.";
    assertEquals("title", kindOf(musicals, "Les"));
    assertEquals("title", kindOf(musicals, "Mamma"));
    String codename = "The effort, codenamed \"Project Shield\", began in May.";
    assertEquals("title", kindOf(codename, "Project"));
    String dubbed = "The new project, dubbed \"Operation Clear Sky,\" aims to finish by May.";
    assertEquals("title", kindOf(dubbed, "Operation"));
    QuoteDocument doc = AnnotatedDocs.resolved(show);
    assertEquals(null, AnnotatedDocs.passage(doc, "All Things").speaker());
  }

  @Test
  void speechAfterAWordForAShowOrAnOperationIsNoTitle() {
    // the noun is the subject of the sentence, the quotation its speech
    String operation = "The party's campaign operation \"will reach every voter in the state by November,\" "
        + "spokeswoman Ana Ruiz said.";
    assertEquals("partial", kindOf(operation, "will reach"));
    assertEquals("Ana Ruiz", speaker(operation, "will reach"));
    String episode = "Its writer, Ana Ruiz, said the new episode will have \"more twists and more blood\" than ever.";
    assertEquals("partial", kindOf(episode, "more twists"));
    assertEquals("Ana Ruiz", speaker(episode, "more twists"));
    String program = "The current program \"gave farmers the worst of both worlds,\" Ann Roe told the hearing.";
    assertEquals("Ann Roe", speaker(program, "gave farmers"));
    String article = "In the article \"It's a scam, and here is why,\" Ann Roe argues that the plan must go.";
    assertEquals("title", kindOf(article, "It's a scam"));
    String plan = "The \"City Recovery Plan: From Crisis to Growth\" includes a council on transport and housing "
        + "for the poorest districts, Mayor Ann Roe said in a speech.";
    assertEquals("title", kindOf(plan, "City Recovery"));
    String described = "The bishop described the novel as a \"great thriller\" but \"lousy history\".";
    assertEquals("partial", kindOf(described, "great thriller"));
    String labelled = "The attachment carrying the virus is labelled as \"invoice\" in most cases.";
    assertEquals("title", kindOf(labelled, "invoice"));
    String podcast = "Her podcast \"Home Again,\" which began in May, has a million listeners.";
    assertEquals("title", kindOf(podcast, "Home Again"));
  }

  @Test
  void nicknamesAreScareQuotesOfNobody() {
    String text = "Rep. Emanuel \"Chris\" Welch spoke first. The group was known as the \"Cornbread Mafia,\" "
        + "prosecutors said.";
    assertEquals("scare", kindOf(text, "Chris"));
    assertEquals("scare", kindOf(text, "Cornbread"));
    QuoteDocument doc = AnnotatedDocs.resolved(text);
    assertEquals(null, AnnotatedDocs.passage(doc, "Cornbread").speaker());
  }

  @Test
  void aShowNamedInAnInterviewIsATitle() {
    String text = "\"Were you fired?\" Tom Vale asked Ruiz in a \"Sunday Night\" interview. \"I am not bitter,\" "
        + "Ruiz told \"Morning Edition.\"";
    assertEquals("title", kindOf(text, "Sunday"));
    assertEquals("title", kindOf(text, "Morning"));
    assertEquals("direct", kindOf(text, "I am not"));
  }

  @Test
  void aTitleSetOffByADashAfterAWorkNounIsATitle() {
    String text = "Her second album — \"Where Did the Summer Go?\" — comes out in June.";
    assertEquals("title", quote(text, "Where Did").kind());
  }

  @Test
  void speechEndingInACommaBeforeCampaignIsNoSlogan() {
    String text = "\"We will carry this county by ten points,\" campaign manager Rosa Adler said on Monday. Posters "
        + "read \"Adler for Mayor\" and a \"Vote Adler\" campaign starts next week.";
    assertEquals("direct", quote(text, "We will carry").kind());
    assertEquals("Rosa Adler", quote(text, "We will carry").speaker());
    assertEquals("title", quote(text, "Vote Adler").kind());
  }

  @Test
  void titleCaseWordsNamingANounOrSubjectOfAVerbOrCalledAfterAWorkAreTitles() {
    String plan = "The senator hoped the \"Fair Pay Now\" plan would win back the unions.";
    assertEquals("title", quote(plan, "Fair Pay").kind());
    String series = "Skip the sequel: \"Night of the Comet\" boasts Ann Roe and little else.";
    assertEquals("title", quote(series, "Night of").kind());
    assertEquals(null, quote(series, "Night of").speaker());
    String called = "The paper ran an essay called \"The Last Days of Print\" on Sunday.";
    assertEquals("title", quote(called, "The Last").kind());
    String films = "The two \"Conjuring\" films are great; the \"Hobbit\" trilogy is fine; a \"feel-good\" movie.";
    assertEquals("title", quote(films, "Conjuring").kind());
    assertEquals("title", quote(films, "Hobbit").kind());
    assertEquals("scare", quote(films, "feel-good").kind());
    String low = "The other films vary, though the low point is \"A Long Way Down,\" which flopped.";
    assertEquals(null, quote(low, "A Long").speaker());
    // speech in title case keeps its speaker: closed by its comma before the cue, or after a determiner and a cue
    String speech = "\"Vote For Change,\" said Ann Roe. She called the plan \"A Very Bad Deal\" on Monday.";
    assertEquals("direct", quote(speech, "Vote For").kind());
    assertEquals("Ann Roe", quote(speech, "Vote For").speaker());
  }

  @Test
  void aSpeechVerbInATitleCaseHeadlineIsItsCue() {
    String text = "The lockdown goes on.\n\nRelated:\n\nMaria Lopez Says The Outbreak Was “Entirely Preventable.”\n\n"
        + "Studio Renews “Night Shift” For A Fifth Season";
    assertEquals("partial", kindOf(text, "Entirely"));
    assertEquals("Maria Lopez", speaker(text, "Entirely"));
    assertEquals("title", kindOf(text, "Night Shift"));
  }

  @Test
  void wordsOpeningWithAnArticleAfterAWorkDescribeItAndNameNothing() {
    String text = "Opposition leader Ann Roe has called the app \"a sophisticated surveillance system, run by a "
        + "private operator.\"";
    assertEquals("partial", kindOf(text, "a sophisticated"));
    assertEquals("Ann Roe", speaker(text, "a sophisticated"));
    assertEquals("title", kindOf("Protesters carried a sign reading \"a mask is a muzzle\" outside.", "a mask"));
  }

  @Test
  void wordsEndingTheReportersSentenceAfterAWorkAreSpeechNotItsName() {
    String text = "Ann Roe, an adviser, said in a statement the campaign \"acknowledges this challenging time for "
        + "all of us.\"";
    assertEquals("partial", kindOf(text, "acknowledges"));
    assertEquals("Ann Roe", speaker(text, "acknowledges"));
    assertEquals("title", kindOf("She backed the campaign \"Stay Home, Save Lives\" in May.", "Stay Home"));
  }

  @Test
  void aVerbOfMockeryReportsWhatItsSubjectSaid() {
    String text = "Carl Rose spoke on Monday. He derided the state's governor as \"Half Vance,\" in one of his "
        + "insults.";
    assertEquals("partial", kindOf(text, "Half Vance"));
    assertEquals("Carl Rose", speaker(text, "Half Vance"));
    // its participle before "for" is a passive: those derided are no speakers
    String passive = "Ann Roe posted a thread of reporters derided for being \"on the wrong side\" of the fight.";
    assertEquals("Ann Roe", speaker(passive, "on the wrong side"));
    String demand = "The finance committee has called for a \"substantial\" cut in interest rates.";
    assertEquals("finance committee", speaker(demand, "substantial"));
  }
}
