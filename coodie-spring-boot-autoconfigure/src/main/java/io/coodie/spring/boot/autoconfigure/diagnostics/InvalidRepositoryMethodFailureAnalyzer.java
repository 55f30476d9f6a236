package io.coodie.spring.boot.autoconfigure.diagnostics;

import io.coodie.spring.data.repository.support.InvalidRepositoryMethodException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a repository method coodie cannot implement: the method and the problem, not the bean creation chain the
 * exception is buried in.
 */
class InvalidRepositoryMethodFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRepositoryMethodException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidRepositoryMethodException cause) {
    String declaring = cause.getMethod().getDeclaringClass().getName();
    return new FailureAnalysis("coodie cannot implement a method of repository " + declaring + ":\n\n  "
        + cause.getMessage(), "Change or remove " + InvalidRepositoryMethodException.describe(cause.getMethod())
        + " as the message says (derived queries join parts with And only; what they cannot express can be a"
        + " @Query method with its CQL), or move the repository out of the scanned packages.",
        cause);
  }
}
