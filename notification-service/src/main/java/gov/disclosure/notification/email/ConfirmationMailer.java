package gov.disclosure.notification.email;

import gov.disclosure.notification.platform.NotificationProperties;
import gov.disclosure.notification.subscription.Filter;
import gov.disclosure.notification.subscription.Subscription;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Double opt-in, step one: the only mail an unconfirmed address ever gets. */
@Component
public class ConfirmationMailer {
    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final MailLinks links;
    private final String from;

    public ConfirmationMailer(JavaMailSender mail, MailTemplates templates, MailLinks links,
                              NotificationProperties props) {
        this.mail = mail;
        this.templates = templates;
        this.links = links;
        this.from = props.mail().from();
    }

    public void send(Subscription s) {
        Map<String, Object> model = Map.of("confirmUrl", links.confirm(s), "filterSummary", summary(s.filter()),
                "platformName", "政府信息公开平台");
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(s.target());
            helper.setSubject("【政府信息公开】请确认您的订阅");
            helper.setText(templates.render("confirm.txt", model), templates.render("confirm.html", model));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }

    static List<String> summary(Filter f) {
        List<String> lines = new ArrayList<>();
        lines.add("机关：" + (f.agencies().isEmpty() ? "全部" : String.join("、", f.agencies())));
        lines.add("类别：" + (f.categories().isEmpty() ? "全部"
                : String.join("、", f.categories().stream().map(Labels::category).toList())));
        lines.add("事件：" + (f.eventTypes().isEmpty() ? "全部"
                : String.join("、", f.eventTypes().stream().map(Labels::event).toList())));
        return lines;
    }
}
