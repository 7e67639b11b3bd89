package cn.jiedaoflow.catalog;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's catalog (事项目录, docs/console.md) for administrators, as the API's {@code PUT /api/catalog/{code}}:
 * the page builds the API's {@link MatterRequest} and every change is {@link ServiceCatalog#save}, with its rules,
 * refusals (shown on the page, field by field) and audit line. Departments, handling modes and parents are chosen
 * and shown by name.
 */
@Controller
@ConsolePage
class CatalogPages implements ConsoleSection {

    static final String PATH = "/console/catalog";
    static final String NEW = PATH + "/new";
    static final String MATTER = PATH + "/matters/{code}";
    private static final String LIST_PAGE = "console/catalog";
    private static final String MATTER_PAGE = "console/catalog-matter";

    private final ServiceCatalog catalog;
    private final CatalogPageModels models;

    CatalogPages(ServiceCatalog catalog, CatalogPageModels models) {
        this.catalog = catalog;
        this.models = models;
    }

    @Override
    public String titleKey() {
        return "console.catalog.title";
    }

    @Override
    public String descriptionKey() {
        return "console.catalog.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup(StaffGroup.ADMINISTRATORS.id());
    }

    @GetMapping(PATH)
    String list(Locale locale, Model model) {
        model.addAttribute("matters", models.rows(catalog.list(), locale));
        return LIST_PAGE;
    }

    @GetMapping(NEW)
    String newMatter(Locale locale, Model model) {
        models.form(null, CatalogPageForm.empty(), locale, model);
        return MATTER_PAGE;
    }

    @GetMapping(MATTER)
    String matter(@PathVariable String code, Locale locale, Model model) {
        models.form(code, CatalogPageForm.of(catalog.one(code)), locale, model);
        return MATTER_PAGE;
    }

    /** A new matter: its code typed; a code the catalog has already is refused, so nothing is overwritten. */
    @PostMapping(NEW)
    String create(
            @AuthenticationPrincipal Caller caller,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        CatalogPageForm form = CatalogPageForm.read(params);
        String code = Optional.ofNullable(params.getFirst("code")).orElse("").strip();
        try {
            if (!code.isEmpty() && catalog.find(code).isPresent()) {
                throw Refusal.conflict("console.catalog.codeTaken", code);
            }
            return saved(caller, code, form, "created", redirect);
        } catch (Refusal refusal) {
            return refused(null, form, refusal, response, locale, model);
        }
    }

    @PostMapping(MATTER)
    String save(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        catalog.one(code);
        CatalogPageForm form = CatalogPageForm.read(params);
        try {
            return saved(caller, code, form, "changed", redirect);
        } catch (Refusal refusal) {
            return refused(code, form, refusal, response, locale, model);
        }
    }

    private String saved(Caller caller, String code, CatalogPageForm form, String what, RedirectAttributes redirect) {
        MatterView matter = catalog.save(code, form.request(), caller.username());
        redirect.addFlashAttribute("done", what);
        redirect.addFlashAttribute("doneName", matter.nameZh());
        return "redirect:" + PATH;
    }

    /** The form again with what was typed, and every bad field the refusal names, or its sentence. */
    private String refused(
            String code,
            CatalogPageForm form,
            Refusal refusal,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        models.form(code, form, locale, model);
        models.refused(refusal, locale, model);
        return MATTER_PAGE;
    }
}
