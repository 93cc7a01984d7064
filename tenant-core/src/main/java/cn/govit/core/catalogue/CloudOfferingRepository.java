package cn.govit.core.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CloudOfferingRepository extends JpaRepository<CloudOffering, String> {

    List<CloudOffering> findAllByOrderByCategoryAscCodeAsc();
}
