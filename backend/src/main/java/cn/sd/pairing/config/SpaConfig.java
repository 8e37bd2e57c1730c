package cn.sd.pairing.config;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/** Serves the Vue app; unknown page paths (history-mode routes such as /filings/12) get index.html. */
@Configuration(proxyBeanMethods = false)
public class SpaConfig implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .resourceChain(true)
        .addResolver(new PathResourceResolver() {
          @Override
          protected Resource getResource(String path, Resource location) throws IOException {
            Resource resource = location.createRelative(path);
            if (resource.exists() && resource.isReadable()) {
              return resource;
            }
            boolean pageRoute = !path.startsWith("api/") && !path.startsWith("engine-rest/")
                && !path.startsWith("camunda/") && !path.contains(".");
            return pageRoute ? new ClassPathResource("/static/index.html") : null;
          }
        });
  }
}
