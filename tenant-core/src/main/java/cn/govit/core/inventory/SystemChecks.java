package cn.govit.core.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;
import org.springframework.http.HttpStatus;

/**
 * What is wrong with a system as entered, all of it at once (the API answers with the first, an import lists every
 * one by row and column): required parts, the owner officer's own units (Art. 15), the bureau's exemptions (Art. 33),
 * no new machine rooms or district clouds (Art. 38), a plan's method, target and date (Art. 15) and a plan the city
 * has to verify left as reported (Art. 40).
 */
final class SystemChecks {

    private static final int NAME = 200;
    private static final int TEXT = 1000;

    private SystemChecks() {
    }

    /**
     * @param existing     the system as stored, {@code null} for a new one
     * @param district     whether the tenant is a county, district or development zone (Art. 38 is theirs)
     * @param clouds       the names of the district clouds on record
     */
    static List<Violation> check(SystemForm f, SystemView existing, Actor actor, boolean district, Set<String> clouds,
                                 LocalDate today) {
        List<Violation> v = new ArrayList<>();
        text(v, f.name(), "name", NAME, "R15");
        if (text(v, f.ownerUnit(), "ownerUnit", NAME, "R15") && !actor.has(Role.BUREAU_OFFICER)
                && !actor.actsFor(f.ownerUnit())) {
            v.add(new Violation(HttpStatus.FORBIDDEN, "R15", "ownerUnit", "inventory.notYourUnit", f.ownerUnit().strip()));
        }
        if (f.location() == null) {
            v.add(required("location", "R15"));
        } else if (f.location() == SystemLocation.DISTRICT_CLOUD) {
            if (blank(f.districtCloud())) {
                v.add(required("districtCloud", "R38"));
            } else if (!clouds.contains(f.districtCloud().strip())) {
                v.add(new Violation(HttpStatus.UNPROCESSABLE_ENTITY, "R38", "districtCloud",
                        "inventory.unknownDistrictCloud", f.districtCloud().strip()));
            }
        }
        if (f.network() == null) {
            v.add(required("network", "R15"));
        }
        if (f.commissionedOn() == null) {
            v.add(required("commissionedOn", "R38"));
        } else if (f.commissionedOn().isAfter(today)) {
            v.add(new Violation(HttpStatus.BAD_REQUEST, "R15", "commissionedOn", "inventory.inFuture"));
        } else if (district && f.location() != null && R38NoNewBuilds.refused(f.location(), f.commissionedOn())) {
            v.add(new Violation(HttpStatus.UNPROCESSABLE_ENTITY, "R38", "location", "inventory.R38.newOutsideCity",
                    f.location().label(Locale.SIMPLIFIED_CHINESE), R38NoNewBuilds.IN_FORCE_FROM.toString()));
        }
        if (f.lastCollectedOn() != null && f.lastCollectedOn().isAfter(today)) {
            v.add(new Violation(HttpStatus.BAD_REQUEST, "R33", "lastCollectedOn", "inventory.inFuture"));
        }
        exemption(v, f, existing, actor);
        resources(v, f.resources());
        plan(v, f.plan(), existing == null ? null : existing.plan());
        return v;
    }

    /** 涉密或有特殊情况及要求的除外 (Art. 33): with reason and approver, recorded by the bureau alone. */
    private static void exemption(List<Violation> v, SystemForm f, SystemView existing, Actor actor) {
        if (f.exemption() != null) {
            text(v, f.exemptionReason(), "exemptionReason", TEXT, "R33");
            text(v, f.exemptionApprover(), "exemptionApprover", NAME, "R33");
        }
        boolean changed = existing == null ? f.exemption() != null
                : f.exemption() != existing.exemption()
                || f.exemption() != null && (!Objects.equals(strip(f.exemptionReason()), existing.exemptionReason())
                || !Objects.equals(strip(f.exemptionApprover()), existing.exemptionApprover()));
        if (changed && !actor.has(Role.BUREAU_OFFICER)) {
            v.add(new Violation(HttpStatus.FORBIDDEN, "R33", "exemption", "inventory.exemptionByBureau"));
        }
    }

    private static void resources(List<Violation> v, List<ResourceEntry> resources) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            ResourceEntry r = resources.get(i);
            String field = "resources[" + i + "]";
            if (text(v, r.name(), field + ".name", NAME, "R33") && !names.add(r.name().strip())) {
                v.add(new Violation(HttpStatus.BAD_REQUEST, "R33", field + ".name", "inventory.duplicateResource",
                        r.name().strip()));
            }
            if (r.frequency() == null) {
                v.add(required(field + ".frequency", "R33"));
            }
        }
    }

    private static void plan(List<Violation> v, MigrationPlan plan, MigrationPlan stored) {
        if (stored != null && stored.status().locked()) {
            if (!Objects.equals(plan, stored)) {
                v.add(new Violation(HttpStatus.CONFLICT, "R40", "plan.status", "inventory.planLocked",
                        stored.status().label(Locale.SIMPLIFIED_CHINESE)));
            }
            return;
        }
        if (plan == null) {
            return;
        }
        if (plan.method() == null) {
            v.add(required("plan.method", "R15"));
        }
        if (plan.target() == null) {
            v.add(required("plan.target", "R15"));
        }
        if (plan.plannedOn() == null) {
            v.add(required("plan.plannedOn", "R15"));
        }
        if (plan.status() != null && plan.status().locked()) {
            v.add(new Violation(HttpStatus.BAD_REQUEST, "R40", "plan.status", "inventory.statusByStep"));
        }
    }

    private static boolean text(List<Violation> v, String value, String field, int max, String article) {
        if (blank(value)) {
            v.add(required(field, article));
            return false;
        }
        if (value.strip().length() > max) {
            v.add(new Violation(HttpStatus.BAD_REQUEST, article, field, "inventory.tooLong", max));
            return false;
        }
        return true;
    }

    private static Violation required(String field, String article) {
        return new Violation(HttpStatus.BAD_REQUEST, article, field, "inventory.required");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
