package gov.disclosure.notification.email;

import gov.disclosure.notification.subscription.SubscriptionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;

/**
 * The links in mails, reachable without a login: the token proves the mailbox. Unsubscribing is a POST (RFC 8058
 * one-click); the GET only shows a button, so link scanners that prefetch URLs do not unsubscribe anybody.
 */
@RestController
@RequestMapping("/api/notifications/email")
public class EmailLinkController {
    private final SubscriptionService subscriptions;
    private final MailTemplates templates;

    public EmailLinkController(SubscriptionService subscriptions, MailTemplates templates) {
        this.subscriptions = subscriptions;
        this.templates = templates;
    }

    @GetMapping(value = "/confirm", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> confirm(@RequestParam String token) {
        subscriptions.confirm(token);
        return page("订阅已确认", "从现在起，符合条件的通知会发送到您的邮箱。每封邮件都附有退订链接。", null);
    }

    @GetMapping(value = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> unsubscribePage(@RequestParam String token) {
        return page("退订通知", "点击下面的按钮，不再接收这一订阅的邮件。",
                "/api/notifications/email/unsubscribe?token=" + token);
    }

    @PostMapping(value = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> unsubscribe(@RequestParam String token) {
        subscriptions.unsubscribe(token);
        return page("已退订", "您将不再收到这一订阅的邮件。", null);
    }

    private ResponseEntity<String> page(String title, String message, String formAction) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("message", message);
        if (formAction != null) {
            model.put("formAction", formAction);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(templates.render("page.html", model));
    }
}
