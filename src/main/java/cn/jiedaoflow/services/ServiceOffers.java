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
 * all (the one-stop process itself: its matters are offered instead).
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
                .forEach(
                        process -> applyPath(process).ifPresent(path -> offered.add(OfferedService.of(process, path))));
        return offered;
    }

    /** Process {@code processKey} as offered through the generic door; empty when it is not offered there. */
    public Optional<OfferedService> generic(String processKey) {
        return genericProcess(processKey)
                .map(process -> OfferedService.of(process, applyPath(process).orElseThrow()));
    }

    /** The start form of process {@code processKey} offered through the generic door, as deployed. */
    public JsonNode startForm(String processKey) {
        return forms.startForm(offeredOrUnknown(processKey));
    }

    /** Process {@code processKey}, when the generic door files its applications. */
    Optional<StartableProcess> genericProcess(String processKey) {
        return processes.find(processKey).filter(this::generic);
    }

    private StartableProcess offeredOrUnknown(String processKey) {
        return genericProcess(processKey)
                .orElseThrow(() -> Refusal.notFound("services.process.notFound", String.valueOf(processKey)));
    }

    /** Filed through the generic door: no door of its own, and a start form to fill in. */
    private boolean generic(StartableProcess process) {
        return !dedicated.containsKey(process.processKey()) && process.startForm() != null;
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
