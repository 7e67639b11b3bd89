package cn.jiedaoflow.people;

/**
 * The client address of the request being served, for the engine's password check, which does not see the request
 * ({@link StaffIdentityProvider}). Set for every request by {@link StaffSignInGate}; {@code null} outside a request.
 */
final class SignInAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SignInAddress() {}

    static String current() {
        return CURRENT.get();
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}
