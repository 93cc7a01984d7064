package cn.govit.core.documents;

import cn.govit.core.project.DraftDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A deleted draft's documents go with it (after the opinions that cite them), in the deletion's transaction. */
@Component
class DraftDocuments {

    private final DocumentRepository documents;

    DraftDocuments(DocumentRepository documents) {
        this.documents = documents;
    }

    @EventListener
    @Order(2)
    void on(DraftDeleted deleted) {
        documents.deleteOfProject(deleted.projectId());
    }
}
