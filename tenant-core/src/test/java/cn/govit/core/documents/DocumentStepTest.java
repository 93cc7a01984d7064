package cn.govit.core.documents;

import static cn.govit.core.documents.SampleFiles.PDF;
import static cn.govit.core.documents.SampleFiles.newProject;
import static cn.govit.core.documents.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What a lifecycle step sees of the documents it relies on: they are kept even when the step fails. */
class DocumentStepTest extends CoreIntegrationTest {

    @Autowired
    private DocumentService documents;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void documentsStayWhenTheStepThatReliedOnThemFails() {
        UUID project = project("东湖区一网通办");
        UUID minutes = uploadPdf(project, "APPLICATION_PLAN");

        assertThatThrownBy(() -> asDonghu(() -> transaction.execute(status -> {
            documents.linkToStep(project, List.of(minutes), UUID.randomUUID());
            throw new IllegalStateException("the step failed after linking");
        }))).hasMessageContaining("the step failed");

        List<DocumentView> kept = asDonghu(() -> documents.list(project));
        assertThat(kept).extracting(DocumentView::id).containsExactly(minutes);
        assertThat(kept.getFirst().stepId()).isNull();
    }

    @Test
    void stepThatSucceedsIsRecordedOnItsDocuments() {
        UUID project = project("东湖区电子证照");
        UUID opinion = uploadPdf(project, "NDRC_APPLICATION_FORM");
        UUID step = UUID.randomUUID();

        link(project, opinion, step);

        assertThat(stored(project, opinion).stepId()).isEqualTo(step);
        assertThat(as("dh-officer").get("/api/v1/projects/" + project + "/documents/" + opinion).expect(200)
                .get("stepId").asString()).isEqualTo(step.toString());
    }

    @Test
    void documentSupportingOneStepCannotBeClaimedByAnother() {
        UUID project = project("东湖区视频共享");
        UUID opinion = uploadPdf(project, "CONTRACT");
        UUID first = UUID.randomUUID();
        link(project, opinion, first);
        link(project, opinion, first);

        assertThatThrownBy(() -> link(project, opinion, UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status().value()).isEqualTo(409);
                    assertThat(p.field()).isEqualTo("documentIds");
                });
        assertThat(stored(project, opinion).stepId()).isEqualTo(first);
    }

    @Test
    void stepCannotRelyOnAnotherProjectsDocument() {
        UUID project = project("东湖区项目甲");
        UUID other = project("东湖区项目乙");
        UUID otherDocument = uploadPdf(other, "CONTRACT");

        assertThatThrownBy(() -> link(project, otherDocument, UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status().value()).isEqualTo(400);
                    assertThat(p.field()).isEqualTo("documentIds");
                });
        assertThat(asDonghu(() -> documents.find(project, List.of(otherDocument)))).isEmpty();
        assertThat(stored(other, otherDocument).stepId()).isNull();
    }

    @Test
    void projectHasATypeOnlyOnceSuchADocumentIsAttached() {
        UUID project = project("东湖区智慧社区");

        assertThat(asDonghu(() -> documents.hasType(project, DocumentType.APPLICATION_PLAN))).isFalse();
        uploadPdf(project, "APPLICATION_PLAN");
        assertThat(asDonghu(() -> documents.hasType(project, DocumentType.APPLICATION_PLAN))).isTrue();
        assertThat(asDonghu(() -> documents.hasType(project, DocumentType.EXPERT_OPINION))).isFalse();
    }

    private void link(UUID project, UUID document, UUID step) {
        asDonghu(() -> {
            documents.linkToStep(project, List.of(document), step);
            return null;
        });
    }

    private DocumentView stored(UUID project, UUID document) {
        return asDonghu(() -> documents.find(project, List.of(document))).getFirst();
    }

    private <T> T asDonghu(Supplier<T> work) {
        return TenantContext.callAs(registry.find("donghu").orElseThrow(), work);
    }

    private UUID project(String title) {
        return UUID.fromString(newProject(as("dh-officer"), title));
    }

    private UUID uploadPdf(UUID project, String type) {
        ApiClient officer = as("dh-officer");
        return UUID.fromString(upload(officer, project.toString(), type, type + ".pdf", PDF, SampleFiles.pdf(type))
                .expect(201).get("id").asString());
    }
}
