package cn.jiedaoflow.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void aCellThatASpreadsheetWouldRunIsNeutralised() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.cell("+86 138")).isEqualTo("'+86 138");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.cell("a=b")).as("only at the start").isEqualTo("a=b");
        assertThat(CsvWriter.cell("'=x")).as("already text").isEqualTo("'=x");
    }

    @Test
    void quotesWhatRfc4180NeedsQuoted() {
        assertThat(CsvWriter.cell("程家桥路 100 弄, 201 室")).isEqualTo("\"程家桥路 100 弄, 201 室\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvWriter.cell(" padded ")).isEqualTo("\" padded \"");
        assertThat(CsvWriter.cell("88.50")).isEqualTo("88.50");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void writesAFileTheReaderReadsBackCellForCell() {
        List<List<String>> rows = List.of(
                List.of("1号楼", "101", "88.50", "O-1", "张三, 李四", "false"),
                Arrays.asList("2号楼", "102", "45.25", null, null, "true"),
                List.of("3号楼", "103", "60.00", "O-2", "=1+1", "false"));
        byte[] file =
                CsvWriter.write(List.of("building", "unit", "area", "ownerId", "ownerName", "developerUnsold"), rows);

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFbuilding,unit,").endsWith("\r\n");
        List<CsvRecords.Record> read = CsvRecords.read(text.substring(1));
        assertThat(read).hasSize(4);
        assertThat(read.get(1).fields()).containsExactly("1号楼", "101", "88.50", "O-1", "张三, 李四", "false");
        assertThat(read.get(2).fields()).containsExactly("2号楼", "102", "45.25", "", "", "true");
        assertThat(read.get(3).fields().get(4)).isEqualTo("'=1+1");
    }
}
