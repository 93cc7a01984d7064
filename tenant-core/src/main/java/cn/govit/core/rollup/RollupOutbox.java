package cn.govit.core.rollup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 汇总发件箱 (issue 10; Art. 39, 40) — runs {@link RollupKeeper}'s publications again that are still incomplete in
 * {@code platform.event_publication} after {@code govit.rollup.outbox.resubmit-after} (1 minute): the process died
 * between a district's commit and the refresh, or the refresh failed. Shortly after start-up, then every
 * {@code govit.rollup.outbox.interval}, on one replica at a time (ShedLock, {@code platform.shedlock}); one query on
 * the platform's table, whatever the number of tenants.
 * <p>
 * Only the read model's listeners are run again: they recompute from the tenant's data. The registry records the
 * other module listeners' events too (Modulith records every listener after commit); those act once — a notice or
 * mail sent, an audit line, a library change recorded — and would act twice, so their incomplete publications are
 * logged and removed instead, as they were lost before the outbox.
 */
@Component
public class RollupOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(RollupOutbox.class);
    private static final String KEEPER = RollupKeeper.class.getName() + ".";

    private final IncompleteEventPublications incomplete;
    private final EventPublicationRepository publications;
    private final Duration resubmitAfter;
    private final Clock clock;

    RollupOutbox(IncompleteEventPublications incomplete, EventPublicationRepository publications,
                 @Value("${govit.rollup.outbox.resubmit-after:PT1M}") Duration resubmitAfter, Clock clock) {
        this.incomplete = incomplete;
        this.publications = publications;
        this.resubmitAfter = resubmitAfter;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${govit.rollup.outbox.initial-delay:PT20S}",
            fixedDelayString = "${govit.rollup.outbox.interval:PT1M}")
    @SchedulerLock(name = "rollup-outbox", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void resubmitStalled() {
        resubmitOlderThan(resubmitAfter);
    }

    /** The read model's publications published before {@code age} ago run again; how many were. */
    public int resubmitOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        List<UUID> due = new ArrayList<>();
        List<UUID> dropped = new ArrayList<>();
        incomplete.resubmitIncompletePublications(publication -> {
            if (!publication.getPublicationDate().isBefore(before)) {
                return false;
            }
            String listener = listenerOf(publication);
            if (listener.startsWith(KEEPER)) {
                due.add(publication.getIdentifier());
                return true;
            }
            LOG.warn("Not run again (it would act twice): {} for {}, published {}",
                    publication.getEvent(), listener, publication.getPublicationDate());
            dropped.add(publication.getIdentifier());
            return false;
        });
        if (!dropped.isEmpty()) {
            publications.deletePublications(dropped);
        }
        if (!due.isEmpty()) {
            LOG.info("Roll-up: {} incomplete publications run again", due.size());
        }
        return due.size();
    }

    private static String listenerOf(EventPublication publication) {
        return publication instanceof TargetEventPublication target ? target.getTargetIdentifier().getValue() : "";
    }
}
