package io.coodie.sample.catalog;

import io.coodie.sample.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/products} and {@code /api/reservations}. */
@RestController
@RequestMapping("/api")
class CatalogController {

  private final CatalogService catalog;

  CatalogController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @PostMapping("/products")
  ResponseEntity<Product> create(@Valid @RequestBody Product product) {
    Product created = this.catalog.create(product);
    return ResponseEntity.created(URI.create("/api/products/" + created.sku())).body(created);
  }

  @GetMapping("/products/{sku}")
  ProductDetails get(@PathVariable String sku) {
    return this.catalog.view(sku);
  }

  @GetMapping("/products")
  PageResponse<Product> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      @RequestParam(required = false) String page) {
    return this.catalog.list(size, page);
  }

  @PutMapping("/products/{sku}")
  Product update(@PathVariable String sku, @Valid @RequestBody Product product) {
    if (!sku.equals(product.sku())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "The SKU in the body must be the one in the path, '" + sku + "'");
    }
    return this.catalog.update(sku, product);
  }

  @PostMapping("/products/{sku}/reservations")
  @ResponseStatus(HttpStatus.CREATED)
  Reservation reserve(@PathVariable String sku, @Valid @RequestBody ReserveRequest request) {
    return this.catalog.reserve(sku, request);
  }

  @GetMapping("/reservations/{id}")
  Reservation reservation(@PathVariable UUID id) {
    return this.catalog.reservation(id);
  }
}
