package gov.disclosure.catalog.seed;

import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.CreatePublication;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationRepository;
import gov.disclosure.catalog.publication.PublicationService;
import gov.disclosure.catalog.publication.ReviewDecision;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo records for the local platform (first start only): published through the real workflow, so their events reach
 * stats and notifications like any other.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "catalog.seed.demo-publications", havingValue = "true")
public class DemoPublications implements ApplicationRunner {
    private final PublicationRepository publications;
    private final PublicationService service;

    public DemoPublications(PublicationRepository publications, PublicationService service) {
        this.publications = publications;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (publications.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<CreatePublication> demo = List.of(
                new CreatePublication("city-health", "关于做好冬春季传染病防控工作的通知",
                        "各区卫生健康局：为切实做好冬春季传染病防控工作，保障人民群众身体健康，现将有关事项通知如下……",
                        Category.NORMATIVE_DOCUMENT, "市卫健发〔2026〕12号", List.of("卫生", "传染病防控"),
                        today.minusDays(5), today),
                new CreatePublication("city-health", "市卫生健康委2026年度部门预算",
                        "根据预算法和政府信息公开条例，现将本部门2026年度部门预算公开如下……", Category.BUDGET, null,
                        List.of("预算", "财政"), today.minusDays(10), null),
                new CreatePublication("city-health", "市卫生健康委召开2026年政府信息公开工作会议",
                        "会议总结了本年度政府信息公开工作，部署下一阶段重点任务。", Category.WORK_NEWS, null,
                        List.of("政务公开"), today.minusDays(2), null),
                new CreatePublication("city-education", "2026年义务教育阶段招生入学工作实施意见",
                        "为做好2026年义务教育阶段招生入学工作，根据有关法律法规，结合本市实际，提出如下意见……",
                        Category.NORMATIVE_DOCUMENT, "市教发〔2026〕3号", List.of("教育", "招生"),
                        today.minusDays(7), today),
                new CreatePublication("dongcheng-heping-town", "和平镇灾后重建项目进展情况",
                        "截至本月，和平镇灾后重建项目已完成农房重建126户，道路修复8.5公里。", Category.MAJOR_PROJECT, null,
                        List.of("灾后重建"), today.minusDays(3), null));
        for (CreatePublication p : demo) {
            Caller editor = new Caller("seed.editor", Set.of("AGENCY_EDITOR"), p.agencyCode());
            Caller reviewer = new Caller("seed.reviewer", Set.of("AGENCY_REVIEWER"), p.agencyCode());
            Publication draft = service.create(editor, p.agencyCode(), p.content());
            service.submit(draft.getId(), editor, null);
            service.review(draft.getId(), reviewer, new ReviewDecision(ReviewDecision.Decision.APPROVE, "demo", null),
                    null);
            service.publish(draft.getId(), editor, null, null);
        }
    }
}
