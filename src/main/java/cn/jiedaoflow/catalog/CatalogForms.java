package cn.jiedaoflow.catalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The application forms of the catalog's matters, offered to anyone who reads the catalog. */
@Component
class CatalogForms implements OfferedForms {

    private final MatterRepository matters;

    CatalogForms(MatterRepository matters) {
        this.matters = matters;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean offers(String formKey) {
        return matters.findAllByOrderByPositionAsc().stream()
                .anyMatch(matter -> matter.formKey().equals(formKey));
    }
}
