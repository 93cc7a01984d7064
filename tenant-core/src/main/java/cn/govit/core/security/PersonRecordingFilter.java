package cn.govit.core.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Remembers who made an authenticated request (see {@link People}), after the tenant is known. */
class PersonRecordingFilter extends OncePerRequestFilter {

    private final People people;

    PersonRecordingFilter(People people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        people.remember(SecurityContextHolder.getContext().getAuthentication());
        chain.doFilter(request, response);
    }
}
