package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a read of a query's rows, page by page, sends and how each row becomes an entity: the bound statement of a
 * prepared shape, and the decoding (with change tracking, and coodie's own filters) of {@code list()} and
 * {@code stream()}. The reactive queries fetch its pages on demand. Holds no Reactor type.
 *
 * @param <T> the entity type
 */
public final class RowSource<T> {

  private final CqlSession session;
  private final BoundStatement statement;
  private final Function<Row, @Nullable T> decoder;
  private final @Nullable Integer cap;

  RowSource(CqlSession session, BoundStatement statement, Function<Row, @Nullable T> decoder,
      @Nullable Integer cap) {
    this.session = session;
    this.statement = statement;
    this.decoder = decoder;
    this.cap = cap;
  }

  /** Sends the statement: its first page, asynchronously; the others through {@link AsyncResultSet#fetchNextPage}. */
  public CompletionStage<AsyncResultSet> firstPage() {
    return session.executeAsync(statement);
  }

  /** The statement sent (for tests and logs). */
  public BoundStatement statement() {
    return statement;
  }

  /**
   * The entity of a row, tracked unless the query is untracked; null for a row coodie filters out itself (one of a
   * sibling subtype, or one {@code ne} excludes).
   */
  public @Nullable T decode(Row row) {
    return decoder.apply(row);
  }

  /**
   * The number of entities to stop after, when coodie filters rows itself (the query's limit then applies after
   * that filter, so it is not sent); null when the server applies the limit, or there is none.
   */
  public @Nullable Integer cap() {
    return cap;
  }
}
