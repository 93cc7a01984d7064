/**
 * 集中评审 — the bureau's expert pool and review meetings (Art. 10): the reproducible draw of experts with
 * conflicts of interest excluded, alternates, scores, the technical review opinion issued as a generated
 * document through the authority model, and the experts' fees (Art. 11).
 */
@ApplicationModule(displayName = "review", allowedDependencies = {"authority", "documents", "project", "application", "security", "shared", "tenancy", "web"})
package cn.govit.core.review;

import org.springframework.modulith.ApplicationModule;
