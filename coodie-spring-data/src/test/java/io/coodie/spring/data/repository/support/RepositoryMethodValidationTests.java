package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.coodie.spring.data.repository.Consistency;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.IfNotExists;
import io.coodie.spring.data.repository.Iff;
import io.coodie.spring.data.repository.Query;
import io.coodie.spring.data.repository.Ttl;
import io.coodie.spring.data.testdomain.Product;
import io.coodie.spring.data.testdomain.Reading;
import io.coodie.spring.data.testdomain.ReadingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Repository methods coodie cannot implement fail when the repository is created, naming the method. */
class RepositoryMethodValidationTests {

  private final OfflineRepositories repositories = new OfflineRepositories();

  private void assertInvalid(Class<?> repository, String method, String... problem) {
    assertThatException().isThrownBy(() -> this.repositories.create(repository)).satisfies((ex) -> {
      Throwable cause = ex;
      while (cause != null && !(cause instanceof InvalidRepositoryMethodException)
          && !(cause instanceof IllegalStateException && cause.getMessage().startsWith(repository.getSimpleName()))) {
        cause = cause.getCause();
      }
      assertThat(cause).as("cause naming the problem, in %s", ex).isNotNull();
      assertThat(cause.getMessage()).startsWith(repository.getSimpleName() + method).contains(problem);
    });
  }

  interface OrRepository extends CoodieRepository<Product, String> {
    List<Product> findByCategoryOrName(String category, String name);
  }

  @Test
  void or() {
    assertInvalid(OrRepository.class, ".findByCategoryOrName(String, String): ", "Or is not supported");
  }

  interface UnknownPropertyRepository extends CoodieRepository<Product, String> {
    List<Product> findByColour(String colour);
  }

  @Test
  void unknownProperty() {
    assertInvalid(UnknownPropertyRepository.class, ".findByColour(String): ", "No property 'colour' found",
        "[sku, name, category, price, tags, attributes, description, active, version, stock]");
  }

  interface NeedsFilteringRepository extends CoodieRepository<Product, String> {
    List<Product> findByName(String name);
  }

  @Test
  void filteringOnAColumnThatIsNeitherKeyNorIndexedNeedsAllowFiltering() {
    assertInvalid(NeedsFilteringRepository.class, ".findByName(String): ", "Product.name needs an index or"
        + " allowFiltering()", "annotate it with @AllowFiltering");
  }

  interface ClusteringWithoutPartitionRepository extends CoodieRepository<Reading, ReadingId> {
    List<Reading> findByAtGreaterThan(Instant at);
  }

  @Test
  void clusteringColumnWithoutThePartitionKeyNeedsAllowFiltering() {
    assertInvalid(ClusteringWithoutPartitionRepository.class, ".findByAtGreaterThan(Instant): ",
        "without the whole partition key", "@AllowFiltering");
  }

  interface OrderByRegularColumnRepository extends CoodieRepository<Reading, ReadingId> {
    List<Reading> findBySensorOrderByValueDesc(String sensor);
  }

  @Test
  void orderByANonClusteringColumn() {
    assertInvalid(OrderByRegularColumnRepository.class, ".findBySensorOrderByValueDesc(String): ",
        "only clustering columns [at] can be ordered by");
  }

  interface IgnoreCaseRepository extends CoodieRepository<Product, String> {
    List<Product> findByCategoryIgnoreCase(String category);
  }

  @Test
  void ignoreCase() {
    assertInvalid(IgnoreCaseRepository.class, ".findByCategoryIgnoreCase(String): ", "IgnoreCase is not supported");
  }

  interface IsNullRepository extends CoodieRepository<Product, String> {
    List<Product> findByCategoryIsNull();
  }

  @Test
  void unsupportedKeyword() {
    assertInvalid(IsNullRepository.class, ".findByCategoryIsNull(): ", "the keyword IsNull (on category) is not"
        + " supported", "Use @Query");
  }

  interface MalformedIffRepository extends CoodieRepository<Product, String> {
    @Iff("version == :expected")
    boolean updateIfVersion(Product product, long expected);
  }

  @Test
  void malformedIff() {
    assertInvalid(MalformedIffRepository.class, ".updateIfVersion(Product, long): ",
        "cannot read the condition 'version == :expected'", "property op :parameter");
  }

  interface IffUnknownPropertyRepository extends CoodieRepository<Product, String> {
    @Iff("colour = :expected")
    boolean updateIfColour(Product product, String expected);
  }

  @Test
  void iffOnAnUnknownProperty() {
    assertInvalid(IffUnknownPropertyRepository.class, ".updateIfColour(Product, String): ",
        "names the property 'colour', which Product does not map");
  }

  interface IffUnknownParameterRepository extends CoodieRepository<Product, String> {
    @Iff("version = :wanted")
    boolean updateIfVersion(Product product, long expected);
  }

  @Test
  void iffOnAnUnknownParameter() {
    assertInvalid(IffUnknownParameterRepository.class, ".updateIfVersion(Product, long): ",
        "uses :wanted but the method has no such parameter (it has [product, expected]");
  }

  interface IffOnKeyRepository extends CoodieRepository<Product, String> {
    @Iff("sku = :sku")
    boolean updateIfSku(Product product, String sku);
  }

  @Test
  void iffOnAKeyColumn() {
    assertInvalid(IffOnKeyRepository.class, ".updateIfSku(Product, String): ", "primary key property 'sku'");
  }

  interface TtlOnReadRepository extends CoodieRepository<Product, String> {
    @Ttl(5)
    List<Product> findByCategory(String category);
  }

  @Test
  void ttlOnARead() {
    assertInvalid(TtlOnReadRepository.class, ".findByCategory(String): ", "apply to writes, and this is a read");
  }

  interface IfNotExistsOnUpdateRepository extends CoodieRepository<Product, String> {
    @IfNotExists
    boolean updateIfAbsent(Product product);
  }

  @Test
  void ifNotExistsOnAnUpdate() {
    assertInvalid(IfNotExistsOnUpdateRepository.class, ".updateIfAbsent(Product): ",
        "@IfNotExists applies to insert methods");
  }

  interface PageRepository extends CoodieRepository<Product, String> {
    Page<Product> findByCategory(String category, Pageable pageable);
  }

  @Test
  void pageIsNotSupported() {
    assertInvalid(PageRepository.class, ".findByCategory(String, Pageable): ", "return type Page<Product> is not"
        + " supported");
  }

  interface ProjectionRepository extends CoodieRepository<Product, String> {
    List<String> findByCategory(String category);
  }

  @Test
  void projectionsAreNotSupported() {
    assertInvalid(ProjectionRepository.class, ".findByCategory(String): ", "return type List<String> is not"
        + " supported");
  }

  interface SliceWithoutPageableRepository extends CoodieRepository<Product, String> {
    Slice<Product> findByCategory(String category);
  }

  @Test
  void sliceNeedsAPageable() {
    assertInvalid(SliceWithoutPageableRepository.class, ".findByCategory(String): ", "needs a Pageable parameter");
  }

  interface TooManyParametersRepository extends CoodieRepository<Product, String> {
    List<Product> findByCategory(String category, String other);
  }

  @Test
  void parametersMustMatchTheName() {
    assertInvalid(TooManyParametersRepository.class, ".findByCategory(String, String): ",
        "needs 1 argument(s) but the method has 2");
  }

  interface QueryUnknownParameterRepository extends CoodieRepository<Product, String> {
    @Query("SELECT * FROM products WHERE sku = :sku")
    Optional<Product> bySku(String id);
  }

  @Test
  void queryWithAnUnknownNamedParameter() {
    assertInvalid(QueryUnknownParameterRepository.class, ".bySku(String): ", "@Query uses :sku but no parameter has"
        + " that name");
  }

  interface QueryMixedMarkersRepository extends CoodieRepository<Product, String> {
    @Query("SELECT * FROM products WHERE sku = :sku AND category = ?0")
    Optional<Product> bySku(String sku);
  }

  @Test
  void queryWithMixedMarkers() {
    assertInvalid(QueryMixedMarkersRepository.class, ".bySku(String): ", "Mixed parameter styles");
  }

  interface UnusedWriteParameterRepository extends CoodieRepository<Product, String> {
    void insertTagged(Product product, String tag);
  }

  @Test
  void writeMethodWithAnUnusedParameter() {
    assertInvalid(UnusedWriteParameterRepository.class, ".insertTagged(Product, String): ",
        "the parameter 'tag' is not used");
  }

  interface AnnotatedBaseReadRepository extends CoodieRepository<Product, String> {
    @Consistency(DefaultConsistencyLevel.QUORUM)
    @Override
    List<Product> findAll();
  }

  @Test
  void annotationsOnARedeclaredReadMethod() {
    assertInvalid(AnnotatedBaseReadRepository.class, ".findAll(): ", "apply to save, insert, update, delete and"
        + " deleteById only");
  }

  interface WrongIdRepository extends CoodieRepository<Reading, String> {}

  @Test
  void idTypeThatDoesNotFitTheKey() {
    assertInvalid(WrongIdRepository.class, ": ", "The ID type java.lang.String does not fit the composite primary key"
        + " [sensor, at]", "or MapId");
  }
}
