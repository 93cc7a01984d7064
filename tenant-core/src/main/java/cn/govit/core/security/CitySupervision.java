package cn.govit.core.security;

import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * 市级监管 — the city bureau's supervision of every county, district and development zone (Art. 40):
 * the city-supervisor role held by a user of the city's own tenant. The role alone, in another
 * tenant or in none, is not enough.
 */
public final class CitySupervision {

    private CitySupervision() {
    }

    /** Refuses with 403 unless the caller is a city supervisor working in the city tenant. */
    public static void require(String article) {
        CurrentUser.actor().require(article, Role.CITY_SUPERVISOR);
        if (!allows(CurrentUser.actor())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "auth.citySupervisionOnly", article, null);
        }
    }

    /**
     * Whether {@code actor} supervises: the role, and the city as this request's tenant — which comes from the
     * token's organization only, so a district's or no organization (or two) is refused whatever the roles.
     */
    public static boolean allows(Actor actor) {
        return actor.has(Role.CITY_SUPERVISOR)
                && TenantContext.current().map(t -> t.level() == TenantLevel.CITY).orElse(false);
    }
}
