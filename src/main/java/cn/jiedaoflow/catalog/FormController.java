package cn.jiedaoflow.catalog;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The forms of what is offered, as the form-js viewer reads them: public, like the catalog. */
@RestController
class FormController {

    private final OfferedFormFiles forms;

    FormController(OfferedFormFiles forms) {
        this.forms = forms;
    }

    @GetMapping("/api/forms/{formKey}")
    ResponseEntity<String> form(@PathVariable String formKey) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(forms.json(formKey));
    }
}
