package gov.disclosure.notification.subscription;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface SubscriptionRepository extends MongoRepository<Subscription, String> {
    List<Subscription> findByOwnerOrderByCreatedAtDesc(String owner);

    List<Subscription> findByStatus(SubscriptionStatus status);

    Optional<Subscription> findByConfirmationToken(String token);

    Optional<Subscription> findByUnsubscribeToken(String token);
}
