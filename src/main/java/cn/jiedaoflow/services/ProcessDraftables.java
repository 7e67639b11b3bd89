package cn.jiedaoflow.services;

import cn.jiedaoflow.drafts.DraftableService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The processes the portal's apply page files (through the generic door, or a door of their own that takes the start
 * form) may be kept as drafts too: keyed by the process's key.
 */
@Component
class ProcessDraftables implements DraftableService {

    private final ServiceOffers offers;
    private final ServiceForms forms;

    ProcessDraftables(ServiceOffers offers, ServiceForms forms) {
        this.offers = offers;
        this.forms = forms;
    }

    @Override
    public Optional<Shape> shape(String serviceKey) {
        return offers.portalProcess(serviceKey)
                .map(process -> new Shape(
                        process.name(),
                        forms.startFields(process),
                        process.materials().stream().map(DeclaredMaterial::code).toList()));
    }
}
