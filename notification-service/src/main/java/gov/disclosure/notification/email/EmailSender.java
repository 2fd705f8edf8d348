package gov.disclosure.notification.email;

import gov.disclosure.contracts.EventTypes;
import gov.disclosure.notification.delivery.AttemptResult;
import gov.disclosure.notification.delivery.ChannelSender;
import gov.disclosure.notification.delivery.Delivery;
import gov.disclosure.notification.platform.NotificationProperties;
import gov.disclosure.notification.subscription.Channel;
import gov.disclosure.notification.subscription.Subscription;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One notification mail per attempt: Chinese text and HTML parts from the same model, a one-click unsubscribe link
 * and the RFC 2369 / RFC 8058 {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers.
 */
@Component
public class EmailSender implements ChannelSender {
    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final MailLinks links;
    private final JsonMapper json;
    private final String from;

    public EmailSender(JavaMailSender mail, MailTemplates templates, MailLinks links, JsonMapper json,
                       NotificationProperties props) {
        this.mail = mail;
        this.templates = templates;
        this.links = links;
        this.json = json;
        this.from = props.mail().from();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public AttemptResult send(Delivery delivery, Subscription subscription) {
        long start = System.nanoTime();
        try {
            mail.send(compose(delivery, subscription));
            return new AttemptResult(true, null, (System.nanoTime() - start) / 1_000_000, null, false, null);
        } catch (MailException | MessagingException e) {
            return new AttemptResult(false, null, (System.nanoTime() - start) / 1_000_000, e.toString(), false, null);
        }
    }

    MimeMessage compose(Delivery delivery, Subscription subscription) throws MessagingException {
        JsonNode data = json.readTree(delivery.payload()).get("data");
        Map<String, Object> model = model(delivery, data);
        String unsubscribe = links.unsubscribe(subscription);
        model.put("unsubscribeUrl", unsubscribe);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(subscription.target());
        helper.setSubject("【政府信息公开】" + model.get("heading"));
        helper.setText(templates.render("event.txt", model), templates.render("event.html", model));
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Delivery-Id", delivery.id());
        return message;
    }

    private Map<String, Object> model(Delivery d, JsonNode data) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, String>> lines = new ArrayList<>();
        String agency = text(data, "agencyCode");
        if (EventTypes.REQUEST_TYPES.contains(d.eventType())) {
            model.put("heading", "您的政府信息公开申请" + Labels.event(d.eventType()));
            line(lines, "受理编号", text(data, "trackingCode"));
            line(lines, "办理机关", agency);
            line(lines, "收到日期", text(data, "receivedOn"));
            line(lines, "答复期限", text(data, "dueDate"));
            line(lines, "答复日期", text(data, "respondedOn"));
            model.put("detailUrl", links.request(text(data, "requestId")));
        } else {
            model.put("heading", agency + Labels.event(d.eventType()) + "：" + text(data, "title"));
            line(lines, "标题", text(data, "title"));
            line(lines, "索引号", text(data, "indexNumber"));
            line(lines, "发布机关", agency);
            line(lines, "类别", Labels.category(text(data, "category")));
            line(lines, "文号", text(data, "documentNumber"));
            line(lines, "撤销原因", text(data, "revocationReason"));
            String url = text(data, "url");
            model.put("detailUrl", url != null && url.startsWith("/") ? links.absolute(url)
                    : links.publication(text(data, "publicationId")));
        }
        model.put("lines", lines);
        return model;
    }

    private static void line(List<Map<String, String>> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(Map.of("label", label, "value", value));
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
