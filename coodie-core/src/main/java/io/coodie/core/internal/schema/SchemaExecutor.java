package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import io.coodie.core.api.schema.SchemaException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes DDL steps one by one, waiting for schema agreement after each.
 *
 * <p>A step the server rejects with a validation error (e.g. {@code ALTER TABLE ... ADD} of a
 * column that now exists) counts as done when its convergence check passes on a refreshed schema:
 * another client applied the same change first. Any other failure stops the run with a {@link
 * SchemaException} naming the statement and those executed before it.
 */
final class SchemaExecutor {

  private static final Logger LOG = LoggerFactory.getLogger("io.coodie.core.schema");

  private final CqlSession session;
  private final Duration agreementTimeout;
  private final Duration ddlTimeout;

  SchemaExecutor(CqlSession session, Duration agreementTimeout, Duration ddlTimeout) {
    this.session = session;
    this.agreementTimeout = agreementTimeout;
    this.ddlTimeout = ddlTimeout;
  }

  /** Runs a single statement that needs no convergence check (keyspace and table drops, ...). */
  void execute(String cql) {
    execute(List.of(DdlStep.of(cql)));
  }

  /**
   * Runs the steps in order.
   *
   * @return the statements sent
   */
  List<String> execute(List<DdlStep> steps) {
    List<String> sent = new ArrayList<>();
    for (DdlStep step : steps) {
      SimpleStatement statement = SimpleStatement.newInstance(step.cql());
      if (ddlTimeout != null) {
        statement = statement.setTimeout(ddlTimeout);
      }
      sent.add(step.cql());
      try {
        session.execute(statement);
        LOG.info("Executed {}", step.cql());
      } catch (QueryValidationException e) {
        if (step.converged() == null || !step.converged().test(session.refreshSchema())) {
          throw failure(step, sent, e);
        }
        LOG.info("Already applied by another client: {} ({})", step.cql(), e.getMessage());
      } catch (DriverException e) {
        throw failure(step, sent, e);
      }
      SchemaAgreement.await(session, agreementTimeout);
    }
    return sent;
  }

  private static SchemaException failure(DdlStep step, List<String> sent, DriverException e) {
    List<String> before = sent.subList(0, sent.size() - 1);
    return new SchemaException(
        "Schema statement failed: " + step.cql() + "\n  " + e.getClass().getSimpleName() + ": "
            + e.getMessage()
            + (before.isEmpty()
                ? "\n  No statement was executed before it."
                : "\n  Executed before it:\n    " + String.join("\n    ", before)),
        e);
  }

  /** Waits for agreement without executing anything (before reading the schema). */
  void awaitAgreement() {
    SchemaAgreement.await(session, agreementTimeout);
  }
}
