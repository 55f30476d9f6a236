package io.coodie.core.it;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Discriminator;
import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TableOptions;
import io.coodie.core.api.mapping.UserDefinedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixtures for the write-semantics tests. */
public final class Shop {

  private Shop() {}

  /** A mutable product: plain class, collections, a mutable UDT. */
  @Table
  public static class Product {
    @PartitionKey public String sku;
    public String name;
    public Integer price;
    public Integer stock;
    public List<String> history = new ArrayList<>();
    public Set<String> tags = new LinkedHashSet<>();
    public Map<String, String> attrs = new LinkedHashMap<>();
    public Dimensions size;

    Product() {}

    public Product(String sku, String name, Integer price) {
      this.sku = sku;
      this.name = name;
      this.price = price;
    }
  }

  /** A mutable UDT class. */
  @UserDefinedType
  public static class Dimensions {
    int width;
    int height;

    Dimensions() {}

    Dimensions(int width, int height) {
      this.width = width;
      this.height = height;
    }
  }

  /** An immutable record entity. */
  @Table
  public record Customer(@PartitionKey String id, String name, String email, Integer points) {}

  /** A counter table. */
  @Table
  public static class PageViews {
    @PartitionKey public String page;
    @Counter public long views;
    @Counter public long likes;
  }

  /** A static column shared by the rows of an account. */
  @Table
  public static class Ledger {
    @PartitionKey public String account;
    @ClusteringColumn public int entry;
    @Static public Integer balance;
    public String memo;

    Ledger() {}

    public Ledger(String account, int entry, Integer balance, String memo) {
      this.account = account;
      this.entry = entry;
      this.balance = balance;
      this.memo = memo;
    }
  }

  /** A table with a default TTL. */
  @Table
  @TableOptions(defaultTimeToLive = 1000)
  record Session(@PartitionKey String token, String user) {}

  /** Single-table polymorphism. */
  @Table(name = "vehicle")
  @Discriminator(column = "kind")
  sealed interface Vehicle permits Car, Truck {
    String id();
  }

  @DiscriminatorValue("car")
  record Car(@PartitionKey String id, Integer seats) implements Vehicle {}

  @DiscriminatorValue("truck")
  record Truck(@PartitionKey String id, Integer payload) implements Vehicle {}

  public static void createTables(com.datastax.oss.driver.api.core.CqlSession session) {
    for (String ddl : DDL) {
      session.execute(ddl);
    }
  }

  static final String[] DDL = {
      "CREATE TYPE dimensions (width int, height int)",
      "CREATE TABLE product (sku text PRIMARY KEY, name text, price int, stock int, history list<text>,"
          + " tags set<text>, attrs map<text, text>, size dimensions)",
      "CREATE TABLE customer (id text PRIMARY KEY, name text, email text, points int)",
      "CREATE TABLE page_views (page text PRIMARY KEY, views counter, likes counter)",
      "CREATE TABLE ledger (account text, entry int, balance int STATIC, memo text, PRIMARY KEY (account, entry))",
      "CREATE TABLE session (\"token\" text PRIMARY KEY, user text) WITH default_time_to_live = 1000",
      "CREATE TABLE vehicle (id text PRIMARY KEY, kind text, seats int, payload int)"};
}
