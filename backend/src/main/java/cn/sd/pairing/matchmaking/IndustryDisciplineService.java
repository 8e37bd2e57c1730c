package cn.sd.pairing.matchmaking;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldErrors;
import cn.sd.pairing.common.FieldMessage;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The system administrator's upkeep of the industry → discipline mapping that matchmaking scores with. */
@Service
@Transactional
public class IndustryDisciplineService {
  static final int TERM_MAX = 32;
  /** The separators of the registry's lists: one row holds one industry and one discipline. */
  private static final Pattern SEPARATORS = Pattern.compile("[;；,，、]");
  private static final Comparator<String> PINYIN = Collator.getInstance(Locale.CHINA)::compare;

  private final MatchmakingMapper mapper;
  private final Clock clock;

  public IndustryDisciplineService(MatchmakingMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** All rows, by industry then discipline in pinyin order (the same on every database). */
  @Transactional(readOnly = true)
  public List<IndustryDiscipline> list() {
    return mapper.mappings().stream()
        .sorted(Comparator.comparing((IndustryDiscipline m) -> m.industry, PINYIN)
            .thenComparing(m -> m.discipline, PINYIN))
        .toList();
  }

  @Transactional(readOnly = true)
  public MappingTerms terms() {
    Set<String> industries = terms(mapper.zoneIndustries());
    Set<String> mapped = mapper.mappings().stream().map(m -> m.industry).collect(Collectors.toSet());
    return new MappingTerms(List.copyOf(industries), List.copyOf(terms(mapper.subjectDisciplines())),
        industries.stream().filter(industry -> !mapped.contains(industry)).toList());
  }

  public IndustryDiscipline create(IndustryDisciplineForm form) {
    FieldErrors errors = new FieldErrors();
    String industry = term(form.industry(), "industry", "主导产业", errors);
    String discipline = term(form.discipline(), "discipline", "优势学科", errors);
    errors.throwIfAny();
    if (mapper.countMapping(industry, discipline) > 0) {
      String message = "“" + industry + " ↔ " + discipline + "”已存在";
      throw new ApiException(HttpStatus.CONFLICT, message, List.of(new FieldMessage("discipline", message)));
    }
    IndustryDiscipline row = new IndustryDiscipline();
    row.industry = industry;
    row.discipline = discipline;
    row.createdAt = LocalDateTime.now(clock);
    mapper.insertMapping(row);
    return mapper.findMapping(row.id);
  }

  public void delete(long id) {
    if (mapper.deleteMapping(id) == 0) {
      throw ApiException.notFound("对应关系不存在或已删除");
    }
  }

  private static String term(String raw, String field, String label, FieldErrors errors) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty()) {
      errors.add(field, label + "不能为空");
    } else if (value.length() > TERM_MAX) {
      errors.add(field, label + "不能超过" + TERM_MAX + "个字符");
    } else if (SEPARATORS.matcher(value).find()) {
      errors.add(field, "每行只能填写一个" + label + "，不能含分号、逗号或顿号");
    }
    return value;
  }

  private static Set<String> terms(Collection<String> lists) {
    Set<String> all = new TreeSet<>(PINYIN);
    for (String list : lists) {
      for (String item : list.split("[;；]")) {
        if (!item.isBlank()) {
          all.add(item.strip());
        }
      }
    }
    return all;
  }
}
