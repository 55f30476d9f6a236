package io.coodie.sample.catalog;

import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.mapping.PartitionKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Set;

/** A book: a {@link Product} whose rows have {@code kind = 'book'}. */
@DiscriminatorValue("book")
public record Book(
    @PartitionKey @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
    @NotBlank String name,
    @NotNull @PositiveOrZero BigDecimal price,
    @NotNull @PositiveOrZero Integer stock,
    Set<@NotBlank String> tags,
    @NotBlank String author,
    @Positive Integer pages) implements Product {}
