package gov.disclosure.notification.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Mustache templates under {@code templates/mail/}; HTML ones escape their values, text ones do not. */
@Component
public class MailTemplates {
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    public String render(String name, Object model) {
        return cache.computeIfAbsent(name, this::compile).execute(model);
    }

    private Template compile(String name) {
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(name.endsWith(".html")).defaultValue("");
        try (Reader reader = new InputStreamReader(new ClassPathResource("templates/mail/" + name + ".mustache")
                .getInputStream(), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("mail template " + name, e);
        }
    }
}
