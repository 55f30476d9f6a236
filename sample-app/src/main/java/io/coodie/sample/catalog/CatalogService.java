package io.coodie.sample.catalog;

import io.coodie.core.api.LwtException;
import io.coodie.sample.SampleProperties;
import io.coodie.sample.web.ConflictException;
import io.coodie.sample.web.NotFoundException;
import io.coodie.sample.web.PageResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Products, their view counters and stock reservations. */
@Service
public class CatalogService {

  private final ProductRepository products;
  private final ProductViewsRepository views;
  private final ReservationRepository reservations;
  private final Duration reservationTtl;

  public CatalogService(ProductRepository products, ProductViewsRepository views,
      ReservationRepository reservations, SampleProperties properties) {
    this.products = products;
    this.views = views;
    this.reservations = reservations;
    this.reservationTtl = properties.reservationTtl();
  }

  /** Adds a product; 409 if its SKU is taken ({@code INSERT ... IF NOT EXISTS}: of two concurrent creates one wins). */
  public Product create(Product product) {
    try {
      this.products.operations().ifNotExists().insert(product);
    } catch (LwtException ex) {
      throw new ConflictException("SKU '" + product.sku() + "' is taken");
    }
    return product;
  }

  /** A product, counting the view. */
  public ProductDetails view(String sku) {
    Product product = find(sku);
    this.views.increment(sku);
    return new ProductDetails(product, this.views.views(sku));
  }

  public PageResponse<Product> list(int size, String page) {
    return PageResponse.of(size, page, this.products::findAll);
  }

  /**
   * Replaces a product's data. coodie compares the two records and writes only what differs: changed columns, and
   * for the {@code tags} set the added and removed elements ({@code tags = tags + ?}); nothing if nothing changed.
   */
  public Product update(String sku, Product changed) {
    Product existing = find(sku);
    if (existing.getClass() != changed.getClass()) {
      throw new ConflictException("'" + sku + "' is a " + existing.kind() + ", not a " + changed.kind());
    }
    this.products.operations().update(existing, changed);
    return changed;
  }

  /**
   * Takes {@code quantity} units from the stock if that many are left, and records the reservation with a TTL.
   * The stock is decremented with a compare-and-set ({@code UPDATE products SET stock = ? WHERE sku = ? IF stock = ?}):
   * if another reservation got in between, the server answers with the current stock and we try again with it.
   */
  public Reservation reserve(String sku, ReserveRequest request) {
    int available = orZero(find(sku).stock());
    while (true) {
      if (available < request.quantity()) {
        throw new ConflictException("Only " + available + " of '" + sku + "' left");
      }
      try {
        this.products.mutate(sku).set("stock", available - request.quantity()).iff("stock", available).execute();
        break;
      } catch (LwtException ex) {
        available = orZero((Integer) ex.existingValues().get("stock"));
      }
    }
    Reservation reservation = new Reservation(UUID.randomUUID(), sku, request.quantity(), request.username(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(this.reservationTtl));
    this.reservations.insertExpiring(reservation, this.reservationTtl);
    return reservation;
  }

  /** A reservation; 404 once it expired. */
  public Reservation reservation(UUID id) {
    return this.reservations.findById(id)
        .orElseThrow(() -> new NotFoundException("No reservation " + id + " (it may have expired)"));
  }

  public Product find(String sku) {
    return this.products.findById(sku).orElseThrow(() -> new NotFoundException("No product '" + sku + "'"));
  }

  private static int orZero(Integer stock) {
    return stock == null ? 0 : stock;
  }
}
