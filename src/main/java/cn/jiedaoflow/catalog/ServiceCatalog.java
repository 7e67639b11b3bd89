package cn.jiedaoflow.catalog;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalog (事项目录): read by everyone, changed by administrators. Every change is checked
 * against the model and the forms (the department can review, the form exists) and written to the audit
 * log.
 */
@Service
public class ServiceCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalog.class);
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_LIMIT_WORKING_DAYS = 60;

    private final MatterRepository matters;
    private final MatterForms forms;
    private final ReviewingDepartments reviewGroups;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    public ServiceCatalog(
            MatterRepository matters,
            MatterForms forms,
            ReviewingDepartments reviewGroups,
            WorkingCalendar calendar,
            AuditLog audit) {
        this.matters = matters;
        this.forms = forms;
        this.reviewGroups = reviewGroups;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The matters residents apply for, each integrated matter with its members. */
    @Transactional(readOnly = true)
    public List<MatterView> list() {
        List<Matter> all = matters.findAllByOrderByPositionAsc();
        return all.stream()
                .filter(matter -> !matter.isMember())
                .map(matter -> MatterView.of(matter, membersOf(all, matter.code())))
                .toList();
    }

    /** The matters one applies for (an integrated matter's members are applied for through it), in catalog order. */
    @Transactional(readOnly = true)
    public List<Matter> applicable() {
        return matters.findAllByOrderByPositionAsc().stream()
                .filter(matter -> !matter.isMember())
                .toList();
    }

    @Transactional(readOnly = true)
    public MatterView one(String code) {
        Matter matter = find(code).orElseThrow(() -> Refusal.notFound("onestop.matter.notFound", code));
        return MatterView.of(matter, matters.findByParentCodeOrderByPositionAsc(matter.code()));
    }

    public Optional<Matter> find(String code) {
        return code == null ? Optional.empty() : matters.findById(code.strip());
    }

    @Transactional
    public MatterView save(String code, MatterRequest request, String administrator) {
        if (code == null || !CODE.matcher(code).matches() || code.length() > 60) {
            throw Refusal.badInput("onestop.matter.code.invalid", code);
        }
        check(code, request);
        Optional<Matter> existing = matters.findById(code);
        int position = existing.map(Matter::position)
                .orElseGet(() -> matters.findAllByOrderByPositionAsc().stream()
                                .mapToInt(Matter::position)
                                .max()
                                .orElse(0)
                        + 1);
        Matter matter = existing.orElseGet(() -> new Matter(code, position));
        matter.update(request, administrator, calendar.now());
        matters.save(matter);
        audit.record(
                administrator,
                existing.isPresent() ? "CATALOG_MATTER_CHANGED" : "CATALOG_MATTER_CREATED",
                "matter:" + code,
                request.nameZh() + ", " + request.responsibleGroup() + ", " + request.limitWorkingDays()
                        + " working days, " + request.materials().size() + " materials");
        LOG.info("catalog matter {} {} by {}", code, existing.isPresent() ? "changed" : "created", administrator);
        return one(code);
    }

    private void check(String code, MatterRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        require(errors, "nameZh", request.nameZh(), 100);
        require(errors, "nameEn", request.nameEn(), 200);
        require(errors, "responsibleGroup", request.responsibleGroup(), 64);
        require(errors, "formKey", request.formKey(), 100);
        if (request.limitWorkingDays() == null
                || request.limitWorkingDays() < 1
                || request.limitWorkingDays() > MAX_LIMIT_WORKING_DAYS) {
            errors.add(problem("limitWorkingDays", "outOfRange"));
        }
        if (request.handlingMode() == null) {
            errors.add(problem("handlingMode", "missing"));
        }
        boolean member = request.parentCode() != null && !request.parentCode().isBlank();
        if (member) {
            Optional<Matter> parent = matters.findById(request.parentCode().strip());
            if (parent.isEmpty()
                    || parent.get().isMember()
                    || parent.get().code().equals(code)) {
                errors.add(problem("parentCode", "notAnIntegratedMatter"));
            }
        } else if (!matters.findByParentCodeOrderByPositionAsc(code).isEmpty()
                && request.materials().isEmpty()) {
            errors.add(problem("materials", "missing"));
        }
        String group = request.responsibleGroup() == null
                ? ""
                : request.responsibleGroup().strip();
        boolean integrated =
                !member && !matters.findByParentCodeOrderByPositionAsc(code).isEmpty();
        if (StaffGroup.byId(group).isEmpty()) {
            errors.add(problem("responsibleGroup", "unknownGroup"));
        } else if (!integrated && !reviewGroups.groupIds().contains(group)) {
            errors.add(problem("responsibleGroup", "notAReviewGroup"));
        }
        if (request.formKey() != null && forms.fields(request.formKey().strip()).isEmpty()) {
            errors.add(problem("formKey", "noSuchForm"));
        }
        Set<String> materialCodes = new HashSet<>();
        for (int i = 0; i < request.materials().size(); i++) {
            MatterRequest.Material material = request.materials().get(i);
            String field = "materials[" + i + "]";
            if (material == null
                    || material.code() == null
                    || !CODE.matcher(material.code().strip()).matches()) {
                errors.add(problem(field + ".code", "invalid"));
            } else if (!materialCodes.add(material.code().strip())) {
                errors.add(problem(field + ".code", "duplicate"));
            }
            if (material != null) {
                require(errors, field + ".nameZh", material.nameZh(), 100);
                require(errors, field + ".nameEn", material.nameEn(), 200);
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.badFields(
                    "onestop.matter.invalid",
                    errors,
                    String.join(
                            ", ",
                            errors.stream()
                                    .map(e -> e.get("field") + " (" + e.get("problem") + ")")
                                    .toList()));
        }
    }

    private static void require(List<Map<String, Object>> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(problem(field, "missing"));
        } else if (value.strip().length() > maxLength) {
            errors.add(problem(field, "tooLong"));
        }
    }

    private static Map<String, Object> problem(String field, String problem) {
        return Map.of("field", field, "problem", problem);
    }

    private static List<Matter> membersOf(List<Matter> all, String code) {
        return all.stream().filter(matter -> code.equals(matter.parentCode())).toList();
    }
}
