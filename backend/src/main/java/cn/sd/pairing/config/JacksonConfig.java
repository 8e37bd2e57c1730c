package cn.sd.pairing.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business times are Beijing local times; the API states the offset so no client has to guess. */
@Configuration(proxyBeanMethods = false)
public class JacksonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer beijingTimes() {
    return builder -> builder.serializerByType(LocalDateTime.class, new JsonSerializer<LocalDateTime>() {
      @Override
      public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(value.atZone(ClockConfig.ZONE).toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      }
    });
  }
}
