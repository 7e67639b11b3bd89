package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.Channel;
import java.time.OffsetDateTime;

/** One line of "my applications". */
record ApplicationSummary(
        String trackingNumber,
        String matterCode,
        String matterName,
        ApplicationStatus status,
        Channel channel,
        OffsetDateTime submittedAt) {}
