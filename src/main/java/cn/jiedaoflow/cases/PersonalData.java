package cn.jiedaoflow.cases;

/**
 * Masking of sensitive personal information (个人信息保护法) for lists, responses, logs and notifications.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * Keeps the first four characters (the region) and the last four, for example
     * {@code 3101**********123X}; anything shorter than nine characters is masked whole.
     */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        int length = idNumber.length();
        if (length < 9) {
            return "*".repeat(length);
        }
        return idNumber.substring(0, 4) + "*".repeat(length - 8) + idNumber.substring(length - 4);
    }
}
