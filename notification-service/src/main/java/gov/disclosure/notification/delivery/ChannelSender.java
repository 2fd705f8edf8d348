package gov.disclosure.notification.delivery;

import gov.disclosure.notification.subscription.Channel;
import gov.disclosure.notification.subscription.Subscription;

/** Makes one attempt to deliver over one channel. Must not throw: every failure is an {@link AttemptResult}. */
public interface ChannelSender {
    Channel channel();

    AttemptResult send(Delivery delivery, Subscription subscription);
}
