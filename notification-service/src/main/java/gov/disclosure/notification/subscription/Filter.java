package gov.disclosure.notification.subscription;

import jakarta.validation.constraints.Size;

import java.util.List;

/** What a subscription wants; an empty list means "any". */
public record Filter(@Size(max = 50) List<String> agencies, @Size(max = 50) List<String> categories,
                     @Size(max = 50) List<String> eventTypes) {
    public Filter {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        categories = categories == null ? List.of() : List.copyOf(categories);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    public static Filter any() {
        return new Filter(List.of(), List.of(), List.of());
    }

    /** @param category the publication category, or null for events that have none (request events) */
    public boolean matches(String type, String agency, String category) {
        return (agencies.isEmpty() || agencies.contains(agency))
                && (categories.isEmpty() || (category != null && categories.contains(category)))
                && (eventTypes.isEmpty() || eventTypes.stream().anyMatch(t -> t.equals(type) || type.endsWith("." + t)
                || type.endsWith("." + t.replaceFirst("^gov\\.disclosure\\.", ""))));
    }
}
