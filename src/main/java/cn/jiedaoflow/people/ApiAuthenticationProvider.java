package cn.jiedaoflow.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in the callers of {@code /api/**}. A login name shaped like a mobile number or a credit code is a
 * resident's or an enterprise's account ({@link AccountSignIn}: password hashed in the application's table, the
 * name locked for 15 minutes after 5 failures); anything else is a staff user of the engine (password checked by
 * the engine).
 * The principal is a {@link Caller}; authorities are {@code ROLE_STAFF} with {@code GROUP_<group id>},
 * {@code ROLE_RESIDENT} or {@code ROLE_ENTERPRISE}.
 */
@Component
class ApiAuthenticationProvider implements AuthenticationProvider {

    private final AccountSignIn accountSignIn;
    private final StaffSignInLimits staffLimits;
    private final IdentityService identityService;

    ApiAuthenticationProvider(
            AccountSignIn accountSignIn, StaffSignInLimits staffLimits, IdentityService identityService) {
        this.accountSignIn = accountSignIn;
        this.staffLimits = staffLimits;
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Caller caller = LoginNames.isAccountLoginName(name)
                ? accountSignIn.signIn(name, password, address)
                : staff(name, password, address);
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities(caller));
    }

    private Caller staff(String userId, String password, String address) {
        if (userId.isBlank()) {
            throw new BadCredentialsException("bad credentials");
        }
        Optional<TooManySignInFailures> wait = staffLimits.waitFor(userId, address);
        if (wait.isPresent()) {
            throw wait.get();
        }
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("bad credentials");
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        String displayName =
                user == null ? userId : (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).trim();
        return new Caller(Caller.Kind.STAFF, userId, null, displayName.isEmpty() ? userId : displayName, groups);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.kind().name()));
        caller.groups().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authorities;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
