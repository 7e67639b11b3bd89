package cn.jiedaoflow.portal;

import cn.jiedaoflow.notification.Inbox;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.PortalPage;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of every portal page shows ({@code layout.html}): who is signed in, the inbox and "my cases" for
 * residents and enterprises, their unread notices, the language. Given to every {@link PortalPage} controller.
 */
@ControllerAdvice(annotations = PortalPage.class)
class PortalHeader {

    private final Inbox inbox;

    PortalHeader(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute
    void header(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        boolean applicant = caller != null && !caller.isStaff();
        model.addAttribute("caller", caller);
        model.addAttribute("hasInbox", applicant);
        model.addAttribute("hasMyCases", applicant);
        model.addAttribute("unread", inbox.unread(caller));
        model.addAttribute("english", english);
        model.addAttribute("htmlLang", english ? "en" : "zh-CN");
    }
}
