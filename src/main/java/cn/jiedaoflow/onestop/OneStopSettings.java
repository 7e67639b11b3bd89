package cn.jiedaoflow.onestop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable values of the one-stop procedure (procedures.md §2), under {@code jiedao.one-stop.*}.
 *
 * @param supplementWorkingDays working days the applicant has to supplement (补正) before the application closes
 */
@ConfigurationProperties("jiedao.one-stop")
record OneStopSettings(@DefaultValue("5") int supplementWorkingDays) {

    public OneStopSettings {
        if (supplementWorkingDays < 1) {
            throw new IllegalArgumentException("jiedao.one-stop.supplement-working-days must be at least 1");
        }
    }

    /** The values procedures.md gives, for code that runs without Spring (process tests). */
    public static OneStopSettings defaults() {
        return new OneStopSettings(5);
    }
}
