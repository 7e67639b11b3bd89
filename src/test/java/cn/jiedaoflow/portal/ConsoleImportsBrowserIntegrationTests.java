package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff console's imports as staff use them in a real Chromium (docs/console.md): sent to sign in from the
 * console's address and back; a file with bad lines shows each line and its problem and stores nothing; a good file
 * shows what it will change and is imported only on confirmation. Screenshots at 360 px and 1280 px, axe-core, a
 * quiet browser console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleImportsBrowserIntegrationTests {

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Browser browser;
    private final List<Path> files = new ArrayList<>();

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void aNewVisitor() {
        browser.forget();
    }

    @AfterEach
    void removeTheFiles() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        files.clear();
    }

    @Test
    void theHousingOfficeSeesEveryBadLineBeforeAnythingIsStoredAndImportsOnlyWhatItConfirms() throws IOException {
        long estateId = TestEstates.estateWithRegister(rest, identity);
        String staff = TestPeople.staff(identity, "housing-office");

        browser.open("/console");
        browser.waitForPath("/sign-in?next=/console");
        signIn(staff);
        browser.waitForPath("/console");
        assertThat(browser.find("#sections").getText()).contains("业主名册导入").doesNotContain("退役军人名册导入");
        browser.check("console-home");

        browser.find("#sections a[href='/console/owners-register']").click();
        browser.waitForPath("/console/owners-register");
        String bad = TestEstates.REGISTER + "3号楼,301,abc,O-4,业主四,false\n1号楼,101,50.00,O-5,业主五,false\n";
        preview(estateId, file("register-bad", bad));
        assertThat(browser.find("#problems-title").getText()).contains("register-bad", "2 处错误");
        assertThat(rows()).containsExactly("8 面积“abc”不是数字。", "9 1号楼 101 重复，第 2 行已有该房屋。");
        assertThat(browser.all("#confirm")).as("nothing to confirm").isEmpty();
        assertThat(units(estateId)).as("nothing stored").isEqualTo(6);
        browser.check("console-register-bad-lines");

        // an estate that is not there (a page left open while it was removed): the domain's sentence, no JSON
        browser.script("var estate = document.getElementById('estateId');"
                + " estate.options[estate.options.length - 1].value = '999999999';"
                + " estate.selectedIndex = estate.options.length - 1;");
        upload(file("register-nowhere", TestEstates.REGISTER));
        assertThat(browser.find("#problem").getText()).contains("999999999");
        browser.open("/console/owners-register");

        preview(estateId, file("register-good", TestEstates.REGISTER + "3号楼,301,75.00,O-4,业主四,false\n"));
        assertThat(browser.find("#summary").getText()).contains("6 → 7", "4 → 5", "440.75 → 515.75");
        assertThat(units(estateId)).as("nothing stored before the confirmation").isEqualTo(6);
        browser.check("console-register-preview");
        String pendingId = browser.find("#confirm-form input[name='pendingId']").getAttribute("value");
        browser.find("#confirm").click();
        browser.waitForPath("/console/owners-register?imported=" + estateId);
        assertThat(browser.find("#imported").getText()).contains("7 套房屋", "5 名业主", "515.75 平方米");
        assertThat(units(estateId)).isEqualTo(7);

        // the same confirmation again (a second click, a resent form): the preview is spent
        browser.script(
                "var form = document.createElement('form'); form.method = 'post';"
                        + " form.action = '/console/owners-register/confirm';"
                        + " [['estateId', arguments[0]], ['pendingId', arguments[1]],"
                        + " ['_csrf', document.querySelector(\"input[name='_csrf']\").value]].forEach(function (f) {"
                        + " var input = document.createElement('input'); input.type = 'hidden'; input.name = f[0];"
                        + " input.value = f[1]; form.appendChild(input); });"
                        + " document.body.appendChild(form); form.submit();",
                String.valueOf(estateId),
                pendingId);
        browser.waitFor(d -> !browser.all("#expired").isEmpty());
        assertThat(units(estateId)).as("a confirmation counts once").isEqualTo(7);
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void theVeteransStationSeesARosterLinesProblemsAndImportsTheCorrectedFile() throws IOException {
        String staff = TestPeople.staff(identity, "veterans-station");
        String header = "serviceNumber,name,idNumber,mobile,address,keyCare\n";
        String number = "CS-" + System.nanoTime();
        String good = number + ",王建国," + TestIdNumbers.unique() + ",13900001111,长宁区仙霞路 2 弄,true\n";
        long before = veterans();

        browser.open("/sign-in?next=/console/veterans-roster");
        signIn(staff);
        browser.waitForPath("/console/veterans-roster");
        upload(file("roster-bad", header + good + number + "-2,李四,31010519900101123,13900002222,长宁区,false\n"));
        assertThat(rows()).singleElement().asString().startsWith("3 ").contains("身份证");
        assertThat(veterans()).as("nothing stored").isEqualTo(before);
        browser.check("console-roster-bad-lines");

        upload(file("roster-good", header + good));
        assertThat(browser.find("#summary").getText()).contains("1");
        browser.find("#confirm").click();
        browser.waitForPath("/console/veterans-roster?imported=1");
        assertThat(browser.find("#imported").getText()).contains("已导入 1 人");
        assertThat(veterans()).isEqualTo(before + 1);
        browser.check("console-roster-imported");

        browser.open("/console/owners-register");
        assertThat(browser.find("#refused").getText()).contains("您所在的组不能办理此项工作");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    private void preview(long estateId, Path file) {
        new Select(browser.find("#estateId")).selectByValue(String.valueOf(estateId));
        upload(file);
    }

    private void upload(Path file) {
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.script("document.body.dataset.previous = 'yes'");
        browser.find("#preview").click();
        // the answer is a new page: wait until the one that sent the form is gone
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "return document.readyState === 'complete'" + " && document.body.dataset.previous === undefined")));
    }

    private List<String> rows() {
        return browser.all("#problems tbody tr").stream()
                .map(WebElement::getText)
                .toList();
    }

    private Path file(String name, String content) throws IOException {
        Path file = Files.createTempFile(name + "-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        files.add(file);
        return file;
    }

    private int units(long estateId) {
        return jdbc.queryForObject("select count(*) from estate_unit where estate_id = ?", Integer.class, estateId);
    }

    private long veterans() {
        return jdbc.queryForObject("select count(*) from veteran", Long.class);
    }

    private void signIn(String loginName) {
        browser.type("#loginName", loginName);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitFor(d -> !browser.path().startsWith("/sign-in"));
        browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
    }
}
