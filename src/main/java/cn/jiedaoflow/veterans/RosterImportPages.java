package cn.jiedaoflow.veterans;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.ConsoleImports;
import cn.jiedaoflow.web.ConsolePage;
import cn.jiedaoflow.web.PendingImports;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The console's import of the veterans' roster (docs/console.md), for the station's staff and head, like the API's
 * import: choose the file, see how many veterans it adds or every bad line, and only then confirm. Nothing is stored
 * before the confirmation, and what is imported is the file previewed ({@link PendingImports}).
 */
@Controller
@ConsolePage
class RosterImportPages implements ConsoleSection {

    static final String PATH = "/console/veterans-roster";
    static final String CONFIRM = PATH + "/confirm";
    private static final String KIND = "veterans-roster";
    private static final String TARGET = "roster";
    private static final String PAGE = "console/veterans-roster";

    private final VeteransRoster roster;
    private final ConsoleImports imports;
    private final long maxRosterBytes;

    RosterImportPages(
            VeteransRoster roster,
            ConsoleImports imports,
            @Value("${jiedao.veterans.roster-max-bytes:5242880}") long maxRosterBytes) {
        this.roster = roster;
        this.imports = imports;
        this.maxRosterBytes = maxRosterBytes;
    }

    @Override
    public String titleKey() {
        return "console.veteransRoster.title";
    }

    @Override
    public String descriptionKey() {
        return "console.veteransRoster.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup("veterans-station") || caller.inGroup("veterans-station-head");
    }

    /** The columns the file must have, in its first line; shown above the file's field. */
    @ModelAttribute("columns")
    String columns() {
        return String.join(",", RosterFile.HEADER);
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "imported", required = false) Integer imported, Model model) {
        model.addAttribute("imported", imported);
        model.addAttribute("rosterSize", roster.size());
        return PAGE;
    }

    /** The preview: the file is read and checked against the roster, nothing is stored. */
    @PostMapping(PATH)
    String preview(
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model)
            throws IOException {
        Optional<byte[]> content = imports.received(file, maxRosterBytes, model);
        if (content.isEmpty()) {
            return page(null, model);
        }
        VeteransRoster.RosterPreview preview = roster.preview(content.get());
        model.addAttribute("preview", preview);
        model.addAttribute("rosterSize", preview.rosterSize());
        imports.show(model, session, KIND, TARGET, content.get(), preview.problems(), preview.importable(), locale);
        return PAGE;
    }

    /** The confirmation: imports the file previewed, or says the preview has to be made again. */
    @PostMapping(CONFIRM)
    String confirm(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(name = "pendingId", required = false) String pendingId,
            HttpSession session,
            Model model) {
        return PendingImports.take(session, KIND, pendingId, TARGET)
                .map(content -> "redirect:" + PATH + "?imported="
                        + roster.importRoster(caller, content).imported())
                .orElseGet(() -> {
                    model.addAttribute("expired", true);
                    return page(null, model);
                });
    }
}
