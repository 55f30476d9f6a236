package io.coodie.sample.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Hold {@code quantity} units of a product for {@code username}. */
public record ReserveRequest(@NotBlank String username, @NotNull @Positive @Max(100) Integer quantity) {}
