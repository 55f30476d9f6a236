package io.coodie.spring.boot.autoconfigure.slice;

import org.springframework.stereotype.Service;

/** A component the slice leaves out. */
@Service
public class GadgetService {
}
