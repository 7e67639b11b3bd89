package cn.jiedaoflow.web;

import cn.jiedaoflow.refusal.LineError;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps every import page of the console shares ({@code console/import.html}): the file received, or the page's
 * note when there is none or it is over the limit; the preview shown, with every bad line in the page's language;
 * and, for a file that can be imported, the id its confirmation sends back ({@link PendingImports}).
 */
@Component
public class ConsoleImports {

    private final Problems problems;

    ConsoleImports(Problems problems) {
        this.problems = problems;
    }

    /** The file's bytes; empty, with the page's note, when no file was sent or it is over {@code maxBytes}. */
    public Optional<byte[]> received(MultipartFile file, long maxBytes, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missing", "file");
            return Optional.empty();
        }
        if (file.getSize() > maxBytes) {
            model.addAttribute("tooLarge", maxBytes / 1024);
            return Optional.empty();
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return Optional.of(file.getBytes());
    }

    /**
     * Shows a preview: its bad lines, whether it can be imported, and then the id under which the file waits for
     * the confirmation of an import of {@code kind} into {@code target}.
     */
    public void show(
            Model model,
            HttpSession session,
            String kind,
            String target,
            byte[] content,
            List<LineError> bad,
            boolean importable,
            Locale locale) {
        model.addAttribute(
                "lines",
                bad.stream()
                        .map(line ->
                                problems.lineError(line.line(), line.code(), line.messageKey(), line.args(), locale))
                        .toList());
        model.addAttribute("importable", importable);
        if (importable) {
            model.addAttribute("pendingId", PendingImports.keep(session, kind, target, content));
        }
    }
}
