package io.coodie.spring.data.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.spring.data.auditing.CoodieAuditingHandler;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.IfNotExists;
import io.coodie.spring.data.repository.support.CoodieRepositoryFactory;
import io.coodie.spring.data.repository.support.InvalidRepositoryMethodException;
import io.coodie.test.support.OfflineSession;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.AccessType;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.annotation.Version;

/**
 * Spring Data annotations coodie does not honour fail repository creation with a message naming the class, the
 * property and the annotation, and saying what to do; the honoured ones are accepted.
 */
class SpringDataAnnotationRefusalTests {

  private static final Coodie COODIE = Coodie.create(OfflineSession.create());

  private static String name(Class<?> type) {
    return type.getName();
  }

  /** The message of the refusal creating a repository of {@code repository}. */
  private static Throwable refusal(Class<?> repository, CoodieAuditingHandler auditing) {
    CoodieRepositoryFactory factory = new CoodieRepositoryFactory(COODIE);
    factory.setAuditingHandler(auditing);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> factory.getRepository(repository));
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof UnsupportedMappingAnnotationException)
        && !(cause instanceof InvalidRepositoryMethodException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("refusal of " + repository.getSimpleName() + " in " + thrown).isNotNull();
    return cause;
  }

  private static String message(Class<?> repository) {
    return refusal(repository, null).getMessage();
  }

  @Table
  record Creator(@PartitionKey String id, String name) {
    @PersistenceCreator
    Creator {
    }
  }

  interface CreatorRepository extends CoodieRepository<Creator, String> {}

  @Test
  void persistenceCreator() {
    assertThat(message(CreatorRepository.class)).isEqualTo(name(Creator.class) + " (constructor):"
        + " @org.springframework.data.annotation.PersistenceCreator is not supported: coodie creates records through"
        + " their canonical constructor and classes through their no-argument constructor; remove"
        + " @PersistenceCreator.");
  }

  @Table
  record IdOnANonKey(@PartitionKey String sku, @Id String name) {}

  interface IdOnANonKeyRepository extends CoodieRepository<IdOnANonKey, String> {}

  @Table
  record IdOnTheKey(@Id @PartitionKey String sku, String name) {}

  interface IdOnTheKeyRepository extends CoodieRepository<IdOnTheKey, String> {}

  @Table
  record IdInACompositeKey(@Id @PartitionKey String sensor, @ClusteringColumn Instant at) {}

  interface IdInACompositeKeyRepository extends CoodieRepository<IdInACompositeKey, io.coodie.spring.data.repository.MapId> {}

  @Test
  void idIsAcceptedOnTheSinglePrimaryKeyColumnOnly() {
    assertThat(message(IdOnANonKeyRepository.class)).isEqualTo(name(IdOnANonKey.class) + ".name:"
        + " @org.springframework.data.annotation.Id is not supported: coodie's primary key is declared with"
        + " @PartitionKey and @ClusteringColumn (io.coodie.core.api.mapping); @Id may stay only on the entity's"
        + " single primary key column (sku).");
    assertThat(message(IdInACompositeKeyRepository.class)).isEqualTo(name(IdInACompositeKey.class) + ".sensor:"
        + " @org.springframework.data.annotation.Id is not supported: coodie's primary key is declared with"
        + " @PartitionKey and @ClusteringColumn (io.coodie.core.api.mapping); @Id may stay only on the entity's"
        + " single primary key column; this entity's key has 2 columns [sensor, at].");
    CoodieRepositoryFactory factory = new CoodieRepositoryFactory(COODIE);
    assertThat(factory.getRepository(IdOnTheKeyRepository.class)).isNotNull();
  }

  @Table
  record Audited(@PartitionKey String id, @CreatedDate Instant created) {}

  interface AuditedRepository extends CoodieRepository<Audited, String> {}

  @Test
  void auditingAnnotationsNeedEnableCoodieAuditing() {
    assertThat(message(AuditedRepository.class)).isEqualTo(name(Audited.class) + ".created:"
        + " @org.springframework.data.annotation.CreatedDate is not supported: auditing is not enabled; add"
        + " @EnableCoodieAuditing to a @Configuration class (with an AuditorAware bean for @CreatedBy and"
        + " @LastModifiedBy).");
    CoodieRepositoryFactory factory = new CoodieRepositoryFactory(COODIE);
    factory.setAuditingHandler(CoodieAuditingHandler.withDefaults());
    assertThat(factory.getRepository(AuditedRepository.class)).isNotNull();
  }

  @Table
  record BadDate(@PartitionKey String id, @CreatedDate LocalDate created, @LastModifiedBy String by) {}

  interface BadDateRepository extends CoodieRepository<BadDate, String> {}

  @Test
  void auditDatesOfAnUnsupportedType() {
    assertThat(refusal(BadDateRepository.class, CoodieAuditingHandler.withDefaults()).getMessage())
        .isEqualTo(name(BadDate.class) + ".created: @org.springframework.data.annotation.CreatedDate is not"
            + " supported: the property is a java.time.LocalDate; use Instant, LocalDateTime, java.util.Date or"
            + " a Long of epoch milliseconds.");
  }

  @Table
  record TextVersion(@PartitionKey String id, @Version String version) {}

  interface TextVersionRepository extends CoodieRepository<TextVersion, String> {}

  @Table
  record KeyVersion(@PartitionKey @Version Long id, String name) {}

  interface KeyVersionRepository extends CoodieRepository<KeyVersion, Long> {}

  @Table
  record Versioned(@PartitionKey String id, @Version Long version) {}

  interface ConditionalVersionedRepository extends CoodieRepository<Versioned, String> {
    @IfNotExists
    boolean insertIfAbsent(Versioned versioned);
  }

  @Test
  void versionMustBeANumericRegularColumnAndOwnsTheWritesConditions() {
    assertThat(message(TextVersionRepository.class)).isEqualTo(name(TextVersion.class) + ".version:"
        + " @org.springframework.data.annotation.Version is not supported: the version is a java.lang.String; use"
        + " long, Long, int or Integer.");
    assertThat(message(KeyVersionRepository.class)).isEqualTo(name(KeyVersion.class) + ".id:"
        + " @org.springframework.data.annotation.Version is not supported: the version must be a regular column, not"
        + " a primary key column.");
    assertThat(message(ConditionalVersionedRepository.class)).isEqualTo("ConditionalVersionedRepository"
        + ".insertIfAbsent(Versioned): @IfNotExists, @IfExists and @Iff do not apply: Versioned has a @Version"
        + " property, and its writes are conditional on the version already (insert IF NOT EXISTS, update and delete"
        + " IF version = ?)");
  }

  @Table
  record ReadOnly(@PartitionKey String id, @ReadOnlyProperty String computed) {}

  interface ReadOnlyRepository extends CoodieRepository<ReadOnly, String> {}

  @Table
  @TypeAlias("alias")
  record Aliased(@PartitionKey String id) {}

  interface AliasedRepository extends CoodieRepository<Aliased, String> {}

  @Table
  @AccessType(AccessType.Type.PROPERTY)
  record PropertyAccess(@PartitionKey String id) {}

  interface PropertyAccessRepository extends CoodieRepository<PropertyAccess, String> {}

  @Test
  void readOnlyPropertyTypeAliasAndPropertyAccess() {
    assertThat(message(ReadOnlyRepository.class)).isEqualTo(name(ReadOnly.class) + ".computed:"
        + " @org.springframework.data.annotation.ReadOnlyProperty is not supported: coodie writes every mapped"
        + " property; mark it @Transient to keep it out of the table, or remove @ReadOnlyProperty.");
    assertThat(message(AliasedRepository.class)).isEqualTo(name(Aliased.class) + ":"
        + " @org.springframework.data.annotation.TypeAlias is not supported: coodie's polymorphism uses @Subtypes and"
        + " @DiscriminatorValue (io.coodie.core.api.mapping).");
    assertThat(message(PropertyAccessRepository.class)).isEqualTo(name(PropertyAccess.class) + ":"
        + " @org.springframework.data.annotation.AccessType is not supported: coodie reads and writes fields (and"
        + " record components); only @AccessType(FIELD) is accepted.");
  }

  @Table
  static class TransientOnASetter {
    @PartitionKey String id;
    String cache;

    @Transient
    void setCache(String cache) {
      this.cache = cache;
    }
  }

  interface TransientOnASetterRepository extends CoodieRepository<TransientOnASetter, String> {}

  @Test
  void aTransientThatCoodieWouldNotHonourIsRefused() {
    assertThat(message(TransientOnASetterRepository.class)).isEqualTo(name(TransientOnASetter.class)
        + ".cache (setCache()): @org.springframework.data.annotation.Transient is not supported: coodie excludes a"
        + " property marked on its field, record component or getter (getX()/isX() next to the field), and this one"
        + " is still mapped; move the annotation there.");
  }

  @Table
  record CassandraMapped(@PartitionKey String id,
      @org.springframework.data.cassandra.core.mapping.Column("full_name") String name) {}

  interface CassandraMappedRepository extends CoodieRepository<CassandraMapped, String> {}

  @Table
  @org.springframework.data.cassandra.core.mapping.Table("things")
  record CassandraTable(@PartitionKey String id) {}

  interface CassandraTableRepository extends CoodieRepository<CassandraTable, String> {}

  @Test
  void springDataCassandrasMappingAnnotationsAreRefused() {
    assertThat(message(CassandraMappedRepository.class)).isEqualTo(name(CassandraMapped.class) + ".name:"
        + " @org.springframework.data.cassandra.core.mapping.Column is not supported: this is Spring Data"
        + " Cassandra's mapping annotation, which coodie does not read; use io.coodie.core.api.mapping.Column.");
    assertThat(message(CassandraTableRepository.class)).isEqualTo(name(CassandraTable.class) + ":"
        + " @org.springframework.data.cassandra.core.mapping.Table is not supported: this is Spring Data"
        + " Cassandra's mapping annotation, which coodie does not read; use io.coodie.core.api.mapping.Table.");
  }

  @Test
  void theRefusalIsAMappingExceptionOfCoodieCore() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> new CoodieRepositoryFactory(COODIE).getRepository(AliasedRepository.class))
        .withMessageStartingWith("AliasedRepository: " + name(Aliased.class) + ": @org.springframework.data")
        .havingCause().isInstanceOf(io.coodie.core.api.MappingException.class);
  }
}
