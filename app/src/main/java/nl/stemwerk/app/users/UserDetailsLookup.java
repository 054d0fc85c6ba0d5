package nl.stemwerk.app.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a user for the password check at login. */
@Service
class UserDetailsLookup implements UserDetailsService {
    private final UserRepository users;

    UserDetailsLookup(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return users.findByUsername(normalised).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
