package cn.jiedaoflow.onestop;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.notification.Notifications;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the applicant is told at each step, through the one notification service (stored for the portal
 * inbox, by mobile number and by account). The process sends these from asynchronous tasks with retries,
 * so a failing inbox becomes an incident in Cockpit, never a lost notice.
 */
@Service
class OneStopNotices {

    private final OneStopCases cases;
    private final Notifications notifications;
    private final WorkingCalendar calendar;

    public OneStopNotices(OneStopCases cases, Notifications notifications, WorkingCalendar calendar) {
        this.cases = cases;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    public void notifyApplicant(String trackingNumber, OneStopNotice notice) {
        OneStopApplication application = cases.application(trackingNumber);
        Matter matter = cases.matter(application.getMatterCode());
        String subject = "【" + matter.nameZh() + "】" + subject(notice);
        String body = "办件编号 " + trackingNumber + "：" + body(notice, application, matter);
        notifications.send(
                new Notifications.Recipient(application.getApplicantMobile(), application.getApplicantAccountId()),
                trackingNumber,
                subject,
                body);
    }

    private static String subject(OneStopNotice notice) {
        return switch (notice) {
            case ACCEPTED -> "已受理";
            case SUPPLEMENT_REQUESTED -> "请补正材料";
            case NOT_ACCEPTED -> "不予受理";
            case CLOSED_NOT_SUPPLEMENTED -> "逾期未补正，办件已终止";
            case RESULT -> "办理结果";
            case NOT_APPROVED -> "不予批准";
            case WITHDRAWN -> "已撤回";
        };
    }

    private String body(OneStopNotice notice, OneStopApplication application, Matter matter) {
        return switch (notice) {
            case ACCEPTED -> "您的申请已受理，承诺办结时间 " + latestDue(application) + "。";
            case SUPPLEMENT_REQUESTED ->
                "请在 " + when(application.getSupplementDue()) + " 前一次补齐以下全部内容，逾期未补正的，办件终止：\n"
                        + application.getStatusReason();
            case NOT_ACCEPTED -> "您的申请不予受理，理由：" + application.getStatusReason();
            case CLOSED_NOT_SUPPLEMENTED ->
                "补正期限 " + when(application.getSupplementDue()) + " 已过，未收到补正材料，办件终止。如仍需办理，请重新申请。";
            case RESULT -> result(application);
            case NOT_APPROVED ->
                "您的申请经审核不予批准，理由：" + application.getStatusReason() + "\n" + ratingInvitation(application);
            case WITHDRAWN -> "您的申请已撤回，办理终止。";
        };
    }

    private String result(OneStopApplication application) {
        List<MemberReview> parts = cases.parts(application.getTrackingNumber());
        Map<String, Matter> matters = parts.stream()
                .map(part -> cases.matter(part.getMemberCode()))
                .collect(Collectors.toMap(Matter::code, Function.identity()));
        StringBuilder body =
                new StringBuilder(application.getStatus() == ApplicationStatus.COMPLETED ? "已办结。" : "部分办结，各部门结果如下。");
        for (MemberReview part : parts) {
            body.append("\n")
                    .append(matters.get(part.getMemberCode()).nameZh())
                    .append("：")
                    .append(Boolean.TRUE.equals(part.getApproved()) ? "准予办理" : "不予办理");
            if (part.getOpinion() != null && !part.getOpinion().isBlank()) {
                body.append("（").append(part.getOpinion()).append("）");
            }
        }
        body.append("\n送达方式：").append(application.getDeliveryMethod().chinese());
        if (application.getDeliveryMethod() == DeliveryMethod.MAIL) {
            body.append("，寄至 ").append(application.getMailingAddress());
        }
        body.append("。\n").append(ratingInvitation(application));
        return body.toString();
    }

    private String ratingInvitation(OneStopApplication application) {
        return "欢迎在 " + when(application.getEvaluationEnds()) + " 前对本次服务作出评价（1–5 分）。";
    }

    private String latestDue(OneStopApplication application) {
        return cases.parts(application.getTrackingNumber()).stream()
                .map(MemberReview::getReviewDue)
                .max(Instant::compareTo)
                .map(this::when)
                .orElse("—");
    }

    private String when(Instant instant) {
        return instant == null ? "—" : calendar.shown(instant) + "（北京时间）";
    }
}
