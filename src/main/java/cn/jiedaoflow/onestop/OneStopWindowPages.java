package cn.jiedaoflow.onestop;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.files.DocumentType;
import cn.jiedaoflow.idempotency.FormKeys;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import cn.jiedaoflow.web.WindowForms;
import cn.jiedaoflow.web.WindowReceipt;
import cn.jiedaoflow.web.WindowReceiptPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Window entry of a one-stop application for a walk-in resident (窗口代办, docs/console.md), for the acceptance window:
 * the matter chosen from the catalog by name, then its form drawn on the server from the matter's Camunda Form, the
 * applicant, the materials and the delivery. What is sent goes through {@link OneStopSubmissions#submit} as the API's
 * window entry does: the same request record, checks and refusals, the same audit entry naming the staff member.
 */
@Controller
@ConsolePage
class OneStopWindowPages implements ConsoleSection {

    static final String PATH = "/console/window/one-stop";
    static final String KIND = "one-stop";
    private static final String PAGE = "console/window-one-stop";
    private static final String DATA = "data.";
    private static final String MATERIALS = "materials.";

    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final OneStopSubmissions submissions;
    private final FormKeys keys;
    private final WindowForms windowForms;
    private final WorkingCalendar calendar;

    OneStopWindowPages(
            ServiceCatalog catalog,
            MatterForms forms,
            OneStopSubmissions submissions,
            FormKeys keys,
            WindowForms windowForms,
            WorkingCalendar calendar) {
        this.catalog = catalog;
        this.forms = forms;
        this.submissions = submissions;
        this.keys = keys;
        this.windowForms = windowForms;
        this.calendar = calendar;
    }

    @Override
    public String titleKey() {
        return "console.windowOneStop.title";
    }

    @Override
    public String descriptionKey() {
        return "console.windowOneStop.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return OneStopAccess.WINDOW.stream().anyMatch(caller::inGroup);
    }

    /** The matters to choose from, or the form of the one chosen. */
    @GetMapping(PATH)
    String page(
            @RequestParam(name = "matter", required = false) String code, HttpServletResponse response, Model model) {
        model.addAttribute("matters", catalog.applicable());
        if (code == null || code.isBlank()) {
            return PAGE;
        }
        Optional<Matter> matter = catalog.find(code).filter(found -> !found.isMember());
        if (matter.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknownMatter", code);
            return PAGE;
        }
        form(matter.get(), Map.of(), model);
        return PAGE;
    }

    /** The entry: stored and started once per form, then the receipt; or the form again with every refused field. */
    @PostMapping(PATH)
    String enter(
            @AuthenticationPrincipal Caller caller,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpSession session,
            Locale locale,
            Model model) {
        model.addAttribute("matters", catalog.applicable());
        String code = params.getFirst("matterCode");
        Matter matter = catalog.find(code == null ? "" : code)
                .filter(found -> !found.isMember())
                .orElseThrow(() -> Refusal.notFound("onestop.matter.notFound", String.valueOf(code)));
        Map<String, String> values = WindowForms.values(params);
        List<WindowForms.NamedUpload> files = WindowForms.files(request);
        try {
            return "redirect:"
                    + keys.once(caller.username(), values.get("idempotencyKey"), PATH, () -> {
                        String trackingNumber = submissions
                                .submit(caller, submission(matter, values, files), WindowForms.uploads(files))
                                .trackingNumber();
                        return WindowForms.kept(session, PATH, receipt(matter, values, files, trackingNumber));
                    });
        } catch (Refusal refusal) {
            windowForms.refused(refusal, field -> null, !files.isEmpty(), model, locale);
            form(matter, values, model);
            return PAGE;
        }
    }

    /** The receipt of an application entered in this session, to print for the applicant. */
    @GetMapping(PATH + "/receipt/{trackingNumber}")
    String receipt(
            @PathVariable String trackingNumber, HttpSession session, HttpServletResponse response, Model model) {
        return WindowReceiptPage.show(
                WindowForms.receipt(session, KIND, trackingNumber), PATH, trackingNumber, response, model);
    }

    private void form(Matter matter, Map<String, String> values, Model model) {
        List<FormField> fields = forms.fields(matter.formKey()).orElse(List.of());
        model.addAttribute("matter", matter);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", values.getOrDefault("idempotencyKey", FormKeys.newKey()));
    }

    /** The form as the API's request record: the form's values by key (text, as a browser sends them), the files. */
    private static SubmissionRequest submission(
            Matter matter, Map<String, String> values, List<WindowForms.NamedUpload> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(DATA) && value != null && !value.isBlank()) {
                data.put(name.substring(DATA.length()), "true".equals(value) ? Boolean.TRUE : value);
            }
        });
        return new SubmissionRequest(
                matter.code(),
                data,
                files.stream().map(file -> material(file.field())).toList(),
                values.get("delivery"),
                values.get("mailingAddress"),
                new SubmissionRequest.Applicant(
                        values.get("applicant.name"),
                        values.get("applicant.idNumber"),
                        values.get("applicant.mobile")));
    }

    private static String material(String field) {
        return field.startsWith(MATERIALS) ? field.substring(MATERIALS.length()) : field;
    }

    private WindowReceipt receipt(
            Matter matter, Map<String, String> values, List<WindowForms.NamedUpload> files, String trackingNumber) {
        Map<String, String> names = new LinkedHashMap<>();
        matter.materials().forEach(material -> names.put(material.code(), material.nameZh()));
        List<String> received = new ArrayList<>();
        for (WindowForms.NamedUpload file : files) {
            received.add(names.getOrDefault(material(file.field()), material(file.field())) + "："
                    + DocumentType.safeFileName(file.upload().fileName(), "material"));
        }
        return WindowReceipt.of(
                KIND,
                trackingNumber,
                matter.nameZh(),
                values.get("applicant.name"),
                values.get("applicant.idNumber"),
                values.get("applicant.mobile"),
                calendar.local(calendar.now()),
                received);
    }
}
