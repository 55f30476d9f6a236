package io.coodie.spring.data.repository.support;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A repository method coodie cannot implement: an unsupported keyword or return type, an unknown property, a query
 * that needs {@code ALLOW FILTERING} without {@code @AllowFiltering}, a malformed {@code @Iff}, ... Thrown while the
 * repository is created, so it fails application start-up; the message starts with the method, as in
 * {@code ProductRepository.findByNameOrSku(String, String)}, and says how to fix it.
 */
public class InvalidRepositoryMethodException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient Method method;

  /**
   * Creates the exception.
   *
   * @param method the repository method
   * @param problem what is wrong and how to fix it
   * @param cause the underlying failure, or null
   */
  public InvalidRepositoryMethodException(Method method, String problem, Throwable cause) {
    super(describe(method) + ": " + problem, cause);
    this.method = method;
  }

  /**
   * The method.
   *
   * @return the repository method
   */
  public Method getMethod() {
    return this.method;
  }

  /**
   * A short description of a method: {@code DeclaringType.name(ParamType, ...)} with simple names.
   *
   * @param method the method
   * @return the description
   */
  public static String describe(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
  }
}
