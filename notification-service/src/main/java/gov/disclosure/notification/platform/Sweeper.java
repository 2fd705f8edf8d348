package gov.disclosure.notification.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A background loop that runs a task every interval, or at once when woken (e.g. right after a save). */
public final class Sweeper {
    private static final Logger log = LoggerFactory.getLogger(Sweeper.class);
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    public Sweeper(String name, Duration interval, Runnable task) {
        thread = new Thread(() -> {
            while (running) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("{} sweep failed: {}", name, e.toString());
                }
                try {
                    if (wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                        wake.drainPermits();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void wake() {
        wake.release();
    }

    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
