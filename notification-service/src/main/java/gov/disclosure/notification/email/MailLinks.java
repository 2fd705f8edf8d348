package gov.disclosure.notification.email;

import gov.disclosure.notification.platform.NotificationProperties;
import gov.disclosure.notification.subscription.Subscription;
import org.springframework.stereotype.Component;

/** Absolute links in mails; they point at the public base URL (the gateway), which routes /api/notifications here. */
@Component
public class MailLinks {
    private final String base;

    public MailLinks(NotificationProperties props) {
        this.base = props.publicBaseUrl().replaceAll("/+$", "");
    }

    public String confirm(Subscription s) {
        return base + "/api/notifications/email/confirm?token=" + s.confirmationToken();
    }

    public String unsubscribe(Subscription s) {
        return base + "/api/notifications/email/unsubscribe?token=" + s.unsubscribeToken();
    }

    public String publication(String id) {
        return base + "/api/catalog/publications/" + id;
    }

    /** @param path a public API path such as the {@code url} of a publication event */
    public String absolute(String path) {
        return base + path;
    }

    public String request(String id) {
        return base + "/api/requests/" + id;
    }
}
