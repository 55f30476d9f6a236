package io.coodie.core.reactive;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.fixtures.Product;
import io.coodie.test.support.OfflineSession;
import java.util.UUID;
import java.util.function.Function;

/** What {@link WithoutReactorTest} runs in a class loader without Reactor: coodie used without its reactive API. */
public final class WithoutReactorApp implements Function<String, String> {

  private final Coodie coodie = Coodie.create(OfflineSession.create());

  @Override
  public String apply(String phase) {
    if (phase.equals("reactive")) {
      try {
        coodie.reactive();
        return "no failure";
      } catch (RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }
    EntityOperations<Product> products = coodie.entity(Product.class);
    Product hat = Product.named(UUID.randomUUID(), "hat");
    expectOffline(() -> products.insert(hat));
    expectOffline(() -> products.get(hat.id()));
    products.getAsync(hat.id()).toCompletableFuture().handle((v, e) -> e).join();
    products.saveAsync(hat).toCompletableFuture().handle((v, e) -> e).join();
    coodie.batch().insert(hat).executeAsync().toCompletableFuture().handle((v, e) -> e).join();
    expectOffline(() -> products.query().where("name").eq("hat").allowFiltering().list());
    return products.query().only().where("id").eq(hat.id()).limit(1).cql();
  }

  private static void expectOffline(Runnable call) {
    try {
      call.run();
      throw new AssertionError("expected the offline session to fail");
    } catch (IllegalStateException expected) {
      // "... needs Cassandra"
    }
  }
}
