package cn.jiedaoflow.engine;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Derives the staff's permissions again after every new deployment, not only at start: a model deployed from
 * Camunda Modeler, by the dev profile's watcher or through {@code /engine-rest} names groups that must at once
 * read it and start it ({@link ModelAuthorizations}). The engine calls this deployer inside the deployment's
 * transaction; the permissions are derived once it committed, on a thread of their own (outside the
 * transaction and without the deploying user's authentication, who may not grant), and the deployment's caller
 * waits for them, so its answer comes when the staff can work on the new version. Deployments during the
 * engine's start wait for {@link ModelAuthorizations} to run first.
 */
@Component
class DeploymentPermissions implements Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentPermissions.class);
    private static final long LONGEST_WAIT_SECONDS = 60;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "deployment-permissions");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Runnable derive;

    /** From now on, {@code derivation} runs after each new deployment. */
    void deriveWith(Runnable derivation) {
        this.derive = derivation;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Runnable derivation = derive;
        if (!deployment.isNew() || derivation == null || Context.getCommandContext() == null) {
            return;
        }
        String id = deployment.getId();
        Context.getCommandContext()
                .getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, context -> afterCommit(id, derivation));
    }

    private void afterCommit(String deploymentId, Runnable derivation) {
        try {
            worker.submit(derivation).get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
            LOG.info("staff permissions derived after deployment {}", deploymentId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("interrupted while deriving the staff permissions after deployment {}", deploymentId, e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("the staff permissions could not be derived after deployment {}", deploymentId, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
