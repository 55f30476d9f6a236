package io.coodie.sample.orders;

import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.coodie.core.api.Batch;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.LwtException;
import io.coodie.sample.catalog.CatalogService;
import io.coodie.sample.catalog.Product;
import io.coodie.sample.catalog.Reservation;
import io.coodie.sample.users.UserService;
import io.coodie.sample.web.ConflictException;
import io.coodie.sample.web.NotFoundException;
import io.coodie.sample.web.PageResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Placing orders, listing them, moving them through their statuses. */
@Service
public class OrderService {

  private final OrderRepository orders;
  private final CatalogService catalog;
  private final UserService users;
  private final Coodie coodie;

  public OrderService(OrderRepository orders, CatalogService catalog, UserService users, Coodie coodie) {
    this.orders = orders;
    this.catalog = catalog;
    this.users = users;
    this.coodie = coodie;
  }

  /**
   * Turns the user's reservations into an order. The order is inserted and the reservations deleted in one logged
   * batch: either all of it happens or none.
   */
  public Order place(String username, PlaceOrder request) {
    this.users.find(username);
    List<Reservation> held = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (UUID id : new LinkedHashSet<>(request.reservations())) {
      Reservation reservation = this.catalog.reservation(id);
      if (!reservation.username().equals(username)) {
        throw new NotFoundException("No reservation " + id + " for '" + username + "'");
      }
      Product product = this.catalog.find(reservation.sku());
      held.add(reservation);
      lines.add(new OrderLine(product.sku(), product.name(), reservation.quantity(), product.price()));
      total = total.add(product.price().multiply(BigDecimal.valueOf(reservation.quantity())));
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // CQL timestamps have millisecond precision
    Order order = new Order(username, Uuids.timeBased(), now, now, OrderStatus.PLACED, lines, request.shipTo(),
        total);
    Batch batch = this.coodie.batch().insert(order);
    held.forEach(batch::delete);
    batch.execute();
    return order;
  }

  /** A page of the user's orders, newest first. */
  public PageResponse<Order> list(String username, int size, String page) {
    this.users.find(username);
    return PageResponse.of(size, page, (pageable) -> this.orders.findByUsername(username, pageable));
  }

  public Order find(String username, UUID orderId) {
    return this.orders.findById(new OrderKey(username, orderId))
        .orElseThrow(() -> new NotFoundException("No order " + orderId + " for '" + username + "'"));
  }

  /**
   * Moves an order to {@code status} if it has the status that must come before
   * ({@code UPDATE orders SET status = ? WHERE ... IF status = ?}); nothing is read first. When the condition fails
   * the server returns the current status: none means there is no such order (404), another one is a conflict (409).
   */
  public Order changeStatus(String username, UUID orderId, OrderStatus status) {
    OrderStatus before = status.requiredBefore();
    if (before == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An order cannot go back to " + status);
    }
    try {
      this.orders.mutate(new OrderKey(username, orderId)).set("status", status).iff("status", before).execute();
    } catch (LwtException ex) {
      Object current = ex.existingValues().get("status");
      if (current == null) {
        throw new NotFoundException("No order " + orderId + " for '" + username + "'");
      }
      throw new ConflictException("Order " + orderId + " is " + current + ": only a " + before + " order can become "
          + status);
    }
    return find(username, orderId);
  }
}
