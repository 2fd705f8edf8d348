package gov.disclosure.request.handling;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface RequestRepository extends MongoRepository<InfoRequest, String> {
    Optional<InfoRequest> findByIdempotencyKey(String idempotencyKey);

    Optional<InfoRequest> findByTrackingCode(String trackingCode);
}
