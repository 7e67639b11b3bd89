package cn.jiedaoflow.people;

import java.util.regex.Pattern;

/**
 * The shapes of the login names of application accounts. Staff user ids never take these shapes, so the
 * three kinds of people never collide. A shape only, to tell callers apart at sign-in: an enterprise account is made
 * only for a code {@link CreditCodes} finds valid.
 */
public final class LoginNames {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private LoginNames() {}

    public static boolean isMobile(String value) {
        return value != null && MOBILE.matcher(value).matches();
    }

    public static boolean isCreditCode(String value) {
        return value != null && CREDIT_CODE.matcher(value).matches();
    }

    public static boolean isAccountLoginName(String value) {
        return isMobile(value) || isCreditCode(value);
    }
}
