package cn.jiedaoflow.drafts;

import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.RequiredMaterial;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.refusal.Localized;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one-stop matters applicants apply for (not the members of an integrated matter): keyed by the matter's code. */
@Component
class CatalogDraftables implements DraftableService {

    private final ServiceCatalog catalog;
    private final MatterForms forms;

    CatalogDraftables(ServiceCatalog catalog, MatterForms forms) {
        this.catalog = catalog;
        this.forms = forms;
    }

    @Override
    public Optional<Shape> shape(String serviceKey) {
        return catalog.find(serviceKey)
                .filter(matter -> !matter.isMember())
                .flatMap(matter -> forms.fields(matter.formKey())
                        .map(fields -> new Shape(
                                new Localized(matter.nameZh(), matter.nameEn()),
                                fields,
                                matter.materials().stream()
                                        .map(RequiredMaterial::code)
                                        .toList())));
    }
}
