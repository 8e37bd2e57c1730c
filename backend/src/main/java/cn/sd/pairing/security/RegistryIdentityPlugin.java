package cn.sd.pairing.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Plugs the registry-backed identity provider into the engine (picked up by the Camunda starter). */
@Component
public class RegistryIdentityPlugin extends AbstractProcessEnginePlugin {
  private final UserMapper users;

  public RegistryIdentityPlugin(@Lazy UserMapper users) {
    this.users = users;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new RegistryIdentityProvider(users);
      }
    });
  }
}
