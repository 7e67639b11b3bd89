package cn.jiedaoflow.onestop;

import cn.jiedaoflow.catalog.FormAnswers;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.RequiredMaterial;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An application's data and materials against its matter: the form's checks (the same as the browser's), the
 * materials' codes and files, everything missing at once (一次性告知), and the data as the record keeps it (JSON).
 */
@Component
class ApplicationData {

    private static final int MAX_DATA_JSON = 8000;
    /** The most files an application takes with it (more come later, as a supplement). */
    static final int MAX_FILES = 20;

    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};

    private final ObjectMapper json;

    ApplicationData(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The data with every given value checked against the form; unknown keys and bad values are refused. A field the
     * form's conditions hide for this data ({@link FormField#shown}) is not checked and its value not kept.
     */
    static Map<String, Object> checked(List<FormField> fields, Map<String, Object> data) {
        return FormAnswers.checked(fields, data, "onestop.application.invalid");
    }

    /** Each file checked as a document and paired with its material code, in order. */
    static List<MaterialFile> materialFiles(Matter matter, List<String> codes, List<Upload> files) {
        List<Upload> given = files == null ? List.of() : files;
        if (given.size() > MAX_FILES) {
            throw Refusal.badInput("onestop.materials.tooMany", MAX_FILES);
        }
        if (codes.size() != given.size()) {
            throw Refusal.badInput("onestop.materials.codesMismatch", codes.size(), given.size());
        }
        Set<String> known = new LinkedHashSet<>();
        matter.materials().forEach(material -> known.add(material.code()));
        List<MaterialFile> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String code = codes.get(i);
            if (code == null || !known.contains(code)) {
                throw Refusal.badInput("onestop.materials.unknownCode", String.valueOf(code), String.join(", ", known));
            }
            checked.add(new MaterialFile(code, UploadedDocument.read(given.get(i), "material")));
        }
        return checked;
    }

    /**
     * Every required field the form shows for {@code data} and every material present, or one answer listing all that
     * is missing (一次性告知).
     */
    static void requireComplete(
            Matter matter, List<FormField> fields, Map<String, Object> data, List<MaterialFile> uploaded) {
        List<Map<String, Object>> missing = new ArrayList<>(FormAnswers.missing(fields, data));
        Set<String> handedIn = new LinkedHashSet<>();
        uploaded.forEach(file -> handedIn.add(file.materialCode()));
        for (RequiredMaterial material : matter.materials()) {
            if (!handedIn.contains(material.code())) {
                missing.add(problem(
                        "materials." + material.code(),
                        "missing",
                        new Localized(material.nameZh(), material.nameEn())));
            }
        }
        if (!missing.isEmpty()) {
            throw Refusal.badFields("onestop.application.missing", missing, labels(missing));
        }
    }

    Map<String, Object> read(OneStopApplication application) {
        try {
            return json.readValue(application.getDataJson(), DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored data of " + application.getTrackingNumber() + " is not JSON", e);
        }
    }

    String write(Map<String, Object> data) {
        try {
            String written = json.writeValueAsString(data);
            if (written.length() > MAX_DATA_JSON) {
                throw Refusal.badInput("onestop.application.dataTooLarge", MAX_DATA_JSON);
            }
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application data cannot be written as JSON", e);
        }
    }

    /** One refused field; its label is Chinese for Chinese callers and the field's key for English ones. */
    static Map<String, Object> problem(String field, String problem, Localized label) {
        return FormAnswers.problem(field, problem, label);
    }

    static Localized labels(List<Map<String, Object>> problems) {
        return FormAnswers.labels(problems);
    }
}
