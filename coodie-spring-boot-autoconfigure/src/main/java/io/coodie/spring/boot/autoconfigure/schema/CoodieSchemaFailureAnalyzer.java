package io.coodie.spring.boot.autoconfigure.schema;

import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAgreementException;
import io.coodie.core.api.schema.SchemaException;
import io.coodie.core.api.schema.SchemaValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on the schema: the schema error itself (not the beans whose creation it
 * interrupted), and what to do about it.
 */
class CoodieSchemaFailureAnalyzer extends AbstractFailureAnalyzer<SchemaException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SchemaException cause) {
    String action;
    if (cause instanceof SchemaValidationException) {
      action = "Apply the differences (coodie.schema.action=update, or your migration tool), or change the entities"
          + " to match the database. Run with coodie.schema.dry-run=true to see the DDL coodie would execute.";
    } else if (cause instanceof IncompatibleSchemaException) {
      action = "Cassandra cannot make these changes in place: migrate the data to a new table or type, or, in"
          + " development and tests only, use coodie.schema.action=recreate (which deletes the data).";
    } else if (cause instanceof SchemaAgreementException) {
      action = "Check that every node is up and reachable (nodetool describecluster), then restart the application.";
    } else {
      action = "Check spring.cassandra.keyspace-name (the keyspace must exist; coodie.keyspace.create=true creates it)"
          + " and the"
          + " entities named above, or set coodie.schema.action=none to leave the schema alone.";
    }
    String description = cause.getMessage();
    if (cause instanceof IncompatibleSchemaException incompatible && incompatible.plan().isPresent()
        && !incompatible.plan().get().isEmpty()) {
      description += "\nThe rest of the plan, not executed either:\n  "
          + String.join("\n  ", incompatible.plan().get().statements());
    }
    return new FailureAnalysis("coodie could not synchronise the schema of the mapped entities at start-up"
        + " (coodie.schema.*):\n\n" + description, action, cause);
  }
}
