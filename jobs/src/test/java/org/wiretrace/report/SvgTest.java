package org.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void aHeatmapDrawsEveryCellAndCutsLongLabels() {
    String longName = "An outlet whose name is far too long to print";
    Svg.Cell[][] cells = new Svg.Cell[2][2];
    cells[0][1] = new Svg.Cell(0.25, "25%", "a in b");
    Document svg = Jsoup.parse(Svg.heatmap(Arrays.asList("<a>", longName), cells));
    assertEquals(4, svg.select("rect").size());
    assertEquals(List.of("25%"), svg.select("svg > text[text-anchor=middle]").stream().map(Element::ownText)
        .toList());
    assertEquals(List.of("<a>", Html.shorten(longName, 22)), svg.select("svg > text[text-anchor=end]").stream()
        .map(Element::ownText).toList());
    assertEquals(longName, svg.select("svg > text[text-anchor=end] title").get(1).text());
  }

  @Test
  void chartsTakeANullLabelAsEmpty() {
    Svg.Cell[][] cells = {{null}};
    assertTrue(Svg.heatmap(Arrays.asList((String) null), cells).startsWith("<svg"));
    assertTrue(Svg.bars(List.of(new Svg.Bar(null, 1, "1")), 760).contains("</svg>"));
  }

  @Test
  void aTimelinePlacesDotsBetweenTheFirstAndLastTime() {
    LocalDateTime first = LocalDateTime.of(2022, 1, 18, 0, 0);
    Document one = Jsoup.parse(Svg.timeline(List.of(new Svg.Track("EIRNS", List.of(first))), 760));
    // One moment: the dot in the middle of the axis, labelled once.
    Element dot = one.selectFirst("circle");
    assertEquals("EIRNS: 2022-01-18", dot.selectFirst("title").text());
    double middle = 250 + (760 - 250 - 70) / 2.0;
    assertEquals(middle, Double.parseDouble(dot.attr("cx")), 0.1);
    Document two = Jsoup.parse(Svg.timeline(List.of(new Svg.Track("A", List.of(first)),
        new Svg.Track("B", List.of(first.plusHours(12), first.plusDays(1)))), 760));
    List<Double> xs = two.select("circle").stream().map(c -> Double.parseDouble(c.attr("cx"))).toList();
    assertEquals(List.of(250.0, 470.0, 690.0), xs);
  }
}
