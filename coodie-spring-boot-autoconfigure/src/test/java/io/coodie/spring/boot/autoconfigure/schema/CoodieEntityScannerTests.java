package io.coodie.spring.boot.autoconfigure.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.spring.boot.autoconfigure.schema.scan.Animal;
import io.coodie.spring.boot.autoconfigure.schema.scan.Plain;
import io.coodie.spring.boot.autoconfigure.schema.scan.Shape;
import io.coodie.spring.boot.autoconfigure.schema.scan.nested.Deep;
import io.coodie.spring.boot.autoconfigure.testdomain.PageViews;
import io.coodie.spring.boot.autoconfigure.testdomain.Product;
import io.coodie.spring.boot.autoconfigure.testdomain.Reading;
import io.coodie.spring.boot.autoconfigure.testdomain.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

class CoodieEntityScannerTests {

  private final CoodieEntityScanner scanner =
      new CoodieEntityScanner(new DefaultResourceLoader(), new StandardEnvironment());

  @Test
  void findsTableClassesRecordsAndInterfacesInSubPackagesSortedByName() {
    assertThat(this.scanner.scan(List.of(Shape.class.getPackageName())))
        .containsExactly(Animal.class, Plain.class, Shape.class, Deep.class);
  }

  @Test
  void scansEveryPackage() {
    assertThat(this.scanner.scan(List.of(Deep.class.getPackageName(), Product.class.getPackageName())))
        .containsExactlyInAnyOrder(Deep.class, PageViews.class, Product.class, Reading.class, Token.class);
  }

  @Test
  void findsNothingInAPackageWithoutEntities() {
    assertThat(this.scanner.scan(List.of("io.coodie.spring.boot.autoconfigure.badrepository"))).isEmpty();
  }
}
