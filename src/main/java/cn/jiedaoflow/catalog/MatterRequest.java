package cn.jiedaoflow.catalog;

import java.util.List;

/** What an administrator sends to create or change a matter of the catalog. */
public record MatterRequest(
        String nameZh,
        String nameEn,
        String responsibleGroup,
        Integer limitWorkingDays,
        HandlingMode handlingMode,
        String formKey,
        String parentCode,
        List<Material> materials) {

    public MatterRequest {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** One required material. */
    public record Material(String code, String nameZh, String nameEn) {}
}
