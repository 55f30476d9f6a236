package io.coodie.sample.orders;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TimeUuid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order. The table is designed for its query, "a customer's orders, newest first": one partition per customer
 * ({@code username}), and inside it one row per order sorted by a time-based UUID, descending.
 *
 * <pre>
 * CREATE TABLE orders (username text, order_id timeuuid, last_order_at timestamp STATIC, placed_at timestamp,
 *   status text, lines frozen&lt;list&lt;frozen&lt;order_line&gt;&gt;&gt;, ship_to address, total decimal,
 *   PRIMARY KEY (username, order_id)) WITH CLUSTERING ORDER BY (order_id DESC)
 * </pre>
 *
 * @param lastOrderAt a static column: one value per partition, so every order of the customer shows the time of the
 *     latest one
 * @param lines frozen: written once as a whole (a list of UDTs)
 * @param shipTo a (non-frozen) UDT column
 */
@Table(name = "orders")
public record Order(
    @PartitionKey String username,
    @ClusteringColumn(order = ClusteringOrder.DESC) @TimeUuid UUID orderId,
    @Static Instant lastOrderAt,
    Instant placedAt,
    OrderStatus status,
    @Frozen List<OrderLine> lines,
    Address shipTo,
    BigDecimal total) {}
