package cn.jiedaoflow.people;

/** Resident ID numbers are sensitive personal information: lists, logs and notices show them masked. */
public final class IdNumbers {

    private IdNumbers() {
    }

    /** {@code 310101199001011234} → {@code 3101**********1234}: first four and last four kept. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String trimmed = idNumber.trim();
        if (trimmed.length() <= 8) {
            return "*".repeat(trimmed.length());
        }
        return trimmed.substring(0, 4) + "*".repeat(trimmed.length() - 8) + trimmed.substring(trimmed.length() - 4);
    }
}
