package cn.govit.core.lifecycle;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.project.ProjectView;

/** A project waiting for an authority's opinion, with the article that asks for it. */
public record AwaitedOpinion(ProjectView project, OpinionKind kind, String article) {
}
