package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.spring.data.testdomain.Product;
import io.coodie.test.support.OfflineSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * The calls a derived query makes on coodie-core's query API, with their values: what the rendered CQL (markers only)
 * cannot show, such as the value {@code True} and {@code False} bind.
 */
class CoodieQueryCreatorTests {

  private static final EntityMetadata<Product> PRODUCT =
      Coodie.create(OfflineSession.create()).entity(Product.class).metadata();

  /** A query API stand-in recording each call ({@code where(active)}, {@code eq(true)}) and returning itself. */
  private static final class Recorder {
    final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    <Q> Q proxy(Class<Q> type) {
      return (Q) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
        if (method.getDeclaringClass() == Object.class) {
          return switch (method.getName()) {
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "recorder";
          };
        }
        this.calls.add(method.getName() + "(" + (args == null ? ""
            : Arrays.stream(args).map(Recorder::show).collect(Collectors.joining(", "))) + ")");
        Class<?> returned = method.getReturnType();
        return returned.isInterface() ? proxy(returned) : null;
      });
    }

    private static String show(Object value) {
      return value instanceof String s ? "'" + s + "'" : value instanceof Object[] a ? Arrays.toString(a)
          : String.valueOf(value);
    }
  }

  /** The calls the derived query {@code method} makes, binding {@code arguments}. */
  private static List<String> calls(String method, Object... arguments) {
    Recorder recorder = new Recorder();
    PartTree tree = new PartTree(method, Product.class);
    Query<Product> base = recorder.proxy(Query.class);
    if (arguments.length == 0) {
      new CoodieQueryCreator<>(tree, base, PRODUCT).createQuery();
    } else {
      new CoodieQueryCreator<>(tree, new ParametersParameterAccessor(parameters(method, arguments.length), arguments),
          base, PRODUCT).createQuery();
    }
    return recorder.calls;
  }

  private static org.springframework.data.repository.query.Parameters<?, ?> parameters(String name, int count) {
    for (java.lang.reflect.Method m : io.coodie.spring.data.testdomain.ProductRepository.class
        .getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == count) {
        return new org.springframework.data.repository.query.DefaultParameters(
            org.springframework.data.repository.query.ParametersSource.of(m));
      }
    }
    throw new AssertionError("no ProductRepository." + name + " with " + count + " parameters");
  }

  @Test
  void trueAndFalseBindTrueAndFalse() {
    assertThat(calls("findByActiveTrue")).containsExactly("where('active')", "eq(true)");
    assertThat(calls("findByActiveFalse")).containsExactly("where('active')", "eq(false)");
    assertThat(calls("findByCategoryAndActiveTrue", "c"))
        .containsExactly("where('category')", "eq('c')", "where('active')", "eq(true)");
  }

  @Test
  void theCallsArgumentsAreBoundToTheirKeyword() {
    assertThat(calls("findByPriceLessThan", 5)).containsExactly("where('price')", "lt(5)");
    assertThat(calls("findByPriceLessThanEqual", 5)).containsExactly("where('price')", "lte(5)");
    assertThat(calls("findByPriceGreaterThan", 5)).containsExactly("where('price')", "gt(5)");
    assertThat(calls("findByPriceGreaterThanEqual", 5)).containsExactly("where('price')", "gte(5)");
    assertThat(calls("findByPriceBetween", 1, 9))
        .containsExactly("where('price')", "gte(1)", "where('price')", "lte(9)");
    assertThat(calls("findBySkuIn", List.of("a", "b"))).containsExactly("where('sku')", "in([a, b])");
    assertThat(calls("findByTagsContaining", "t")).containsExactly("where('tags')", "contains('t')");
    assertThat(calls("findByDescriptionContaining", "t")).containsExactly("where('description')", "like('%t%')");
    assertThat(calls("findByDescriptionStartingWith", "t")).containsExactly("where('description')", "like('t%')");
    assertThat(calls("findByDescriptionLike", "t%")).containsExactly("where('description')", "like('t%')");
    assertThat(calls("findByCategoryAndNameNot", "c", "n"))
        .containsExactly("where('category')", "eq('c')", "where('name')", "ne('n')");
  }

  @Test
  void placeholdersStandForTheArgumentsAtStartUp() {
    assertThat(calls("findByPriceLessThan")).containsExactly("where('price')", "lt('placeholder')");
    assertThat(calls("findBySkuIn")).containsExactly("where('sku')", "in([placeholder])");
  }
}
