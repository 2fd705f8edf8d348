package gov.disclosure.catalog.search;

import java.util.List;

public record SearchResult(List<SearchHit> hits, long total) {
}
