package cn.govit.core.rules;

import java.util.UUID;

/**
 * Whether the bureau's current opinion grants a project the exception of Art. 15 to Art. 8(1). The
 * opinions live with the authorities; the rules only ask.
 */
public interface GrantedExceptions {

    boolean centralisationExceptionGranted(UUID projectId);
}
