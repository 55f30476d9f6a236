package io.coodie.test.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps a {@link DataCoodieTest}: its own keyspace, created with the entities' tables, then the annotation's
 * properties (which win).
 */
final class DataCoodieTestContextBootstrapper extends TestSliceTestContextBootstrapper<DataCoodieTest> {

  @Override
  protected String[] getProperties(Class<?> testClass) {
    List<String> properties = new ArrayList<>();
    properties.add("spring.cassandra.keyspace-name=" + keyspaceOf(testClass));
    properties.add("coodie.keyspace.create=true");
    properties.add("coodie.schema.action=recreate");
    String[] own = super.getProperties(testClass);
    if (own != null) {
      properties.addAll(List.of(own));
    }
    return properties.toArray(String[]::new);
  }

  /** {@code coodie_} and the simple name of the (outermost) test class, lower case, at most 48 characters. */
  static String keyspaceOf(Class<?> testClass) {
    Class<?> outer = testClass;
    while (outer.getEnclosingClass() != null) {
      outer = outer.getEnclosingClass();
    }
    String name = "coodie_" + outer.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return name.substring(0, Math.min(name.length(), 48));
  }
}
