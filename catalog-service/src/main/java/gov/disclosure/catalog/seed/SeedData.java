package gov.disclosure.catalog.seed;

import gov.disclosure.catalog.agency.Agency;
import gov.disclosure.catalog.agency.AgencyLevel;
import gov.disclosure.catalog.agency.AgencyRepository;
import gov.disclosure.catalog.agency.DisclosureGuide;
import gov.disclosure.catalog.agency.DisclosureGuideRepository;
import gov.disclosure.catalog.agency.GuideContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The city's agencies and their disclosure guides: reference data every profile needs. Inserted only when missing, so
 * restarts and several instances leave it as it is (and never overwrite an admin's edits).
 */
@Component
@Order(1)
public class SeedData implements ApplicationRunner {
    static final List<Agency> AGENCIES = List.of(
            new Agency("city-health", "市卫生健康委员会", AgencyLevel.CITY, null),
            new Agency("city-education", "市教育局", AgencyLevel.CITY, null),
            new Agency("dongcheng-district", "东城区人民政府", AgencyLevel.DISTRICT, null),
            new Agency("dongcheng-heping-town", "东城区和平镇人民政府", AgencyLevel.TOWNSHIP, "dongcheng-district"));

    private final AgencyRepository agencies;
    private final DisclosureGuideRepository guides;
    private final Clock clock;

    public SeedData(AgencyRepository agencies, DisclosureGuideRepository guides, Clock clock) {
        this.agencies = agencies;
        this.guides = guides;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Agency agency : AGENCIES) {
            if (!agencies.existsById(agency.code())) {
                agencies.save(agency);
            }
            if (!guides.existsById(agency.code())) {
                guides.save(new DisclosureGuide(agency.code(), guideFor(agency), clock.instant(), "seed"));
            }
        }
    }

    private static GuideContent guideFor(Agency agency) {
        return new GuideContent(
                "申请人可通过本平台在线提交政府信息公开申请，也可通过信函、传真或当面提交。" + agency.name()
                        + "收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；"
                        + "需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。",
                agency.name() + "政府信息公开办公室（市政务服务中心三楼）",
                "工作日 上午9:00—12:00，下午13:30—17:00（法定节假日除外）",
                "0571-8700" + String.format("%04d", Math.abs(agency.code().hashCode()) % 10000),
                "gkb@" + agency.code() + ".gov.example",
                "/api/requests",
                agency.name() + "政府信息公开办公室 收");
    }
}
