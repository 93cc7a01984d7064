package cn.govit.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * 随机抽取 — the draw of a meeting's panel: the candidates in a fixed order, shuffled by {@link Random} from the
 * recorded seed, the first {@code officials} seated and the next {@code alternates} waiting. The same pool
 * and seed give the same panel on any machine ({@code Random}'s sequence is specified by the JDK).
 */
public final class ExpertDraw {

    private ExpertDraw() {
    }

    /** The drawn experts, officials first then alternates, in their draw order. */
    public static List<UUID> draw(List<UUID> pool, long seed, int officials, int alternates) {
        if (pool.size() < officials) {
            throw new IllegalArgumentException("pool of " + pool.size() + " for " + officials + " officials");
        }
        List<UUID> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), officials + alternates)));
    }
}
