package io.coodie.sample.web;

import io.coodie.core.api.LwtException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 {@code application/problem+json} body. Spring MVC's own exceptions (malformed JSON,
 * unknown paths, ...) get theirs from {@link ResponseEntityExceptionHandler}; validation errors add an
 * {@code errors} map of field to message; our exceptions map to 404 and 409.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
  }

  @ExceptionHandler
  ProblemDetail conflict(ConflictException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
  }

  /** A conditional write the services did not translate themselves. */
  @ExceptionHandler
  ProblemDetail conflict(LwtException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The data changed meanwhile");
    problem.setProperty("current", ex.existingValues());
    return problem;
  }

  /** {@code @Valid @RequestBody} failed. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Map<String, String> errors = new TreeMap<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    return invalid(ex.getBody(), errors, headers, status, request, ex);
  }

  /** A constraint on a path variable or request parameter failed. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Map<String, String> errors = new TreeMap<>();
    ex.getParameterValidationResults().forEach((result) -> errors.putIfAbsent(
        result.getMethodParameter().getParameterName(),
        result.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage).findFirst().orElse("")));
    return invalid(ex.getBody(), errors, headers, status, request, ex);
  }

  private ResponseEntity<Object> invalid(ProblemDetail problem, Map<String, String> errors, HttpHeaders headers,
      HttpStatusCode status, WebRequest request, Exception ex) {
    problem.setDetail("Invalid request content");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }
}
