package gov.disclosure.catalog.agency;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DisclosureGuideRepository extends MongoRepository<DisclosureGuide, String> {
}
