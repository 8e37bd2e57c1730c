package cn.sd.pairing.config;

import java.util.Arrays;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On an empty database the engine would create its tables before Flyway runs, and Flyway then
 * refuses a non-empty schema without history; so the engine waits for Flyway.
 */
@Configuration(proxyBeanMethods = false)
public class FlywayBeforeEngineConfig {

  @Bean
  static BeanFactoryPostProcessor engineDependsOnFlyway() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
        return;
      }
      for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
        addDependsOn(beanFactory, name.startsWith("&") ? name.substring(1) : name);
      }
    };
  }

  private static void addDependsOn(ConfigurableListableBeanFactory beanFactory, String beanName) {
    BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
    String[] current = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
    String[] updated = Arrays.copyOf(current, current.length + 1);
    updated[current.length] = "flywayInitializer";
    definition.setDependsOn(updated);
  }
}
