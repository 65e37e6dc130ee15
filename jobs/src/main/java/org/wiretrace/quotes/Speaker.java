package org.wiretrace.quotes;

/**
 * Who a speaker phrase names: a name or descriptor (null when nobody fits), its type, whether it is many, and for an
 * anonymous speaker the organisation it speaks for ("a spokeswoman for the airline"), else null.
 */
record Speaker(String name, String type, boolean plural, String org) {
  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String DOCUMENT = "document";
  static final String ANONYMOUS = "anonymous";
  static final String UNKNOWN = "unknown";

  Speaker(String name, String type, boolean plural) {
    this(name, type, plural, null);
  }
}
