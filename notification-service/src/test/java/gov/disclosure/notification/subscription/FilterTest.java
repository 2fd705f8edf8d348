package gov.disclosure.notification.subscription;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FilterTest {
    private static final String PUBLISHED = "gov.disclosure.publication.published";

    @Test
    void emptyFilterMatchesEverything() {
        assertThat(Filter.any().matches(PUBLISHED, "city-health", "BUDGET")).isTrue();
        assertThat(new Filter(null, null, null).matches("gov.disclosure.request.received", "city-edu", null)).isTrue();
    }

    @Test
    void everyNonEmptyListMustMatch() {
        Filter f = new Filter(List.of("city-health"), List.of("BUDGET"), List.of(PUBLISHED));
        assertThat(f.matches(PUBLISHED, "city-health", "BUDGET")).isTrue();
        assertThat(f.matches(PUBLISHED, "city-education", "BUDGET")).isFalse();
        assertThat(f.matches(PUBLISHED, "city-health", "PLAN")).isFalse();
        assertThat(f.matches("gov.disclosure.publication.revoked", "city-health", "BUDGET")).isFalse();
    }

    @Test
    void aCategoryFilterExcludesEventsWithoutCategory() {
        Filter f = new Filter(List.of(), List.of("BUDGET"), List.of());
        assertThat(f.matches("gov.disclosure.request.received", "city-health", null)).isFalse();
    }

    @Test
    void eventTypesMayBeGivenWithoutThePlatformPrefix() {
        Filter f = new Filter(List.of(), List.of(), List.of("publication.published"));
        assertThat(f.matches(PUBLISHED, "city-health", "PLAN")).isTrue();
        assertThat(f.matches("gov.disclosure.publication.amended", "city-health", "PLAN")).isFalse();
    }
}
