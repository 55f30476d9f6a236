package io.coodie.test.spring;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Leaves every scanned component out of a {@link DataCoodieTest} unless its filters include it. */
final class DataCoodieTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DataCoodieTest> {

  DataCoodieTypeExcludeFilter(Class<?> testClass) {
    super(testClass);
  }
}
