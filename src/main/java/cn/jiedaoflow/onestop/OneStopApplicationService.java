package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.RequiredMaterial;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocument;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' side of one-stop applications, and the window's: checks who calls and what they send,
 * stores the application with its materials and starts the procedure in one transaction (all or nothing),
 * and moves it on when the applicant supplements, withdraws or rates. Residents are not engine users: this
 * class checks the caller, then acts on the engine for them.
 */
@EngineEdge
@Service
public class OneStopApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(OneStopApplicationService.class);
    private static final int MAX_DATA_JSON = 8000;
    /** The longest JSON part taken (characters); its data may be {@value #MAX_DATA_JSON} at most. */
    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};

    private static final Set<String> READERS =
            Set.of(StaffGroup.ACCEPTANCE_WINDOW.id(), StaffGroup.ACCEPTANCE_HEAD.id(), StaffGroup.LEADERS.id());

    private final OneStopApplicationRepository applications;
    private final OneStopApplicationQueries queries;
    private final MaterialRepository materials;
    private final StoredDocuments documents;
    private final MemberReviewRepository reviews;
    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final AccountRepository accounts;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ObjectMapper json;

    OneStopApplicationService(
            OneStopApplicationRepository applications,
            OneStopApplicationQueries queries,
            MaterialRepository materials,
            StoredDocuments documents,
            MemberReviewRepository reviews,
            ServiceCatalog catalog,
            MatterForms forms,
            AccountRepository accounts,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            RuntimeService runtime,
            AuditLog audit,
            ObjectMapper json) {
        this.applications = applications;
        this.queries = queries;
        this.materials = materials;
        this.documents = documents;
        this.reviews = reviews;
        this.catalog = catalog;
        this.forms = forms;
        this.accounts = accounts;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.json = json;
    }

    // ---- submission ----------------------------------------------------------------------------------------

    @Transactional
    public ApplicationSubmitted submit(Caller caller, SubmissionRequest request, List<Upload> files) {
        requireResidentOrWindow(caller);
        Matter matter = catalog.find(request.matterCode())
                .orElseThrow(() -> Refusal.notFound("onestop.matter.notFound", request.matterCode()));
        if (matter.isMember()) {
            throw Refusal.badInput(
                    "onestop.matter.memberOnly",
                    new Localized(matter.nameZh(), matter.nameEn()),
                    catalog.find(matter.parentCode())
                            .map(parent -> new Localized(parent.nameZh(), parent.nameEn()))
                            .orElse(new Localized(matter.parentCode(), matter.parentCode())),
                    matter.parentCode());
        }
        OneStopApplication.Applicant applicant = caller.isStaff() ? walkIn(request.applicant()) : resident(caller);
        DeliveryMethod delivery = delivery(request.delivery());
        String mailingAddress = mailingAddress(delivery, request.mailingAddress());
        List<FormField> fields = forms.fields(matter.formKey())
                .orElseThrow(() ->
                        new IllegalStateException("matter " + matter.code() + " has no form " + matter.formKey()));
        Map<String, Object> data = checkedData(fields, request.data());
        List<MaterialFile> uploaded = materialFiles(matter, request.materialCodes(), files);
        requireComplete(matter, fields, data, uploaded);
        String dataJson = write(data);

        Instant now = calendar.now();
        String trackingNumber =
                trackingNumbers.unused(TRACKING_NUMBER_PREFIX, now, applications::existsByTrackingNumber);
        OneStopApplication application = applications.save(new OneStopApplication(
                trackingNumber,
                matter.code(),
                applicant,
                caller.isStaff() ? Channel.WINDOW : Channel.ONLINE,
                caller.isStaff() ? caller.username() : null,
                dataJson,
                delivery,
                mailingAddress,
                now));
        store(application, uploaded, false, actor(caller), now);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TRACKING_NUMBER, trackingNumber);
        variables.put(VAR_APPLICANT_NAME, applicant.name());
        variables.put(VAR_MATTER_CODE, matter.code());
        variables.put(VAR_MATTER_NAME, matter.nameZh());
        variables.put(VAR_CHANNEL, application.getChannel().name());
        variables.put(VAR_APPLICATION_SUMMARY, summary(application, matter, fields, data));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(variables)
                .execute();
        application.started(instance.getId());
        applications.save(application);
        audit.record(
                actor(caller),
                "ONE_STOP_SUBMITTED",
                "application:" + trackingNumber,
                matter.code() + " " + application.getChannel() + ", " + uploaded.size() + " file(s), applicant ID "
                        + IdNumbers.mask(applicant.idNumber()));
        LOG.info(
                "one-stop {} submitted ({} {}) by {}",
                trackingNumber,
                matter.code(),
                application.getChannel(),
                actor(caller));
        OneStopApplication started =
                applications.findByTrackingNumber(trackingNumber).orElseThrow();
        Deadline preCheck = calendar.workingDaysFrom(now, PRE_CHECK_WORKING_DAYS);
        return new ApplicationSubmitted(
                trackingNumber, started.getStatus(), offset(started.getPreCheckDue()), preCheck.provisional());
    }

    private OneStopApplication.Applicant resident(Caller caller) {
        String idNumber =
                accounts.findById(caller.accountId()).map(Account::getIdNumber).orElse(null);
        return new OneStopApplication.Applicant(caller.accountId(), caller.displayName(), caller.username(), idNumber);
    }

    private static OneStopApplication.Applicant walkIn(SubmissionRequest.Applicant applicant) {
        List<Map<String, Object>> missing = new ArrayList<>();
        if (applicant == null || isBlank(applicant.name())) {
            missing.add(problem("applicant.name", "missing", new Localized("申请人姓名", "applicant.name")));
        }
        if (applicant == null || isBlank(applicant.idNumber())) {
            missing.add(problem("applicant.idNumber", "missing", new Localized("身份证号码", "applicant.idNumber")));
        }
        if (applicant == null || isBlank(applicant.mobile())) {
            missing.add(problem("applicant.mobile", "missing", new Localized("手机号码", "applicant.mobile")));
        }
        if (!missing.isEmpty()) {
            throw Refusal.badFields("onestop.application.missing", missing, labels(missing));
        }
        String name = applicant.name().strip();
        if (name.length() > 100) {
            throw Refusal.badInput("onestop.application.tooLong", "applicant.name", 100);
        }
        String mobile = applicant.mobile().strip();
        if (!LoginNames.isMobile(mobile)) {
            throw Refusal.badInput("onestop.application.mobile.invalid", mobile);
        }
        String idNumber = IdNumbers.normalized(applicant.idNumber())
                .orElseThrow(() -> Refusal.badInput(
                        "onestop.application.idNumber.invalid",
                        IdNumbers.mask(applicant.idNumber().strip())));
        return new OneStopApplication.Applicant(null, name, mobile, idNumber);
    }

    private static DeliveryMethod delivery(String value) {
        if (isBlank(value)) {
            return DeliveryMethod.ELECTRONIC;
        }
        for (DeliveryMethod method : DeliveryMethod.values()) {
            if (method.name().equals(value.strip())) {
                return method;
            }
        }
        throw Refusal.badInput("onestop.application.delivery.invalid", value);
    }

    private static String mailingAddress(DeliveryMethod delivery, String address) {
        if (delivery != DeliveryMethod.MAIL) {
            return null;
        }
        if (isBlank(address)) {
            throw Refusal.badInput("onestop.application.mailingAddress.missing");
        }
        if (address.strip().length() > 300) {
            throw Refusal.badInput("onestop.application.tooLong", "mailingAddress", 300);
        }
        return address.strip();
    }

    /** The data with every given value checked against the form; unknown keys and bad values are refused. */
    private static Map<String, Object> checkedData(List<FormField> fields, Map<String, Object> data) {
        Map<String, FormField> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.put(field.key(), field));
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Object> checked = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            FormField field = byKey.get(key);
            if (field == null) {
                errors.add(problem("data." + key, "unknown", new Localized(key, key)));
            } else if (FormField.isGiven(value)) {
                field.problemWith(value)
                        .ifPresentOrElse(
                                problem -> errors.add(problem("data." + key, problem, label(field))),
                                () -> checked.put(key, value instanceof String text ? text.strip() : value));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.badFields("onestop.application.invalid", errors, labels(errors));
        }
        return checked;
    }

    private List<MaterialFile> materialFiles(Matter matter, List<String> codes, List<Upload> files) {
        List<Upload> given = files == null ? List.of() : files;
        if (codes.size() != given.size()) {
            throw Refusal.badInput("onestop.materials.codesMismatch", codes.size(), given.size());
        }
        Set<String> known = new LinkedHashSet<>();
        matter.materials().forEach(material -> known.add(material.code()));
        List<MaterialFile> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String code = codes.get(i);
            if (code == null || !known.contains(code)) {
                throw Refusal.badInput("onestop.materials.unknownCode", String.valueOf(code), String.join(", ", known));
            }
            checked.add(new MaterialFile(code, UploadedDocument.read(given.get(i), "material")));
        }
        return checked;
    }

    /** Every required field and material present, or one answer listing all that is missing (一次性告知). */
    private static void requireComplete(
            Matter matter, List<FormField> fields, Map<String, Object> data, List<MaterialFile> uploaded) {
        List<Map<String, Object>> missing = new ArrayList<>();
        for (FormField field : fields) {
            if (field.required() && !data.containsKey(field.key())) {
                missing.add(problem("data." + field.key(), "missing", label(field)));
            }
        }
        Set<String> handedIn = new LinkedHashSet<>();
        uploaded.forEach(file -> handedIn.add(file.materialCode()));
        for (RequiredMaterial material : matter.materials()) {
            if (!handedIn.contains(material.code())) {
                missing.add(problem(
                        "materials." + material.code(),
                        "missing",
                        new Localized(material.nameZh(), material.nameEn())));
            }
        }
        if (!missing.isEmpty()) {
            throw Refusal.badFields("onestop.application.missing", missing, labels(missing));
        }
    }

    private void store(
            OneStopApplication application, List<MaterialFile> files, boolean supplement, String by, Instant now) {
        for (MaterialFile file : files) {
            StoredDocument document = documents.store(file.document(), by, now);
            materials.save(new Material(application.getId(), file.materialCode(), document, supplement));
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine(Caller caller) {
        requireResidentOrWindow(caller);
        List<OneStopApplication> found = caller.isStaff()
                ? queries.findByRegisteredByOrderBySubmittedAtDescIdDesc(caller.username())
                : queries.ofResident(caller.accountId(), caller.username(), idNumberOf(caller));
        Map<String, String> names = new HashMap<>();
        return found.stream()
                .map(application -> new ApplicationSummary(
                        application.getTrackingNumber(),
                        application.getMatterCode(),
                        names.computeIfAbsent(
                                application.getMatterCode(),
                                code -> catalog.find(code).map(Matter::nameZh).orElse(code)),
                        application.getStatus(),
                        application.getChannel(),
                        offset(application.getSubmittedAt())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ApplicationView one(Caller caller, String trackingNumber) {
        OneStopApplication application = readable(caller, trackingNumber);
        return view(application);
    }

    @Transactional
    public DocumentDownload material(Caller caller, String trackingNumber, long materialId) {
        OneStopApplication application = readable(caller, trackingNumber);
        Material material = materials
                .findByIdAndApplicationId(materialId, application.getId())
                .orElseThrow(() -> Refusal.notFound("onestop.material.notFound", materialId, trackingNumber));
        DocumentDownload download = documents.open(material.getDocument());
        if (caller.isStaff()) {
            audit.record(
                    caller.username(),
                    "ONE_STOP_MATERIAL_VIEWED",
                    "application:" + trackingNumber,
                    "material " + materialId + " (" + material.getMaterialCode() + ")");
        }
        return download;
    }

    // ---- the applicant's actions ---------------------------------------------------------------------------

    @Transactional
    public ApplicationView withdraw(Caller caller, String trackingNumber) {
        OneStopApplication application = actionable(caller, trackingNumber);
        application.withdraw();
        applications.save(application);
        correlate(MESSAGE_WITHDRAWN, trackingNumber, Map.of());
        audit.record(actor(caller), "ONE_STOP_WITHDRAWN", "application:" + trackingNumber, "");
        LOG.info("one-stop {} withdrawn by {}", trackingNumber, actor(caller));
        return view(application);
    }

    @Transactional
    public ApplicationView supplement(
            Caller caller, String trackingNumber, SupplementRequest request, List<Upload> files) {
        OneStopApplication application = actionable(caller, trackingNumber);
        if (application.getStatus() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw Refusal.conflict("onestop.application.supplement.notRequested", trackingNumber);
        }
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        List<FormField> fields = forms.fields(matter.formKey()).orElseThrow();
        Map<String, Object> changes = checkedData(fields, request.data());
        List<MaterialFile> uploaded = materialFiles(matter, request.materialCodes(), files);
        if (changes.isEmpty() && uploaded.isEmpty()) {
            throw Refusal.badInput("onestop.supplement.empty");
        }
        Map<String, Object> data = readData(application);
        data.putAll(changes);
        String dataJson = write(data);
        Instant now = calendar.now();
        application.supplemented(dataJson);
        applications.save(application);
        store(application, uploaded, true, actor(caller), now);
        correlate(
                MESSAGE_SUPPLEMENT_RECEIVED,
                trackingNumber,
                Map.of(VAR_APPLICATION_SUMMARY, summary(application, matter, fields, data)));
        audit.record(
                actor(caller),
                "ONE_STOP_SUPPLEMENTED",
                "application:" + trackingNumber,
                uploaded.size() + " file(s), fields " + changes.keySet());
        LOG.info("one-stop {} supplemented by {}", trackingNumber, actor(caller));
        return view(applications.findByTrackingNumber(trackingNumber).orElseThrow());
    }

    @Transactional
    public ApplicationView rate(Caller caller, String trackingNumber, RatingRequest request) {
        if (caller == null || caller.kind() != Caller.Kind.RESIDENT) {
            throw Refusal.forbidden("onestop.rating.residentsOnly");
        }
        OneStopApplication application = owned(caller, trackingNumber);
        Rating rating = Rating.of(request == null ? null : request.score(), request == null ? null : request.comment());
        Instant now = calendar.now();
        application.rate(rating, now);
        applications.save(application);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_RATING_SCORE, rating.score());
        variables.put(VAR_RATING_COMMENT, rating.comment() == null ? "" : rating.comment());
        variables.put(VAR_RECTIFICATION_NEEDED, rating.needsRectification());
        if (rating.needsRectification()) {
            Deadline rectificationDue = calendar.workingDaysFrom(now, RECTIFICATION_WORKING_DAYS);
            variables.put(VAR_RECTIFICATION_DUE, rectificationDue.asDate());
            variables.put(VAR_RECTIFICATION_DUE_PROVISIONAL, rectificationDue.provisional());
        }
        correlate(MESSAGE_RATED, trackingNumber, variables);
        audit.record(actor(caller), "ONE_STOP_RATED", "application:" + trackingNumber, "score " + rating.score());
        LOG.info("one-stop {} rated {}", trackingNumber, rating.score());
        return view(application);
    }

    private void correlate(String message, String trackingNumber, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(trackingNumber)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict("onestop.application.notWaiting", trackingNumber);
        }
    }

    // ---- who may see and act -------------------------------------------------------------------------------

    private static void requireResidentOrWindow(Caller caller) {
        boolean allowed = caller != null
                && (caller.kind() == Caller.Kind.RESIDENT
                        || caller.isStaff() && caller.inGroup(StaffGroup.ACCEPTANCE_WINDOW.id()));
        if (!allowed) {
            throw Refusal.forbidden("onestop.forbidden");
        }
    }

    /** The applicant's own application; for anyone else, the same 404 as an unknown number. */
    private OneStopApplication owned(Caller caller, String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> isApplicant(caller, application))
                .orElseThrow(() -> Refusal.notFound("onestop.application.notFound", trackingNumber));
    }

    private boolean isApplicant(Caller caller, OneStopApplication application) {
        if (caller.kind() != Caller.Kind.RESIDENT) {
            return false;
        }
        if (application.getApplicantAccountId() != null) {
            return application.getApplicantAccountId().equals(caller.accountId());
        }
        String idNumber = idNumberOf(caller);
        return application.getApplicantMobile().equals(caller.username())
                && idNumber != null
                && idNumber.equals(application.getApplicantIdNumber());
    }

    private String idNumberOf(Caller caller) {
        return accounts.findById(caller.accountId()).map(Account::getIdNumber).orElse(null);
    }

    /** Residents read their own; staff of the window, the centre's head, leaders and the departments concerned read. */
    private OneStopApplication readable(Caller caller, String trackingNumber) {
        if (caller == null || caller.kind() == Caller.Kind.ENTERPRISE) {
            throw Refusal.forbidden("onestop.forbidden");
        }
        if (!caller.isStaff()) {
            return owned(caller, trackingNumber);
        }
        OneStopApplication application = applications
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> Refusal.notFound("onestop.application.notFound", trackingNumber));
        boolean concerned = READERS.stream().anyMatch(caller::inGroup)
                || reviews.findByTrackingNumberOrderByIdAsc(trackingNumber).stream()
                        .anyMatch(part -> caller.inGroup(part.getResponsibleGroup()))
                || catalog.find(application.getMatterCode())
                        .map(m -> caller.inGroup(m.responsibleGroup()))
                        .orElse(false);
        if (!concerned) {
            throw Refusal.forbidden("onestop.forbidden");
        }
        return application;
    }

    /** The applicant acts on their own application; the window acts for a walk-in on what it entered. */
    private OneStopApplication actionable(Caller caller, String trackingNumber) {
        requireResidentOrWindow(caller);
        if (!caller.isStaff()) {
            return owned(caller, trackingNumber);
        }
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> application.getChannel() == Channel.WINDOW)
                .orElseThrow(() -> Refusal.notFound("onestop.application.notFound", trackingNumber));
    }

    // ---- views and helpers ---------------------------------------------------------------------------------

    private ApplicationView view(OneStopApplication application) {
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        Instant now = calendar.now();
        List<ApplicationView.Part> parts =
                reviews.findByTrackingNumberOrderByIdAsc(application.getTrackingNumber()).stream()
                        .map(part -> new ApplicationView.Part(
                                part.getMemberCode(),
                                catalog.find(part.getMemberCode())
                                        .map(Matter::nameZh)
                                        .orElse(part.getMemberCode()),
                                part.getResponsibleGroup(),
                                offset(part.getReviewDue()),
                                part.isReviewDueProvisional(),
                                light(part, application, now),
                                part.getApproved() == null
                                        ? null
                                        : part.getApproved() ? ReviewDecision.APPROVED : ReviewDecision.NOT_APPROVED,
                                part.getOpinion(),
                                offset(part.getReviewedAt())))
                        .toList();
        List<ApplicationView.MaterialView> files = application.getId() == null
                ? List.of()
                : materials.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                        .map(m -> new ApplicationView.MaterialView(
                                m.getId(),
                                m.getMaterialCode(),
                                m.getDocument().getFileName(),
                                m.getDocument().getContentType(),
                                m.getDocument().getSizeBytes(),
                                m.isSupplement(),
                                offset(m.getDocument().getUploadedAt())))
                        .toList();
        return new ApplicationView(
                application.getTrackingNumber(),
                matter.code(),
                matter.nameZh(),
                matter.nameEn(),
                application.getStatus(),
                application.getStatusReason(),
                application.getChannel(),
                application.getApplicantName(),
                IdNumbers.mask(application.getApplicantIdNumber()),
                readData(application),
                application.getDeliveryMethod(),
                application.getMailingAddress(),
                offset(application.getSubmittedAt()),
                offset(application.getPreCheckDue()),
                offset(application.getSupplementDue()),
                offset(application.getAcceptedAt()),
                offset(application.getDecidedAt()),
                offset(application.getEvaluationEnds()),
                application.getRating(),
                application.getRatingComment(),
                parts,
                files);
    }

    private static String light(MemberReview part, OneStopApplication application, Instant now) {
        if (part.getApproved() != null || !application.getStatus().isBeforeDecision()) {
            return null;
        }
        if (!now.isBefore(part.getReviewDue())) {
            return "RED";
        }
        return now.isBefore(part.getWarningAt()) ? "GREEN" : "YELLOW";
    }

    /** The summary of a stored application as the forms show it today, its personal data masked. */
    @Transactional(readOnly = true)
    String summaryOf(OneStopApplication application) {
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        return summary(application, matter, forms.fields(matter.formKey()).orElseThrow(), readData(application));
    }

    /**
     * The markdown the pre-check and review forms show, which the engine keeps as a variable: who applied, the data
     * with its labels, the files — personal data masked (the ID number, the mobile, and every field the form marks),
     * the task that needs it in full opens it through the personal-data plugin.
     */
    private String summary(
            OneStopApplication application, Matter matter, List<FormField> fields, Map<String, Object> data) {
        StringBuilder text = new StringBuilder()
                .append("**申请人：** ")
                .append(application.getApplicantName())
                .append("（身份证 ")
                .append(Objects.requireNonNullElse(IdNumbers.mask(application.getApplicantIdNumber()), "未登记"))
                .append("，手机 ")
                .append(PersonalDataKind.MOBILE.mask(application.getApplicantMobile()))
                .append("）　")
                .append(application.getChannel() == Channel.WINDOW ? "窗口代办" : "网上申请")
                .append("\n\n**申请信息：**");
        for (FormField field : fields) {
            Object value = data.get(field.key());
            if (value != null) {
                text.append("\n- ").append(field.label()).append("：").append(field.masked(value));
            }
        }
        text.append("\n\n**材料：**");
        Map<String, String> names = new HashMap<>();
        matter.materials().forEach(m -> names.put(m.code(), m.nameZh()));
        if (application.getId() != null) {
            for (Material material : materials.findByApplicationIdOrderByIdAsc(application.getId())) {
                text.append("\n- ")
                        .append(names.getOrDefault(material.getMaterialCode(), material.getMaterialCode()))
                        .append("：")
                        .append(material.getDocument().getFileName())
                        .append("（")
                        .append(material.getDocument().getContentType())
                        .append("，")
                        .append((material.getDocument().getSizeBytes() + 1023) / 1024)
                        .append(" KB")
                        .append(material.isSupplement() ? "，补正" : "")
                        .append("）");
            }
        }
        text.append("\n\n**送达方式：** ").append(application.getDeliveryMethod().chinese());
        if (application.getMailingAddress() != null) {
            text.append("（").append(application.getMailingAddress()).append("）");
        }
        return text.toString();
    }

    private Map<String, Object> readData(OneStopApplication application) {
        try {
            return json.readValue(application.getDataJson(), DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored data of " + application.getTrackingNumber() + " is not JSON", e);
        }
    }

    private String write(Map<String, Object> data) {
        try {
            String written = json.writeValueAsString(data);
            if (written.length() > MAX_DATA_JSON) {
                throw Refusal.badInput("onestop.application.dataTooLarge", MAX_DATA_JSON);
            }
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application data cannot be written as JSON", e);
        }
    }

    private static String actor(Caller caller) {
        return caller.isStaff() ? caller.username() : "account:" + caller.accountId();
    }

    /** One refused field; its label is Chinese for Chinese callers and the field's key for English ones. */
    private static Map<String, Object> problem(String field, String problem, Localized label) {
        return Map.of("field", field, "problem", problem, "label", label);
    }

    /** A form field as named in a refusal: the form's (Chinese) label, or its data key in English. */
    private static Localized label(FormField field) {
        return new Localized(field.label(), "data." + field.key());
    }

    private static Localized labels(List<Map<String, Object>> problems) {
        return Localized.join(
                problems.stream().map(p -> (Localized) p.get("label")).toList());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private OffsetDateTime offset(Instant instant) {
        return calendar.local(instant);
    }
}
