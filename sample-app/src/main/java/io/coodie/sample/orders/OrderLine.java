package io.coodie.sample.orders;

import io.coodie.core.api.mapping.UserDefinedType;
import java.math.BigDecimal;

/** One line of an order, with the product's name and price when it was ordered. A user-defined type. */
@UserDefinedType
public record OrderLine(String sku, String name, Integer quantity, BigDecimal unitPrice) {}
