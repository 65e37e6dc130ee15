package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien",
        Html.escape("<script>alert(\"x\")</script> & O'Brien"));
    assertEquals("&amp;amp; stays visible", Html.escape("&amp; stays visible"));
    assertEquals("", Html.escape(null));
  }

  @Test
  void replacesControlCharactersAndLoneSurrogatesButKeepsRealText() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.escape("a\u0000b\u0007c\u0085"));
    assertEquals("x\uFFFDy", Html.escape("x\uD800y"));
    assertEquals("line\nnext\ttab 😀 Москва «ok»", Html.escape("line\nnext\ttab 😀 Москва «ok»"));
  }

  @Test
  void shortensByCodePoints() {
    assertEquals("😀😀😀😀", Html.shorten("😀😀😀😀", 4));
    assertEquals("😀😀😀…", Html.shorten("😀😀😀😀😀", 4));
    assertEquals("abc…", Html.shorten("abc def", 5));
    assertNull(Html.shorten(null, 3));
  }

  @Test
  void formatsCells() {
    assertEquals("—", Html.format(null));
    assertEquals("0.333", Html.format(1.0 / 3));
    assertEquals("2022-01-20", Html.format(LocalDateTime.of(2022, 1, 20, 0, 0)));
    assertEquals("2022-01-20 09:05", Html.format(LocalDateTime.of(2022, 1, 20, 9, 5)));
    assertEquals("1 outlet", Html.count(1, "outlet"));
    assertEquals("0 outlets", Html.count(0, "outlet"));
    assertEquals("1 story", Html.count(1, "story", "stories"));
    assertEquals("3 stories", Html.count(3, "story", "stories"));
  }

  @Test
  void tableEscapesEveryCellAndRightAlignsNumbers() {
    assertEquals("<table><thead><tr><th>a&lt;b</th><th>n</th></tr></thead><tbody><tr><td>&lt;i&gt;</td>"
        + "<td class=\"num\">3</td></tr></tbody></table>", Html.table(List.of("a<b", "n"),
        List.<Object[]>of(new Object[] {"<i>", 3L})));
    assertTrue(Html.table(List.of("t"), List.<Object[]>of(new Object[] {LocalDateTime.of(2022, 1, 20, 9, 5)}))
        .contains("<td class=\"date\">2022-01-20 09:05</td>"));
  }
}
