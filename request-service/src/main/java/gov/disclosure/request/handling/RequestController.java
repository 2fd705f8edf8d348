package gov.disclosure.request.handling;

import gov.disclosure.request.intake.FileRequest;
import gov.disclosure.request.intake.IntakeService;
import gov.disclosure.request.platform.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

/** The requests section of api-contract.md. */
@RestController
@RequestMapping("/api/requests")
public class RequestController {
    private final IntakeService intake;
    private final HandlingService handling;
    private final RequestQueries queries;
    private final RequestAccess access;

    public RequestController(IntakeService intake, HandlingService handling, RequestQueries queries,
                             RequestAccess access) {
        this.access = access;
        this.intake = intake;
        this.handling = handling;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<Views.Filed> file(Authentication auth, @RequestBody(required = false) FileRequest body,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        IntakeService.Outcome outcome = intake.file(Caller.of(auth), body, key);
        return ResponseEntity.created(URI.create("/api/requests/" + outcome.filed().id()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(outcome.filed());
    }

    @GetMapping
    public Views.Page<Views.Item> list(Authentication auth,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.list(Caller.of(auth), status, overdue, dueBefore, page, size);
    }

    @GetMapping("/track/{trackingCode}")
    public Views.Tracking track(@PathVariable String trackingCode, @RequestParam(required = false) String code,
                                HttpServletRequest request) {
        return queries.track(trackingCode, code, clientAddress(request));
    }

    /** Behind the gateway every caller shares its address: use the first X-Forwarded-For hop the gateway adds. */
    private static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }

    @GetMapping("/{id}")
    public Views.Detail get(Authentication auth, @PathVariable String id) {
        return queries.get(Caller.of(auth), id);
    }

    @GetMapping("/{id}/deadline")
    public Views.DeadlineExplanation deadline(Authentication auth, @PathVariable String id) {
        return queries.deadline(Caller.of(auth), id);
    }

    @PostMapping("/{id}/correction-requests")
    public Views.Detail requestCorrection(Authentication auth, @PathVariable String id,
                                          @RequestBody(required = false) Commands.RequestCorrection body) {
        return queries.detail(handling.requestCorrection(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/corrections")
    public Views.Detail supplyCorrection(Authentication auth, @PathVariable String id,
                                         @RequestBody(required = false) Commands.SupplyCorrection body) {
        return queries.detail(handling.supplyCorrection(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/consultations")
    public Views.Detail startConsultation(Authentication auth, @PathVariable String id,
                                          @RequestBody(required = false) Commands.StartConsultation body) {
        return queries.detail(handling.startConsultation(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/consultations/{cid}/reply")
    public Views.Detail replyConsultation(Authentication auth, @PathVariable String id, @PathVariable String cid,
                                          @RequestBody(required = false) Commands.ConsultationReply body) {
        return queries.detail(handling.replyConsultation(Caller.of(auth), id, cid, body));
    }

    @PostMapping("/{id}/fee-notices")
    public Views.Detail notifyFee(Authentication auth, @PathVariable String id,
                                  @RequestBody(required = false) Commands.NotifyFee body) {
        return queries.detail(handling.notifyFee(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/fee-payments")
    public Views.Detail recordPayment(Authentication auth, @PathVariable String id,
                                      @RequestBody(required = false) Commands.RecordPayment body) {
        return queries.detail(handling.recordPayment(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/extensions")
    public Views.Detail extend(Authentication auth, @PathVariable String id,
                               @RequestBody(required = false) Commands.Extend body) {
        return queries.detail(handling.extend(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/response")
    public Views.Detail respond(Authentication auth, @PathVariable String id,
                                @RequestBody(required = false) Commands.Respond body) {
        return queries.detail(handling.respond(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/withdrawal")
    public Views.Detail withdraw(Authentication auth, @PathVariable String id,
                                 @RequestBody(required = false) Commands.Withdraw body) {
        return queries.detail(handling.withdraw(Caller.of(auth), id, body));
    }

    /** Art. 36(5): refile with the agency the answer named, in one step; linked both ways. */
    @PostMapping("/{id}/refile")
    public ResponseEntity<Views.Filed> refile(Authentication auth, @PathVariable String id) {
        Caller caller = Caller.of(auth);
        IntakeService.Outcome outcome = intake.refile(caller, access.forApplicant(caller, id));
        return ResponseEntity.created(URI.create("/api/requests/" + outcome.filed().id()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).body(outcome.filed());
    }

    @PostMapping("/{id}/appeals")
    public Views.Detail recordAppeal(Authentication auth, @PathVariable String id,
                                     @RequestBody(required = false) Commands.RecordAppeal body) {
        return queries.detail(handling.recordAppeal(Caller.of(auth), id, body));
    }

    @PostMapping("/{id}/appeals/{aid}/result")
    public Views.Detail appealResult(Authentication auth, @PathVariable String id, @PathVariable String aid,
                                     @RequestBody(required = false) Commands.AppealResult body) {
        return queries.detail(handling.appealResult(Caller.of(auth), id, aid, body));
    }
}
