package gov.disclosure.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schema (2020-12) of each topic's event data, shipped in this module under {@code schemas/}. */
public final class EventSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static String resourcePath(String topic) {
        return "schemas/" + topic + ".json";
    }

    /** The {@code dataschema} attribute of events on this topic. */
    public static String schemaUri(String topic) {
        return "https://disclosure.gov.example/schemas/" + topic + ".json";
    }

    /** Validation errors of {@code json} against the topic's schema; empty when valid. */
    public static List<String> validate(String topic, String json) {
        try {
            return schema(topic).validate(JSON.readTree(json)).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static JsonSchema schema(String topic) {
        return CACHE.computeIfAbsent(topic, t -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resourcePath(t))) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema for topic " + t);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
