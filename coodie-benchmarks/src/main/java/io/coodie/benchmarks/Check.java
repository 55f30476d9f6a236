package io.coodie.benchmarks;

import io.coodie.benchmarks.model.Items;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Set-up checks that a variant reads and writes what the others do, so that all measure the same work. */
final class Check {

  private Check() {}

  /** Canonical form of an item's values. */
  static String canonical(String pk, int ck, String name, String description, String category, int price,
      int quantity, double rating, Instant created, boolean active) {
    return pk + "|" + ck + "|" + name + "|" + description + "|" + category + "|" + price + "|" + quantity + "|"
        + rating + "|" + created + "|" + active;
  }

  /** Canonical form of the values every variant builds for row {@code (pk, ck)}. */
  static String expected(String pk, int ck) {
    return canonical(pk, ck, Items.name(pk, ck), Items.description(), Items.category(ck), Items.price(ck),
        Items.quantity(ck), Items.rating(ck), Items.created(ck), Items.active(ck));
  }

  /** Fails unless {@code item} holds the values of read row {@code (pk, ck)}. */
  static <T> void readRow(String variant, T item, Function<T, String> canonical, String pk, int ck) {
    if (item == null) {
      throw new IllegalStateException(variant + ": row " + pk + "/" + ck + " not found");
    }
    String actual = canonical.apply(item);
    if (!actual.equals(expected(pk, ck))) {
      throw new IllegalStateException(variant + ": read " + actual + ", expected " + expected(pk, ck));
    }
  }

  /** Fails unless {@code items} is read partition {@code pk} in clustering order. */
  static <T> void partition(String variant, List<T> items, Function<T, String> canonical, String pk) {
    if (items.size() != Items.ROWS_PER_PARTITION) {
      throw new IllegalStateException(variant + ": partition " + pk + " has " + items.size() + " rows, expected "
          + Items.ROWS_PER_PARTITION);
    }
    for (int ck = 0; ck < items.size(); ck++) {
      readRow(variant, items.get(ck), canonical, pk, ck);
    }
  }
}
