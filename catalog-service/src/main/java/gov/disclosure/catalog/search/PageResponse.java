package gov.disclosure.catalog.search;

import java.util.List;

/** The contract's list shape. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
