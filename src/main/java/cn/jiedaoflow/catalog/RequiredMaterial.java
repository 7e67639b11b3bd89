package cn.jiedaoflow.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A material a matter requires: its code (what applicants name their files by) and its names. */
@Embeddable
public class RequiredMaterial {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    protected RequiredMaterial() {}

    public RequiredMaterial(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
