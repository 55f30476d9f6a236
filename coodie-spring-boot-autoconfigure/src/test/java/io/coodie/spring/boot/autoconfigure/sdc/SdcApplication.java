package io.coodie.spring.boot.autoconfigure.sdc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Data Cassandra and coodie in one application: both kinds of entities and repositories in this package. */
@SpringBootApplication
public class SdcApplication {
}
