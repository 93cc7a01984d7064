package cn.govit.core.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 信息资源目录条目 — one entry of a system's information-resource catalogue (Art. 33: 编制信息资源目录). */
@Embeddable
public record ResourceEntry(@Column(name = "name", nullable = false) String name,
                            @Enumerated(EnumType.STRING) @Column(name = "frequency", nullable = false) UpdateFrequency frequency,
                            @Column(name = "shared", nullable = false) boolean shared) {
}
