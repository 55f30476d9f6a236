package io.coodie.benchmarks.model;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;

/** The item mapped with coodie annotations: a mutable class, as loaded and saved with change tracking. */
@Table(name = Items.TABLE)
public class CoodieItem {
  @PartitionKey
  private String pk;
  @ClusteringColumn
  private int ck;
  private String name;
  private String description;
  private String category;
  private int price;
  private int quantity;
  private double rating;
  private Instant created;
  private boolean active;

  public CoodieItem() {}

  /** The item of row {@code (pk, ck)}, with the values every variant uses. */
  public static CoodieItem of(String pk, int ck) {
    CoodieItem i = new CoodieItem();
    i.pk = pk;
    i.ck = ck;
    i.name = Items.name(pk, ck);
    i.description = Items.description();
    i.category = Items.category(ck);
    i.price = Items.price(ck);
    i.quantity = Items.quantity(ck);
    i.rating = Items.rating(ck);
    i.created = Items.created(ck);
    i.active = Items.active(ck);
    return i;
  }

  /** Copies every property of {@code from} into {@code to}. */
  static void copy(CoodieItem from, CoodieItem to) {
    to.pk = from.pk;
    to.ck = from.ck;
    to.name = from.name;
    to.description = from.description;
    to.category = from.category;
    to.price = from.price;
    to.quantity = from.quantity;
    to.rating = from.rating;
    to.created = from.created;
    to.active = from.active;
  }

  public String getPk() { return pk; }
  public void setPk(String pk) { this.pk = pk; }
  public int getCk() { return ck; }
  public void setCk(int ck) { this.ck = ck; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public int getPrice() { return price; }
  public void setPrice(int price) { this.price = price; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public double getRating() { return rating; }
  public void setRating(double rating) { this.rating = rating; }
  public Instant getCreated() { return created; }
  public void setCreated(Instant created) { this.created = created; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
}
