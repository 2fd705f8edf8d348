package gov.disclosure.catalog.consultation;

import java.time.Instant;

/** What the agency made of the comments (意见采纳情况), published after the period closed. */
public record ConsultationFeedback(String summary, int commentsReceived, String by, Instant at) {
}
