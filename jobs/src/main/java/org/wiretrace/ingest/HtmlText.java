package org.wiretrace.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Text saved as HTML: tags and scripts go, block elements become paragraph breaks, entities are decoded. */
final class HtmlText {
  private static final Pattern TAGS = Pattern.compile(
      "(?i)<(?:html|body|p|div|br|article|span|a\\s|h[1-6]|li|script|style|table)\\b");

  private HtmlText() {}

  /** True when markup is common enough that the file is a web page, not prose mentioning a tag. */
  static boolean looksLikeHtml(String text) {
    var m = TAGS.matcher(text);
    int tags = 0;
    while (m.find() && tags < 3) {
      tags++;
    }
    return tags >= 3;
  }

  static String toText(String html) {
    var document = Jsoup.parse(html);
    document.select("script, style, noscript, nav, header, footer, aside, form").remove();
    StringBuilder out = new StringBuilder();
    document.body().traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.text());
        } else if (node instanceof Element element && element.tagName().equals("br")) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
          out.append("\n\n");
        }
      }
    });
    return out.toString();
  }
}
