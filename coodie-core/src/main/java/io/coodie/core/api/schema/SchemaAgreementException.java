package io.coodie.core.api.schema;

/**
 * The nodes did not all report the same schema version within the agreement timeout after a DDL
 * statement. The statement itself was applied by its coordinator; the message lists each node's
 * version. Usually a node is overloaded or partitioned: check {@code nodetool describecluster}, or
 * raise the timeout with {@link SchemaManager.Builder#agreementTimeout}.
 */
public class SchemaAgreementException extends SchemaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the timeout and the versions seen per node
   */
  public SchemaAgreementException(String message) {
    super(message);
  }
}
