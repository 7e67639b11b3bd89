package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.refusal.LineError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterFileTests {

    static final String HEADER = "serviceNumber,name,idNumber,mobile,address,keyCare";

    static RosterFile.Parsed parse(String... lines) {
        return RosterFile.parse(String.join("\r\n", lines) + "\r\n");
    }

    static List<RosterProblem> problems(RosterFile.Parsed parsed) {
        return parsed.errors().stream()
                .map(e -> RosterProblem.valueOf(e.code()))
                .toList();
    }

    @Test
    void aGoodFileGivesEveryRowInOrder() {
        RosterFile.Parsed parsed = parse(
                HEADER,
                "TY-001,张伟,31010119800101123x,13800000001,\"长宁区 程家桥路 1 号, 101 室\",是",
                "TY-002,李强,310101198002021237,13800000002,长宁区 2 号,否",
                "TY-003,王芳,310101198003031234,13800000003,长宁区 3 号,true");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.rows()).extracting(RosterRow::serviceNumber).containsExactly("TY-001", "TY-002", "TY-003");
        assertThat(parsed.rows()).extracting(RosterRow::keyCare).containsExactly(true, false, true);
        assertThat(parsed.rows().get(0).idNumber()).isEqualTo("31010119800101123X");
        assertThat(parsed.rows().get(0).address()).isEqualTo("长宁区 程家桥路 1 号, 101 室");
        assertThat(parsed.rows().get(2).line()).isEqualTo(4);
    }

    @Test
    void everyBadLineIsReportedWithItsLineBesideTheRowsThatReadWell() {
        RosterFile.Parsed parsed = parse(
                HEADER,
                "TY-001,张伟,31010119800101123X,13800000001,地址一,是",
                "TY-002,,31010119800202123,1380000000,地址二,maybe",
                "TY-001,王芳,310101198003031234,13800000003,地址三,否",
                "TY-004,赵六,31010119800101123X,13800000004,地址四,否",
                "TY-005,钱七,310101198005051239,13800000005,地址五");
        // line 2 reads well: it is kept so that the import also checks it against the roster (nothing is saved)
        assertThat(parsed.rows()).extracting(RosterRow::line).containsExactly(2);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).extracting(LineError::line).containsExactly(3, 3, 3, 3, 4, 5, 6);
        assertThat(problems(parsed))
                .containsExactly(
                        RosterProblem.FIELD_MISSING,
                        RosterProblem.ID_NUMBER_INVALID,
                        RosterProblem.MOBILE_INVALID,
                        RosterProblem.FLAG_UNKNOWN,
                        RosterProblem.SERVICE_NUMBER_DUPLICATE,
                        RosterProblem.ID_NUMBER_DUPLICATE,
                        RosterProblem.FIELD_COUNT);
        assertThat(parsed.errors().get(4).args()).containsExactly("TY-001", 2);
        assertThat(parsed.errors().get(1).args())
                .as("the ID number is never echoed")
                .isEmpty();
    }

    @Test
    void aCellWithControlDirectionOrOnlyInvisibleCharactersIsRefusedWithoutRepeatingIt() {
        RosterFile.Parsed parsed = parse(
                HEADER,
                "TY-001,张\u0000伟,31010119800101123X,13800000001,地址一,是",
                "TY-002,李强,310101198002021237,13800000002,\u202E地址二,否",
                "TY-003,\uFEFF,310101198003031234,13800000003,地址三,否",
                "TY-004,=cmd|' /C calc'!A0,310101198005051239,13800000004,地址四,否");

        assertThat(parsed.errors())
                .containsExactly(
                        LineError.of(2, RosterProblem.TEXT_CONTROL_CHARACTER, "name"),
                        LineError.of(3, RosterProblem.TEXT_DIRECTION_OVERRIDE, "address"),
                        LineError.of(4, RosterProblem.TEXT_INVISIBLE_ONLY, "name"));
        assertThat(parsed.rows())
                .extracting(RosterRow::name)
                .as("a formula is stored as given")
                .containsExactly("=cmd|' /C calc'!A0");
    }

    @Test
    void aWrongHeaderAnEmptyFileAndAFileOfOnlyTheHeaderAreRefused() {
        assertThat(problems(RosterFile.parse(""))).containsExactly(RosterProblem.FILE_EMPTY);
        assertThat(problems(parse(HEADER))).containsExactly(RosterProblem.FILE_EMPTY);
        assertThat(problems(parse("serviceNumber,name,idNumber,mobile,address")))
                .containsExactly(RosterProblem.HEADER_WRONG);
    }

    @Test
    void aBomIsSkippedAndAFileThatIsNotUtf8IsRefused() {
        assertThat(RosterFile.parse("\uFEFF" + HEADER + "\nTY-1,张伟,31010119800101123X,13800000001,地址,否\n")
                        .valid())
                .isTrue();
        byte[] gbk = (HEADER + "\nTY-1,张伟,31010119800101123X,13800000001,地址,否\n")
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(problems(RosterFile.parse(gbk))).containsExactly(RosterProblem.FILE_NOT_UTF8);
        assertThat(RosterFile.parse((HEADER + "\nTY-1,张伟,31010119800101123X,13800000001,地址,否")
                                .getBytes(StandardCharsets.UTF_8))
                        .valid())
                .isTrue();
    }

    @Test
    void anUnclosedQuoteAndOverlongFieldsAreRefused() {
        assertThat(problems(parse(HEADER, "TY-1,\"张伟,31010119800101123X,13800000001,地址,否")))
                .containsExactly(RosterProblem.QUOTE_UNCLOSED);
        String longNumber = "S".repeat(RosterFile.MAX_SERVICE_NUMBER + 1);
        RosterFile.Parsed parsed = parse(
                HEADER,
                "S".repeat(RosterFile.MAX_SERVICE_NUMBER) + ",张伟,31010119800101123X,13800000001,地址,否",
                longNumber + ",李强,310101198002021237,13800000002,地址,否");
        assertThat(parsed.errors()).extracting(LineError::line).containsExactly(3);
        assertThat(problems(parsed)).containsExactly(RosterProblem.FIELD_TOO_LONG);
    }
}
