package cn.govit.core.library;

import java.util.UUID;

/** Event: a project entered, moved within or left the libraries of Art. 9, 10 and 13. */
public record LibraryEntryChanged(String tenant, UUID projectId, Library library, int planYear, boolean removed) {
}
