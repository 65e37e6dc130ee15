package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
