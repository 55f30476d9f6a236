package io.coodie.sample.catalog;

import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.mapping.PartitionKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** A gadget: a {@link Product} whose rows have {@code kind = 'gadget'}, with a map column of specifications. */
@DiscriminatorValue("gadget")
public record Gadget(
    @PartitionKey @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
    @NotBlank String name,
    @NotNull @PositiveOrZero BigDecimal price,
    @NotNull @PositiveOrZero Integer stock,
    Set<@NotBlank String> tags,
    @NotBlank String brand,
    Map<String, String> specs) implements Product {}
