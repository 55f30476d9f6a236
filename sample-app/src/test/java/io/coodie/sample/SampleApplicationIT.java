package io.coodie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coodie.sample.Api.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The sample end to end: the application on a random port with the dev profile (keyspace and schema created at
 * start-up) in its own keyspace of coodie-test's shared embedded node, driven over HTTP. No connection properties:
 * coodie-test gives every Spring test context the node's connection details. Each test uses its own users and SKUs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cassandra.keyspace-name=sample_it", "sample.reservation-ttl=2s" })
@ActiveProfiles("dev")
class SampleApplicationIT {

  private static final String SHIP_TO = """
      {"street": "12 St James's Square", "city": "London", "postcode": "SW1Y 4JH", "country": "GB"}""";

  @LocalServerPort
  int port;

  Api api;

  @BeforeEach
  void client() {
    this.api = new Api(this.port);
  }

  @Test
  void aUserIsCreatedOnceAndATakenUsernameIs409() {
    Response created = createUser("ada");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).isEqualTo("/api/users/ada");
    assertThat(this.api.get("/api/users/ada").json().get("displayName").asString()).isEqualTo("User ada");

    Response taken = createUser("ada");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.contentType()).isEqualTo("application/problem+json");
    assertThat(taken.json().get("detail").asString()).isEqualTo("Username 'ada' is taken");
  }

  @Test
  void productsOfEachKindAreCreatedReadAndUpdated() {
    assertThat(createBook("dune", 5).status()).isEqualTo(201);
    Response gadget = this.api.post("/api/products", """
        {"kind": "gadget", "sku": "lamp", "name": "Desk lamp", "price": 39.90, "stock": 2, "tags": ["home"],
         "brand": "Lumo", "specs": {"watts": "8", "colour": "black"}}""");
    assertThat(gadget.status()).isEqualTo(201);
    assertThat(createBook("lamp", 1).status()).as("the SKU is taken").isEqualTo(409);

    JsonNode book = this.api.get("/api/products/dune").json().get("product");
    assertThat(book.get("kind").asString()).isEqualTo("book");
    assertThat(book.get("author").asString()).isEqualTo("Frank Herbert");
    assertThat(book.get("price").decimalValue()).isEqualByComparingTo("12.50");
    JsonNode lamp = this.api.get("/api/products/lamp").json().get("product");
    assertThat(lamp.get("kind").asString()).isEqualTo("gadget");
    assertThat(lamp.get("specs").get("watts").asString()).isEqualTo("8");
    assertThat(lamp.has("author")).isFalse();

    Response updated = this.api.put("/api/products/dune", """
        {"kind": "book", "sku": "dune", "name": "Dune", "price": 9.90, "stock": 5, "tags": ["sf", "classic"],
         "author": "Frank Herbert", "pages": 612}""");
    assertThat(updated.status()).isEqualTo(200);
    book = this.api.get("/api/products/dune").json().get("product");
    assertThat(book.get("price").decimalValue()).isEqualByComparingTo("9.90");
    assertThat(texts(book.get("tags"))).containsExactly("classic", "sf"); // a set<text> comes back sorted

    Response kindChange = this.api.put("/api/products/dune", """
        {"kind": "gadget", "sku": "dune", "name": "Dune", "price": 9.90, "stock": 5, "brand": "Herbert"}""");
    assertThat(kindChange.status()).isEqualTo(409);
    assertThat(kindChange.json().get("detail").asString()).isEqualTo("'dune' is a book, not a gadget");
    assertThat(this.api.put("/api/products/dune", book("other", 1)).status()).isEqualTo(400);
    assertThat(this.api.put("/api/products/none", book("none", 1)).status()).isEqualTo(404);
  }

  @Test
  void everyReadOfAProductCountsAView() {
    createBook("views", 1);
    List<Long> views = IntStream.range(0, 3)
        .mapToObj((i) -> this.api.get("/api/products/views").json().get("views").asLong()).toList();
    assertThat(views).containsExactly(1L, 2L, 3L);
  }

  @Test
  void productsArePagedWithThePagingState() {
    List<String> skus = List.of("page-a", "page-b", "page-c", "page-d", "page-e");
    skus.forEach((sku) -> createBook(sku, 1));
    List<JsonNode> listed = new ArrayList<>();
    int pages = readAllPages("/api/products?size=2", listed);
    assertThat(listed).allSatisfy((product) -> assertThat(product.get("kind").asString()).isIn("book", "gadget"));
    List<String> listedSkus = listed.stream().map((product) -> product.get("sku").asString()).toList();
    assertThat(listedSkus).containsAll(skus).doesNotHaveDuplicates();
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  @Test
  void stockIsReservedOnlyWhileEnoughIsLeft() {
    createUser("bob");
    createBook("scarce", 3);
    assertThat(reserve("scarce", "bob", 2).status()).isEqualTo(201);
    assertThat(stock("scarce")).isEqualTo(1);

    Response tooMany = reserve("scarce", "bob", 2);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.json().get("detail").asString()).isEqualTo("Only 1 of 'scarce' left");
    assertThat(reserve("scarce", "bob", 1).status()).isEqualTo(201);
    assertThat(stock("scarce")).isZero();
    assertThat(reserve("none", "bob", 1).status()).isEqualTo(404);
  }

  @Test
  void concurrentReservationsNeverOversell() throws Exception {
    createBook("rush", 5);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        statuses.add(pool.submit(() -> reserve("rush", "buyer", 1).status()));
      }
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        results.add(status.get());
      }
      assertThat(results).filteredOn((status) -> status == 201).hasSize(5);
      assertThat(results).filteredOn((status) -> status == 409).hasSize(7);
    } finally {
      pool.shutdown();
    }
    assertThat(stock("rush")).isZero();
  }

  @Test
  void aReservationExpiresAfterItsTtl() {
    createBook("fleeting", 5);
    String id = reserve("fleeting", "carol", 1).json().get("id").asString();
    assertThat(this.api.get("/api/reservations/" + id).status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
        .until(() -> this.api.get("/api/reservations/" + id).status() == 404);
  }

  @Test
  void ordersAreListedNewestFirstAcrossPages() {
    createUser("dora");
    createBook("shelf", 10);
    List<String> placed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Response order = placeOrder("dora", reserve("shelf", "dora", 1).json().get("id").asString());
      assertThat(order.status()).isEqualTo(201);
      assertThat(order.json().get("total").decimalValue()).isEqualByComparingTo("12.50");
      placed.add(order.json().get("orderId").asString());
    }
    Collections.reverse(placed); // newest first
    List<JsonNode> listed = new ArrayList<>();
    int pages = readAllPages("/api/users/dora/orders?size=2", listed);
    assertThat(listed.stream().map((order) -> order.get("orderId").asString())).containsExactlyElementsOf(placed);
    assertThat(pages).isGreaterThanOrEqualTo(3);
    // a static column: one value per customer, so every order shows when the latest was placed
    String latest = listed.get(0).get("placedAt").asString();
    assertThat(listed).allSatisfy((order) -> assertThat(order.get("lastOrderAt").asString()).isEqualTo(latest));
    JsonNode line = listed.get(0).get("lines").get(0);
    assertThat(line.get("sku").asString()).isEqualTo("shelf");
    assertThat(line.get("quantity").asInt()).isEqualTo(1);
    assertThat(listed.get(0).get("shipTo").get("city").asString()).isEqualTo("London");
  }

  @Test
  void anOrderConsumesItsReservations() {
    createUser("emil");
    createBook("once", 5);
    String reservation = reserve("once", "emil", 2).json().get("id").asString();
    assertThat(placeOrder("frank", reservation).status()).as("unknown user").isEqualTo(404);
    assertThat(placeOrder("emil", reservation).status()).isEqualTo(201);
    assertThat(this.api.get("/api/reservations/" + reservation).status()).isEqualTo(404);
    Response again = placeOrder("emil", reservation);
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().get("detail").asString()).contains("No reservation " + reservation);
  }

  @Test
  void anOrderChangesStatusOnlyFromTheExpectedOne() {
    createUser("gus");
    createBook("ship", 5);
    String path = "/api/users/gus/orders/"
        + placeOrder("gus", reserve("ship", "gus", 1).json().get("id").asString()).json().get("orderId").asString();
    assertThat(this.api.get(path).json().get("status").asString()).isEqualTo("PLACED");

    Response shipped = this.api.put(path + "/status", "{\"status\": \"SHIPPED\"}");
    assertThat(shipped.status()).isEqualTo(200);
    assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");

    Response cancel = this.api.put(path + "/status", "{\"status\": \"CANCELLED\"}");
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.json().get("detail").asString())
        .endsWith(" is SHIPPED: only a PLACED order can become CANCELLED");
    assertThat(this.api.put(path + "/status", "{\"status\": \"DELIVERED\"}").status()).isEqualTo(200);
    assertThat(this.api.put(path + "/status", "{\"status\": \"PLACED\"}").status()).isEqualTo(400);
    assertThat(this.api.put("/api/users/gus/orders/2ea806b0-e8be-11f1-a444-8fe4cd291a8f/status",
        "{\"status\": \"SHIPPED\"}").status()).isEqualTo(404);
  }

  @Test
  void invalidRequestsAre400WithTheFieldErrors() {
    Response user = this.api.post("/api/users", """
        {"username": "No Spaces", "email": "not-an-email", "displayName": ""}""");
    assertThat(user.status()).isEqualTo(400);
    assertThat(user.contentType()).isEqualTo("application/problem+json");
    assertThat(user.json().get("errors").properties()).extracting(Map.Entry::getKey)
        .containsExactly("displayName", "email", "username");

    Response product = this.api.post("/api/products", """
        {"kind": "book", "sku": "Bad SKU", "name": "x", "price": -1, "stock": 1, "author": "a"}""");
    assertThat(product.status()).isEqualTo(400);
    assertThat(product.json().get("errors").get("price").asString()).isEqualTo("must be greater than or equal to 0");
    assertThat(product.json().get("errors").has("sku")).isTrue();

    assertThat(this.api.post("/api/products", "{\"kind\": \"car\", \"sku\": \"x\"}").status()).isEqualTo(400);
    assertThat(this.api.post("/api/products", "{not json").status()).isEqualTo(400);
    Response size = this.api.get("/api/products?size=0");
    assertThat(size.status()).isEqualTo(400);
    assertThat(size.json().get("errors").get("size").asString()).isEqualTo("must be greater than or equal to 1");
    assertThat(this.api.get("/api/products?page=nonsense").status()).isEqualTo(400);
    assertThat(reserve("dune", "bob", 0).status()).isEqualTo(400);
    assertThat(this.api.post("/api/users/bob/orders", "{\"reservations\": []}").json().get("errors").size())
        .isEqualTo(2);
  }

  @Test
  void unknownThingsAre404() {
    for (String path : List.of("/api/products/nothing", "/api/users/nobody", "/api/users/nobody/orders",
        "/api/reservations/6f1c1d2e-0000-4000-8000-000000000000", "/api/nowhere")) {
      Response response = this.api.get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.contentType()).as(path).isEqualTo("application/problem+json");
      assertThat(response.json().get("title").asString()).isEqualTo("Not Found");
    }
  }

  private Response createUser(String username) {
    return this.api.post("/api/users", """
        {"username": "%s", "email": "%s@example.com", "displayName": "User %s"}""".formatted(username, username,
        username));
  }

  private Response createBook(String sku, int stock) {
    return this.api.post("/api/products", book(sku, stock));
  }

  private static String book(String sku, int stock) {
    return """
        {"kind": "book", "sku": "%s", "name": "Dune", "price": 12.50, "stock": %d, "tags": ["sf"],
         "author": "Frank Herbert", "pages": 612}""".formatted(sku, stock);
  }

  private Response reserve(String sku, String username, int quantity) {
    return this.api.post("/api/products/" + sku + "/reservations",
        "{\"username\": \"%s\", \"quantity\": %d}".formatted(username, quantity));
  }

  private Response placeOrder(String username, String reservation) {
    return this.api.post("/api/users/" + username + "/orders",
        "{\"reservations\": [\"%s\"], \"shipTo\": %s}".formatted(reservation, SHIP_TO));
  }

  private int stock(String sku) {
    return this.api.get("/api/products/" + sku).json().get("product").get("stock").asInt();
  }

  /** Follows {@code nextPage} until it is null, collecting the items; returns the number of pages read. */
  private int readAllPages(String firstPage, List<JsonNode> items) {
    int pages = 0;
    String path = firstPage;
    while (path != null) {
      Response page = this.api.get(path);
      assertThat(page.status()).isEqualTo(200);
      page.json().get("items").forEach(items::add);
      pages++;
      JsonNode next = page.json().get("nextPage");
      path = next.isNull() ? null : firstPage + "&page=" + next.asString();
    }
    return pages;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach((element) -> texts.add(element.asString()));
    return texts;
  }
}
