package cn.jiedaoflow.onestop;

import cn.jiedaoflow.files.StoredDocument;
import cn.jiedaoflow.files.StoredDocuments;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stores an application's materials as documents ({@link StoredDocuments}), each with its material code. */
@Component
class MaterialStore {

    private final StoredDocuments documents;
    private final MaterialRepository materials;

    MaterialStore(StoredDocuments documents, MaterialRepository materials) {
        this.documents = documents;
        this.materials = materials;
    }

    void store(OneStopApplication application, List<MaterialFile> files, boolean supplement, String by, Instant at) {
        for (MaterialFile file : files) {
            StoredDocument document = documents.store(file.document(), by, at);
            materials.save(new Material(application.getId(), file.materialCode(), document, supplement));
        }
    }
}
