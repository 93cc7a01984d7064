package cn.govit.core.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 时间轴条目 — one event in a project's history: an edit of the application, a lifecycle step, or a
 * document upload, in the order they were recorded.
 *
 * @param kind   {@code EDIT}, {@code STEP} or {@code DOCUMENT}
 * @param detail changed fields for an edit, the explanation for a step, the file name for a document
 */
public record TimelineEntry(OffsetDateTime at, String actor, String kind, String titleZh, String titleEn,
                            List<String> detail, String article) {
}
