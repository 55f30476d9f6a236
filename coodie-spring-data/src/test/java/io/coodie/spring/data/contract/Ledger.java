package io.coodie.spring.data.contract;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import org.springframework.data.annotation.Version;

/** A mutable class with a primitive {@code @Version}: new while 0, inserted with 1. */
@Table(name = "ledgers")
public class Ledger {
  @PartitionKey String id;
  int balance;
  @Version long version;

  public Ledger() {}

  public Ledger(String id, int balance) {
    this.id = id;
    this.balance = balance;
  }

  public int balance() {
    return balance;
  }

  public void balance(int newBalance) {
    this.balance = newBalance;
  }

  public long version() {
    return version;
  }
}
