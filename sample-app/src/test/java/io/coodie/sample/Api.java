package io.coodie.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample's REST API over real HTTP, as curl would call it. */
final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Api(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A response: status, {@code Content-Type}, {@code Location} and the body as JSON (missing when empty). */
  record Response(int status, String contentType, String location, JsonNode json) {}

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
  }

  Response post(String path, String json) {
    return send(withJson(path, json).POST(BodyPublishers.ofString(json)));
  }

  Response put(String path, String json) {
    return send(withJson(path, json).PUT(BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder withJson(String path, String json) {
    return HttpRequest.newBuilder(URI.create(this.base + path)).header("Content-Type", "application/json");
  }

  private Response send(HttpRequest.Builder request) {
    try {
      var response = this.client.send(request.build(), BodyHandlers.ofString());
      String body = response.body();
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          body.isEmpty() ? JSON.missingNode() : JSON.readTree(body));
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }
}
