package cn.jiedaoflow.web;

import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What the console's window-entry pages share (docs/console.md, "Window entry"): the files of the form as the API's
 * uploads, a refusal of the API's rules shown on the page with every bad field it names, and the receipt kept in the
 * staff member's session for the page the entry goes to ({@code console/window.html}).
 */
@Component
public class WindowForms {

    static final String RECEIPTS = "console.windowReceipts";
    private static final int KEPT_RECEIPTS = 20;

    private final Problems problems;
    private final MessageSource messages;

    WindowForms(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** The form's fields by name, the first value of each, without the CSRF token. */
    public static Map<String, String> values(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>(params.toSingleValueMap());
        values.remove("_csrf");
        return values;
    }

    /**
     * The files chosen in the form's file fields, in order, each with the name of its field: a field left empty (the
     * browser sends it with no file name and no bytes) is no file.
     */
    public static List<NamedUpload> files(HttpServletRequest request) {
        List<NamedUpload> files = new ArrayList<>();
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return files;
        }
        for (Map.Entry<String, List<MultipartFile>> field :
                multipart.getMultiFileMap().entrySet()) {
            for (MultipartFile file : field.getValue()) {
                String name = file.getOriginalFilename();
                if (name == null || name.isBlank() && file.isEmpty()) {
                    continue;
                }
                files.add(new NamedUpload(
                        field.getKey(), MultipartParts.files(List.of(file)).get(0)));
            }
        }
        return files;
    }

    /** The uploads of {@code files}, in order, as the API's services take them. */
    public static List<Upload> uploads(List<NamedUpload> files) {
        return files.stream().map(NamedUpload::upload).toList();
    }

    /** A file of the form and the field it was chosen in. */
    public record NamedUpload(String field, Upload upload) {}

    /**
     * Shows {@code refusal} on the page: its sentence, and each bad field it names with its label ({@code labels} for
     * the fields whose refusal carries none) and what is wrong, in the page's language; and, when files were sent,
     * that they have to be chosen again (a browser does not refill a file field).
     */
    public void refused(
            Refusal refusal, Function<String, String> labels, boolean filesSent, Model model, Locale locale) {
        model.addAttribute("problem", problems.message(refusal.messageKey(), shown(refusal.args(), locale), locale));
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldError> summary = new ArrayList<>();
        for (Map<String, Object> error : refusal.fieldErrors()) {
            String field = String.valueOf(error.get("field"));
            String label = error.get("label") instanceof Localized localized
                    ? localized.in(locale)
                    : Optional.ofNullable(labels.apply(field)).orElse(field);
            String what = problem(String.valueOf(error.get("problem")), locale);
            errors.putIfAbsent(field, what);
            summary.add(new FieldError(field, label, what));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", summary);
        model.addAttribute("filesLost", filesSent);
    }

    /** One bad field as the page lists it: its name in the form, its label and what is wrong with it. */
    public record FieldError(String field, String label, String problem) {}

    private String problem(String code, Locale locale) {
        try {
            return messages.getMessage("console.window.problem." + code, null, locale);
        } catch (NoSuchMessageException unknown) {
            return messages.getMessage("console.window.problem.other", null, locale);
        }
    }

    private static Object[] shown(Object[] args, Locale locale) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Localized localized ? localized.in(locale) : args[i];
        }
        return shown;
    }

    /** The options of a choice, each code with its label {@code prefix + code} in the page's language, in order. */
    public Map<String, String> options(String prefix, List<String> codes, Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        codes.forEach(code -> options.put(code, messages.getMessage(prefix + code, null, locale)));
        return options;
    }

    /** The label {@code key} in the page's language, for a field a refusal names without one. */
    public String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /**
     * Keeps {@code receipt} in the staff member's session and answers the address of its page under {@code path}, the
     * entry page's: what an entry gives its idempotency key to answer again.
     */
    public static String kept(HttpSession session, String path, WindowReceipt receipt) {
        keep(session, receipt);
        return path + "/receipt/" + receipt.trackingNumber();
    }

    /** Keeps {@code receipt} in the staff member's session for its page; the latest {@value #KEPT_RECEIPTS} stay. */
    @SuppressWarnings("unchecked")
    private static void keep(HttpSession session, WindowReceipt receipt) {
        Object kept = session.getAttribute(RECEIPTS);
        LinkedHashMap<String, WindowReceipt> receipts = kept instanceof LinkedHashMap<?, ?> map
                ? (LinkedHashMap<String, WindowReceipt>) map
                : new LinkedHashMap<>();
        receipts.remove(receipt.trackingNumber());
        receipts.put(receipt.trackingNumber(), receipt);
        while (receipts.size() > KEPT_RECEIPTS) {
            receipts.remove(receipts.keySet().iterator().next());
        }
        session.setAttribute(RECEIPTS, receipts);
    }

    /** The receipt of {@code trackingNumber} of {@code kind} entered in this session, if any. */
    public static Optional<WindowReceipt> receipt(HttpSession session, String kind, String trackingNumber) {
        return session.getAttribute(RECEIPTS) instanceof Map<?, ?> receipts
                        && receipts.get(trackingNumber) instanceof WindowReceipt receipt
                        && receipt.kind().equals(kind)
                ? Optional.of(receipt)
                : Optional.empty();
    }
}
