package gov.disclosure.catalog.consultation;

import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ConflictException;
import gov.disclosure.catalog.platform.ForbiddenException;
import gov.disclosure.catalog.platform.NotFoundException;
import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationRepository;
import gov.disclosure.catalog.publication.PublicationService;
import gov.disclosure.catalog.publication.PublicationStatus;
import gov.disclosure.catalog.search.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Drafts published for public comment (category CONSULTATION): the period is set on the draft, citizens comment while
 * it is open (signed in; a few comments each), and after it closes the agency publishes a feedback summary.
 */
@RestController
@RequestMapping("/api/catalog/consultations")
public class ConsultationController {
    /** Per citizen and consultation; the gateway also limits comment posting per user and IP. */
    static final int MAX_COMMENTS_PER_CITIZEN = 5;

    private final PublicationService service;
    private final PublicationRepository publications;
    private final MongoTemplate mongo;
    private final Clock clock;

    public ConsultationController(PublicationService service, PublicationRepository publications, MongoTemplate mongo,
                                  Clock clock) {
        this.service = service;
        this.publications = publications;
        this.mongo = mongo;
        this.clock = clock;
    }

    @PutMapping("/{id}/window")
    public ConsultationView setWindow(@PathVariable String id, @Valid @RequestBody ConsultationWindow window,
                                      Authentication authentication) {
        Publication p = service.forEditor(id, Caller.of(authentication));
        if (p.getCategory() != Category.CONSULTATION) {
            throw new ConflictException("Only records of category CONSULTATION have a comment period.");
        }
        if (window.closesOn().isBefore(window.opensOn())) {
            throw new BadRequestException("closesOn", "closesOn must not be before opensOn");
        }
        p.openForComment(window);
        return view(publications.save(p));
    }

    @GetMapping("/{id}")
    public ConsultationView get(@PathVariable String id, Authentication authentication) {
        return view(consultation(id, Caller.of(authentication)));
    }

    @PostMapping("/{id}/comments")
    public ResponseEntity<Comment> comment(@PathVariable String id, @Valid @RequestBody CommentText body,
                                           Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has("CITIZEN")) {
            throw new ForbiddenException("Comments are submitted by citizens signed in as such.");
        }
        Publication p = consultation(id, caller);
        if (p.getStatus() != PublicationStatus.PUBLISHED || !p.getConsultationWindow().isOpenOn(LocalDate.now(clock))) {
            throw new ConflictException("This consultation is not open for comments ("
                    + p.getConsultationWindow().opensOn() + " to " + p.getConsultationWindow().closesOn() + ").");
        }
        long mine = mongo.count(Query.query(Criteria.where("publicationId").is(id).and("author")
                .is(caller.username())), Comment.class);
        if (mine >= MAX_COMMENTS_PER_CITIZEN) {
            throw new ConflictException("You have already sent " + MAX_COMMENTS_PER_CITIZEN
                    + " comments on this consultation.");
        }
        Comment saved = mongo.insert(new Comment(UUID.randomUUID().toString(), id, p.getAgencyCode(),
                caller.username(), body.text(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    /** The comments themselves: for the agency's staff and the supervisor (commenters' names stay internal). */
    @GetMapping("/{id}/comments")
    public PageResponse<Comment> comments(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Publication p = consultation(id, caller);
        if (!caller.canSeeInternalsOf(p.getAgencyCode())) {
            throw caller.isAnonymous() ? new NotFoundException("No comments visible") :
                    new ForbiddenException("Only the agency reads the comments.");
        }
        if (size < 1 || size > 100 || page < 0) {
            throw new BadRequestException("size", "size must be between 1 and 100, page >= 0");
        }
        Query q = Query.query(Criteria.where("publicationId").is(id));
        long total = mongo.count(q, Comment.class);
        List<Comment> items = mongo.find(q.with(Sort.by("at")).skip((long) page * size).limit(size), Comment.class);
        return new PageResponse<>(items, page, size, total);
    }

    @PostMapping("/{id}/feedback")
    public ConsultationView feedback(@PathVariable String id, @Valid @RequestBody FeedbackText body,
                                     Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Publication p = service.forEditor(id, caller);
        if (p.getConsultationWindow() == null || !LocalDate.now(clock).isAfter(p.getConsultationWindow().closesOn())) {
            throw new ConflictException("Feedback is published after the comment period has closed.");
        }
        long count = mongo.count(Query.query(Criteria.where("publicationId").is(id)), Comment.class);
        p.publishFeedback(new ConsultationFeedback(body.summary(), (int) count, caller.username(), clock.instant()));
        return view(publications.save(p));
    }

    private Publication consultation(String id, Caller caller) {
        Publication p = service.visible(id, caller);
        if (p.getCategory() != Category.CONSULTATION || p.getConsultationWindow() == null) {
            throw new NotFoundException("No consultation " + id);
        }
        return p;
    }

    private ConsultationView view(Publication p) {
        ConsultationWindow w = p.getConsultationWindow();
        long count = mongo.count(Query.query(Criteria.where("publicationId").is(p.getId())), Comment.class);
        boolean open = p.getStatus() == PublicationStatus.PUBLISHED && w.isOpenOn(LocalDate.now(clock));
        return new ConsultationView(p.getId(), p.getAgencyCode(), p.getTitle(), w.opensOn(), w.closesOn(), open, count,
                p.getConsultationFeedback());
    }
}
