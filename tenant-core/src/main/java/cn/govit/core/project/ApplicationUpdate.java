package cn.govit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.govit.core.application.Application;

/**
 * An edit of a draft or returned application.
 *
 * @param version the version the officer edited; another's edit in between makes this a 409
 */
public record ApplicationUpdate(@NotNull Long version, @NotNull @Valid Application application) {
}
