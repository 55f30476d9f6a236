package io.coodie.core.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "id, id",
    "createdAt, created_at",
    "OrderItem, order_item",
    "userID, user_id",
    "HTTPServer, http_server",
    "address2, address2",
    "line2Text, line2_text",
    "already_snake, already_snake",
    "URL, url",
  })
  void snakeCase(String java, String cql) {
    assertThat(Naming.snakeCase(java)).isEqualTo(cql);
  }
}
