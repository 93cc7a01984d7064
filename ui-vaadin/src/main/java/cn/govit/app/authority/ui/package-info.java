/**
 * 职能部门 — the authorities' side of a project (Art. 4): the inbox of projects waiting for an
 * opinion, and the dialog that records one, which the project detail opens too.
 */
@NamedInterface("ui")
package cn.govit.app.authority.ui;

import org.springframework.modulith.NamedInterface;
