package cn.jiedaoflow.veterans;

/**
 * Why an application is not eligible, with the sentence the veteran and the station read. It never names another
 * case: the station finds it in the veteran's file.
 */
enum IneligibleReason {
    NOT_ON_ROSTER("申请对象不在本街道退役军人名册（一人一档）中，请先到退役军人服务站登记建档。"),
    OPEN_CASE("该退役军人已有正在办理的帮扶案件，办结后方可再次申请；如需了解，请联系退役军人服务站。");

    private final String message;

    IneligibleReason(String message) {
        this.message = message;
    }

    String message(Object... args) {
        return String.format(message, args);
    }
}
