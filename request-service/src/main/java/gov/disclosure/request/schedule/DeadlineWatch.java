package gov.disclosure.request.schedule;

import gov.disclosure.request.handling.DeadlineAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ticks the deadline alerts; the work and its exactly-once guarantee live in {@link DeadlineAlerts}. */
@Component
public class DeadlineWatch {
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private final DeadlineAlerts alerts;

    public DeadlineWatch(DeadlineAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(initialDelayString = "${platform.deadline-watch.initial-delay-ms:30000}",
            fixedDelayString = "${platform.deadline-watch.interval-ms:300000}")
    public void tick() {
        try {
            int emitted = alerts.sweep();
            if (emitted > 0) {
                log.info("deadline watch emitted {} alerts", emitted);
            }
        } catch (RuntimeException e) {
            log.warn("deadline watch failed, retrying next tick: {}", e.toString());
        }
    }
}
