package cn.govit.core.library;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryEntryRepository extends JpaRepository<LibraryEntry, UUID> {

    List<LibraryEntry> findByRemovedFalse();

    List<LibraryEntry> findByRemovedTrue();
}
