package cn.jiedaoflow.drafts;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of applications: an account keeps one per service, saves it as often as it likes (data and files), resumes
 * it, and loses it when it submits the application, deletes it, or leaves it untouched for {@link #KEPT}: a draft
 * last saved at T is there until just before T + 30 days and gone from T + 30 days on (the hourly
 * {@link DraftCleanup} deletes it; until it runs, the draft is already answered as gone).
 */
@Service
public class Drafts {

    /** How long an untouched draft is kept. */
    static final Duration KEPT = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
    private static final int MAX_DATA_JSON = 8000;
    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> MASKED = new TypeReference<>() {};

    private final DraftRepository drafts;
    private final DraftFileRepository files;
    private final List<DraftableService> services;
    private final StoredDocuments documents;
    private final WorkingCalendar calendar;
    private final ObjectMapper json;

    Drafts(
            DraftRepository drafts,
            DraftFileRepository files,
            List<DraftableService> services,
            StoredDocuments documents,
            WorkingCalendar calendar,
            ObjectMapper json) {
        this.drafts = drafts;
        this.files = files;
        this.services = List.copyOf(services);
        this.documents = documents;
        this.calendar = calendar;
        this.json = json;
    }

    /** The caller's drafts, the last saved first. */
    @Transactional(readOnly = true)
    public List<DraftView> list(Caller caller, Locale locale) {
        requireAccount(caller);
        Instant now = calendar.now();
        return drafts.findByAccountIdOrderBySavedAtDesc(caller.accountId()).stream()
                .filter(draft -> kept(draft, now))
                .flatMap(draft -> shape(draft.getServiceKey()).map(shape -> view(draft, shape, locale)).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public DraftView one(Caller caller, String serviceKey, Locale locale) {
        requireAccount(caller);
        DraftableService.Shape shape = known(serviceKey);
        return view(own(caller, serviceKey), shape, locale);
    }

    /** Saves the caller's draft of {@code serviceKey}: the data replaced, the files kept as asked and added. */
    @Transactional
    public DraftView save(Caller caller, String serviceKey, DraftRequest request, List<Upload> uploads, Locale locale) {
        requireAccount(caller);
        DraftableService.Shape shape = known(serviceKey);
        DraftContent.Checked content = DraftContent.checked(shape, request.data());
        List<DraftContent.NewFile> added = DraftContent.files(shape, request.materialCodes(), uploads);
        String dataJson = write(content.data());
        String maskedJson = write(content.masked());
        Instant now = calendar.now();
        Draft draft = drafts.findByAccountIdAndServiceKey(caller.accountId(), serviceKey)
                .orElseGet(() -> new Draft(caller.accountId(), serviceKey));
        List<DraftFile> current = draft.getId() == null ? List.of() : files.findByDraftIdOrderByIdAsc(draft.getId());
        // a draft past its time is gone for its account: saved again, it starts afresh, without the old files
        Set<Long> keep =
                draft.getId() != null && !kept(draft, now) ? Set.of() : keptFiles(current, request.keepFiles());
        if (keep.size() + added.size() > DraftContent.MAX_FILES) {
            throw Refusal.badInput("drafts.files.tooMany", DraftContent.MAX_FILES);
        }
        draft.save(dataJson, maskedJson, now);
        Draft saved = drafts.save(draft);
        current.stream().filter(file -> !keep.contains(file.getId())).forEach(this::delete);
        String by = "account:" + caller.accountId();
        for (DraftContent.NewFile file : added) {
            files.save(new DraftFile(saved.getId(), file.materialCode(), documents.store(file.document(), by, now)));
        }
        return view(saved, shape, locale);
    }

    @Transactional
    public void delete(Caller caller, String serviceKey) {
        requireAccount(caller);
        known(serviceKey);
        delete(own(caller, serviceKey));
    }

    @Transactional(readOnly = true)
    public DocumentDownload file(Caller caller, String serviceKey, long fileId) {
        requireAccount(caller);
        known(serviceKey);
        Draft draft = own(caller, serviceKey);
        return files.findByDraftIdOrderByIdAsc(draft.getId()).stream()
                .filter(file -> file.getId() == fileId)
                .findFirst()
                .map(file -> documents.open(file.getDocument()))
                .orElseThrow(() -> Refusal.notFound("drafts.file.notFound", fileId));
    }

    /**
     * The application of {@code serviceKey} was submitted from account {@code accountId}: its draft, if any, goes, in
     * the submission's transaction.
     */
    @Transactional
    public void submitted(Long accountId, String serviceKey) {
        if (accountId != null) {
            drafts.findByAccountIdAndServiceKey(accountId, serviceKey).ifPresent(this::delete);
        }
    }

    /** Deletes every draft untouched for {@link #KEPT} at {@code now}; the number deleted. */
    @Transactional
    public int deleteUntouched(Instant now) {
        List<Draft> old = drafts.findBySavedAtLessThanEqual(now.minus(KEPT));
        old.forEach(this::delete);
        if (!old.isEmpty()) {
            LOG.info("deleted {} draft(s) untouched for {} days", old.size(), KEPT.toDays());
        }
        return old.size();
    }

    private static boolean kept(Draft draft, Instant now) {
        return draft.getSavedAt().plus(KEPT).isAfter(now);
    }

    private void delete(Draft draft) {
        files.findByDraftIdOrderByIdAsc(draft.getId()).forEach(this::delete);
        drafts.delete(draft);
    }

    private void delete(DraftFile file) {
        files.delete(file);
        documents.delete(file.getDocument());
    }

    private static Set<Long> keptFiles(List<DraftFile> current, List<Long> keepFiles) {
        Set<Long> ids = new HashSet<>();
        current.forEach(file -> ids.add(file.getId()));
        if (keepFiles == null) {
            return ids;
        }
        Set<Long> keep = new HashSet<>();
        for (Long id : keepFiles) {
            if (id == null || !ids.contains(id)) {
                throw Refusal.badInput("drafts.files.notInDraft", String.valueOf(id));
            }
            keep.add(id);
        }
        return keep;
    }

    private Draft own(Caller caller, String serviceKey) {
        return drafts.findByAccountIdAndServiceKey(caller.accountId(), serviceKey)
                .filter(draft -> kept(draft, calendar.now()))
                .orElseThrow(() -> Refusal.notFound("drafts.notFound", serviceKey));
    }

    private DraftableService.Shape known(String serviceKey) {
        return shape(serviceKey).orElseThrow(() -> Refusal.notFound("drafts.service.notFound", shown(serviceKey)));
    }

    private Optional<DraftableService.Shape> shape(String serviceKey) {
        if (serviceKey == null || serviceKey.length() > 100) {
            return Optional.empty();
        }
        return services.stream()
                .map(service -> service.shape(serviceKey))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static String shown(String serviceKey) {
        return serviceKey == null ? "" : serviceKey.substring(0, Math.min(serviceKey.length(), 100));
    }

    private static void requireAccount(Caller caller) {
        if (caller == null || caller.isStaff() || caller.accountId() == null) {
            throw Refusal.forbidden("drafts.forbidden");
        }
    }

    private DraftView view(Draft draft, DraftableService.Shape shape, Locale locale) {
        List<DraftView.FileView> shown = files.findByDraftIdOrderByIdAsc(draft.getId()).stream()
                .map(file -> new DraftView.FileView(
                        file.getId(),
                        file.getMaterialCode(),
                        file.getDocument().getFileName(),
                        file.getDocument().getContentType(),
                        file.getDocument().getSizeBytes()))
                .toList();
        return new DraftView(
                draft.getServiceKey(),
                shape.name().in(locale),
                calendar.local(draft.getSavedAt()),
                calendar.local(draft.getSavedAt().plus(KEPT)),
                read(draft.getDataJson(), DATA),
                read(draft.getMaskedJson(), MASKED),
                shown,
                "/services/" + draft.getServiceKey() + "/apply");
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft's stored JSON cannot be read", e);
        }
    }

    private String write(Map<String, ?> values) {
        try {
            String written = json.writeValueAsString(values);
            if (written.length() > MAX_DATA_JSON) {
                throw Refusal.badInput("drafts.dataTooLarge", MAX_DATA_JSON);
            }
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft's data cannot be written as JSON", e);
        }
    }
}
