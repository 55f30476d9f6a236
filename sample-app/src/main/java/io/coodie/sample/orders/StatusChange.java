package io.coodie.sample.orders;

import jakarta.validation.constraints.NotNull;

/** Move an order to {@code status}. */
public record StatusChange(@NotNull OrderStatus status) {}
