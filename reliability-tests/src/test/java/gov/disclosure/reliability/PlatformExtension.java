package gov.disclosure.reliability;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the one platform of the suite before the first test class and registers it in the root store, which closes
 * it ({@code ./platform down}) after the last class; a JVM shutdown hook covers an aborted run.
 */
final class PlatformExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Platform.class, k -> {
                    try {
                        return Platform.get();
                    } catch (Exception e) {
                        throw new IllegalStateException("platform did not start", e);
                    }
                }, Platform.class);
    }
}
