package io.coodie.spring.data.core;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.ConnectionInitException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.FunctionFailureException;
import com.datastax.oss.driver.api.core.servererrors.InvalidConfigurationInQueryException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.TruncateException;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteFailureException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.schema.SchemaException;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates the Cassandra driver's and coodie-core's exceptions to Spring's {@link DataAccessException} hierarchy,
 * along the lines of Spring Data Cassandra's translator (the original exception is the cause):
 *
 * <table>
 *   <caption>Translations</caption>
 *   <tr><th>Thrown</th><th>Translated to</th></tr>
 *   <tr><td>{@code AuthenticationException}, {@code UnauthorizedException}</td>
 *       <td>{@link PermissionDeniedDataAccessException}</td></tr>
 *   <tr><td>{@code DriverTimeoutException}, {@code ReadTimeoutException}, {@code WriteTimeoutException}</td>
 *       <td>{@link QueryTimeoutException}</td></tr>
 *   <tr><td>{@code UnavailableException}, {@code OverloadedException}, {@code BootstrappingException},
 *       {@code TruncateException}</td><td>{@link TransientDataAccessResourceException}</td></tr>
 *   <tr><td>{@code AllNodesFailedException} (no node available), connection failures, {@code ReadFailureException},
 *       {@code WriteFailureException}, {@code FunctionFailureException}</td>
 *       <td>{@link DataAccessResourceFailureException}</td></tr>
 *   <tr><td>{@code SyntaxError}, {@code InvalidQueryException}, {@code InvalidConfigurationInQueryException},
 *       coodie's {@link QueryValidationException}</td><td>{@link InvalidDataAccessApiUsageException}</td></tr>
 *   <tr><td>{@code AlreadyExistsException}, coodie's {@link SchemaException}</td>
 *       <td>{@link InvalidDataAccessResourceUsageException}</td></tr>
 *   <tr><td>coodie's {@link LwtException} (a condition that did not hold)</td>
 *       <td>{@link OptimisticLockingFailureException}; repositories throw {@code DuplicateKeyException} for a failed
 *       {@code @IfNotExists} insert</td></tr>
 *   <tr><td>any other driver exception</td><td>{@link CoodieUncategorizedException}</td></tr>
 * </table>
 *
 * Anything else (user code, {@code IllegalArgumentException}s) is not translated: {@code null}.
 */
public class CoodieExceptionTranslator implements PersistenceExceptionTranslator {

  @Override
  public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException exception) {
    RuntimeException ex = exception;
    while (ex instanceof CompletionException && ex.getCause() instanceof RuntimeException cause) {
      ex = cause;
    }
    if (ex instanceof DataAccessException dataAccess) {
      return dataAccess;
    }
    String message = String.valueOf(ex.getMessage());
    if (ex instanceof LwtException) {
      return new OptimisticLockingFailureException(message, ex);
    }
    if (ex instanceof QueryValidationException) {
      return new InvalidDataAccessApiUsageException(message, ex);
    }
    if (ex instanceof SchemaException) {
      return new InvalidDataAccessResourceUsageException(message, ex);
    }
    if (ex instanceof AuthenticationException || ex instanceof UnauthorizedException) {
      return new PermissionDeniedDataAccessException(message, ex);
    }
    if (ex instanceof DriverTimeoutException || ex instanceof ReadTimeoutException
        || ex instanceof WriteTimeoutException) {
      return new QueryTimeoutException(message, ex);
    }
    if (ex instanceof UnavailableException || ex instanceof OverloadedException
        || ex instanceof BootstrappingException || ex instanceof TruncateException) {
      return new TransientDataAccessResourceException(message, ex);
    }
    if (ex instanceof AllNodesFailedException || ex instanceof ConnectionInitException
        || ex instanceof ClosedConnectionException || ex instanceof BusyConnectionException
        || ex instanceof HeartbeatException || ex instanceof ReadFailureException
        || ex instanceof WriteFailureException || ex instanceof FunctionFailureException) {
      return new DataAccessResourceFailureException(message, ex);
    }
    if (ex instanceof AlreadyExistsException) {
      return new InvalidDataAccessResourceUsageException(message, ex);
    }
    if (ex instanceof SyntaxError || ex instanceof InvalidConfigurationInQueryException
        || ex instanceof InvalidQueryException) {
      return new InvalidDataAccessApiUsageException(message, ex);
    }
    if (ex instanceof DriverException) {
      return new CoodieUncategorizedException(message, ex);
    }
    return null;
  }
}
