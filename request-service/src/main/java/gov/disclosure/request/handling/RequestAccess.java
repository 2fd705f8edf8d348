package gov.disclosure.request.handling;

import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a request. Anyone who may not see it gets 404 (existence is not revealed); staff of the
 * handling agency without the needed role get 403 (conventions.md "Identity").
 */
@Component
public class RequestAccess {
    private final RequestRepository repository;

    public RequestAccess(RequestRepository repository) {
        this.repository = repository;
    }

    public static boolean canSee(Caller caller, InfoRequest r) {
        return caller.isSupervisor() || caller.isStaffOf(r.agencyCode())
                || (caller.isCitizen() && r.isApplicant(caller.sub()));
    }

    public InfoRequest visible(Caller caller, String id) {
        InfoRequest r = repository.findById(id).orElseThrow(() -> new ApiErrors.NotFound("Request"));
        if (!canSee(caller, r)) {
            throw new ApiErrors.NotFound("Request");
        }
        return r;
    }

    /** Editors and admins of the handling agency. */
    public InfoRequest forHandler(Caller caller, String id) {
        InfoRequest r = visible(caller, id);
        if (!caller.isHandlerOf(r.agencyCode())) {
            throw new ApiErrors.Forbidden("Only editors or admins of the handling agency may do this.");
        }
        return r;
    }

    /** The head of the agency's disclosure office (Art. 33 ¶2 extension approval). */
    public InfoRequest forAdmin(Caller caller, String id) {
        InfoRequest r = visible(caller, id);
        if (!(caller.isStaffOf(r.agencyCode()) && caller.has(Caller.ADMIN))) {
            throw new ApiErrors.Forbidden("Only the agency admin may approve an extension (Art. 33 ¶2).");
        }
        return r;
    }

    /** The applicant whose account filed the request. */
    public InfoRequest forApplicant(Caller caller, String id) {
        InfoRequest r = visible(caller, id);
        if (!(caller.isCitizen() && r.isApplicant(caller.sub()))) {
            throw new ApiErrors.Forbidden("Only the applicant may do this.");
        }
        return r;
    }
}
