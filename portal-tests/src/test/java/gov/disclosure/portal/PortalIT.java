package gov.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.disclosure.testsupport.LocalPlatform;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The portal in a real headless Chromium against the whole platform ({@code ./platform up --detach} on its own
 * ports). Each scenario signs in through the login page like a person would and asserts on visible text; after each
 * one the browser console must hold no errors. Screenshots of the main pages go to {@code docs/screenshots/}.
 * <p>
 * {@code -Dportal.base=http://localhost:38080} runs the scenarios against an already running platform instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {
    private static final String PASSWORD = "Demo#2026";
    private static LocalPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(Browser.CHROMIUM)) && Files.isExecutable(Path.of(Browser.CHROMEDRIVER)),
                Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + " is missing: the portal browser tests are skipped "
                        + "(install them with: apt-get install -y chromium chromium-driver)");
        String base = System.getProperty("portal.base", "");
        if (base.isBlank()) {
            // own ports (28080…, Kafka 29092, MongoDB 27117), own home: never collides with other suites
            platform = new LocalPlatform("target/platform-portal", 28080, 29092, 27117);
            platform.up();
            base = platform.gateway();
        }
        browser = new Browser(base, Path.of(System.getProperty("portal.screenshots", "target/screenshots")));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (platform != null) {
                platform.down();
            }
        }
    }

    @AfterEach
    void browserConsoleHasNoErrors() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    @Order(1)
    void publicPagesShowLatestPublicationsGuidesAndSwitchToTraditional() throws IOException {
        browser.open("/");
        String home = browser.waitText("最新公开");
        assertThat(home).contains("按机关浏览", "市卫生健康委员会", "2026年义务教育阶段招生入学工作实施意见");
        browser.screenshot("home");
        browser.screenshot("home-mobile", 390);

        browser.open("/guide/city-health");
        assertThat(browser.waitText("如何申请")).contains("市卫生健康委员会政府信息公开指南", "办公时间", "20个工作日");
        browser.screenshot("guide");

        browser.click(By.id("script-toggle"));
        assertThat(browser.waitText("如何申請")).contains("市衛生健康委員會");
        browser.click(By.id("script-toggle"));
        browser.waitText("如何申请");
        assertThat(browser.text(By.cssSelector(".brand"))).isEqualTo("政府信息公开平台");

        browser.open("/reports");
        assertThat(browser.find(By.id("report-html")).getAttribute("href"))
                .contains("/api/stats/annual-reports/").contains("format=html");
    }

    @Test
    @Order(2)
    void citizenFilesRequestTracksItByCodeAndStaffAnswersIt() throws IOException {
        browser.signIn("citizen1", PASSWORD);
        browser.open("/apply");
        assertThat(browser.waitText("办理程序与期限")).contains("20 个工作日");
        // the form first shows what is already published
        browser.type(By.id("lookup-q"), "招生");
        browser.click(By.cssSelector("#lookup-form button"));
        browser.waitText(By.id("lookup-results"), "2026年义务教育阶段招生入学工作实施意见");

        browser.choose(By.cssSelector("#apply-form [name=agencyCode]"), "city-health");
        browser.type(By.cssSelector("#apply-form [name=name]"), "张三");
        browser.type(By.cssSelector("#apply-form [name=idNumber]"), "11010519491231002X");
        browser.type(By.cssSelector("#apply-form [name=phone]"), "13800138000");
        browser.type(By.cssSelector("#apply-form [name=description]"), "请公开本市2026年冬季流感疫苗接种点名单及各接种点的开放时间。");
        browser.screenshot("request-form");
        browser.click(By.id("apply-submit"));
        String filed = browser.waitText(By.id("apply-result"), "申请已提交");
        String trackingCode = browser.text(By.id("tracking-code"));
        String verificationCode = browser.text(By.id("verification-code"));
        assertThat(trackingCode).isNotBlank();
        assertThat(verificationCode).isNotBlank();
        assertThat(filed).contains("答复期限", "已受理");
        browser.screenshot("request-filed");

        browser.clickLink("查看申请详情");
        String detail = browser.waitText("答复期限是怎样计算的");
        assertThat(detail).contains(trackingCode, "已受理", "答复期限", "办理记录").doesNotContain("11010519491231002X");
        browser.screenshot("request-detail");

        browser.signOut();
        assertThat(track(trackingCode, verificationCode)).contains("已受理");
        browser.screenshot("tracking");

        // the agency answers it from its queue
        browser.signIn("editor.health", PASSWORD);
        browser.go("/console/requests");
        assertThat(browser.waitText(trackingCode)).contains("依申请公开办理", "答复期限");
        browser.screenshot("request-queue");
        browser.clickLink(trackingCode);
        browser.waitText("办理操作");
        browser.click(By.xpath("//summary[normalize-space()='作出答复']"));
        browser.choose(By.cssSelector("#response-form [name=outcome]"), "GRANTED");
        browser.type(By.cssSelector("#response-form [name=reason]"), "经查，所申请信息属于本机关掌握的政府信息，予以公开，见附件。");
        browser.click(By.cssSelector("#response-form button[type=submit]"));
        browser.waitText(By.id("request-status"), "已答复");
        assertThat(browser.mainText()).contains("予以公开");
        browser.go("/console/dashboard");
        browser.waitText("按期答复率");
        browser.screenshot("agency-dashboard");
        browser.signOut();

        assertThat(track(trackingCode, verificationCode)).contains("已答复");
    }

    @Test
    @Order(3)
    void editorDraftsReviewerRedactsThePrivacyFindingAndApprovesEditorPublishesAndSearchFindsItInBothScripts()
            throws IOException {
        String title = "关于做好冬季流感疫苗接种工作的通知（第" + (System.currentTimeMillis() % 100000) + "期）";
        browser.signIn("editor.health", PASSWORD);
        browser.open("/console/new");
        browser.type(By.id("draft-title"), title);
        browser.choose(By.cssSelector("#draft-form [name=category]"), "PUBLIC_SERVICE");
        browser.type(By.id("draft-body"), "本市将于12月起在各社区卫生服务中心开展冬季流感疫苗接种工作。咨询电话：13912345678。");
        browser.click(By.id("draft-save"));
        browser.waitText("提交审核");
        browser.click(By.id("submit-review"));
        browser.waitText(By.id("publication-status"), "待审核");
        browser.signOut();

        browser.signIn("reviewer.health", PASSWORD);
        browser.waitText(title);
        browser.clickLink(title);
        browser.waitText("隐私与保密检查");
        assertThat(browser.find(By.cssSelector("#work-body mark.finding")).getText()).contains("13912345678");
        assertThat(browser.text(By.id("findings"))).contains("手机号码", "待处理");
        browser.screenshot("review-finding");
        browser.type(By.cssSelector("#findings input[name=reason]"), "个人手机号码，依法不予公开");
        browser.click(By.xpath("//section[@id='findings']//button[normalize-space()='遮蔽']"));
        browser.waitText(By.id("findings"), "已遮蔽");
        browser.click(By.id("approve"));
        browser.waitText(By.id("publication-status"), "已审核待发布");
        browser.signOut();

        browser.signIn("editor.health", PASSWORD);
        browser.go("/console?status=APPROVED");
        browser.waitText(title);
        browser.clickLink(title);
        browser.click(By.id("publish-now"));
        browser.waitText(By.id("publication-status"), "已公开");
        browser.signOut();

        // public search: the same record in Traditional and in Simplified
        assertThat(searchFinds("疫苗接種", title)).as("Traditional query finds the record").isTrue();
        assertThat(browser.all(By.cssSelector("#search-results mark.hit"))).isNotEmpty();
        browser.screenshot("search-traditional");
        assertThat(searchFinds("疫苗接种", title)).as("Simplified query finds the record").isTrue();
        browser.screenshot("search");

        browser.clickLink(title);
        String page = browser.waitText("处理说明");
        assertThat(page).contains("索引号", "city-health-", "手机号码已遮蔽", "公开记录").doesNotContain("13912345678");
        browser.screenshot("publication");
    }

    @Test
    @Order(4)
    void supervisorOpensTheCityDashboardAndTheRanking() throws IOException {
        browser.signIn("supervisor", PASSWORD);
        assertThat(browser.waitText("全市政府信息公开统计")).contains("主动公开：按类别", "按期答复率");
        browser.screenshot("city-dashboard");
        browser.go("/office/rankings");
        String ranking = browser.waitText(By.id("ranking-table"), "市卫生健康委员会");
        assertThat(ranking).contains("市教育局", "总分", "依申请按期答复");
        browser.screenshot("ranking");
        browser.signOut();
    }

    private String track(String trackingCode, String verificationCode) {
        browser.open("/track");
        browser.type(By.id("track-tc"), trackingCode);
        browser.type(By.id("track-code"), verificationCode);
        browser.click(By.cssSelector("#track-form button[type=submit]"));
        return browser.waitText(By.id("track-result"), "办理状态");
    }

    /** The index is updated as the record is published; a few re-queries absorb any lag. */
    private boolean searchFinds(String query, String title) {
        return eventually(() -> {
            browser.open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            browser.waitText("检索结果");
            return browser.mainText().contains(title);
        });
    }

    private static boolean eventually(BooleanSupplier check) {
        for (int i = 0; i < 10; i++) {
            if (check.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
