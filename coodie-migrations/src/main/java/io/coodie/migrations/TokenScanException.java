package io.coodie.migrations;

/** The consumer of a {@link TokenRangeScan} threw; the scan stopped. {@link #resumeToken()} tells where to go on. */
public class TokenScanException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final long resumeToken;
  private final long rows;

  TokenScanException(String message, long resumeToken, long rows, Throwable cause) {
    super(message, cause);
    this.resumeToken = resumeToken;
    this.rows = rows;
  }

  /**
   * The token of the last partition whose rows were all consumed: pass it to {@link TokenRangeScan#fromToken(long)}.
   *
   * @return the token
   */
  public long resumeToken() {
    return resumeToken;
  }

  /**
   * How many rows were consumed before the failure.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }
}
