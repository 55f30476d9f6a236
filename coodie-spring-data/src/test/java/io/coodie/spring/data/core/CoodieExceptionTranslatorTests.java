package io.coodie.spring.data.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.TruncateException;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.QueryValidationException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Each driver and coodie exception maps to its Spring type, with the original as the cause. */
class CoodieExceptionTranslatorTests {

  private final CoodieExceptionTranslator translator = new CoodieExceptionTranslator();

  private void translates(RuntimeException thrown, Class<? extends DataAccessException> expected) {
    DataAccessException translated = this.translator.translateExceptionIfPossible(thrown);
    assertThat(translated).as(thrown.getClass().getSimpleName()).isExactlyInstanceOf(expected);
    assertThat(translated.getCause()).isSameAs(thrown);
  }

  @Test
  void driverExceptions() {
    translates(new AuthenticationException(null, "bad password"), PermissionDeniedDataAccessException.class);
    translates(new UnauthorizedException(null, "no SELECT"), PermissionDeniedDataAccessException.class);
    translates(new DriverTimeoutException("timed out"), QueryTimeoutException.class);
    translates(new ReadTimeoutException(null, DefaultConsistencyLevel.QUORUM, 1, 2, false),
        QueryTimeoutException.class);
    translates(new WriteTimeoutException(null, DefaultConsistencyLevel.QUORUM, 1, 2, WriteType.SIMPLE),
        QueryTimeoutException.class);
    translates(new UnavailableException(null, DefaultConsistencyLevel.QUORUM, 2, 1),
        TransientDataAccessResourceException.class);
    translates(new OverloadedException(null), TransientDataAccessResourceException.class);
    translates(new TruncateException(null, "truncate failed"), TransientDataAccessResourceException.class);
    translates(new NoNodeAvailableException(), DataAccessResourceFailureException.class);
    translates(new ReadFailureException(null, DefaultConsistencyLevel.ONE, 0, 1, 1, false, Map.of()),
        DataAccessResourceFailureException.class);
    translates(new SyntaxError(null, "line 1:0"), InvalidDataAccessApiUsageException.class);
    translates(new InvalidQueryException(null, "unconfigured table"), InvalidDataAccessApiUsageException.class);
    translates(new AlreadyExistsException(null, "ks", "t"), InvalidDataAccessResourceUsageException.class);
    translates(new UnknownDriverException(), CoodieUncategorizedException.class);
  }

  /** A driver exception of no known kind. */
  private static final class UnknownDriverException extends DriverException {
    private static final long serialVersionUID = 1L;

    UnknownDriverException() {
      super("something else", null, null, true);
    }

    @Override
    public DriverException copy() {
      return this;
    }
  }

  @Test
  void coodieExceptions() {
    translates(new LwtException("not applied", Map.of(), null), OptimisticLockingFailureException.class);
    translates(new QueryValidationException("needs allowFiltering()", true), InvalidDataAccessApiUsageException.class);
  }

  @Test
  void unwrapsCompletionExceptionsAndKeepsDataAccessExceptions() {
    InvalidQueryException cause = new InvalidQueryException(null, "unconfigured table");
    assertThat(this.translator.translateExceptionIfPossible(new CompletionException(cause)))
        .isInstanceOf(InvalidDataAccessApiUsageException.class).hasCause(cause);
    DuplicateKeyException duplicate = new DuplicateKeyException("taken");
    assertThat(this.translator.translateExceptionIfPossible(duplicate)).isSameAs(duplicate);
  }

  @Test
  void leavesOtherExceptionsAlone() {
    assertThat(this.translator.translateExceptionIfPossible(new IllegalArgumentException("null entity"))).isNull();
  }
}
