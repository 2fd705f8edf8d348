package gov.disclosure.request.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration
public class MongoConfig {
    /** The driver's java.time codecs store LocalDate as UTC midnight: independent of each JVM's time zone. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(c -> c.useNativeDriverJavaTimeCodecs());
    }
}
