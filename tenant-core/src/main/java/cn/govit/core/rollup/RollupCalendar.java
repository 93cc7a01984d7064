package cn.govit.core.rollup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.shared.BusinessTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 汇总日历 (Art. 19, 27, 28, 30, 32, 40) — a time limit turns a project yellow (due soon) and then red (overdue) on its
 * date, with no event in its district. Overdue counts are counted when read; the colours and their reasons are
 * stored, so the projects with an open time limit due within {@link ProjectFigures#DUE_SOON_DAYS} days or past are
 * recomputed from their tenant's data a few times a day (and shortly after start-up), on one replica at a time. The
 * work follows the number of such projects, not of tenants.
 */
@Component
class RollupCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(RollupCalendar.class);

    private final RollupStore store;
    private final RollupService rollup;
    private final Clock clock;

    RollupCalendar(RollupStore store, RollupService rollup, Clock clock) {
        this.store = store;
        this.rollup = rollup;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${govit.rollup.calendar.initial-delay:PT2M}",
            fixedDelayString = "${govit.rollup.calendar.interval:PT6H}")
    @SchedulerLock(name = "rollup-calendar", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void recolour() {
        recolourDue();
    }

    /** Recomputes the rows due within the window or past; how many. */
    int recolourDue() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        int recoloured = 0;
        for (Map.Entry<String, List<UUID>> tenant : store.dueBy(today.plusDays(ProjectFigures.DUE_SOON_DAYS)).entrySet()) {
            try {
                rollup.refresh(tenant.getKey(), tenant.getValue());
                recoloured += tenant.getValue().size();
            } catch (RuntimeException e) {
                LOG.warn("Roll-up: {} projects of {} not recoloured, kept as they were", tenant.getValue().size(),
                        tenant.getKey(), e);
            }
        }
        if (recoloured > 0) {
            LOG.info("Roll-up: {} projects with a time limit due or past recoloured", recoloured);
        }
        return recoloured;
    }
}
