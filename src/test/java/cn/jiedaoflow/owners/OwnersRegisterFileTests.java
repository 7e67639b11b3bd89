package cn.jiedaoflow.owners;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.refusal.LineError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersRegisterFileTests {

    private static final String HEADER = "building,unit,area,ownerId,ownerName,developerUnsold";

    @Test
    void readsAValidFileWithOwnersAndUnsoldUnits() {
        RegisterFile.Parsed parsed = RegisterFile.parse(
                file("1号楼,101,88.50,O-1,张三,false", "1号楼,102,90,O-1,张三,false", "2号楼,201,75.3,,,true"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows())
                .containsExactly(
                        new RegisterRow(2, "1号楼", "101", new BigDecimal("88.50"), "O-1", "张三", false),
                        new RegisterRow(3, "1号楼", "102", new BigDecimal("90.00"), "O-1", "张三", false),
                        new RegisterRow(4, "2号楼", "201", new BigDecimal("75.30"), null, null, true));
    }

    @Test
    void aCellWithControlDirectionOrOnlyInvisibleCharactersIsRefusedAFormulaIsTakenAsItIs() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file(
                "1号楼,101,88.50,O-1,张\u0000三,false",
                "1号楼,102,88.50,O-2,\u202Egpj.exe,false",
                "1号楼,\u200B,88.50,O-3,王五,false",
                "1号楼,104,88.50,O-4,\u2066李四\u2069,false"));

        assertThat(parsed.errors())
                .containsExactly(
                        LineError.of(2, RowProblem.TEXT_CONTROL_CHARACTER, "ownerName"),
                        LineError.of(3, RowProblem.TEXT_DIRECTION_OVERRIDE, "ownerName"),
                        LineError.of(4, RowProblem.TEXT_INVISIBLE_ONLY, "unit"),
                        LineError.of(5, RowProblem.TEXT_DIRECTION_OVERRIDE, "ownerName"));

        RegisterFile.Parsed formulas = RegisterFile.parse(
                file("1号楼,=1+1,88.50,-O-1,@SUM(A1),false", "1号楼,102,88.50,+O-2,=HYPERLINK(\"x\"),false"));
        assertThat(formulas.errors()).isEmpty();
        assertThat(formulas.rows())
                .extracting(RegisterRow::unit, RegisterRow::ownerId, RegisterRow::ownerName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("=1+1", "-O-1", "@SUM(A1)"),
                        org.assertj.core.groups.Tuple.tuple("102", "+O-2", "=HYPERLINK(\"x\")"));
    }

    @Test
    void acceptsAByteOrderMarkAndCrlfLineEndings() {
        String text = "\uFEFF" + HEADER + "\r\n1号楼,101,88.50,O-1,张三,false\r\n1号楼,102,60,O-2,李四,false\r\n";

        RegisterFile.Parsed parsed = RegisterFile.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(RegisterRow::line).containsExactly(2, 3);
        assertThat(parsed.rows().get(1).developerUnsold()).isFalse();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file(
                "\"1号楼,东\",101,88.50,O-1,\"王\"\"五\"\"\",false",
                "\"2号楼\",\"20\n1\",60,O-2,李四,false",
                "3号楼,301,70,O-3,赵六,false"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).building()).isEqualTo("1号楼,东");
        assertThat(parsed.rows().get(0).ownerName()).isEqualTo("王\"五\"");
        assertThat(parsed.rows().get(1).unit()).isEqualTo("20\n1");
        // the record with a line break inside quotes spans lines 3 and 4: the next one is line 5
        assertThat(parsed.rows()).extracting(RegisterRow::line).containsExactly(2, 3, 5);
    }

    @Test
    void twoDecimalsAreAcceptedAndThreeRefused() {
        assertThat(RegisterFile.parse(file("1号楼,101,88.25,O-1,张三,false")).rows())
                .extracting(RegisterRow::area)
                .containsExactly(new BigDecimal("88.25"));
        assertThat(RegisterFile.parse(file("1号楼,101,88.250,O-1,张三,false")).rows())
                .extracting(RegisterRow::area)
                .containsExactly(new BigDecimal("88.25"));

        assertThat(problems(RegisterFile.parse(file("1号楼,101,88.125,O-1,张三,false"))))
                .containsExactly(LineError.of(2, RowProblem.AREA_TOO_MANY_DECIMALS, "88.125"));
    }

    @Test
    void refusesZeroNegativeAndNonNumericAreas() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file(
                "1号楼,101,0,O-1,张三,false",
                "1号楼,102,-12.5,O-2,李四,false",
                "1号楼,103,0.00,O-3,王五,false",
                "1号楼,104,八十,O-4,赵六,false",
                "1号楼,105,1e3,O-5,钱七,false",
                "1号楼,106,12345678901,O-6,孙八,false"));

        assertThat(parsed.rows()).isEmpty();
        assertThat(problems(parsed))
                .containsExactly(
                        LineError.of(2, RowProblem.AREA_NOT_POSITIVE, "0"),
                        LineError.of(3, RowProblem.AREA_NOT_POSITIVE, "-12.5"),
                        LineError.of(4, RowProblem.AREA_NOT_POSITIVE, "0.00"),
                        LineError.of(5, RowProblem.AREA_NOT_NUMBER, "八十"),
                        LineError.of(6, RowProblem.AREA_NOT_NUMBER, "1e3"),
                        LineError.of(7, RowProblem.AREA_TOO_LARGE, "12345678901"));
    }

    @Test
    void listsEveryMissingFieldOfEveryLine() {
        RegisterFile.Parsed parsed = RegisterFile.parse(
                file(",101,88,O-1,张三,false", "1号楼,,,O-2,李四,false", "1号楼,103,88,,,false", "1号楼,104,88,O-4,赵六,"));

        assertThat(problems(parsed))
                .containsExactly(
                        LineError.of(2, RowProblem.FIELD_MISSING, "building"),
                        LineError.of(3, RowProblem.FIELD_MISSING, "unit"),
                        LineError.of(3, RowProblem.FIELD_MISSING, "area"),
                        LineError.of(4, RowProblem.FIELD_MISSING, "ownerId"),
                        LineError.of(4, RowProblem.FIELD_MISSING, "ownerName"),
                        LineError.of(5, RowProblem.FIELD_MISSING, "developerUnsold"));
    }

    @Test
    void refusesADuplicateUnitNamingTheFirstLine() {
        RegisterFile.Parsed parsed = RegisterFile.parse(
                file("1号楼,101,88,O-1,张三,false", "1号楼,102,88,O-2,李四,false", "1号楼,101,70,O-3,王五,false"));

        assertThat(parsed.rows()).isEmpty();
        assertThat(problems(parsed)).containsExactly(LineError.of(4, RowProblem.UNIT_DUPLICATE, "1号楼", "101", 2));
    }

    @Test
    void theSameUnitNumberInAnotherBuildingIsAnotherUnit() {
        assertThat(RegisterFile.parse(file("1号楼,101,88,O-1,张三,false", "2号楼,101,88,O-2,李四,false"))
                        .valid())
                .isTrue();
    }

    @Test
    void refusesAnUnknownFlag() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file("1号楼,101,88,O-1,张三,yes", "1号楼,102,88,O-2,李四,TRUE"));

        assertThat(problems(parsed))
                .containsExactly(
                        LineError.of(2, RowProblem.FLAG_UNKNOWN, "yes"),
                        LineError.of(3, RowProblem.FLAG_UNKNOWN, "TRUE"));
    }

    @Test
    void anUnsoldUnitLeavesTheOwnerFieldsEmpty() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file("1号楼,101,88,DEV,某开发商,true", "1号楼,102,88,,某开发商,true"));

        assertThat(problems(parsed))
                .containsExactly(
                        LineError.of(2, RowProblem.OWNER_ON_UNSOLD_UNIT),
                        LineError.of(3, RowProblem.OWNER_ON_UNSOLD_UNIT));
    }

    @Test
    void oneOwnerIdCarriesOneName() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file("1号楼,101,88,O-1,张三,false", "1号楼,102,88,O-1,张山,false"));

        assertThat(problems(parsed)).containsExactly(LineError.of(3, RowProblem.OWNER_NAME_DIFFERS, "O-1", "张三", 2));
    }

    @Test
    void refusesAWrongHeader() {
        RegisterFile.Parsed parsed =
                RegisterFile.parse("building,unit,area,owner,ownerName,developerUnsold\n1号楼,101,88,O-1,张三,false\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(problems(parsed))
                .extracting(LineError::line, LineError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, RowProblem.HEADER_WRONG.name()));
    }

    @Test
    void refusesAnEmptyFileAndAHeaderWithoutUnits() {
        assertThat(problems(RegisterFile.parse(new byte[0]))).containsExactly(LineError.of(1, RowProblem.FILE_EMPTY));
        assertThat(problems(RegisterFile.parse("\uFEFF\r\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly(LineError.of(1, RowProblem.FILE_EMPTY));
        assertThat(problems(RegisterFile.parse((HEADER + "\n").getBytes(StandardCharsets.UTF_8))))
                .containsExactly(LineError.of(2, RowProblem.FILE_EMPTY));
    }

    @Test
    void refusesWrongFieldCountsUnclosedQuotesAndOtherEncodings() {
        assertThat(problems(RegisterFile.parse(file("1号楼,101,88,O-1,张三", "1号楼,102,88,O-2,李四,false,x"))))
                .containsExactly(
                        LineError.of(2, RowProblem.FIELD_COUNT, 6, 5), LineError.of(3, RowProblem.FIELD_COUNT, 6, 7));
        assertThat(problems(RegisterFile.parse(file("1号楼,101,88,O-1,\"张三,false"))))
                .containsExactly(LineError.of(2, RowProblem.QUOTE_UNCLOSED));
        byte[] gbk = (HEADER + "\n1号楼,101,88,O-1,张三,false\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(problems(RegisterFile.parse(gbk))).containsExactly(LineError.of(1, RowProblem.FILE_NOT_UTF8));
    }

    @Test
    void skipsBlankLinesButKeepsTheFileLineNumbers() {
        RegisterFile.Parsed parsed = RegisterFile.parse(file("1号楼,101,88,O-1,张三,false", "", "1号楼,102,0,O-2,李四,false"));

        assertThat(problems(parsed)).containsExactly(LineError.of(4, RowProblem.AREA_NOT_POSITIVE, "0"));
    }

    private static byte[] file(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<LineError> problems(RegisterFile.Parsed parsed) {
        assertThat(parsed.rows()).as("a file with problems yields no rows").isEmpty();
        return parsed.errors();
    }
}
