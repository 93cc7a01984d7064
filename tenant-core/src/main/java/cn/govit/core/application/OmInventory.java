package cn.govit.core.application;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * 运维现状清单 — what an O&amp;M project keeps running (Art. 8(7)): network, cloud resources,
 * hardware, system software, applications, databases, security measures, usage and problems.
 */
public record OmInventory(
        @Size(max = 2000) String network,
        @Size(max = 2000) String cloudResources,
        @Size(max = 200) List<@Valid HardwareItem> hardware,
        @Size(max = 2000) String systemSoftware,
        @Size(max = 2000) String applications,
        @Size(max = 2000) String databases,
        @Size(max = 2000) String securityMeasures,
        @Size(max = 2000) String usage,
        @Size(max = 2000) String problems) {

    public static final OmInventory EMPTY = new OmInventory(null, null, List.of(), null, null, null, null, null, null);

    public OmInventory {
        hardware = hardware == null ? List.of() : List.copyOf(hardware);
    }
}
