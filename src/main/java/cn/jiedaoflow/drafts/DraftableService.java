package cn.jiedaoflow.drafts;

import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.refusal.Localized;
import java.util.List;
import java.util.Optional;

/**
 * A kind of service an account may keep a draft of: the one-stop catalog's matters ({@link CatalogDraftables})
 * today; another kind (a process started from the portal) is one more bean implementing this.
 */
public interface DraftableService {

    /** The service {@code serviceKey} of this kind, as a draft of it is checked; empty when it is not one. */
    Optional<Shape> shape(String serviceKey);

    /**
     * What a draft of a service holds.
     *
     * @param name      the service's name
     * @param fields    the input fields of its form
     * @param materials the codes of the materials it takes
     */
    record Shape(Localized name, List<FormField> fields, List<String> materials) {

        public Shape {
            fields = List.copyOf(fields);
            materials = List.copyOf(materials);
        }
    }
}
