package cn.govit.core.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundArrangementRepository extends JpaRepository<FundArrangement, Integer> {
}
