package io.coodie.spring.data.repository.support;

import io.coodie.spring.data.repository.Timestamp;
import io.coodie.spring.data.repository.Ttl;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersSource;

/**
 * The parameters of a coodie query method: like Spring Data's, plus {@link Ttl} and {@link Timestamp} parameters,
 * which are special (statement options), not values bound to the query.
 */
final class CoodieParameters extends Parameters<CoodieParameters, CoodieParameters.CoodieParameter> {

  CoodieParameters(ParametersSource source) {
    super(source, (parameter) -> new CoodieParameter(parameter, source.getDomainTypeInformation()));
  }

  private CoodieParameters(List<CoodieParameter> parameters) {
    super(parameters);
  }

  @Override
  protected CoodieParameters createFrom(List<CoodieParameter> parameters) {
    return new CoodieParameters(parameters);
  }

  /** A parameter; {@code @Ttl} and {@code @Timestamp} ones are special. */
  static final class CoodieParameter extends Parameter {

    private final boolean option;

    CoodieParameter(MethodParameter parameter, TypeInformation<?> domainType) {
      super(parameter, domainType);
      this.option = parameter.hasParameterAnnotation(Ttl.class) || parameter.hasParameterAnnotation(Timestamp.class);
    }

    @Override
    public boolean isSpecialParameter() {
      return this.option || super.isSpecialParameter();
    }
  }
}
