package cn.govit.core.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryAdjustmentRepository extends JpaRepository<LibraryAdjustment, UUID> {

    Optional<LibraryAdjustment> findTopByOrderByYearDesc();

    boolean existsByYear(int year);

    List<LibraryAdjustment> findAllByOrderByYearDesc();
}
