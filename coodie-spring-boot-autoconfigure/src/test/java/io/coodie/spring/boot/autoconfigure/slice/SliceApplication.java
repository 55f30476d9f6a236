package io.coodie.spring.boot.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the {@code @DataCoodieTest} slice test. */
@SpringBootApplication
public class SliceApplication {
}
