package cn.jiedaoflow.services;

import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is offered to whom: a resident may apply for the one-stop catalog's matters and the processes that name
 * {@code residents} among their starters, an enterprise for those that name {@code enterprises}; a visitor who has
 * not signed in sees both, to read before signing in. Staff apply for nobody here (they use Tasklist and the
 * window's doors). A process with a door of its own ({@link DedicatedStart}) is offered with that door, or not at
 * all (the one-stop process itself: its matters are offered instead); the portal's apply page files through it when
 * the door takes the start form ({@link DedicatedStart#formDoor}).
 */
@Service
public class ServiceOffers {

    private final ServiceCatalog catalog;
    private final StartableProcesses processes;
    private final ServiceForms forms;
    private final Map<String, DedicatedStart> dedicated;

    ServiceOffers(
            ServiceCatalog catalog, StartableProcesses processes, ServiceForms forms, List<DedicatedStart> dedicated) {
        this.catalog = catalog;
        this.processes = processes;
        this.forms = forms;
        this.dedicated = dedicated.stream().collect(Collectors.toMap(DedicatedStart::processKey, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<OfferedService> offeredTo(Caller caller) {
        if (caller != null && caller.isStaff()) {
            return List.of();
        }
        String only = caller == null ? null : ServiceApplications.starterGroup(caller);
        List<OfferedService> offered = new ArrayList<>();
        if (only == null || StartableProcesses.RESIDENTS.equals(only)) {
            catalog.applicable().forEach(matter -> offered.add(OfferedService.of(matter)));
        }
        processes.all().stream()
                .filter(process -> only == null || process.startableBy(only))
                .sorted(Comparator.comparing(StartableProcess::processKey))
                .forEach(process -> offered(process).ifPresent(offered::add));
        return offered;
    }

    /**
     * Process {@code processKey} as offered on the portal's apply page: filed through the generic door, or through a
     * door of its own that takes its start form ({@link DedicatedStart#formDoor}); empty otherwise.
     */
    public Optional<OfferedService> onThePortal(String processKey) {
        return portalProcess(processKey).flatMap(this::offered);
    }

    /** How process {@code processKey}'s own door takes its start form; empty for the generic door's processes. */
    public Optional<DedicatedStart.FormDoor> formDoor(String processKey) {
        return Optional.ofNullable(dedicated.get(processKey)).flatMap(DedicatedStart::formDoor);
    }

    /** The start form of process {@code processKey} offered on the portal's apply page, as deployed. */
    public JsonNode startForm(String processKey) {
        return forms.startForm(portalProcess(processKey)
                .orElseThrow(() -> Refusal.notFound("services.process.notFound", String.valueOf(processKey))));
    }

    /** Process {@code processKey}, when the generic door files its applications. */
    Optional<StartableProcess> genericProcess(String processKey) {
        return processes.find(processKey).filter(this::generic);
    }

    /** Process {@code processKey}, when the portal's apply page files its applications (see {@link #onThePortal}). */
    Optional<StartableProcess> portalProcess(String processKey) {
        return processes.find(processKey).filter(this::onThePortal);
    }

    /** Filed through the generic door: no door of its own, and a start form to fill in. */
    private boolean generic(StartableProcess process) {
        return !dedicated.containsKey(process.processKey()) && process.startForm() != null;
    }

    private boolean onThePortal(StartableProcess process) {
        return generic(process)
                || process.startForm() != null && formDoor(process.processKey()).isPresent();
    }

    private Optional<OfferedService> offered(StartableProcess process) {
        return applyPath(process).map(path -> OfferedService.of(process, path, onThePortal(process)));
    }

    private Optional<String> applyPath(StartableProcess process) {
        DedicatedStart own = dedicated.get(process.processKey());
        if (own != null) {
            return own.applyPath();
        }
        return generic(process)
                ? Optional.of(ServicesController.PATH + "/" + process.processKey() + "/applications")
                : Optional.empty();
    }
}
