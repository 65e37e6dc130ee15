package org.wiretrace.tools.bench;

import java.util.SplittableRandom;

/** The invented outlets and people of a synthetic corpus: names that do not occur in the training corpora. */
final class Newsroom {
  record Speaker(String name, String pronoun, String title) {}

  static final String[] OUTLETS = {
      "Northgate Herald", "Daily Meridian", "Coastline Post", "Riverside Chronicle", "The Evening Lantern",
      "Harbour Times", "Capital Wire", "Eastfield Gazette", "Summit News", "The Morning Ledger",
      "Westbrook Observer", "Lakeshore Tribune", "Metro Dispatch", "Highland Courier", "The Civic Record",
      "Bayview Journal", "Granite State Daily", "Southern Beacon", "Union Press Service", "Midland Echo"};
  private static final String[] WOMEN = {
      "Alina", "Beatrix", "Carmen", "Dagny", "Elspeth", "Farida", "Greta", "Hanna", "Ines", "Jovana", "Katrin",
      "Leonie", "Marisol", "Nadia", "Odile", "Priya", "Quinn", "Rosalind", "Svetla", "Tamsin", "Ulla", "Valeria",
      "Wilma", "Yasmin", "Zora", "Annika", "Brigid", "Celeste", "Dorota", "Esme"};
  private static final String[] MEN = {
      "Anselm", "Bogdan", "Casimir", "Dario", "Emeric", "Florian", "Gunnar", "Hamish", "Ivo", "Jarek", "Kasper",
      "Lorcan", "Matthias", "Nikolai", "Osric", "Pascal", "Quentin", "Rafael", "Stellan", "Tobias", "Ulrich",
      "Vidar", "Wendel", "Xavier", "Yannick", "Zoltan", "Aurelio", "Benedikt", "Cormac", "Dmitri"};
  private static final String[] SURNAMES = {
      "Abernethy", "Bellweather", "Castellanos", "Drummond", "Eckhart", "Fairbanks", "Galloway", "Halvorsen",
      "Iverson", "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Northcott", "Okonkwo", "Pellegrini",
      "Quintero", "Rasmussen", "Szabo", "Thorvaldsen", "Underhill", "Vasquez", "Whitcombe", "Yilmaz",
      "Zielinski", "Ashcroft", "Brannigan", "Cuthbert", "Delacroix", "Esterhazy", "Fitzwilliam", "Gustafsson",
      "Hollister", "Ingram", "Jovanovic", "Kavanagh", "Lockhart", "Mbeki", "Nakashima", "Ostrowski", "Pemberton",
      "Radcliffe", "Sandoval", "Tremblay", "Vukovic", "Wainwright", "Achterberg", "Brennecke", "Carmichael",
      "Dunleavy"};
  private static final String[] TITLES = {
      "the finance minister", "a spokeswoman for the ministry", "a spokesman for the company", "the chief executive",
      "an analyst at a regional bank", "the head of the union", "the foreign minister", "a senior diplomat",
      "the mayor", "a professor of economics", "the party leader", "the central bank governor",
      "a lawyer for the family", "the police chief", "the chairman of the board", "an opposition lawmaker"};

  private Newsroom() {}

  /** How many people a corpus of n articles quotes: enough that a speaker recurs in several articles. */
  static int rosterSize(long articles) {
    return (int) Math.max(100, Math.min((long) (WOMEN.length + MEN.length) * SURNAMES.length, articles / 20));
  }

  /** Person k of a roster: each k below the roster's maximum size has a distinct name. */
  static Speaker speaker(int k) {
    int firsts = WOMEN.length + MEN.length;
    int first = k % firsts;
    boolean woman = first < WOMEN.length;
    String given = woman ? WOMEN[first] : MEN[first - WOMEN.length];
    String surname = SURNAMES[(k / firsts) % SURNAMES.length];
    return new Speaker(given + " " + surname, woman ? "she" : "he", TITLES[k % TITLES.length]);
  }

  /** A few people are quoted much more often than most, as in the news. */
  static Speaker anySpeaker(SplittableRandom random, int roster) {
    double u = random.nextDouble();
    return speaker((int) (roster * u * u));
  }

  /** Outlets publish unequal shares of a corpus: outlet i is chosen with weight 1/(i+1). */
  static String outlet(SplittableRandom random) {
    double total = 0;
    for (int i = 0; i < OUTLETS.length; i++) {
      total += 1.0 / (i + 1);
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < OUTLETS.length; i++) {
      u -= 1.0 / (i + 1);
      if (u < 0) {
        return OUTLETS[i];
      }
    }
    return OUTLETS[OUTLETS.length - 1];
  }
}
