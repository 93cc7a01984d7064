package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

/** An expert of the pool as shown; {@code kind} is {@code EXPERT} or {@code THIRD_PARTY} (第三方机构). */
public record ExpertView(UUID id, String name, String kind, List<String> specialties, String employer, String contact,
                         boolean available, String username) {
}
