package cn.jiedaoflow.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The residents' and enterprises' own accounts, public (no sign-in): a verification code by SMS, a sign-up with it,
 * a new password with it (docs/accounts.md). The client address counted is the one the server sees
 * (docs/operations.md, "Client addresses behind a reverse proxy").
 */
@RestController
@RequestMapping(AccountsController.PATH)
class AccountsController {

    static final String PATH = "/api/accounts";

    private final VerificationCodes codes;
    private final SignUps signUps;
    private final PasswordResets resets;

    AccountsController(VerificationCodes codes, SignUps signUps, PasswordResets resets) {
        this.codes = codes;
        this.signUps = signUps;
        this.resets = resets;
    }

    /** 202: a code is on its way — the same answer whether or not the number has an account. */
    @PostMapping("/verification-codes")
    ResponseEntity<CodeSent> sendCode(@RequestBody CodeRequest request, HttpServletRequest http) {
        AccountFields fields = new AccountFields();
        String mobile = fields.mobile("mobile", request.mobile());
        fields.refuseIfAny();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(codes.send(mobile, http.getRemoteAddr()));
    }

    @PostMapping("/residents")
    ResponseEntity<ResidentAccount> signUpResident(@RequestBody ResidentSignUp request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(signUps.resident(request, http.getRemoteAddr()));
    }

    @PostMapping("/enterprises")
    ResponseEntity<EnterpriseAccount> signUpEnterprise(@RequestBody EnterpriseSignUp request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(signUps.enterprise(request, http.getRemoteAddr()));
    }

    /** 204: the new password is set and the login name unlocked. */
    @PostMapping("/password-reset")
    ResponseEntity<Void> resetPassword(@RequestBody PasswordReset request, HttpServletRequest http) {
        resets.reset(request, http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
