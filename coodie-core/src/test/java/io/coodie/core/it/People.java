package io.coodie.core.it;

import io.coodie.core.api.mapping.Column;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.UserDefinedType;
import java.util.List;
import java.util.Map;

/** UDT fixtures: a nested UDT, UDTs inside collections, frozen and non-frozen. */
final class People {

  private People() {}

  @UserDefinedType
  record Address(String street, String city, @Column(name = "zip_code") String zip) {}

  @UserDefinedType
  record Contact(String email, Address home) {}

  @Table
  record Person(
      @PartitionKey String id,
      Contact contact,
      List<@Frozen Address> previous,
      Map<String, Address> byLabel,
      @Frozen Address billing) {}

  /** The server's address type declares its fields in another order than the class. */
  static final String[] DDL = {
      "CREATE TYPE address (zip_code text, city text, street text)",
      "CREATE TYPE contact (email text, home frozen<address>)",
      "CREATE TABLE person (id text PRIMARY KEY, contact contact, previous list<frozen<address>>,"
          + " by_label map<text, frozen<address>>, billing frozen<address>)"};
}
