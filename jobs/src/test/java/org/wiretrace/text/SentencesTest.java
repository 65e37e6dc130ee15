package org.wiretrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void newsTitlesAndMiddleInitialsEndNoSentence() {
    assertEquals(List.of("Sen. Sherrod Brown (D-Ohio) said the bill was dead.", "Gov. J.B. Pritzker agreed."),
        sentences("Sen. Sherrod Brown (D-Ohio) said the bill was dead. Gov. J.B. Pritzker agreed."));
    assertEquals(List.of("\"A case was found,\" Pacific Fleet spokesman Cmdr. Myers Vasquez told reporters.",
        "\"He was removed.\""), sentences("\"A case was found,\" Pacific Fleet spokesman Cmdr. Myers Vasquez told "
        + "reporters. \"He was removed.\""));
    assertEquals(List.of("Lt. Gov. Juliana Stratton and Dr. April S. Stempien-Otero spoke.", "They left."),
        sentences("Lt. Gov. Juliana Stratton and Dr. April S. Stempien-Otero spoke. They left."));
  }

  @Test
  void aFullStopGluedBeforeAWordEndsASentenceButNotInsideAnAbbreviation() {
    assertEquals(List.of("It was President Roe.", "The president was reluctant."),
        sentences("It was President Roe.The president was reluctant."));
    assertEquals(List.of("“They are synergistic,” Hal Ji, Ph.D., CEO of Acme, told us."),
        sentences("“They are synergistic,” Hal Ji, Ph.D., CEO of Acme, told us."));
  }

  @Test
  void aNameAfterAGluedFullStopStaysWholeInItsSentence() {
    // a scrape that lost the paragraph break: the model splits after the glued word too, inside the name
    assertEquals(List.of("No one would say.", "Ann Roe got the call on Monday.", "“It is bad,” Ms. Roe said."),
        sentences("No one would say.Ann Roe got the call on Monday. “It is bad,” Ms. Roe said."));
    assertEquals(List.of("They marched over the restrictions.", "President Tom Vance on Friday backed them."),
        sentences("They marched over the restrictions.President Tom Vance on Friday backed them."));
  }

  @Test
  void aLeadingInitialBeforeAFirstNameAndSurnameEndsNoSentence() {
    String text = "“Fraud is rising,” said K. Zachary Bell, the U.S. attorney for the district. Officials agreed.";
    assertEquals(List.of("“Fraud is rising,” said K. Zachary Bell, the U.S. attorney for the district.",
        "Officials agreed."), sentences(text));
  }

  @Test
  void initialsAfterALowerCaseWordOpenAName() {
    assertEquals(List.of("The talk was given by astronaut J.R. Ellison on Monday.", "It ended late."),
        sentences("The talk was given by astronaut J.R. Ellison on Monday. It ended late."));
    assertEquals(List.of("Former pilot A.W. “Andy” Pearce teaches now.", "He flew twice."),
        sentences("Former pilot A.W. “Andy” Pearce teaches now. He flew twice."));
    assertEquals(List.of("“It is not safe,” said L.A. County Supervisor Ann Roe.", "Others agreed."),
        sentences("“It is not safe,” said L.A. County Supervisor Ann Roe. Others agreed."));
    // three initials are an acronym, which may end a sentence
    assertEquals(List.of("Hospitals lack masks and P.P.E.", "Abramson said they need more."),
        sentences("Hospitals lack masks and P.P.E. Abramson said they need more."));
  }

  @Test
  void aLowerCaseWordContinuesTheSentence() {
    assertEquals(List.of("He said it was \"over.\" said Smith.", "Then it rained."),
        sentences("He said it was \"over.\" said Smith. Then it rained."));
  }

  @Test
  void initialismsAndLettersBeforeACommonOpenerStillEndOne() {
    assertEquals(List.of("It rose in the U.K.", "The plan was called Plan B.", "The next one is C."),
        sentences("It rose in the U.K. The plan was called Plan B. The next one is C."));
  }

  @Test
  void aTickerInBracketsEndsNoSentence() {
    assertEquals(List.of("\"Demand is back,\" Acme Airways Plc (ACA1.HE) Chief Executive Dana Roe told Reuters.",
        "Shares rose 5% (see chart).", "Then it rained."), sentences("\"Demand is back,\" Acme Airways Plc (ACA1.HE) "
        + "Chief Executive Dana Roe told Reuters. Shares rose 5% (see chart). Then it rained."));
  }

  @Test
  void aClosingMarkGluedToACapitalEndsTheQuotationsSentence() {
    assertEquals(List.of("“We will be tougher than that.”", "K.C. Rondello, an epidemiologist, said it would work."),
        sentences("“We will be tougher than that.”K.C. Rondello, an epidemiologist, said it would work."));
    assertEquals(List.of("“Is it over?”", "Nobody knew."), sentences("“Is it over?”Nobody knew."));
    assertEquals(List.of("He called it “Plan B”and left."), sentences("He called it “Plan B”and left."));
  }
}
