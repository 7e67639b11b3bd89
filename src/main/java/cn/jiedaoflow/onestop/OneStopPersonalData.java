package cn.jiedaoflow.onestop;

import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.personaldata.PersonalDataSource;
import cn.jiedaoflow.personaldata.PersonalDetail;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A one-stop application in full — the applicant's ID number and mobile, every field of the matter's form as
 * given (bank account, income, disability details), the delivery — and its materials, for the tasks that declare
 * {@code application} (the pre-check, the departments' review).
 */
@Component
class OneStopPersonalData implements PersonalDataSource {

    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};

    private final OneStopApplicationRepository applications;
    private final MaterialRepository materials;
    private final StoredDocuments documents;
    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final ObjectMapper json;

    OneStopPersonalData(
            OneStopApplicationRepository applications,
            MaterialRepository materials,
            StoredDocuments documents,
            ServiceCatalog catalog,
            MatterForms forms,
            ObjectMapper json) {
        this.applications = applications;
        this.materials = materials;
        this.documents = documents;
        this.catalog = catalog;
        this.forms = forms;
        this.json = json;
    }

    @Override
    public PersonalDetail detail() {
        return PersonalDetail.ONE_STOP_APPLICATION;
    }

    @Override
    public Optional<String> processInstanceId(String trackingNumber) {
        return applications.findByTrackingNumber(trackingNumber).map(OneStopApplication::getProcessInstanceId);
    }

    @Override
    @Transactional(readOnly = true)
    public DetailPage page(String trackingNumber) {
        OneStopApplication application =
                applications.findByTrackingNumber(trackingNumber).orElseThrow();
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("事项", matter.nameZh()));
        fields.add(new Field("申请人", application.getApplicantName()));
        fields.add(new Field(
                "身份证号码", application.getApplicantIdNumber() == null ? "未登记" : application.getApplicantIdNumber()));
        fields.add(new Field("手机号码", application.getApplicantMobile()));
        Map<String, Object> data = data(application);
        for (FormField field : forms.fields(matter.formKey()).orElse(List.of())) {
            Object value = data.get(field.key());
            if (value != null) {
                fields.add(new Field(field.label(), field.shown(value)));
            }
        }
        fields.add(new Field("送达方式", application.getDeliveryMethod().chinese()));
        if (application.getMailingAddress() != null) {
            fields.add(new Field("邮寄地址", application.getMailingAddress()));
        }
        return new DetailPage(fields, documents(application, matter));
    }

    @Override
    @Transactional
    public List<DocumentEntry> documents(String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .map(application -> documents(
                        application, catalog.find(application.getMatterCode()).orElseThrow()))
                .orElse(List.of());
    }

    private List<DocumentEntry> documents(OneStopApplication application, Matter matter) {
        Map<String, String> names = materialNames(matter);
        return materials.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                .map(m -> new DocumentEntry(
                        m.getId(),
                        m.getDocument().getFileName(),
                        m.getDocument().getContentType(),
                        m.getDocument().getSizeBytes(),
                        names.getOrDefault(m.getMaterialCode(), m.getMaterialCode())
                                + (m.isSupplement() ? "（补正）" : "")))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Document> document(String trackingNumber, long documentId) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .flatMap(application -> materials
                        .findByIdAndApplicationId(documentId, application.getId())
                        .map(material -> document(application, material)));
    }

    private Document document(OneStopApplication application, Material material) {
        DocumentDownload file = documents.open(material.getDocument());
        String what = materialNames(catalog.find(application.getMatterCode()).orElseThrow())
                .getOrDefault(material.getMaterialCode(), material.getMaterialCode());
        return new Document(file.fileName(), file.contentType(), file.content(), what);
    }

    private static Map<String, String> materialNames(Matter matter) {
        Map<String, String> names = new HashMap<>();
        matter.materials().forEach(material -> names.put(material.code(), material.nameZh()));
        return names;
    }

    private Map<String, Object> data(OneStopApplication application) {
        try {
            return json.readValue(application.getDataJson(), DATA);
        } catch (IOException e) {
            throw new UncheckedIOException("stored data of " + application.getTrackingNumber() + " is not JSON", e);
        }
    }
}
