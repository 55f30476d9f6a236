package io.coodie.core.api.schema;

import java.util.List;

/**
 * Thrown by {@link SchemaManager#sync} with {@link SchemaAction#VALIDATE} when the live schema does
 * not match the entities. Lists every difference at once, not only the first; nothing was
 * changed.
 */
public class SchemaValidationException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final List<String> differences;

  /**
   * Creates the exception.
   *
   * @param differences every difference found, each a complete sentence naming the object
   */
  public SchemaValidationException(List<String> differences) {
    super(message(differences));
    this.differences = List.copyOf(differences);
  }

  /**
   * Every difference found.
   *
   * @return the differences, in the order they were found
   */
  public List<String> differences() {
    return differences;
  }

  private static String message(List<String> differences) {
    StringBuilder out =
        new StringBuilder("The database schema does not match the entities (")
            .append(differences.size())
            .append(differences.size() == 1 ? " difference" : " differences")
            .append("); run a sync with SchemaAction.UPDATE to apply the additive ones:");
    differences.forEach(d -> out.append("\n  - ").append(d));
    return out.toString();
  }
}
