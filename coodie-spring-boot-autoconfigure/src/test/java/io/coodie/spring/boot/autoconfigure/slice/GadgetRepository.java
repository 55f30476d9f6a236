package io.coodie.spring.boot.autoconfigure.slice;

import io.coodie.spring.data.repository.CoodieRepository;

/** Its repository. */
public interface GadgetRepository extends CoodieRepository<Gadget, String> {}
