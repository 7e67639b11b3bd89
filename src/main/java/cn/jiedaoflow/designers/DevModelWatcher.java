package cn.jiedaoflow.designers;

import cn.jiedaoflow.modellint.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile {@code dev} only: watches the checkout's {@code processes/} and {@code forms/} and, a short quiet moment
 * after a file was saved, lints the whole set and deploys it when the engine runs something else. A set with
 * findings is logged, file and message, and not deployed; an unchanged set makes no deployment. Running cases keep
 * the version they started on (the engine's rule). docs/designers.md, "部署 / Deploying".
 */
@Component
@Profile("dev")
@EnableConfigurationProperties(DesignerSettings.class)
class DevModelWatcher implements SmartLifecycle {

    static final String SOURCE = "dev watcher";
    private static final Logger LOG = LoggerFactory.getLogger(DevModelWatcher.class);

    private final DesignerSettings settings;
    private final ModelFiles models;
    private final EngineModels engine;
    private volatile WatchService watch;
    private volatile Thread thread;

    DevModelWatcher(DesignerSettings settings, ModelFiles models, EngineModels engine) {
        this.settings = settings;
        this.models = models;
        this.engine = engine;
    }

    @Override
    public void start() {
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path dir : List.of(settings.processes(), settings.forms())) {
                Files.createDirectories(dir);
                dir.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + settings.processes() + " and " + settings.forms(), e);
        }
        thread = new Thread(this::watch, "dev-model-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info(
                "开发模式：保存即部署 / dev profile: saved models are deployed; watching {} and {}",
                settings.processes().toAbsolutePath(),
                settings.forms().toAbsolutePath());
    }

    @Override
    public void stop() {
        if (watch == null) {
            return;
        }
        try {
            watch.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop watching the models", e);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        try {
            while (true) {
                drain(watch.take());
                // a save may be several writes (Modeler, an editor's swap file): wait until the folders are quiet
                WatchKey more;
                while ((more = watch.poll(settings.quietPeriod().toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                deployIfClean();
            }
        } catch (ClosedWatchServiceException stopped) {
            LOG.debug("model watcher stopped", stopped);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            LOG.debug("model watcher interrupted", stopped);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Lints the folders as they are now; deploys them when clean and different from what the engine runs. */
    void deployIfClean() {
        try {
            List<Finding> findings = models.lint(settings.processes(), settings.forms());
            if (!findings.isEmpty()) {
                LOG.warn(
                        "模型检查发现 {} 个问题，未部署 / The model check found {} problem(s); nothing was deployed:\n{}",
                        findings.size(),
                        findings.size(),
                        findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
                return;
            }
            if (engine.deployIfDifferent(ModelFiles.read(settings.processes(), settings.forms()), SOURCE)
                    .isEmpty()) {
                LOG.info("模型与运行中的一致，未部署 / The engine already runs these models; nothing was deployed");
            }
        } catch (RuntimeException e) {
            // the watcher keeps watching: the next save may well fix what the engine refused
            LOG.error("部署失败 / The deployment failed: {}", e.getMessage(), e);
        }
    }
}
