package cn.jiedaoflow.veterans;

import cn.jiedaoflow.TestIdNumbers;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A roster of {@code size} veterans with service numbers {@code <prefix>-001…}, as the station imports it; every
 * third is key care. Each run's numbers are new, so tests on one database do not meet each other's veterans.
 */
public record TestRoster(String prefix, int size, String csv) {

    /** The header of the roster file. */
    public static final String HEADER = "serviceNumber,name,idNumber,mobile,address,keyCare";

    /** The roster import's path. */
    public static final String PATH = VeteransRosterController.PATH;

    public static TestRoster of(int size) {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long idBase = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        // a valid ID number per veteran, unique across runs: a random birth day, the sequence from i
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(idBase % (60 * 365));
        int sequence = (int) (idBase % 900);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= size; i++) {
            String id = TestIdNumbers.of(birth.plusDays(i / 100), sequence + i % 100);
            csv.append(String.format(
                    "%s-%03d,老兵%d,%s,139%08d,长宁区某路 %d 号,%s\r\n",
                    prefix, i, i, id, (idBase + i) % 100_000_000L, i, i % 3 == 0 ? "是" : "否"));
        }
        return new TestRoster(prefix, size, csv.toString());
    }
}
