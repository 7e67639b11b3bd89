package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.files.DocumentType;
import cn.jiedaoflow.idempotency.FormKeys;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import cn.jiedaoflow.web.WindowForms;
import cn.jiedaoflow.web.WindowReceipt;
import cn.jiedaoflow.web.WindowReceiptPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Window entry of a labour dispute mediation application for a walk-in worker (docs/console.md), for the mediation
 * committee: the API's request record and intake rules ({@link MediationIntake}), with the materials handed in
 * ({@link MediationWindowEntries}).
 */
@Controller
@ConsolePage
class LaborDisputeWindowPages implements ConsoleSection {

    static final String PATH = "/console/window/labor-dispute";
    static final String KIND = "labor-dispute";
    private static final String PAGE = "console/window-labor-dispute";
    private static final String LABELS = "console.windowLaborDispute.";

    private final MediationWindowEntries entries;
    private final FormKeys keys;
    private final WindowForms windowForms;
    private final WorkingCalendar calendar;

    LaborDisputeWindowPages(
            MediationWindowEntries entries, FormKeys keys, WindowForms windowForms, WorkingCalendar calendar) {
        this.entries = entries;
        this.keys = keys;
        this.windowForms = windowForms;
        this.calendar = calendar;
    }

    @Override
    public String titleKey() {
        return LABELS + "title";
    }

    @Override
    public String descriptionKey() {
        return LABELS + "description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup(StaffGroup.MEDIATION.id());
    }

    @GetMapping(PATH)
    String page(Locale locale, Model model) {
        form(Map.of(), locale, model);
        return PAGE;
    }

    @PostMapping(PATH)
    String enter(
            @AuthenticationPrincipal Caller caller,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpSession session,
            Locale locale,
            Model model) {
        Map<String, String> values = WindowForms.values(params);
        List<WindowForms.NamedUpload> files = WindowForms.files(request);
        try {
            return "redirect:"
                    + keys.once(caller.username(), values.get("idempotencyKey"), PATH, () -> {
                        String trackingNumber = entries.enter(caller, request(values), WindowForms.uploads(files));
                        return WindowForms.kept(session, PATH, receipt(trackingNumber, values, files, locale));
                    });
        } catch (Refusal refusal) {
            windowForms.refused(refusal, field -> null, !files.isEmpty(), model, locale);
            form(values, locale, model);
            return PAGE;
        }
    }

    @GetMapping(PATH + "/receipt/{trackingNumber}")
    String receipt(
            @PathVariable String trackingNumber, HttpSession session, HttpServletResponse response, Model model) {
        return WindowReceiptPage.show(
                WindowForms.receipt(session, KIND, trackingNumber), PATH, trackingNumber, response, model);
    }

    private void form(Map<String, String> values, Locale locale, Model model) {
        model.addAttribute(
                "disputeTypes",
                windowForms.options(
                        LABELS + "type.",
                        Arrays.stream(DisputeType.values()).map(Enum::name).toList(),
                        locale));
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", values.getOrDefault("idempotencyKey", FormKeys.newKey()));
    }

    private static ApplicationRequest request(Map<String, String> values) {
        return new ApplicationRequest(
                values.get("employer"),
                values.get("disputeType"),
                values.get("claim"),
                values.get("facts"),
                values.get("applicantName"),
                values.get("applicantMobile"),
                values.get("applicantIdNumber"));
    }

    private WindowReceipt receipt(
            String trackingNumber, Map<String, String> values, List<WindowForms.NamedUpload> files, Locale locale) {
        return WindowReceipt.of(
                KIND,
                trackingNumber,
                windowForms.label(LABELS + "matter", locale),
                values.get("applicantName"),
                values.get("applicantIdNumber"),
                values.get("applicantMobile"),
                calendar.local(calendar.now()),
                files.stream()
                        .map(file -> DocumentType.safeFileName(file.upload().fileName(), "material"))
                        .toList());
    }
}
