package cn.govit.core.rules;

import java.util.Set;

/**
 * What an application is judged with besides itself: the rules in force, the codes of the city's cloud
 * service catalogue (Art. 8(1), 38), and whether the bureau granted the exception of Art. 15
 * (国家和省另有规定以及条线业务特殊需要) that lets the project buy compute or storage hardware.
 */
public record CheckContext(RuleSet rules, Set<String> cloudOfferings, boolean centralisationExceptionGranted) {

    public CheckContext {
        cloudOfferings = Set.copyOf(cloudOfferings);
    }
}
