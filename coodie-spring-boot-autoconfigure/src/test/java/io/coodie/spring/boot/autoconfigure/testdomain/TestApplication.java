package io.coodie.spring.boot.autoconfigure.testdomain;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A minimal application: the auto-configuration packages are this one, with its entities and repositories. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {
}
