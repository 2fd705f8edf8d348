package gov.disclosure.request.handling;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The request procedure's states (issue 4 "Handling and outcomes"). */
public enum Status {
    RECEIVED, CORRECTION_REQUESTED, IN_PROGRESS, CONSULTING, FEE_NOTIFIED, EXTENDED, RESPONDED, WITHDRAWN, CLOSED;

    /** States in which the agency still owes an answer. */
    public static final Set<Status> OPEN = EnumSet.of(RECEIVED, CORRECTION_REQUESTED, IN_PROGRESS, CONSULTING,
            FEE_NOTIFIED, EXTENDED);

    public static List<String> openNames() {
        return OPEN.stream().map(Enum::name).toList();
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
