package io.coodie.spring.data.repository.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslationInterceptor;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;

/**
 * Translates what repository methods throw to Spring's {@code DataAccessException} hierarchy, with Spring's
 * {@link PersistenceExceptionTranslationInterceptor} (outermost, so it sees every method: CRUD, queries, re-declared
 * writes) and, for methods returning a {@code CompletableFuture}, by completing the future with the translated
 * exception.
 */
final class ExceptionTranslationPostProcessor implements RepositoryProxyPostProcessor {

  private final PersistenceExceptionTranslator translator;

  ExceptionTranslationPostProcessor(PersistenceExceptionTranslator translator) {
    this.translator = translator;
  }

  @Override
  public void postProcess(ProxyFactory factory, RepositoryInformation repositoryInformation) {
    PersistenceExceptionTranslationInterceptor interceptor = new PersistenceExceptionTranslationInterceptor(
        this.translator);
    interceptor.setAlwaysTranslate(true);
    factory.addAdvice(interceptor);
    factory.addAdvice(new FutureTranslation(this.translator));
  }

  private record FutureTranslation(PersistenceExceptionTranslator translator) implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      Object result = invocation.proceed();
      if (!(result instanceof CompletionStage<?> stage)) {
        return result;
      }
      CompletableFuture<Object> translated = new CompletableFuture<>();
      stage.whenComplete((value, failure) -> {
        if (failure == null) {
          translated.complete(value);
          return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        DataAccessException dae = cause instanceof RuntimeException runtime
            ? this.translator.translateExceptionIfPossible(runtime) : null;
        translated.completeExceptionally(dae != null ? dae : cause);
      });
      return translated;
    }
  }
}
