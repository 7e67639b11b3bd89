package cn.jiedaoflow.accounts;

import cn.jiedaoflow.accounts.CodeLimits.AddressCodes;
import cn.jiedaoflow.accounts.CodeLimits.MobileCodes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows behind the verification codes: {@code app_verification_code}, one per mobile number (its current code,
 * hashed, and its count of the day), and {@code app_verification_address}, one per client address (its codes in the
 * current hour). Shared by every node; the {@code lock…} reads take the row's lock for the caller's transaction, so
 * that two requests for one number or from one address are counted one after the other.
 */
@Component
class CodeRows {

    private static final String MOBILE_COLUMNS = "code_hash, sent_at, tries, used, office_day, sent_that_day";
    /** A mobile number's row is kept two days: its count of the day needs it until the day is over. */
    private static final Duration KEEP_MOBILE = Duration.ofDays(2);

    private final JdbcTemplate jdbc;

    CodeRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The mobile number's row, locked until the caller's transaction ends. */
    Optional<MobileCodes> lockMobile(String mobile) {
        return mobile(mobile, " for update");
    }

    /** The mobile number's row as it is now, not locked (a first look, before the counted one). */
    Optional<MobileCodes> readMobile(String mobile) {
        return mobile(mobile, "");
    }

    private Optional<MobileCodes> mobile(String mobile, String lock) {
        return jdbc
                .query(
                        "select " + MOBILE_COLUMNS + " from app_verification_code where mobile = ?" + lock,
                        CodeRows::mobileCodes,
                        mobile)
                .stream()
                .findFirst();
    }

    /** Writes the mobile number's state; {@code existed}: its row was read (and locked) before. */
    void saveMobile(String mobile, MobileCodes codes, boolean existed) {
        if (existed) {
            jdbc.update(
                    "update app_verification_code set code_hash = ?, sent_at = ?, tries = ?, used = ?, office_day = ?,"
                            + " sent_that_day = ? where mobile = ?",
                    codes.codeHash(),
                    utc(codes.sentAt()),
                    codes.tries(),
                    codes.used(),
                    codes.day(),
                    codes.sentThatDay(),
                    mobile);
        } else {
            jdbc.update(
                    "insert into app_verification_code (mobile, " + MOBILE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)",
                    mobile,
                    codes.codeHash(),
                    utc(codes.sentAt()),
                    codes.tries(),
                    codes.used(),
                    codes.day(),
                    codes.sentThatDay());
        }
    }

    /** One more try of the mobile number's current code. */
    void countTry(String mobile) {
        jdbc.update("update app_verification_code set tries = tries + 1 where mobile = ?", mobile);
    }

    /** Marks the code sent at {@code sentAt} used, unless it is used already or replaced: whether it was. */
    boolean markUsed(String mobile, Instant sentAt) {
        return jdbc.update(
                        "update app_verification_code set used = ? where mobile = ? and sent_at = ? and used = ?",
                        true,
                        mobile,
                        utc(sentAt),
                        false)
                == 1;
    }

    /** The client address's row, locked until the caller's transaction ends. */
    Optional<AddressCodes> lockAddress(String address) {
        return address(address, " for update");
    }

    Optional<AddressCodes> readAddress(String address) {
        return address(address, "");
    }

    private Optional<AddressCodes> address(String address, String lock) {
        return jdbc
                .query(
                        "select window_start, codes from app_verification_address where address = ?" + lock,
                        (row, n) -> new AddressCodes(instant(row, "window_start"), row.getInt("codes")),
                        address)
                .stream()
                .findFirst();
    }

    void saveAddress(String address, AddressCodes codes, boolean existed) {
        if (existed) {
            jdbc.update(
                    "update app_verification_address set window_start = ?, codes = ? where address = ?",
                    utc(codes.windowStart()),
                    codes.codes(),
                    address);
        } else {
            jdbc.update(
                    "insert into app_verification_address (address, window_start, codes) values (?, ?, ?)",
                    address,
                    utc(codes.windowStart()),
                    codes.codes());
        }
    }

    /** Removes what no limit needs any more: numbers without a code for two days, addresses whose hour is over. */
    void prune(Instant now) {
        jdbc.update("delete from app_verification_code where sent_at < ?", utc(now.minus(KEEP_MOBILE)));
        jdbc.update(
                "delete from app_verification_address where window_start <= ?",
                utc(now.minus(CodeLimits.ADDRESS_WINDOW)));
    }

    private static MobileCodes mobileCodes(ResultSet row, int number) throws SQLException {
        return new MobileCodes(
                row.getString("code_hash"),
                instant(row, "sent_at"),
                row.getInt("tries"),
                row.getBoolean("used"),
                row.getObject("office_day", LocalDate.class),
                row.getInt("sent_that_day"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
