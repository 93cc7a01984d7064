package cn.govit.core.administration;

import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A suspended tenant's users read and change nothing: every read-write transaction begun for a suspended
 * tenant is refused before it starts, with the message the API and the views show. One place for every
 * service, because every change of tenant data runs in a read-write transaction.
 */
@Component
class SuspendedTenantGuard implements TransactionExecutionListener {

    @Override
    public void beforeBegin(TransactionExecution transaction) {
        if (!transaction.isReadOnly()) {
            TenantContext.current().filter(t -> t.suspended()).ifPresent(t -> {
                throw new ApiProblem(HttpStatus.LOCKED, "tenant.suspended", null, null, t.nameZh());
            });
        }
    }
}
