package gov.disclosure.notification.subscription;

import gov.disclosure.notification.platform.BadRequestException;
import gov.disclosure.notification.platform.NotificationProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * SSRF guard for webhook targets: https only (unless allowed), and after DNS resolution no loopback, link-local,
 * private, CGNAT, unique-local, multicast or unspecified address (unless private targets are allowed; unspecified and
 * multicast addresses are never valid targets). Checked at subscription time and again before every attempt, because
 * DNS answers change.
 */
@Component
public class WebhookTargetValidator {
    private final boolean allowHttp;
    private final boolean allowPrivate;

    @Autowired
    public WebhookTargetValidator(NotificationProperties props) {
        this(props.webhooks().allowHttp(), props.webhooks().allowPrivateTargets());
    }

    public WebhookTargetValidator(boolean allowHttp, boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    public URI validate(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw refused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused(allowHttp ? "the target must be an http(s) URL" : "the target must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("the target must have a host and no user info or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("the target host does not resolve");
        }
        for (InetAddress address : addresses) {
            String why = forbidden(address, allowPrivate);
            if (why != null) {
                throw refused("the target resolves to a " + why + " address, which is not allowed");
            }
        }
        return uri;
    }

    /** Why an address may not be called, or null when it may. */
    static String forbidden(InetAddress a, boolean allowPrivate) {
        if (a.isAnyLocalAddress() || isZeroNetwork(a)) {
            return "unspecified";
        }
        if (a.isMulticastAddress() || isBroadcast(a)) {
            return "multicast";
        }
        if (allowPrivate) {
            return null;
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress() || isCarrierGradeNat(a) || isUniqueLocal(a)) {
            return "private";
        }
        return null;
    }

    private static boolean isZeroNetwork(InetAddress a) {
        return a instanceof Inet4Address && a.getAddress()[0] == 0;
    }

    private static boolean isBroadcast(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xff) == 255 && (b[1] & 0xff) == 255 && (b[2] & 0xff) == 255
                && (b[3] & 0xff) == 255;
    }

    /** 100.64.0.0/10, shared address space behind carrier NAT. */
    private static boolean isCarrierGradeNat(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    /** fc00::/7 (IPv6 unique local; Java's isSiteLocalAddress only knows the deprecated fec0::/10). */
    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static BadRequestException refused(String detail) {
        return new BadRequestException("target", detail);
    }
}
