package gov.disclosure.deploy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** GitHub-style heading anchors of a Markdown file. */
final class Markdown {
    private Markdown() {
    }

    static Set<String> anchors(Path file) {
        Set<String> anchors = new TreeSet<>();
        boolean fence = false;
        for (String line : Repo.read(file).lines().toList()) {
            if (line.startsWith("```")) {
                fence = !fence;
            } else if (!fence && line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
