package cn.sd.pairing.config;

import cn.sd.pairing.filing.AttachmentProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The web server's multipart limits follow pairing.attachments.max-size (the largest upload the
 * application accepts; registry imports check their own, smaller limit): one file up to that size,
 * a request up to that plus 1 MB for the other parts. Larger requests end in a Chinese 413.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
public class UploadConfig {
  /** Registry imports (subject/OrgImportService) take files up to 5 MB. */
  static final DataSize IMPORT_MAX = DataSize.ofMegabytes(5);

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties attachments) {
    long maxFile = Math.max(attachments.maxSize().toBytes(), IMPORT_MAX.toBytes());
    long maxRequest = maxFile + DataSize.ofMegabytes(1).toBytes();
    // parts above 1 MB go to a temporary file instead of memory
    return new MultipartConfigElement("", maxFile, maxRequest, (int) DataSize.ofMegabytes(1).toBytes());
  }
}
