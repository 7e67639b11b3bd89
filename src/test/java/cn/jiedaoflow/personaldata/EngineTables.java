package cn.jiedaoflow.personaldata;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** A scan of the engine's tables that could hold a variable's value, for the tests that a value never got there. */
public final class EngineTables {

    /** Runtime and historic variables, historic details and form fields, byte arrays, the operation log. */
    public static final List<String> TABLES =
            List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY", "ACT_HI_OP_LOG");

    private EngineTables() {}

    /**
     * {@code TABLE.COLUMN} of every cell of {@link #TABLES} that contains one of {@code values}; empty when none
     * does.
     */
    public static Set<String> holding(JdbcTemplate jdbc, String... values) {
        Set<String> found = new TreeSet<>();
        for (String table : TABLES) {
            jdbc.query("SELECT * FROM " + table, row -> {
                ResultSetMetaData columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String text = switch (columns.getColumnType(i)) {
                        case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                            byte[] bytes = row.getBytes(i);
                            yield bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                        }
                        default -> row.getString(i);
                    };
                    for (String value : values) {
                        if (text != null && text.contains(value)) {
                            found.add(table + "." + columns.getColumnName(i).toUpperCase());
                        }
                    }
                }
            });
        }
        return found;
    }

    /** The names of the engine's tables scanned, for messages. */
    public static List<String> scanned() {
        return new ArrayList<>(TABLES);
    }
}
