package cn.govit.core.review;

import java.util.UUID;

/** A review criterion as shown: its order, name and weight (of 100). */
public record CriterionView(UUID id, int position, String name, int weight) {
}
