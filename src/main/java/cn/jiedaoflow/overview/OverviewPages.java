package cn.jiedaoflow.overview;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.ConsolePage;
import cn.jiedaoflow.web.CsvDownloads;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The leaders' overview (docs/overview.md), a section of the staff console for leaders and administrators: the figures
 * as charts and a table, their CSV file, and each procedure's model marked with its activities' open tasks, overdue
 * tasks and median durations. The pages' scripts read the figures from this section's JSON, refused to anyone else as
 * the pages are ({@code console.ConsoleHeader}).
 */
@Controller
@ConsolePage
class OverviewPages implements ConsoleSection {

    static final String PATH = "/console/overview";
    static final String FIGURES = PATH + "/figures.json";
    static final String CSV = PATH + "/figures.csv";
    static final String PROCESS = PATH + "/processes/{key}";
    static final String PROCESS_MODEL = PROCESS + "/model.json";

    private final Overview overview;
    private final ProcessHeat heat;
    private final OverviewCsv csv;

    OverviewPages(Overview overview, ProcessHeat heat, OverviewCsv csv) {
        this.overview = overview;
        this.heat = heat;
        this.csv = csv;
    }

    @Override
    public String titleKey() {
        return "console.overview.title";
    }

    @Override
    public String descriptionKey() {
        return "console.overview.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup(StaffGroup.LEADERS.id()) || caller.inGroup(StaffGroup.ADMINISTRATORS.id());
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("figures", overview.figures());
        model.addAttribute("procedures", procedures());
        return "console/overview";
    }

    @GetMapping(FIGURES)
    ResponseEntity<OverviewFigures> figures() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(overview.figures());
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(Locale locale) {
        OverviewFigures figures = overview.figures();
        return CsvDownloads.attachment(
                csv.asciiFileName(figures), csv.fileName(figures, locale), csv.csv(figures, locale));
    }

    @GetMapping(PROCESS)
    String process(@PathVariable("key") String key, Model model) {
        model.addAttribute("process", heat.of(key));
        model.addAttribute("procedures", procedures());
        return "console/overview-process";
    }

    @GetMapping(PROCESS_MODEL)
    ResponseEntity<ProcessHeat.Diagram> processModel(@PathVariable("key") String key) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(heat.of(key));
    }

    /** The procedures, by name, for the links to their models. */
    private List<Count> procedures() {
        return overview.procedureNames();
    }
}
