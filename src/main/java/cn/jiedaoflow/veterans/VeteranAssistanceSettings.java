package cn.jiedaoflow.veterans;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable values of veteran assistance (procedures.md §3), under {@code jiedao.veterans.assistance.*}.
 *
 * @param minimumLivingStandard Shanghai's minimum living standard, CNY per person per month (1,510 from July 2024)
 * @param leaderApprovalAbove   amounts above this (CNY) need the leader in charge as well as the station head
 */
@ConfigurationProperties("jiedao.veterans.assistance")
record VeteranAssistanceSettings(
        @DefaultValue("1510") BigDecimal minimumLivingStandard,
        @DefaultValue("2000") BigDecimal leaderApprovalAbove) {

    VeteranAssistanceSettings {
        if (minimumLivingStandard.signum() <= 0 || leaderApprovalAbove.signum() < 0) {
            throw new IllegalArgumentException(
                    "jiedao.veterans.assistance: the standard must be positive, the limit not negative");
        }
    }

    static VeteranAssistanceSettings defaults() {
        return new VeteranAssistanceSettings(new BigDecimal("1510"), new BigDecimal("2000"));
    }
}
