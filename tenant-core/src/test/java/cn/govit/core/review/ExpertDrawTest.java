package cn.govit.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** 第十条 — the draw as plain logic: the same pool and seed give the same panel; another seed another one. */
class ExpertDrawTest {

    private static final List<UUID> POOL = IntStream.range(0, 20)
            .mapToObj(i -> UUID.fromString("00000000-0000-0000-0000-0000000000%02d".formatted(i))).toList();

    @Test
    void R10_theDrawIsReproducibleFromItsSeed() {
        List<UUID> first = ExpertDraw.draw(POOL, 20261201L, 5, 2);

        assertThat(ExpertDraw.draw(POOL, 20261201L, 5, 2)).isEqualTo(first);
        assertThat(first).hasSize(7).doesNotHaveDuplicates().isSubsetOf(POOL);
        assertThat(ExpertDraw.draw(POOL, 20261202L, 5, 2)).isNotEqualTo(first);
    }

    @Test
    void R10_aPoolSmallerThanOfficialsPlusAlternatesSeatsTheOfficialsFirst() {
        assertThat(ExpertDraw.draw(POOL.subList(0, 4), 7L, 3, 5)).hasSize(4);
    }
}
