package cn.jiedaoflow.owners;

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
 * The console's import of an estate's owners' register (docs/console.md), for the housing office and
 * administrators, like the API's import: choose the estate and the file, see the counts the file's register would
 * have or every bad line, and only then confirm. Nothing is stored before the confirmation, and what is imported is
 * the file previewed, kept in the session meanwhile ({@link PendingImports}).
 */
@Controller
@ConsolePage
class RegisterImportPages implements ConsoleSection {

    static final String PATH = "/console/owners-register";
    static final String CONFIRM = PATH + "/confirm";
    private static final String KIND = "owners-register";
    private static final String PAGE = "console/owners-register";

    private final OwnersRegister register;
    private final ConsoleImports imports;
    private final long maxRegisterBytes;

    RegisterImportPages(
            OwnersRegister register,
            ConsoleImports imports,
            @Value("${jiedao.owners.register-max-bytes:10485760}") long maxRegisterBytes) {
        this.register = register;
        this.imports = imports;
        this.maxRegisterBytes = maxRegisterBytes;
    }

    @Override
    public String titleKey() {
        return "console.ownersRegister.title";
    }

    @Override
    public String descriptionKey() {
        return "console.ownersRegister.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup("housing-office") || caller.inGroup("administrators");
    }

    /** The columns the file must have, in its first line; shown above the file's field. */
    @ModelAttribute("columns")
    String columns() {
        return String.join(",", RegisterFile.HEADER);
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "imported", required = false) Long imported, Model model) {
        model.addAttribute("estates", register.estates());
        if (imported != null) {
            model.addAttribute("imported", register.one(imported));
        }
        return PAGE;
    }

    /** The preview: the file is read and checked, nothing is stored. */
    @PostMapping(PATH)
    String preview(
            @RequestParam(name = "estateId", required = false) Long estateId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model)
            throws IOException {
        model.addAttribute("estates", register.estates());
        model.addAttribute("chosenEstate", estateId);
        if (estateId == null) {
            model.addAttribute("missing", "estateId");
            return PAGE;
        }
        Optional<byte[]> content = imports.received(file, maxRegisterBytes, model);
        if (content.isEmpty()) {
            return PAGE;
        }
        RegisterPreview preview = register.preview(estateId, content.get());
        model.addAttribute("preview", preview);
        imports.show(
                model,
                session,
                KIND,
                String.valueOf(estateId),
                content.get(),
                preview.problems(),
                preview.importable(),
                locale);
        return PAGE;
    }

    /** The confirmation: imports the file previewed, or says the preview has to be made again. */
    @PostMapping(CONFIRM)
    String confirm(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(name = "estateId") long estateId,
            @RequestParam(name = "pendingId", required = false) String pendingId,
            HttpSession session,
            Model model) {
        return PendingImports.take(session, KIND, pendingId, String.valueOf(estateId))
                .map(content -> {
                    register.importRegister(caller, estateId, content);
                    return "redirect:" + PATH + "?imported=" + estateId;
                })
                .orElseGet(() -> {
                    model.addAttribute("estates", register.estates());
                    model.addAttribute("chosenEstate", estateId);
                    model.addAttribute("expired", true);
                    return PAGE;
                });
    }
}
