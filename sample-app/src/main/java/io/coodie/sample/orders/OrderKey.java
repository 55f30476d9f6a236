package io.coodie.sample.orders;

import java.util.UUID;

/** The primary key of an {@link Order}: its partition key and clustering column, by property name. */
public record OrderKey(String username, UUID orderId) {}
