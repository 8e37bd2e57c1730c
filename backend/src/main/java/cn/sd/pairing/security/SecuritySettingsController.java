package cn.sd.pairing.security;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Security settings (SECURITY_ADMIN only, enforced for /api/security/** in SecurityConfig). */
@RestController
@RequestMapping("/api/security")
public class SecuritySettingsController {
  private final SecuritySettings settings;

  public SecuritySettingsController(SecuritySettings settings) {
    this.settings = settings;
  }

  @GetMapping("/settings")
  public SecuritySettings.View get() {
    return settings.view();
  }

  @PutMapping("/settings")
  public SecuritySettings.View update(@Valid @RequestBody SecuritySettings.Form form) {
    return settings.update(form);
  }
}
