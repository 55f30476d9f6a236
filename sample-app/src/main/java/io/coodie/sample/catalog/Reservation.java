package io.coodie.sample.catalog;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Units of a product held for a customer until they order them. Written with a TTL ({@code sample.reservation-ttl}):
 * Cassandra deletes the row by itself when it expires. Placing an order turns reservations into order lines.
 *
 * <p>Kept simple: the stock of a reservation that expires is not given back (a real shop would run a job for that).
 */
@Table(name = "reservations")
public record Reservation(
    @PartitionKey UUID id, String sku, Integer quantity, String username, Instant expiresAt) {}
