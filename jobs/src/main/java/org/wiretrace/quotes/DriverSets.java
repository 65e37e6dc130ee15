package org.wiretrace.quotes;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The two sets the quotes stage links in the driver, from one aggregate over the found quotations: each person's
 * name with its number of quotations ({@link SpeakerIds}), and each distinct form long enough to join a near one
 * ({@link QuoteClusters}). One job and one query plan where a set each took their own.
 *
 * @param names (name, count) of every person quoted
 * @param forms every distinct {@link QuoteClusters#nearForm}
 */
record DriverSets(List<Row> names, List<String> forms) {
  private static final String KIND = "_kind";
  private static final String VALUE = "_value";
  private static final String NAME = "name";
  private static final String FORM = "form";

  /**
   * Both sets when they hold at most {@code maxNames} names and {@code maxForms} forms; empty when they are larger
   * together, and each then checks its own size again.
   */
  static Optional<DriverSets> collect(Dataset<Row> found, int maxNames, int maxForms) {
    Dataset<Row> keys = found.select(explode(array(
            struct(lit(NAME).as(KIND), SpeakerIds.personName().as(VALUE)),
            struct(lit(FORM).as(KIND), QuoteClusters.nearForm().as(VALUE)))).as("_key"))
        .select("_key.*")
        .filter(col(VALUE).isNotNull())
        .groupBy(KIND, VALUE).count();
    List<Row> few = keys.limit(maxNames + maxForms + 1).collectAsList();
    List<Row> names = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    for (Row key : few) {
      if (key.getString(0).equals(NAME)) {
        names.add(RowFactory.create(key.getString(1), key.getLong(2)));
      } else {
        forms.add(key.getString(1));
      }
    }
    return names.size() > maxNames || forms.size() > maxForms ? Optional.empty()
        : Optional.of(new DriverSets(names, forms));
  }
}
