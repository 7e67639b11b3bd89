package cn.jiedaoflow.veterans;

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
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Window entry of a veteran-assistance application (docs/console.md): the station for a veteran or family member in
 * person, a residents' committee reporting a case (居委会上报). What is sent is the API's request record, checked and
 * stored by {@link VeteranAssistanceApplicationService} with the documents as its attachments, in one transaction.
 */
@Controller
@ConsolePage
class VeteranWindowPages implements ConsoleSection {

    static final String PATH = "/console/window/veterans";
    static final String KIND = "veterans";
    private static final String PAGE = "console/window-veterans";
    private static final String LABELS = "console.windowVeterans.";
    private static final Set<String> FIELDS = Set.of(
            "applicantRelation",
            "veteranIdNumber",
            "applicantName",
            "applicantMobile",
            "hardshipType",
            "householdSize",
            "monthlyHouseholdIncome",
            "disabilityGrade",
            "requestedHelp");

    private final VeteranAssistanceApplicationService service;
    private final FormKeys keys;
    private final WindowForms windowForms;
    private final WorkingCalendar calendar;

    VeteranWindowPages(
            VeteranAssistanceApplicationService service,
            FormKeys keys,
            WindowForms windowForms,
            WorkingCalendar calendar) {
        this.service = service;
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

    /** The station, and the residents' committees, which report cases. */
    @Override
    public boolean openTo(Caller caller) {
        return VeteranAssistanceApplicationService.isStation(caller)
                || caller.inGroup(StaffGroup.RESIDENTS_COMMITTEE.id());
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        form(caller, Map.of(), locale, model);
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
                        AssistanceView applied =
                                service.applyWithAttachments(caller, request(values), WindowForms.uploads(files));
                        return WindowForms.kept(session, PATH, receipt(applied, values, files, locale));
                    });
        } catch (Refusal refusal) {
            windowForms.refused(
                    refusal,
                    field -> FIELDS.contains(field) ? windowForms.label(LABELS + field, locale) : null,
                    !files.isEmpty(),
                    model,
                    locale);
            form(caller, values, locale, model);
            return PAGE;
        }
    }

    @GetMapping(PATH + "/receipt/{trackingNumber}")
    String receipt(
            @PathVariable String trackingNumber, HttpSession session, HttpServletResponse response, Model model) {
        return WindowReceiptPage.show(
                WindowForms.receipt(session, KIND, trackingNumber), PATH, trackingNumber, response, model);
    }

    private void form(Caller caller, Map<String, String> values, Locale locale, Model model) {
        List<String> relations = VeteranAssistanceApplicationService.isStation(caller)
                ? List.of(ApplicantRelation.VETERAN.name(), ApplicantRelation.FAMILY.name())
                : List.of(ApplicantRelation.RESIDENTS_COMMITTEE.name());
        model.addAttribute("relations", windowForms.options(LABELS + "relation.", relations, locale));
        model.addAttribute(
                "hardships",
                windowForms.options(
                        LABELS + "hardship.",
                        Arrays.stream(HardshipType.values()).map(Enum::name).toList(),
                        locale));
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", values.getOrDefault("idempotencyKey", FormKeys.newKey()));
    }

    /** The form as the API's request record; numbers as the browser sends them, text, checked as the API's are. */
    private static AssistanceRequest request(Map<String, String> values) {
        return new AssistanceRequest(
                values.get("veteranIdNumber"),
                values.get("applicantRelation"),
                values.get("applicantName"),
                values.get("applicantMobile"),
                values.get("hardshipType"),
                blankIsNull(values.get("householdSize")),
                blankIsNull(values.get("monthlyHouseholdIncome")),
                blankIsNull(values.get("disabilityGrade")),
                values.get("requestedHelp"));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private WindowReceipt receipt(
            AssistanceView applied, Map<String, String> values, List<WindowForms.NamedUpload> files, Locale locale) {
        return WindowReceipt.of(
                KIND,
                applied.trackingNumber(),
                windowForms.label(LABELS + "matter", locale),
                values.get("applicantName"),
                ApplicantRelation.VETERAN.name().equals(values.get("applicantRelation"))
                        ? values.get("veteranIdNumber")
                        : null,
                values.get("applicantMobile"),
                calendar.local(calendar.now()),
                files.stream()
                        .map(file -> DocumentType.safeFileName(file.upload().fileName(), "attachment"))
                        .toList());
    }
}
