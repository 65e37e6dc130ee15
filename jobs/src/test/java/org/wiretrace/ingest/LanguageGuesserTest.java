package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Languages of news sentences written for the test; the expected codes are the languages they were written in. */
class LanguageGuesserTest {

  @Test
  void newsParagraphsInFiveLanguages() {
    assertEquals("en", LanguageGuesser.guess("The United States and Russia agreed on Friday to keep talking about"
        + " the security of Europe after a meeting of their foreign ministers in Geneva."));
    assertEquals("fr", LanguageGuesser.guess("Les États-Unis et la Russie ont convenu vendredi de poursuivre le"
        + " dialogue sur la sécurité en Europe après une rencontre de leurs ministres des affaires étrangères."));
    assertEquals("de", LanguageGuesser.guess("Die Vereinigten Staaten und Russland haben sich am Freitag darauf"
        + " geeinigt, die Gespräche über die Sicherheit in Europa nach einem Treffen in Genf fortzusetzen."));
    assertEquals("es", LanguageGuesser.guess("Estados Unidos y Rusia acordaron el viernes seguir dialogando sobre"
        + " la seguridad en Europa tras una reunión de sus ministros de Asuntos Exteriores en Ginebra."));
    assertEquals("ru", LanguageGuesser.guess("США и Россия в пятницу договорились продолжить переговоры о"
        + " безопасности в Европе после встречи министров иностранных дел в Женеве."));
  }

  @Test
  void onlyTheStartOfALongTextIsRead() {
    String english = "Officials said the talks in Geneva were frank and useful, and that both sides would reply"
        + " in writing next week. ";
    String german = "Die Minister sprachen in Genf offen über die Lage an der Grenze und wollen nächste Woche"
        + " schriftlich antworten. ";
    assertEquals("en", LanguageGuesser.guess(english.repeat(5) + german.repeat(40)));
  }

  @Test
  void tooShortOrBlankToTell() {
    assertNull(LanguageGuesser.guess(null));
    assertNull(LanguageGuesser.guess("  Geneva  "));
  }

  @Test
  void englishProseIsToldWithoutTheModel() {
    String english = "The foreign ministers met for an hour and a half in Geneva on Friday. Neither side expected a"
        + " breakthrough, and the talks ended with a promise of written answers to the questions of the week.";
    assertTrue(LanguageGuesser.plainlyEnglish(english));
    assertEquals("en", LanguageGuesser.guess(english));
  }

  @Test
  void otherLanguagesSharingEnglishStopWordsGoToTheModel() {
    // Dutch "is", "in", "was", German "in", "an", "was": a few stop words, no "the".
    String dutch = "De minister was in Genève en het overleg is volgens hem nuttig geweest, maar een doorbraak"
        + " was er niet en de gesprekken gaan in februari verder in Brussel met de andere landen.";
    String german = "Was die Minister in Genf an diesem Freitag besprochen haben, ist noch nicht bekannt, aber"
        + " die Gespräche sollen in der nächsten Woche in Brüssel weitergehen, sagte ein Sprecher.";
    assertFalse(LanguageGuesser.plainlyEnglish(dutch));
    assertFalse(LanguageGuesser.plainlyEnglish(german));
    assertEquals("nl", LanguageGuesser.guess(dutch));
    assertEquals("de", LanguageGuesser.guess(german));
  }

  @Test
  void tablesOfFiguresGoToTheModel() {
    assertFalse(LanguageGuesser.plainlyEnglish("Shr 1.20 dlrs vs 1.10 dlrs Net 5.4 mln vs 4.9 mln Revs 88.1 mln vs"
        + " 80.2 mln Nine mths Shr 3.10 dlrs vs 2.95 dlrs Net 14.2 mln vs 13.1 mln Revs 250.3 mln vs 231.0 mln"));
  }
}
