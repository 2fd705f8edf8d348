package gov.disclosure.catalog.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An agency that discloses information: a city bureau, a district, a township. */
@Document("agencies")
public record Agency(@Id String code, String name, AgencyLevel level, String parentCode) {
}
