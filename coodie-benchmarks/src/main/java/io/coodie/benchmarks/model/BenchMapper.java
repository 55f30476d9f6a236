package io.coodie.benchmarks.model;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** Entry point of the driver's mapper ({@code BenchMapperBuilder} is generated). */
@Mapper
public interface BenchMapper {

  @DaoFactory
  MapperItemDao itemDao();
}
