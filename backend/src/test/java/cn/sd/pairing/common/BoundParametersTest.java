package cn.sd.pairing.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MyBatis must bind every value (#{...}); ${...} pastes text into the SQL. This reads every mapper XML
 * and every Java source with MyBatis annotations and fails on any ${...} there, except the reviewed
 * ones below whose text can only be a constant of the code.
 */
class BoundParametersTest {
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*}");
  /** file name → substitution: FilingQuery.Sort is an enum of column names, direction is ASC or DESC. */
  private static final Set<String> REVIEWED = Set.of(
      "FilingMapper.xml: ${}", // the XML comment that explains the two below
      "FilingMapper.xml: ${query.sort.column}",
      "FilingMapper.xml: ${query.direction}",
      // <include> properties: table aliases given as literal <property value="..."/> in the same file
      "MetricsMapper.xml: ${a}",
      "MetricsMapper.xml: ${p}",
      "MetricsMapper.xml: ${t}");

  @Test
  void noMapperSubstitutesTextIntoSql() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> mappers = files(Path.of("src/main/resources/mapper"), ".xml");
    List<Path> sources = files(Path.of("src/main/java"), ".java").stream().filter(p -> read(p).contains("org.apache.ibatis"))
        .toList();
    assertThat(mappers).as("mapper XML files found").isNotEmpty();
    assertThat(sources).as("annotated mappers found").hasSizeGreaterThan(5);
    for (Path file : Stream.concat(mappers.stream(), sources.stream()).toList()) {
      Matcher m = SUBSTITUTION.matcher(read(file));
      while (m.find()) {
        String hit = file.getFileName() + ": " + m.group();
        if (!REVIEWED.contains(hit)) {
          found.add(hit);
        }
      }
    }
    assertThat(found).as("${} in MyBatis SQL").isEmpty();
  }

  @Test
  void theCheckFindsASubstitution() {
    assertThat(SUBSTITUTION.matcher("ORDER BY ${sort}").find()).isTrue();
    assertThat(SUBSTITUTION.matcher("WHERE id = #{id}").find()).isFalse();
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
