package cn.jiedaoflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The receipt page of a window entry ({@code console/window-receipt.html}): the receipt kept in the session, or a 404
 * saying it is not there (another session entered it, or the session ended): the case itself is in Tasklist.
 */
public final class WindowReceiptPage {

    private WindowReceiptPage() {}

    /** Shows {@code receipt} of {@code trackingNumber} entered on the page at {@code entryPath}. */
    public static String show(
            Optional<WindowReceipt> receipt,
            String entryPath,
            String trackingNumber,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("entryPath", entryPath);
        model.addAttribute("trackingNumber", trackingNumber);
        receipt.ifPresentOrElse(
                found -> model.addAttribute("receipt", found), () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        return "console/window-receipt";
    }
}
