package cn.jiedaoflow.onestop;

/** How the result reaches the applicant (结果送达). */
enum DeliveryMethod {
    PICK_UP("窗口领取"),
    MAIL("邮寄"),
    ELECTRONIC("电子证照");

    private final String chinese;

    DeliveryMethod(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
