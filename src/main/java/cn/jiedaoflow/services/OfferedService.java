package cn.jiedaoflow.services;

import cn.jiedaoflow.catalog.HandlingMode;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.people.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing the caller may apply for: a one-stop catalog matter, or a process whose model offers it to residents or
 * enterprises.
 *
 * @param key              the matter's code, or the process's key
 * @param kind             {@code MATTER} or {@code PROCESS}
 * @param audience         who may apply: {@code residents}, {@code enterprises}
 * @param formKey          the application form's id ({@code GET /api/services/{key}/form} for a process)
 * @param limitWorkingDays the committed time limit of a matter; {@code null} for a process
 * @param handlingMode     a matter's {@code ONLINE} or {@code ONE_VISIT}; {@code null} for a process
 * @param applyPath        where an application is filed ({@code POST})
 * @param applyPage        the portal's page to apply on ({@code /services/{key}/apply}); {@code null} for a process
 *                         whose door of its own the page cannot fill ({@link DedicatedStart#formDoor})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferedService(
        String key,
        Kind kind,
        String nameZh,
        String nameEn,
        List<String> audience,
        String formKey,
        List<Material> materials,
        Integer limitWorkingDays,
        HandlingMode handlingMode,
        String applyPath,
        String applyPage) {

    public enum Kind {
        MATTER,
        PROCESS
    }

    /** A material the application asks for. */
    public record Material(String code, String nameZh, String nameEn, boolean required) {}

    static final String ONE_STOP_APPLY_PATH = "/api/applications";

    /** The portal's apply page of service {@code key}. */
    static String applyPage(String key) {
        return "/services/" + key + "/apply";
    }

    /** Whether {@code caller} is of those who may apply (a resident, an enterprise); staff never are. */
    public boolean forCaller(Caller caller) {
        return caller != null && !caller.isStaff() && audience.contains(ServiceApplications.starterGroup(caller));
    }

    /** A one-stop matter as offered. */
    public static OfferedService of(Matter matter) {
        return new OfferedService(
                matter.code(),
                Kind.MATTER,
                matter.nameZh(),
                matter.nameEn(),
                List.of(StartableProcesses.RESIDENTS),
                matter.formKey(),
                matter.materials().stream()
                        .map(m -> new Material(m.code(), m.nameZh(), m.nameEn(), true))
                        .toList(),
                matter.limitWorkingDays(),
                matter.handlingMode(),
                ONE_STOP_APPLY_PATH,
                applyPage(matter.code()));
    }

    static OfferedService of(StartableProcess process, String applyPath, boolean onThePortal) {
        return new OfferedService(
                process.processKey(),
                Kind.PROCESS,
                process.name().chinese(),
                process.name().english(),
                List.copyOf(process.starters()),
                process.startForm(),
                process.materials().stream()
                        .map(m -> new Material(m.code(), m.nameZh(), m.nameEn(), m.required()))
                        .toList(),
                null,
                null,
                applyPath,
                onThePortal ? applyPage(process.processKey()) : null);
    }
}
