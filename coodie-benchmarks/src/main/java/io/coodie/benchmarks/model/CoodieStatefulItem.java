package io.coodie.benchmarks.model;

import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TrackingState;

/**
 * {@link CoodieItem} keeping coodie's change-tracking state in the instance ({@link TrackingState} field) instead of
 * coodie's weak identity map: the same table, columns and values.
 */
@Table(name = Items.TABLE)
public class CoodieStatefulItem extends CoodieItem {
  private TrackingState tracking;

  public CoodieStatefulItem() {}

  /** The item of row {@code (pk, ck)}, with the values every variant uses. */
  public static CoodieStatefulItem of(String pk, int ck) {
    CoodieStatefulItem i = new CoodieStatefulItem();
    CoodieItem.copy(CoodieItem.of(pk, ck), i);
    return i;
  }

  /** Whether coodie holds this instance's tracking state in it (checked once at set-up). */
  public boolean holdsTrackingState() {
    return tracking != null;
  }
}
