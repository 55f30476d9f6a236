package io.coodie.sample.catalog;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.Ttl;
import java.time.Duration;
import java.util.UUID;

/** Stock reservations. */
public interface ReservationRepository extends CoodieRepository<Reservation, UUID> {

  /** {@code INSERT INTO reservations ... USING TTL ?}: the row expires after {@code ttl}. */
  void insertExpiring(Reservation reservation, @Ttl Duration ttl);
}
