package io.coodie.sample.orders;

/** Where an order is; stored as its name ({@code text}). */
public enum OrderStatus {
  PLACED, SHIPPED, DELIVERED, CANCELLED;

  /** The status an order must have to move to this one; null for {@link #PLACED}, which no order returns to. */
  OrderStatus requiredBefore() {
    return switch (this) {
      case PLACED -> null;
      case SHIPPED, CANCELLED -> PLACED;
      case DELIVERED -> SHIPPED;
    };
  }
}
