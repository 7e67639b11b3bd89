package cn.jiedaoflow.catalog;

import java.util.List;

/** A matter as the public catalog shows it; an integrated matter lists its members. */
record MatterView(
        String code,
        String nameZh,
        String nameEn,
        String responsibleGroup,
        int limitWorkingDays,
        HandlingMode handlingMode,
        String formKey,
        String parentCode,
        List<MaterialView> materials,
        List<MatterView> members) {

    /** A required material. */
    public record MaterialView(String code, String nameZh, String nameEn) {}

    static MatterView of(Matter matter, List<Matter> members) {
        return new MatterView(
                matter.code(),
                matter.nameZh(),
                matter.nameEn(),
                matter.responsibleGroup(),
                matter.limitWorkingDays(),
                matter.handlingMode(),
                matter.formKey(),
                matter.parentCode(),
                matter.materials().stream()
                        .map(m -> new MaterialView(m.code(), m.nameZh(), m.nameEn()))
                        .toList(),
                members.stream().map(member -> of(member, List.of())).toList());
    }
}
