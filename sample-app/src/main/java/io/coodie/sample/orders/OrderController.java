package io.coodie.sample.orders;

import io.coodie.sample.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users/{username}/orders}. */
@RestController
@RequestMapping("/api/users/{username}/orders")
class OrderController {

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  @PostMapping
  ResponseEntity<Order> place(@PathVariable String username, @Valid @RequestBody PlaceOrder request) {
    Order order = this.orders.place(username, request);
    return ResponseEntity.created(URI.create("/api/users/" + username + "/orders/" + order.orderId())).body(order);
  }

  @GetMapping
  PageResponse<Order> list(@PathVariable String username,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @RequestParam(required = false) String page) {
    return this.orders.list(username, size, page);
  }

  @GetMapping("/{orderId}")
  Order get(@PathVariable String username, @PathVariable UUID orderId) {
    return this.orders.find(username, orderId);
  }

  @PutMapping("/{orderId}/status")
  Order changeStatus(@PathVariable String username, @PathVariable UUID orderId,
      @Valid @RequestBody StatusChange change) {
    return this.orders.changeStatus(username, orderId, change.status());
  }
}
