package cn.jiedaoflow.services;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.catalog.FormAnswers;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic door: files an application for a process that has only its model and forms. The caller must be of the
 * starters the model names; the answers are checked against the start form on the server (its conditions honoured),
 * the declared materials against the files; the record keeps the answers in full and the process starts with the
 * masked form of each personal-data field — all in one transaction, nothing half-written.
 */
@EngineEdge
@Service
class ServiceApplications {

    /** The prefix of the tracking numbers of every procedure filed through this door. */
    static final String TRACKING_NUMBER_PREFIX = "SV";

    /** The most files one request may carry (each at most 10 MB, {@code files.DocumentType}). */
    static final int MOST_FILES = 20;

    static final int MOST_DATA_JSON = 8000;
    static final String VAR_TRACKING_NUMBER = "trackingNumber";
    static final String VAR_APPLICANT_NAME = "applicantName";

    /** A personal-data field's masked form is the variable {@code <key>Masked}; the engine never has the field. */
    static final String MASKED = "Masked";

    private static final Logger LOG = LoggerFactory.getLogger(ServiceApplications.class);

    private final ServiceOffers offers;
    private final ServiceForms forms;
    private final ServiceApplicationRepository applications;
    private final ServiceMaterialRepository materials;
    private final StoredDocuments documents;
    private final AccountRepository accounts;
    private final CaseAccess cases;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Drafts drafts;

    ServiceApplications(
            ServiceOffers offers,
            ServiceForms forms,
            ServiceApplicationRepository applications,
            ServiceMaterialRepository materials,
            StoredDocuments documents,
            AccountRepository accounts,
            CaseAccess cases,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            RuntimeService runtime,
            AuditLog audit,
            ObjectMapper json,
            Drafts drafts) {
        this.offers = offers;
        this.forms = forms;
        this.applications = applications;
        this.materials = materials;
        this.documents = documents;
        this.accounts = accounts;
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.json = json;
        this.drafts = drafts;
    }

    @Transactional
    public ApplicationReceived submit(
            Caller caller, String processKey, ApplicationRequest request, List<Upload> files) {
        StartableProcess process = offers.genericProcess(processKey)
                .orElseThrow(() -> Refusal.notFound("services.process.notFound", String.valueOf(processKey)));
        if (caller == null || caller.isStaff() || !process.startableBy(starterGroup(caller))) {
            throw Refusal.forbidden("services.application.forbidden", process.name());
        }
        List<FormField> fields = forms.startFields(process);
        Map<String, Object> answers = FormAnswers.checked(fields, request.data(), "services.application.invalid");
        List<Upload> given = files == null ? List.of() : files;
        List<UploadedDocument> uploaded = checkedFiles(process, request.materialCodes(), given);
        requireComplete(process, fields, answers, request.materialCodes());
        String dataJson = written(answers);

        Instant now = calendar.now();
        String trackingNumber =
                trackingNumbers.unused(TRACKING_NUMBER_PREFIX, now, applications::existsByTrackingNumber);
        Applicant applicant = applicant(caller);
        ServiceApplication application = applications.save(new ServiceApplication(
                CaseHeader.online(trackingNumber, applicant),
                process.processKey(),
                process.definitionId(),
                dataJson,
                now));
        String actor = "account:" + caller.accountId();
        for (int i = 0; i < uploaded.size(); i++) {
            materials.save(new ServiceMaterial(
                    application.getId(), request.materialCodes().get(i), documents.store(uploaded.get(i), actor, now)));
        }
        ProcessInstance instance = runtime.createProcessInstanceById(process.definitionId())
                .businessKey(trackingNumber)
                .setVariables(startVariables(fields, answers, trackingNumber, applicant.name()))
                .execute();
        application.started(instance.getId());
        applications.save(application);
        drafts.submitted(caller.accountId(), process.processKey());
        audit.record(
                actor,
                "SERVICE_APPLICATION_SUBMITTED",
                "application:" + trackingNumber,
                process.processKey() + ", " + uploaded.size() + " file(s)");
        LOG.info("{} {} filed by {}", process.processKey(), trackingNumber, actor);
        return new ApplicationReceived(
                trackingNumber, process.processKey(), calendar.local(now), "/my/cases/" + trackingNumber);
    }

    static String starterGroup(Caller caller) {
        return caller.kind() == Caller.Kind.ENTERPRISE ? StartableProcesses.ENTERPRISES : StartableProcesses.RESIDENTS;
    }

    /**
     * What the process starts with: every answer, a personal-data field's only masked (as {@code <key>Masked}), then
     * the case's tracking number and applicant's name, which no answer may replace.
     */
    static Map<String, Object> startVariables(
            List<FormField> fields, Map<String, Object> answers, String trackingNumber, String applicantName) {
        Map<String, Object> variables = forTheEngine(fields, answers);
        variables.put(VAR_TRACKING_NUMBER, trackingNumber);
        variables.put(VAR_APPLICANT_NAME, applicantName);
        return variables;
    }

    /**
     * A form's checked answers as the engine may hold them: each as given, a personal-data field's only masked, as
     * {@code <key>Masked} (the engine never has the field itself). For a start form and an applicant's step alike.
     */
    static Map<String, Object> forTheEngine(List<FormField> fields, Map<String, Object> answers) {
        Map<String, Object> variables = new HashMap<>();
        for (FormField field : fields) {
            Object value = answers.get(field.key());
            if (value != null) {
                if (field.personalData() == null) {
                    variables.put(field.key(), value);
                } else {
                    variables.put(field.key() + MASKED, field.masked(value));
                }
            }
        }
        return variables;
    }

    private Applicant applicant(Caller caller) {
        if (caller.kind() == Caller.Kind.ENTERPRISE) {
            Account account = accounts.findById(caller.accountId()).orElseThrow();
            String mobile = account.getMobile() == null ? "" : account.getMobile();
            return new Applicant(caller.accountId(), caller.displayName(), mobile, null);
        }
        return cases.applicantOf(caller);
    }

    private static List<UploadedDocument> checkedFiles(
            StartableProcess process, List<String> codes, List<Upload> files) {
        if (files.size() > MOST_FILES) {
            throw Refusal.badInput("services.materials.tooMany", MOST_FILES, files.size());
        }
        if (codes.size() != files.size()) {
            throw Refusal.badInput("services.materials.codesMismatch", codes.size(), files.size());
        }
        Set<String> known = new LinkedHashSet<>();
        process.materials().forEach(material -> known.add(material.code()));
        List<UploadedDocument> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String code = codes.get(i);
            if (code == null || !known.contains(code)) {
                throw Refusal.badInput(
                        "services.materials.unknownCode", String.valueOf(code), String.join(", ", known));
            }
            checked.add(UploadedDocument.read(files.get(i), "material"));
        }
        return checked;
    }

    private static void requireComplete(
            StartableProcess process, List<FormField> fields, Map<String, Object> answers, List<String> codes) {
        List<Map<String, Object>> missing = new ArrayList<>(FormAnswers.missing(fields, answers));
        for (DeclaredMaterial material : process.materials()) {
            if (material.required() && !codes.contains(material.code())) {
                missing.add(FormAnswers.problem(
                        "materials." + material.code(),
                        "missing",
                        new Localized(material.nameZh(), material.nameEn())));
            }
        }
        if (!missing.isEmpty()) {
            throw Refusal.badFields("services.application.missing", missing, FormAnswers.labels(missing));
        }
    }

    private String written(Map<String, Object> answers) {
        try {
            String written = json.writeValueAsString(answers);
            if (written.length() > MOST_DATA_JSON) {
                throw Refusal.badInput("services.application.dataTooLarge", MOST_DATA_JSON);
            }
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application answers cannot be written as JSON", e);
        }
    }
}
