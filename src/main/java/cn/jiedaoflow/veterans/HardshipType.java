package cn.jiedaoflow.veterans;

import java.util.Optional;

/** The hardship a veteran's household faces (procedures.md §3). */
enum HardshipType {
    ILLNESS("疾病"),
    DISABILITY("残疾"),
    UNEMPLOYMENT("失业"),
    HOUSING("住房"),
    EDUCATION("子女教育"),
    ACCIDENT("意外事故"),
    OTHER("其他");

    private final String chinese;

    HardshipType(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }

    static Optional<HardshipType> parse(String value) {
        for (HardshipType type : values()) {
            if (type.name().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
