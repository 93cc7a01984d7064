package cn.govit.core.authority;

import cn.govit.core.project.DraftDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A deleted draft's opinions (an Art. 15 exception asked before submission) go with it, before its documents. */
@Component
class DraftOpinions {

    private final OpinionRepository opinions;

    DraftOpinions(OpinionRepository opinions) {
        this.opinions = opinions;
    }

    @EventListener
    @Order(1)
    void on(DraftDeleted deleted) {
        opinions.deleteOfProject(deleted.projectId());
    }
}
