package io.coodie.spring.data.auditing;

import io.coodie.spring.data.mapping.EntityConventions;
import io.coodie.spring.data.mapping.EntityProperty;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.auditing.CurrentDateTimeProvider;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;

/**
 * Fills the auditing properties of an entity before a repository writes it: {@code @CreatedDate} and
 * {@code @CreatedBy} only while they are null (a new entity; a value read from the table is never replaced, so a
 * later save does not change it), {@code @LastModifiedDate} and {@code @LastModifiedBy} on every write (also the first,
 * unless {@code modifyOnCreate} is false). Records are copied with the new values; classes are set in place.
 */
public final class CoodieAuditingHandler {

  private final Optional<AuditorAware<?>> auditorAware;
  private final DateTimeProvider dateTimeProvider;
  private final boolean setDates;
  private final boolean modifyOnCreate;

  /**
   * Creates the handler.
   *
   * @param auditorAware who is acting, for {@code @CreatedBy} and {@code @LastModifiedBy}
   * @param dateTimeProvider the current time ({@code CurrentDateTimeProvider.INSTANCE} by default)
   * @param setDates whether to set the date properties
   * @param modifyOnCreate whether the last-modified properties are set on creation too
   */
  public CoodieAuditingHandler(@Nullable AuditorAware<?> auditorAware, @Nullable DateTimeProvider dateTimeProvider,
      boolean setDates, boolean modifyOnCreate) {
    this.auditorAware = Optional.ofNullable(auditorAware);
    this.dateTimeProvider = dateTimeProvider == null ? CurrentDateTimeProvider.INSTANCE : dateTimeProvider;
    this.setDates = setDates;
    this.modifyOnCreate = modifyOnCreate;
  }

  /** A handler with the current time and no auditor. */
  public static CoodieAuditingHandler withDefaults() {
    return new CoodieAuditingHandler(null, null, true, true);
  }

  /**
   * The entity with its auditing properties filled.
   *
   * @param conventions the entity's conventions
   * @param entity the entity about to be written
   * @param <T> the entity type
   * @return the entity (a copy for a record)
   */
  public <T> T mark(EntityConventions conventions, T entity) {
    boolean created = conventions.createdDate().map((p) -> p.get(entity) == null).orElse(false)
        || conventions.createdBy().map((p) -> p.get(entity) == null).orElse(false);
    Instant now = now();
    Optional<Object> auditor = (conventions.createdBy().isPresent() || conventions.lastModifiedBy().isPresent())
        ? this.auditorAware.flatMap(AuditorAware::getCurrentAuditor).map(Object.class::cast) : Optional.empty();
    T result = entity;
    if (this.setDates && conventions.createdDate().isPresent() && conventions.createdDate().get().get(result) == null) {
      result = set(conventions.createdDate().get(), result, date(conventions.createdDate().get(), now));
    }
    if (conventions.createdBy().isPresent() && conventions.createdBy().get().get(result) == null
        && auditor.isPresent()) {
      result = set(conventions.createdBy().get(), result, auditor.get());
    }
    if (!created || this.modifyOnCreate) {
      if (this.setDates && conventions.lastModifiedDate().isPresent()) {
        result = set(conventions.lastModifiedDate().get(), result, date(conventions.lastModifiedDate().get(), now));
      }
      if (conventions.lastModifiedBy().isPresent() && auditor.isPresent()) {
        result = set(conventions.lastModifiedBy().get(), result, auditor.get());
      }
    }
    return result;
  }

  private Instant now() {
    TemporalAccessor now = this.dateTimeProvider.getNow().orElseGet(Instant::now);
    if (now instanceof Instant instant) {
      return instant;
    }
    if (now instanceof LocalDateTime local) {
      return local.atZone(ZoneId.systemDefault()).toInstant();
    }
    return Instant.from(now);
  }

  private static Object date(EntityProperty property, Instant now) {
    Class<?> type = property.type();
    if (type == LocalDateTime.class) {
      return LocalDateTime.ofInstant(now, ZoneId.systemDefault());
    }
    if (type == Date.class) {
      return Date.from(now);
    }
    if (type == long.class || type == Long.class) {
      return now.toEpochMilli();
    }
    return now;
  }

  private static <T> T set(EntityProperty property, T entity, Object value) {
    if (!property.type().isPrimitive() && !property.type().isInstance(value)) {
      throw new IllegalStateException(property.location() + ": the auditor " + value.getClass().getName()
          + " from the AuditorAware bean does not fit the property's type " + property.type().getName());
    }
    return property.with(entity, value);
  }
}
