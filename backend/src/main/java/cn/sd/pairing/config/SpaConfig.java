package cn.sd.pairing.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue app; unknown page paths (history-mode routes such as /filings/12) get index.html.
 * The app comes from the frontend jar (classpath:/static/), or, when pairing.frontend-dir names a
 * folder holding a build (index.html), from that folder: the backend's tests use frontend/dist so a
 * browser test sees the frontend just built rather than an older jar.
 */
@Configuration(proxyBeanMethods = false)
public class SpaConfig implements WebMvcConfigurer {
  private final Path frontendDir;

  public SpaConfig(@Value("${pairing.frontend-dir:}") String frontendDir) {
    Path dir = frontendDir.isBlank() ? null : Path.of(frontendDir).toAbsolutePath().normalize();
    this.frontendDir = dir != null && Files.isRegularFile(dir.resolve("index.html")) ? dir : null;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    Resource index = frontendDir == null ? new ClassPathResource("/static/index.html")
        : new FileSystemResource(frontendDir.resolve("index.html"));
    String location = frontendDir == null ? "classpath:/static/" : frontendDir.toUri().toString();
    registry.addResourceHandler("/**")
        .addResourceLocations(location)
        .resourceChain(true)
        .addResolver(new PathResourceResolver() {
          @Override
          protected Resource getResource(String path, Resource location) throws IOException {
            Resource resource = location.createRelative(path);
            if (resource.exists() && resource.isReadable()) {
              return resource;
            }
            // actuator/: served on the management port only (management.server.port); here a plain 404
            boolean pageRoute = !path.startsWith("api/") && !path.startsWith("engine-rest/")
                && !path.startsWith("camunda/") && !path.equals("actuator") && !path.startsWith("actuator/")
                && !path.contains(".");
            return pageRoute ? index : null;
          }
        });
  }
}
