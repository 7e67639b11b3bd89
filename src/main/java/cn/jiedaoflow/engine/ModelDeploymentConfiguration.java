package cn.jiedaoflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * Deploys the models under their bare file names ({@code labor-dispute-mediation.bpmn}), not under the
 * absolute path the starter would use: the same set then counts as unchanged wherever the jar or the
 * checkout lies, so duplicate filtering makes no new deployment after a move. Two files with one name
 * (in {@code processes/} and {@code forms/}) stop start-up, since one would hide the other.
 */
class ModelDeploymentConfiguration extends DefaultDeploymentConfiguration {

    @Override
    public Set<Resource> getDeploymentResources() {
        Map<String, Resource> byName = new HashMap<>();
        Set<Resource> named = new LinkedHashSet<>();
        for (Resource resource : super.getDeploymentResources()) {
            String name = resource.getFilename();
            Resource clash = byName.putIfAbsent(name, resource);
            if (clash != null) {
                throw new IllegalStateException("Two models share the file name " + name + ": " + clash.getDescription()
                        + " and " + resource.getDescription() + "; rename one (resource names must be unique)");
            }
            named.add(new BareNameResource(name, resource));
        }
        return named;
    }

    /** A model file seen by the engine under its file name alone. */
    static final class BareNameResource extends AbstractResource implements ContextResource {

        private final String name;
        private final Resource file;

        BareNameResource(String name, Resource file) {
            this.name = name;
            this.file = file;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream();
        }

        @Override
        public URL getURL() throws IOException {
            return file.getURL();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public String getDescription() {
            return "model " + name + " (" + file.getDescription() + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BareNameResource that && that.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
