package cn.govit.core.library;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A yearly adjustment as shown: the horizon it rolled to and how many projects it changed. */
public record LibraryAdjustmentView(UUID id, int firstYear, int lastYear, String note, String actor,
                                    OffsetDateTime recordedAt, int changes) {
}
