package cn.jiedaoflow.labordispute;

import java.util.Arrays;
import java.util.Optional;

/** What the dispute is about; the values of the {@code disputeType} select of the application form. */
enum DisputeType {
    WAGES("拖欠工资"),
    SOCIAL_INSURANCE("社会保险"),
    CONTRACT_TERMINATION("解除或终止劳动合同"),
    WORK_INJURY("工伤"),
    OTHER("其他");

    private final String nameZh;

    DisputeType(String nameZh) {
        this.nameZh = nameZh;
    }

    String nameZh() {
        return nameZh;
    }

    static Optional<DisputeType> parse(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
    }
}
