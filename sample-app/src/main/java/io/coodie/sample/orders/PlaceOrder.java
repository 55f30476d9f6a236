package io.coodie.sample.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Order the units held by these reservations, shipped there. */
public record PlaceOrder(
    @NotEmpty @Size(max = 20) List<@NotNull UUID> reservations,
    @NotNull @Valid Address shipTo) {}
