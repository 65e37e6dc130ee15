package org.wiretrace.quotes;

/** Who a speaker phrase names: a name or descriptor (null when nobody fits), its type, and whether it is many. */
record Speaker(String name, String type, boolean plural) {
  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String ANONYMOUS = "anonymous";
  static final String UNKNOWN = "unknown";
}
