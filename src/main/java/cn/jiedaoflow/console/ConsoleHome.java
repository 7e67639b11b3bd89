package cn.jiedaoflow.console;

import cn.jiedaoflow.web.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the sections the staff member's groups open, and the way to Tasklist for everything else. */
@Controller
@ConsolePage
class ConsoleHome {

    @GetMapping(ConsolePaths.HOME)
    String home() {
        return "console/home";
    }
}
